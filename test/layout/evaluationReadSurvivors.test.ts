/**
 * What layout-read's mutation run of 1 December (README, Mutation testing) left unpinned in the evaluation sheets'
 * reader and the scoresheet's reader: which sheet problems lose a typed value, the label, suggestion and serial of
 * a date that is no date, the range of 自查总分, the words of a group row without a name, a date before 1900, and
 * where a TRUE/FALSE or #N/A typed into an input is said to be one. Each expected value follows from the source's
 * own rules (the labels of DATE_FIELDS, Appendix A's computed maximum, the labels of the group sheet).
 */
import { COL, a1, locateProblem, readScoresheet } from "../../src/layout";
import type { GridSource, GridValue } from "../../src/layout";
import {
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  ELIGIBILITY_SHEET,
  EVAL_ID_COL,
  GROUP_COL,
  GROUP_IDS,
  GROUP_SHEET,
  readEligibilityDate,
  readEvaluationSheets,
  sheetProblemLosesInput,
  sheetProblemLosesOnRebuild,
} from "../../src/layout/evaluationSheets";
import type { EvaluationSheetProblem } from "../../src/layout/evaluationSheets";
import { scoreEvaluation } from "../../src/engine";
import { computedTotal } from "../../src/standard";
import { editableGrid } from "../support/editableGrid";

/** One sheet of rows, each an id and the cells typed beside it (column → value). */
function oneSheet(
  name: string,
  rows: readonly [string, Readonly<Record<number, GridValue>>][]
): GridSource {
  return {
    sheetNames: () => [name],
    rowCount: () => rows.length,
    cell: (_s, r, c) => {
      const row = rows[r];
      if (!row) return undefined;
      return c === EVAL_ID_COL ? row[0] : row[1][c];
    },
  };
}

/** The eligibility sheet with one input row, read back. */
function readOneInput(id: string, typed: GridValue) {
  return readEvaluationSheets(
    oneSheet(ELIGIBILITY_SHEET, [[id, { [ELIGIBILITY_COL.input]: typed }]])
  );
}

describe("which sheet problems lose what was typed", () => {
  const at = { sheet: GROUP_SHEET, row: 4, col: GROUP_COL.field };
  test.each<[EvaluationSheetProblem, boolean, boolean]>([
    [{ code: "unknown-field", ...at, value: "桥梁" }, true, true],
    [{ code: "unknown-role", ...at, col: GROUP_COL.role, value: "观察员" }, true, true],
    [{ code: "duplicate-id", sheet: GROUP_SHEET, row: 5, id: "group.member.1" }, true, true],
    [
      { code: "member-without-name", ...at, col: GROUP_COL.name, filled: "工作单位“甲”" },
      true,
      true,
    ],
    // A date that is no date is kept out of the evaluation JSON, but a rebuilt workbook writes it again as typed.
    [
      {
        code: "unreadable-date",
        sheet: ELIGIBILITY_SHEET,
        row: 3,
        col: ELIGIBILITY_COL.input,
        label: "申请日期",
        value: "2026-02-30",
      },
      true,
      false,
    ],
    // 自查总分 beyond the range is kept as typed in both: only a warning.
    [
      {
        code: "self-score-out-of-range",
        sheet: ELIGIBILITY_SHEET,
        row: 6,
        col: ELIGIBILITY_COL.input,
        value: 520,
      },
      false,
      false,
    ],
  ])("%p: lost from the JSON %p, lost on rebuild %p", (problem, input, rebuild) => {
    expect(sheetProblemLosesInput(problem)).toBe(input);
    expect(sheetProblemLosesOnRebuild(problem)).toBe(rebuild);
  });
});

describe("an eligibility date that is no date", () => {
  test("names its own row's label, not the first date's", () => {
    const read = readOneInput(ELIGIBILITY_IDS.date("applicationDate"), "2026-02-30");
    expect(read.problems).toStrictEqual([
      {
        code: "unreadable-date",
        sheet: ELIGIBILITY_SHEET,
        row: 0,
        col: ELIGIBILITY_COL.input,
        label: "申请日期",
        value: "2026-02-30",
      },
    ]);
  });

  test("typed with dots carries the date it most likely means", () => {
    const read = readOneInput(ELIGIBILITY_IDS.date("selfEvaluationDate"), "2025.11.30");
    expect(read.problems).toStrictEqual([
      {
        code: "unreadable-date",
        sheet: ELIGIBILITY_SHEET,
        row: 0,
        col: ELIGIBILITY_COL.input,
        label: "自我评价完成日期",
        value: "2025.11.30",
        suggestion: "2025-11-30",
      },
    ]);
    expect(read.eligibility?.selfEvaluationDate).toBe("2025.11.30");
  });

  test.each<[GridValue, string]>([
    ["1899-12-31", "1899-12-31"],
    [-1, "-1"],
    [0, "0"],
  ])(
    "%p, before the sheet's first date, is reported with no serial (only serial 60 has one)",
    (typed, shown) => {
      const read = readOneInput(ELIGIBILITY_IDS.date("operationStart"), typed);
      expect(read.problems).toStrictEqual([
        {
          code: "unreadable-date",
          sheet: ELIGIBILITY_SHEET,
          row: 0,
          col: ELIGIBILITY_COL.input,
          label: "体系运行开始日期",
          value: shown,
        },
      ]);
    }
  );

  test("a year before 1900 is no date to the rule, the first day of 1900 is one", () => {
    expect(readEligibilityDate("1899-12-31")).toStrictEqual({ kind: "invalid" });
    expect(readEligibilityDate("1900-01-01")).toStrictEqual({ kind: "date", iso: "1900-01-01" });
  });
});

describe("自查总分's range: 0 to what Appendix A can give", () => {
  const max = computedTotal();
  test.each<[number, boolean]>([
    [-0.01, true],
    [0, false],
    [max, false],
    [max + 0.01, true],
  ])("%p out of range: %p", (typed, out) => {
    const read = readOneInput(ELIGIBILITY_IDS.score, typed);
    expect(read.problems).toStrictEqual(
      out
        ? [
            {
              code: "self-score-out-of-range",
              sheet: ELIGIBILITY_SHEET,
              row: 0,
              col: ELIGIBILITY_COL.input,
              value: typed,
            },
          ]
        : []
    );
    expect(read.eligibility?.selfEvaluationScore).toBe(typed);
  });
});

describe("a group row without a name", () => {
  test("names everything it holds, joined by 、", () => {
    const read = readEvaluationSheets(
      oneSheet(GROUP_SHEET, [
        [GROUP_IDS.member(1), { [GROUP_COL.field]: "安全", [GROUP_COL.unit]: "某检测中心" }],
      ])
    );
    expect(read.group).toStrictEqual([]);
    expect(read.problems).toStrictEqual([
      {
        code: "member-without-name",
        sheet: GROUP_SHEET,
        row: 0,
        col: GROUP_COL.name,
        filled: "领域“安全”、工作单位“某检测中心”",
      },
    ]);
  });
});

describe("scoresheet: an input holding TRUE or #N/A", () => {
  test.each<[GridValue, "boolean" | "error", string]>([
    [true, "boolean", "TRUE"],
    ["#N/A", "error", "#N/A"],
  ])(
    "%p: its row's location says so, and the engine's number-as-text names it",
    (typed, kind, text) => {
      const g = editableGrid();
      const r = g.row("A.1.1.2");
      g.set(r.sheet, r.row, COL.input, typed);
      const read = readScoresheet(g.grid, "f.xlsx");
      expect(read.locations.get("A.1.1.2")).toStrictEqual({ ...r, input: kind });
      const plain = g.row("A.1.1.1");
      expect(read.locations.get("A.1.1.1")).toStrictEqual(plain);
      const asText = scoreEvaluation(read.evaluation).errors.filter(
        (p) => p.code === "number-as-text"
      );
      expect(asText).toStrictEqual([
        { code: "number-as-text", itemId: "A.1.1", lineId: "A.1.1.2", value: text },
      ]);
      expect(locateProblem(asText[0]!, read.locations, "f.xlsx")).toStrictEqual({
        ...asText[0],
        found: kind,
        where: { file: "f.xlsx", sheet: r.sheet, cell: a1(r.row, COL.input) },
      });
    }
  );

  test("another problem of that row does not say what the cell holds", () => {
    const g = editableGrid();
    const r = g.row("A.1.1.2");
    g.set(r.sheet, r.row, COL.input, true);
    const read = readScoresheet(g.grid);
    const missing = { code: "missing-note", itemId: "A.1.1", lineId: "A.1.1.2" } as const;
    expect(locateProblem(missing, read.locations)).toStrictEqual({
      ...missing,
      where: { sheet: r.sheet, cell: a1(r.row, COL.note) },
    });
  });
});
