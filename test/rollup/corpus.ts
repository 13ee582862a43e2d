/**
 * A generated province for roll-up tests: 30 units of known scores across the four levels, one consensus
 * among them, one earlier duplicate and two refused files, in nested folders. Expected figures come from the
 * recipes by plain arithmetic, not from the engine.
 */
import * as fs from "fs";
import * as path from "path";
import { EVALUATION_FORMAT, scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import type { Level } from "../../src/standard";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { buildConsensusWorkbook, mergeExperts } from "../../src/merge";

/** Items judged 应有未有 (absent), with their caps (Appendix A). */
const CAPS: Record<string, number> = {
  "A.3.3": 40,
  "A.3.5": 30,
  "A.3.2": 20,
  "A.3.4": 20,
  "A.5.2": 20,
  "A.5.3": 20,
  "A.6.2": 15,
  "A.6.3": 15,
  "A.2.1": 10,
  "A.1.6": 10,
};
const MID = ["A.3.3"];
const FAIL = ["A.3.3", "A.3.5", "A.3.2", "A.3.4", "A.5.2", "A.5.3", "A.6.2", "A.6.3"]; // 180
const LOW = [...FAIL, "A.2.1", "A.1.6"]; // 200
const PATTERNS: readonly (readonly string[])[] = [[], MID, FAIL, LOW];
/** Full marks but A.7 as in the README example (A.7 46 of 60): 495 − 14. */
export const BASE = 481;

export interface Recipe {
  readonly index: number;
  readonly organization: string;
  readonly level: Level;
  readonly date: string;
  /** Deduction on A.1.2.1 (max 4). */
  readonly a121: number;
  readonly absent: readonly string[];
  readonly format: "xlsx" | "json" | "consensus";
  /** Path relative to the corpus folder. */
  readonly file: string;
  /** Expected exact total as a fraction string, and as a number. */
  readonly exactTotal: string;
  readonly total: number;
}

const LEVEL_OF = (i: number): Level =>
  i < 5 ? "city" : i < 13 ? "county" : i < 22 ? "township" : "village";
const XLSX = new Set([1, 2, 9, 10, 11, 20]);
const FOLDER: Record<Level, string> = {
  city: "city",
  county: "county/a/b",
  township: "township",
  village: "village/x",
};

/** The 30 counted units. Unit 0 is a consensus of three experts (A.1.2.1: 0, 1, 1 → A.1.2 = 28/3). */
export const RECIPES: readonly Recipe[] = Array.from({ length: 30 }, (_, i) => {
  const level = LEVEL_OF(i);
  const a121 = i === 0 ? 0 : i % 5;
  const absent = PATTERNS[i % 4]!;
  const lost = absent.reduce((s, id) => s + CAPS[id]!, 0);
  const format = i === 0 ? "consensus" : XLSX.has(i) ? "xlsx" : "json";
  const ext = format === "json" ? "json" : "xlsx";
  const exactTotal = i === 0 ? `${3 * BASE - 2}/3` : String(BASE - a121 - lost);
  return {
    index: i,
    organization: i === 5 ? "=1+1测试网格中心" : `示例${level}第${i}网格中心`,
    level,
    date: `2026-10-${String((i % 28) + 1).padStart(2, "0")}`,
    a121,
    absent,
    format,
    file: `${FOLDER[level]}/unit${String(i).padStart(2, "0")}.${ext}`,
    exactTotal,
    total: i === 0 ? (3 * BASE - 2) / 3 : BASE - a121 - lost,
  };
});

/** The earlier evaluation of unit 0 (same organization and level), a single scoresheet: a duplicate. */
export const DUPLICATE = { file: "city/earlier/unit00-2026-09.xlsx", a121: 4, date: "2026-09-01" };
/** Files that must be refused: plain text, and an evaluation with an error (a deduction typed as text). */
export const REFUSED = ["misc/notes.txt", "misc/typed-as-text.json"];

/** One evaluator's inputs for a recipe. */
export function evaluationOf(
  r: Pick<Recipe, "organization" | "level" | "date" | "absent">,
  a121: number,
  evaluator = "张三"
): Evaluation {
  const items: Record<string, Evaluation["items"][string]> = {
    "A.7.1": { value: 92.5 },
    "A.7.2": { value: 55 },
    "A.7.3": { level: "provincial" },
    "A.7.4": { level: "over10" },
  };
  if (a121 > 0)
    items["A.1.2"] = { lines: { "A.1.2.1": a121 }, notes: { "A.1.2.1": "缺标准化机构" } };
  for (const id of r.absent) items[id] = { status: "absent" };
  return {
    format: EVALUATION_FORMAT,
    meta: { organization: r.organization, level: r.level, date: r.date, evaluator, role: "expert" },
    items,
  };
}

const identity = (id: string, kind: "scoresheet" | "consensus" = "scoresheet") => ({
  workbookId: id,
  createdAt: "2026-11-28T00:00:00Z",
  generator: "test",
  kind,
});

async function writeUnit(dir: string, r: Recipe): Promise<void> {
  const file = path.join(dir, r.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (r.format === "json") {
    fs.writeFileSync(file, JSON.stringify(evaluationOf(r, r.a121)));
  } else if (r.format === "xlsx") {
    const model = buildScoresheet({
      evaluation: evaluationOf(r, r.a121),
      identity: identity(`u${r.index}`),
    });
    fs.writeFileSync(file, await writeXlsx(model));
  } else {
    const experts = [0, 1, 1].map((d, k) => {
      const evaluation = evaluationOf(r, d, ["张一", "王二", "李三"][k]);
      return {
        file: `expert${k}.xlsx`,
        sha256: "0".repeat(64),
        evaluator: evaluation.meta.evaluator!,
        evaluation,
        report: scoreEvaluation(evaluation),
        warnings: [],
      };
    });
    const result = mergeExperts(experts, "mean", "2026-10-01T00:00:00Z");
    const meta = { organization: r.organization, level: r.level, date: r.date };
    fs.writeFileSync(
      file,
      await writeXlsx(buildConsensusWorkbook(result, identity("c0", "consensus"), meta))
    );
  }
}

/** Writes the corpus into `dir` (which must exist). */
export async function writeCorpus(dir: string): Promise<void> {
  for (const r of RECIPES) await writeUnit(dir, r);
  const first = RECIPES[0]!;
  const dup = path.join(dir, DUPLICATE.file);
  fs.mkdirSync(path.dirname(dup), { recursive: true });
  const model = buildScoresheet({
    evaluation: evaluationOf({ ...first, date: DUPLICATE.date }, DUPLICATE.a121),
    identity: identity("dup"),
  });
  fs.writeFileSync(dup, await writeXlsx(model));
  fs.mkdirSync(path.join(dir, "misc"), { recursive: true });
  fs.writeFileSync(path.join(dir, REFUSED[0]!), "会议记录：下周汇总\n");
  const bad = evaluationOf(RECIPES[3]!, 0) as { items: Record<string, unknown> };
  bad.items["A.1.1"] = { lines: { "A.1.1.1": "2" }, notes: { "A.1.1.1": "文本" } };
  fs.writeFileSync(path.join(dir, REFUSED[1]!), JSON.stringify(bad));
  fs.writeFileSync(path.join(dir, ".hidden.json"), "{}"); // hidden: never walked
}
