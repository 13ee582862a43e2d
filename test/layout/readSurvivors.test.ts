/**
 * What layout-read's mutation run (README, Mutation testing) found unpinned in the readers: a date typed with
 * text after it, a null cell, a Date in a text cell, ids that only look like a member's row, a sheet holding one
 * kind of row only, no key left holding `undefined` for what was left blank, and a number in an award level's
 * cell of a layout-1 workbook formatted as a percent. Each expected value follows from the source's own rules.
 */
import { COL, readScoresheet } from "../../src/layout";
import type { GridSource, GridValue } from "../../src/layout";
import {
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  EVAL_ID_COL,
  GROUP_COL,
  PROCEDURE_COL,
  PROCEDURE_STEPS,
  dateFromCell,
  formatDateSpanZh,
  parseDateText,
  readEvaluationSheets,
} from "../../src/layout/evaluationSheets";
import { editableGrid } from "../support/editableGrid";

/** One sheet of rows, each an id and the cells typed beside it (column → value). */
function oneSheet(rows: readonly [string, Readonly<Record<number, GridValue>>][]): GridSource {
  return {
    sheetNames: () => ["表"],
    rowCount: () => rows.length,
    cell: (_s, r, c) => {
      const row = rows[r];
      if (!row) return undefined;
      return c === EVAL_ID_COL ? row[0] : row[1][c];
    },
  };
}

const STEP = PROCEDURE_STEPS[0]!;

describe("dates typed as text", () => {
  test.each([
    ["2026-06-02 起", undefined],
    ["2026年6月2日前", undefined],
    ["2026/6/2/", undefined],
    ["2026-06-02", "2026-06-02"],
    [" 2026年6月2日 ", "2026-06-02"],
  ])("parseDateText(%p) is %p: the whole text must be the date", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  test("a date with more typed after it is kept as typed, for the rule to report", () => {
    expect(dateFromCell("2026-06-02 起")).toBe("2026-06-02 起");
  });

  test("a null cell is blank, like an undefined one", () => {
    expect(dateFromCell(null)).toBeUndefined();
    expect(dateFromCell(undefined)).toBeUndefined();
  });

  test("a span whose first date is not a date keeps the second date's year", () => {
    expect(formatDateSpanZh("约2026年6月2日 至 2026年6月3日")).toBe("约2026年6月2日至2026年6月3日");
    expect(formatDateSpanZh("2026-06-02 至 2026-06-03")).toBe("2026年6月2日至6月3日");
  });
});

describe("evaluation sheets: cells that are not text", () => {
  test("a null evidence cell is no evidence, not the text 'null'", () => {
    const read = readEvaluationSheets(
      oneSheet([
        [
          ELIGIBILITY_IDS.date("operationStart"),
          { [ELIGIBILITY_COL.input]: "2024-01-05", [ELIGIBILITY_COL.evidence]: null },
        ],
      ])
    );
    expect(read.eligibility).toStrictEqual({
      operationStart: "2024-01-05",
      incidents: {},
      evidence: {},
    });
  });

  test("a Date in a step's people or notes cell reads as its ISO day", () => {
    const day = new Date(Date.UTC(2026, 5, 2));
    const read = readEvaluationSheets(
      oneSheet([
        [`procedure.${STEP.id}`, { [PROCEDURE_COL.people]: day, [PROCEDURE_COL.notes]: day }],
      ])
    );
    expect(read.procedure?.find((s) => s.id === STEP.id)).toStrictEqual({
      id: STEP.id,
      text: STEP.text,
      people: "2026-06-02",
      notes: "2026-06-02",
    });
  });
});

describe("evaluation sheets: which rows count", () => {
  test("ids that only contain a member's id are not members", () => {
    const read = readEvaluationSheets(
      oneSheet([
        ["group.member.1", { [GROUP_COL.name]: "张三" }],
        ["group.member.2.note", { [GROUP_COL.name]: "李四" }],
        ["group.x.group.member.3", { [GROUP_COL.name]: "王五" }],
      ])
    );
    expect(read.group).toStrictEqual([{ name: "张三" }]);
  });

  test.each<[string, string, Readonly<Record<number, GridValue>>, object]>([
    [
      "a date row",
      ELIGIBILITY_IDS.date("applicationDate"),
      { [ELIGIBILITY_COL.input]: "2026-06-02" },
      { applicationDate: "2026-06-02", incidents: {}, evidence: {} },
    ],
    [
      "the self-evaluation score's row",
      ELIGIBILITY_IDS.score,
      { [ELIGIBILITY_COL.input]: 320 },
      { selfEvaluationScore: 320, incidents: {}, evidence: {} },
    ],
    [
      "an incident's row",
      ELIGIBILITY_IDS.incident("quality"),
      { [ELIGIBILITY_COL.input]: "否" },
      { incidents: { quality: "no" }, evidence: {} },
    ],
  ])("a sheet with only %s is an eligibility sheet", (_n, id, cells, eligibility) => {
    const read = readEvaluationSheets(oneSheet([[id, cells]]));
    expect(read.eligibility).toStrictEqual(eligibility);
    expect(read.group).toBeUndefined();
    expect(read.procedure).toBeUndefined();
  });

  test("a sheet with only a member's row is a group sheet", () => {
    const read = readEvaluationSheets(oneSheet([["group.member.4", { [GROUP_COL.name]: "赵六" }]]));
    expect(read.group).toStrictEqual([{ name: "赵六" }]);
    expect(read.eligibility).toBeUndefined();
  });

  test("blank inputs and notes leave no key behind, not a key holding undefined", () => {
    const read = readEvaluationSheets(
      oneSheet([
        [ELIGIBILITY_IDS.date("operationStart"), {}],
        [ELIGIBILITY_IDS.score, { [ELIGIBILITY_COL.input]: 300 }],
        [ELIGIBILITY_IDS.incident("safety"), { [ELIGIBILITY_COL.input]: "" }],
        [`procedure.${STEP.id}`, {}],
      ])
    );
    expect(read.eligibility).toStrictEqual({
      selfEvaluationScore: 300,
      incidents: {},
      evidence: {},
    });
    const step = read.procedure?.find((s) => s.id === STEP.id);
    expect(step).toStrictEqual({ id: STEP.id, text: STEP.text });
  });
});

describe("scoresheet: a number in an award level's cell of layout 1", () => {
  test("is the level as typed, with no percent warning: only a rate or a tiered item is a percent", () => {
    const g = editableGrid();
    g.identity("layout", "1");
    const r = g.row("A.7.3");
    g.set(r.sheet, r.row, COL.input, 0.5);
    g.format(r.sheet, r.row, COL.input, "0%");
    const read = readScoresheet(g.grid, "old.xlsx");
    expect(read.problems.map((p) => p.code)).toEqual(["old-layout"]);
    expect(read.evaluation.items["A.7.3"]).toStrictEqual({ level: "0.5" });
  });
});
