/**
 * The shown-total scenario (README: Numbers): three experts' evaluations of one unit, totalling 299.99, 299.99 and
 * 300.01, whose mean consensus is exactly 89999/300 = 299.99666…, below the pass mark: 不合格, and shown 299.99
 * everywhere, never 300. Written as evaluation JSONs into a folder.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { FC_SEED, evaluationWithTotal } from "./arbitraries";

/** The experts and their totals: (299.99 + 299.99 + 300.01) / 3 = 899.99 / 3 = 89999/300. */
export const SHOWN_TOTAL_EXPERTS: readonly (readonly [string, number])[] = [
  ["b2", 299.99],
  ["m2", 299.99],
  ["m4", 300.01],
];

/** Writes b2.json, m2.json and m4.json into dir (one unit, one date); returns their paths in that order. */
export function writeShownTotalExperts(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return SHOWN_TOTAL_EXPERTS.map(([name, total]) => {
    const [e] = fc.sample(evaluationWithTotal(total), { seed: FC_SEED, numRuns: 1 });
    const file = path.join(dir, `${name}.json`);
    const meta = {
      organization: "某区网格化服务管理中心",
      level: "county",
      evaluator: name,
      role: "expert",
      date: "2026-06-02",
    };
    fs.writeFileSync(file, JSON.stringify({ ...e!, meta }, null, 1));
    return file;
  });
}
