/**
 * The 汇总 line 被评单位：…  评估人：…  日期：… (a formula following 说明's cells) is never clipped (user trial: a
 * 132-character unit name printed cut at both ends, 被评单位 and the evaluator and date lost, in a row of no set
 * height). Its row is fixed tall enough for a long name typed into 说明 after `new`, taller for a longer name given
 * at `new`, never past Excel's 409 pt; the formula itself (compared by the tamper check) is unchanged.
 */
import { SUMMARY_SHEET, buildScoresheet } from "../../src/layout";
import type { SheetModel } from "../../src/layout";
import { wrappedLines } from "../../src/layout/builder";
import { MAX_ROW_HEIGHT } from "../../src/layout/model";
import { STYLES } from "../../src/layout/styles";
import { EVALUATION_FORMAT } from "../../src/engine";
import type { EvaluationMeta } from "../../src/engine";

const identity = { workbookId: "w", createdAt: "-", generator: "-", kind: "scoresheet" as const };

function summaryOf(meta: EvaluationMeta): SheetModel {
  const model = buildScoresheet({
    identity,
    evaluation: { format: EVALUATION_FORMAT, meta, items: {} },
  });
  return model.sheets.find((s) => s.name === SUMMARY_SHEET)!;
}

/** The line as printed, the merged A:F width, and the points its wrapped lines need at 10 pt (14 pt a line). */
function needed(sheet: SheetModel, organization: string, evaluator: string): number {
  const width = sheet.columns.slice(0, 6).reduce((w, c) => w + c.width, 0);
  const line = `被评单位：${organization}    评估人：${evaluator}    日期：2026-12-01`;
  return wrappedLines(line, width, 10) * 14 + 4;
}

const UNIT = "某某省某某市某某区网格化服务管理中心第一分中心";

test("the line's cell keeps its formula, wraps, and spans A:F", () => {
  const sheet = summaryOf({ organization: "示例区网格化服务管理中心", evaluator: "张三" });
  const cell = sheet.cells.find((c) => c.row === 1 && c.col === 0)!;
  expect(cell.content).toEqual({
    kind: "formula",
    formula: expect.stringMatching(/^"被评单位："&'?说明'?!\$B\$5&"    评估人："&'?说明'?!\$B\$7/),
  });
  expect(STYLES[cell.style].wrap).toBe(true);
  expect(sheet.merges).toContainEqual({ row: 1, col: 0, rows: 1, cols: 6 });
});

test.each([
  ["no name", {}],
  ["a short name", { organization: "示例区网格化服务管理中心", evaluator: "张三" }],
])(
  "with %s at new, the row already holds a 132- and a 300-character name typed later",
  (_, meta: EvaluationMeta) => {
    const sheet = summaryOf(meta);
    const height = sheet.rowHeights.get(1)!;
    expect(height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    const long = UNIT.repeat(6).slice(0, 132); // as long as the trial's
    expect(long).toHaveLength(132);
    expect(needed(sheet, long, "张三")).toBeLessThanOrEqual(height);
    expect(needed(sheet, "单".repeat(300), "人".repeat(30))).toBeLessThanOrEqual(height);
  }
);

test("the height does not depend on a short name given at new (it is fixed for names typed later)", () => {
  expect(summaryOf({}).rowHeights.get(1)).toBe(
    summaryOf({ organization: "甲", evaluator: "乙" }).rowHeights.get(1)
  );
});

test("a name longer than the fixed room, given at new, grows the row up to 409 pt", () => {
  const base = summaryOf({}).rowHeights.get(1)!;
  const name = "单".repeat(700);
  const sheet = summaryOf({ organization: name, evaluator: "张三" });
  const height = sheet.rowHeights.get(1)!;
  expect(height).toBeGreaterThan(base);
  expect(needed(sheet, name, "张三")).toBeLessThanOrEqual(height);
  expect(summaryOf({ organization: "单".repeat(5000) }).rowHeights.get(1)).toBe(MAX_ROW_HEIGHT);
});

// A name given alone sizes the row as the line shows it, with the other name blank (说明's empty cell): for a name
// that just fills the line's last row, where one more character anywhere would take another line.
test.each([
  [
    "evaluator",
    (n: string): EvaluationMeta => ({ evaluator: n }),
    (n: string, other: string): [string, string] => [other, n],
  ],
  [
    "unit",
    (n: string): EvaluationMeta => ({ organization: n }),
    (n: string, other: string): [string, string] => [n, other],
  ],
] as const)(
  "the %s's name given alone sizes the row with the other name blank",
  (_, metaOf, names) => {
    const base = summaryOf({});
    const need = (n: string, other: string): number => {
      const [organization, evaluator] = names(n, other);
      return needed(base, organization, evaluator);
    };
    let name = "";
    for (let n = 1; n < 2000 && name === ""; n++) {
      const candidate = "人".repeat(n);
      const full = need(candidate, "") < need(candidate, "一");
      if (full && need(candidate, "") > base.rowHeights.get(1)!) name = candidate;
    }
    expect(need(name, "")).toBeLessThan(MAX_ROW_HEIGHT);
    expect(summaryOf(metaOf(name)).rowHeights.get(1)).toBe(need(name, ""));
  }
);
