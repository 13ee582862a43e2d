import { loadExample } from "../support/example";
import { EVALUATION_FORMAT, scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { STANDARD, indexStandard } from "../../src/standard";
import {
  COL,
  SUMMARY_SHEET,
  buildScoresheet,
  locateProblem,
  readScoresheet,
} from "../../src/layout";
import type { GridSource, WorkbookModel } from "../../src/layout";
import { evaluateModel } from "../support/hfWorkbook";
import { cellAt, inputRows } from "../support/layoutCells";

const identity = {
  workbookId: "wb-1",
  createdAt: "2026-11-28T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};
const example: Evaluation = loadExample();
/**
 * The blank scoresheet, built inside the test that calls it: Stryker credits a test only with the code run while
 * the test runs, not at module level, in `describe` or in `beforeAll` (README, Mutation testing).
 */
const blankScoresheet = (): WorkbookModel => buildScoresheet({ identity });

function formulas(model: WorkbookModel): string[] {
  return model.sheets.flatMap((s) =>
    s.cells.flatMap((c) => (c.content.kind === "formula" ? [c.content.formula] : []))
  );
}
/** A grid over a model's constant cells, as a file would hold them after a user typed values. */
function gridOf(model: WorkbookModel, typed: Map<string, string | number> = new Map()): GridSource {
  const byName = new Map(model.sheets.map((s) => [s.name, s]));
  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    rowCount: (name) => Math.max(0, ...byName.get(name)!.cells.map((c) => c.row + 1)),
    cell: (name, row, col) => {
      const key = `${name}!${row},${col}`;
      if (typed.has(key)) return typed.get(key);
      const c = cellAt(byName.get(name)!, row, col);
      if (!c) return undefined;
      return c.content.kind === "text"
        ? c.content.text
        : c.content.kind === "number"
          ? c.content.value
          : undefined;
    },
  };
}

describe("scoresheet layout", () => {
  test("sheets: cover, seven tables, summary, the evaluation's sheets, a very hidden identity sheet", () => {
    const blank = blankScoresheet();
    expect(blank.sheets.map((s) => [s.name, s.state])).toEqual([
      ["说明", "visible"],
      ...STANDARD.tables.map((t) => [t.id, "visible"]),
      ["汇总", "visible"],
      ["评价条件", "visible"],
      ["评估组", "visible"],
      ["评价程序", "visible"],
      ["_gridscore", "veryHidden"],
    ]);
    expect(blank.names.map((n) => n.name).sort()).toEqual([
      "Subtotal_A1",
      "Subtotal_A2",
      "Subtotal_A3",
      "Subtotal_A4",
      "Subtotal_A5",
      "Subtotal_A6",
      "Subtotal_A7",
      "Total",
      "Verdict",
    ]);
  });

  test("every line and award item has exactly one input row carrying its id", () => {
    const blank = blankScoresheet();
    const rows = inputRows(blank);
    const index = indexStandard();
    expect(rows.size).toBe(
      index.lines.size +
        STANDARD.tables.flatMap((t) => t.items).filter((i) => i.kind !== "deduction").length
    );
  });

  test("formulas use only functions Excel 2010, LibreOffice and WPS share", () => {
    const blank = blankScoresheet();
    const used = new Set(
      formulas(blank).flatMap((f) =>
        [...f.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!)
      )
    );
    const allowed = new Set([
      "IF",
      "AND",
      "OR",
      "NOT",
      "ISNUMBER",
      "ISERROR",
      "IFERROR",
      "VALUE",
      "TRIM",
      "SUM",
      "MIN",
      "MAX",
      "ROUND",
      "COUNTIF",
      "SEARCH",
      "TEXT",
      // the evaluation sheets' date and list checks
      "INT",
      "DATEVALUE",
      "EDATE",
      "LEFT",
      "LEN",
      "COUNTA",
      // the input model's checks (issue 9): booleans, note blanks, the first line's own note after 【本行】
      "ISLOGICAL",
      "SUBSTITUTE",
      "CHAR",
      "MID",
      "FIND",
      // the eligibility dates, read in the one date reader's forms with the Gregorian month lengths
      "CHOOSE",
      "MOD",
      "DATE",
    ]);
    expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
  });

  test("validation messages fit the file format's limits and name the limit", () => {
    const blank = blankScoresheet();
    for (const sheet of blank.sheets) {
      for (const v of sheet.validations) {
        expect(v.errorTitle.length).toBeLessThanOrEqual(32);
        expect(v.errorMessage.length).toBeLessThanOrEqual(225);
        if (v.kind === "list") expect(v.options.join(",").length).toBeLessThan(255);
      }
    }
    const a1 = blank.sheets.find((s) => s.name === "A.1")!;
    const rule = a1.validations.find((v) => v.kind === "decimal" && v.max === 4)!;
    expect(rule.errorMessage).toContain("A.1.2.1 本行最多扣4分");
    expect(rule.errorMessage).toContain("没有组织机构图扣2分");
  });

  test("inputs are unlocked and carry validation; nothing else is unlocked; table sheets are protected", () => {
    const blank = blankScoresheet();
    for (const sheet of blank.sheets.filter((s) => s.kind === "table")) {
      expect(sheet.protect).toBe(true);
      const unlocked = sheet.cells.filter((c) => !c.locked);
      expect(
        unlocked.every((c) => c.col === COL.input || c.col === COL.note || c.col === COL.status)
      ).toBe(true);
      const validated = new Set(sheet.validations.map((v) => `${v.range.row},${v.range.col}`));
      for (const c of unlocked.filter((c) => c.col !== COL.note))
        expect(validated.has(`${c.row},${c.col}`)).toBe(true);
    }
  });

  test("a pasted over-limit value shows in the check column and the summary's error count", () => {
    const model = buildScoresheet({
      identity,
      evaluation: {
        format: EVALUATION_FORMAT,
        meta: {},
        items: { "A.1.1": { lines: { "A.1.1.1": 7 }, notes: { "A.1.1.1": "x" } } },
      },
    });
    const wb = evaluateModel(model);
    const row = inputRows(model).get("A.1.1.1")!.row;
    expect(String(wb.value("A.1", row, COL.check))).toContain("错误：超过本行上限2分");
    const summary = model.sheets.find((s) => s.name === SUMMARY_SHEET)!;
    const errorsRow = summary.cells.find(
      (c) => c.content.kind === "text" && c.content.text === "错误"
    )!.row;
    expect(wb.value(SUMMARY_SHEET, errorsRow, 2)).toBe(1);
    expect(wb.value("A.1", row, COL.score)).toBe(0); // 5 − 7 floors at 0 (7.3)
    wb.destroy();
  });

  test("a note starting with = is laid out as text, never as a formula", () => {
    const model = buildScoresheet({
      identity,
      evaluation: {
        format: EVALUATION_FORMAT,
        meta: {},
        items: {
          "A.1.1": { lines: { "A.1.1.1": 1 }, notes: { "A.1.1.1": '=HYPERLINK("http://x","y")' } },
        },
      },
    });
    const row = inputRows(model).get("A.1.1.1")!.row;
    const note = cellAt(
      model.sheets.find((s) => s.name === "A.1")!,
      row,
      COL.note
    )!;
    expect(note.content).toEqual({ kind: "text", text: '=HYPERLINK("http://x","y")' });
  });
});

describe("reading a scoresheet grid back", () => {
  test("the example evaluation survives layout → grid → reader", () => {
    const model = buildScoresheet({ identity, evaluation: example });
    const read = readScoresheet(gridOf(model), "x.xlsx");
    expect(read.problems).toEqual([]);
    expect(read.evaluation).toEqual(example);
    expect(read.identity.workbookId).toBe("wb-1");
    expect(scoreEvaluation(read.evaluation).total).toBe(435);
  });

  test.each([" 2 ", "2", "2\u3000", "２", "2分", "2\u00a0"])(
    "text %p in a number cell is kept as typed and refused by the engine, naming the cell (README: Inputs)",
    (typedText) => {
      const blank = blankScoresheet();
      const rows = inputRows(blank);
      const r = rows.get("A.1.2.1")!;
      const typed = new Map<string, string | number>([
        [`A.1!${r.row},${COL.input}`, typedText],
        [`A.1!${r.row},${COL.note}`, "n"],
      ]);
      const read = readScoresheet(gridOf(blank, typed), "f.xlsx");
      expect(read.evaluation.items["A.1.2"]).toEqual({
        lines: { "A.1.2.1": typedText },
        notes: { "A.1.2.1": "n" },
      });
      expect(read.problems).toEqual([]);
      const report = scoreEvaluation(read.evaluation);
      expect(report.errors).toEqual([
        { code: "number-as-text", itemId: "A.1.2", lineId: "A.1.2.1", value: typedText },
      ]);
      // It counts 0, as the workbook's formula counts it: the item keeps its full 10.
      expect(report.items.find((i) => i.id === "A.1.2")!.score).toBe(10);
      expect(locateProblem(report.errors[0]!, read.locations, "f.xlsx").where).toEqual({
        file: "f.xlsx",
        sheet: "A.1",
        cell: `G${r.row + 1}`,
      });
    }
  );

  test("anything else typed is kept as typed for the engine to report", () => {
    const blank = blankScoresheet();
    const r = inputRows(blank).get("A.1.2.1")!;
    const s = inputRows(blank).get("A.7.3")!;
    const typed = new Map<string, string | number>([
      [`A.1!${r.row},${COL.input}`, "两分"],
      [`A.7!${s.row},${COL.input}`, "市级"],
      [`A.7!${s.row},${COL.status}`, "跳过"],
    ]);
    const read = readScoresheet(gridOf(blank, typed));
    expect(read.evaluation.items["A.1.2"]).toEqual({ lines: { "A.1.2.1": "两分" } });
    expect(read.evaluation.items["A.7.3"]).toEqual({ level: "市级", status: "跳过" });
    expect(
      scoreEvaluation(read.evaluation)
        .errors.map((e) => e.code)
        .sort()
    ).toEqual(["number-as-text", "unknown-level", "unknown-status"]);
  });

  test("rows are found by id wherever they are; a missing row is an error", () => {
    const model = buildScoresheet({ identity, evaluation: example });
    const grid = gridOf(model);
    const reordered: GridSource = { ...grid, sheetNames: () => [...grid.sheetNames()].reverse() };
    expect(readScoresheet(reordered).evaluation).toEqual(example);
    const row = inputRows(model).get("A.2.3.1")!.row;
    const missing: GridSource = {
      ...grid,
      cell: (s, r, c) =>
        s === "A.2" && r === row && c === COL.id ? undefined : grid.cell(s, r, c),
    };
    expect(readScoresheet(missing).problems.map((p) => p.code)).toEqual(["missing-row"]);
  });
});

describe("the check column says what is wrong with each row", () => {
  test.each<[string, string | number, string | undefined, string]>([
    ["over the line's limit", 7, "n", "错误：超过本行上限2分；"],
    ["not a number", "很多", "n", "错误：是文本不是数字，按0计，请直接输入数字；"],
    ["a number typed as text", "1", "n", "错误：是文本不是数字，按0计，请直接输入数字；"],
    [
      "a number and an ideographic space",
      "2\u3000",
      "n",
      "错误：是文本不是数字，按0计，请直接输入数字；",
    ],
    ["more than 2 decimals", 1.005, "n", "错误：最多两位小数；"],
    ["exactly the line's limit", 2, "n", ""],
    ["a quarter point", 0.25, "n", ""],
    ["negative", -1, "n", "错误：不能为负数；"],
    ["a deduction without a note", 1, undefined, "提示：有扣分但缺扣分说明；"],
    ["a valid deduction with a note", 1.5, "n", ""],
  ])("%s", (_name, value, note, expected) => {
    const evaluation: Evaluation = {
      format: EVALUATION_FORMAT,
      meta: {},
      items: {
        "A.1.1": { lines: { "A.1.1.2": value }, ...(note ? { notes: { "A.1.1.2": note } } : {}) },
      },
    };
    const model = buildScoresheet({ identity, evaluation });
    const wb = evaluateModel(model);
    expect(wb.value("A.1", inputRows(model).get("A.1.1.2")!.row, COL.check)).toBe(expected);
    wb.destroy();
  });
});
