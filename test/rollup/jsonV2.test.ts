/**
 * A roll-up reads the evaluation JSON that `export` writes (gridscore-evaluation/2), as merge and score do; it
 * had refused it with "format 字段应为 gridscore-evaluation/1" (review finding).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "evaluation.json");

const run = (args: string[]) => runCli(args);

test("rollup reads an exported version 2 JSON as one unit, with the same total as score", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-rollup-v2-"));
  try {
    const xlsx = path.join(dir, "评分表.xlsx");
    const json = path.join(dir, "评价.json");
    expect((await run(["new", xlsx, "--inputs", EXAMPLE])).code).toBe(0);
    expect((await run(["export", xlsx, "-o", json])).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, "utf8")).format).toBe("gridscore-evaluation/2");
    const score = JSON.parse((await run(["score", json, "--json"])).out) as { total: number };
    const rolled = await run(["rollup", json, "--json"]);
    expect(rolled.err).toBe("");
    expect(rolled.code).toBe(0);
    const out = JSON.parse(rolled.out) as {
      units: { total: number; kind: string }[];
      refused: unknown[];
    };
    expect(out.refused).toEqual([]);
    expect(out.units).toHaveLength(1);
    expect(out.units[0]!.total).toBe(score.total);
    expect(score.total).toBe(435);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
