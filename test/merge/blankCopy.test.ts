/**
 * An untouched expert copy merges as an expert who deducted nothing (435, A.7 empty): merge warns per file (`no-entries`), at the file, in the CLI and
 * in the pane's rows (both from the expert's warnings); a copy with any entry does not.
 */
import * as fs from "fs";
import * as path from "path";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { readCandidate } from "../../src/merge";
import { hasNoEntries } from "../../src/merge/blankCopy";
import { formatProblem } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { expertRows } from "../../src/taskpane/components/MergeView/mergeRows";
import { writeExpertWorkbooks } from "../support/finishScenario";
import { runCli } from "../support/cli";
import { tmpDir } from "../followup/support";

const meta = {
  organization: "示例区网格化服务管理中心",
  level: "county" as const,
  evaluator: "赵敏",
  role: "expert" as const,
};
const blank: Evaluation = { format: "gridscore-evaluation/1", meta, items: {} };
const withItems = (items: Evaluation["items"]): Evaluation => ({ ...blank, items });

async function blankCopy(dir: string, evaluation: Evaluation = blank): Promise<string> {
  const file = path.join(dir, "未填写.xlsx");
  const model = buildScoresheet({
    identity: {
      workbookId: "99999999-1111-4222-8333-444444444444",
      createdAt: "2026-06-01T00:00:00.000Z",
      generator: "test",
      kind: "scoresheet",
    },
    evaluation,
  });
  fs.writeFileSync(file, await writeXlsx(model));
  return file;
}

describe("hasNoEntries: what no entries means", () => {
  test.each<[string, Evaluation, boolean]>([
    ["nothing at all", blank, true],
    [
      "meta only (the secretary's unit, evaluator, date)",
      { ...blank, meta: { ...meta, date: "2026-06-02" } },
      true,
    ],
    [
      "status 正常评分, blank cells and spaces",
      withItems({
        "A.1.1": {
          status: "normal",
          lines: { "A.1.1.1": null, "A.1.1.2": "  " },
          notes: { "A.1.1": " " },
        },
        "A.1.4": { lines: { "A.1.4.4": { rate: null } } },
      }),
      true,
    ],
    ["a deduction", withItems({ "A.1.1": { lines: { "A.1.1.1": 1 } } }), false],
    ["a typed 0", withItems({ "A.1.1": { lines: { "A.1.1.1": 0 } } }), false],
    ["text in a deduction cell", withItems({ "A.1.1": { lines: { "A.1.1.1": "无" } } }), false],
    ["不适用", withItems({ "A.2.2": { status: "na" } }), false],
    ["应有未有", withItems({ "A.3.3": { status: "absent" } }), false],
    ["a rate", withItems({ "A.1.4": { lines: { "A.1.4.4": { rate: 45 } } } }), false],
    ["an A.7 value", withItems({ "A.7.1": { value: 92 } }), false],
    ["an A.7 level", withItems({ "A.7.3": { level: "national" } }), false],
    ["a note only", withItems({ "A.1.1": { notes: { "A.1.1.1": "已核查" } } }), false],
  ])("%s → %s", (_, e, expected) => {
    expect(hasNoEntries(e)).toBe(expected);
  });
});

describe("merge warns about a copy with no entries", () => {
  test("CLI: one warning, at the blank file only, in Chinese and English; still merged; --json carries it", async () => {
    const dir = tmpDir();
    const filled = await writeExpertWorkbooks(dir, ["王建国", "李秀英", "张伟", "刘洋"]);
    const empty = await blankCopy(dir);
    const r = await runCli(["merge", ...filled, empty]);
    expect(r.code).toBe(0);
    const lines = r.err.split("\n");
    const zh = lines.filter((l) => l.includes("此评分表没有任何填写"));
    expect(zh).toEqual([
      `提示：文件 ${empty}：${formatProblem({ code: "no-entries" }).replace(/^提示：/, "")}`,
    ]);
    expect(r.err).toContain("this scoresheet has no entries");
    expect(r.err).toContain("was the right file sent?");
    // The filled copies: none.
    for (const f of filled)
      expect(lines.some((l) => l.includes(f) && l.includes("没有任何填写"))).toBe(false);
    const json = await runCli(["merge", ...filled, empty, "--json"]);
    const warnings = JSON.parse(json.out).warnings as { code: string; where?: { file?: string } }[];
    expect(warnings.filter((w) => w.code === "no-entries")).toEqual([
      expect.objectContaining({ code: "no-entries", where: { file: empty } }),
    ]);
  }, 180_000);

  test("read (CLI and pane share readCandidate): the blank copy's warnings are no-entries, then A.7's four hints", async () => {
    const dir = tmpDir();
    const file = await blankCopy(dir);
    const c = await readCandidate(file, fs.readFileSync(file));
    expect(c.kind).toBe("read");
    if (c.kind !== "read") return;
    expect(c.expert.warnings.map((w) => w.code)).toEqual([
      "no-entries",
      "missing-value",
      "missing-value",
      "missing-value",
      "missing-value",
    ]);
    expect(c.expert.warnings[0]!.where).toEqual({ file });
    // The pane's merge view row for the file shows it, as a warning.
    const rows = expertRows([{ key: 1, candidate: c }], [], "zh-CN");
    expect(rows[0]!.warnings).toBe(5);
    expect(rows[0]!.problems[0]).toEqual(
      expect.objectContaining({
        severity: "warning",
        text: expect.stringContaining("此评分表没有任何填写"),
      })
    );
  }, 60_000);

  test("a copy with one note is not blank; a blank evaluation JSON is", async () => {
    const dir = tmpDir();
    const noted = await blankCopy(dir, withItems({ "A.1.1": { notes: { "A.1.1.1": "已核查" } } }));
    const c = await readCandidate(noted, fs.readFileSync(noted));
    expect(c.kind === "read" && c.expert.warnings.map((w) => w.code)).not.toContain("no-entries");
    const json = path.join(dir, "blank.json");
    fs.writeFileSync(json, JSON.stringify(blank));
    const j = await readCandidate(json, fs.readFileSync(json));
    expect(j.kind === "read" && j.expert.warnings[0]).toEqual({
      code: "no-entries",
      where: { file: json },
    });
  }, 60_000);
});
