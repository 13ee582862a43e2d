/**
 * The evaluation sheets read back at their edges (src/layout/evaluationSheets/read.ts), from the models the
 * builders make (no .xlsx): dates as serials, Date cells and text, blanks and full-width spaces, 是/否 and
 * what else was typed, labels of fields and roles, duplicate ids, members in their row order.
 */
import {
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  EVAL_ID_COL,
  GROUP_COL,
  GROUP_IDS,
  GROUP_SHEET,
  PROCEDURE_COL,
  PROCEDURE_IDS,
  PROCEDURE_STEPS,
  buildEvaluationSheets,
  readEvaluationSheets,
} from "../../src/layout/evaluationSheets";
import type { EvaluationSheetsInput } from "../../src/layout/evaluationSheets";
import type { GridSource, GridValue, SheetModel } from "../../src/layout";
import { modelCellValue } from "../support/editableGrid";

interface Sheets {
  readonly grid: GridSource;
  rowOf(id: string): { sheet: string; row: number };
  set(id: string, col: number, v: GridValue): void;
}

/** The three sheets as a grid of their constant cells, editable by row id. */
function sheets(input: EvaluationSheetsInput = {}, only?: readonly string[]): Sheets {
  const models: SheetModel[] = buildEvaluationSheets(input).filter(
    (s) => !only || only.includes(s.name)
  );
  const byName = new Map(models.map((s) => [s.name, s]));
  const typed = new Map<string, GridValue>();
  const k = (s: string, r: number, c: number) => `${s}!${r},${c}`;
  const grid: GridSource = {
    sheetNames: () => models.map((s) => s.name),
    rowCount: (s) => Math.max(0, ...byName.get(s)!.cells.map((c) => c.row + 1)) + 2,
    cell: (s, r, c) =>
      typed.has(k(s, r, c)) ? typed.get(k(s, r, c)) : modelCellValue(byName.get(s), r, c),
  };
  const rowOf = (id: string) => {
    for (const s of models)
      for (const c of s.cells)
        if (c.col === EVAL_ID_COL && c.content.kind === "text" && c.content.text === id)
          return { sheet: s.name, row: c.row };
    throw new Error(`no row ${id}`);
  };
  return {
    grid,
    rowOf,
    set: (id, col, v) => {
      const at = rowOf(id);
      typed.set(k(at.sheet, at.row, col), v);
    },
  };
}

describe("eligibility cells", () => {
  test.each<[string, GridValue, string | undefined]>([
    ["a serial", 46173, "2026-05-31"],
    ["a serial with a time", 46173.75, "2026-05-31"],
    ["serial 1 (the 1900 system: 1 = 1900-01-01)", 1, "1900-01-01"],
    ["serial 0 is no date: kept as typed", 0, "0"],
    ["a Date cell", new Date(Date.UTC(2025, 10, 30)), "2025-11-30"],
    ["Chinese text", "2026年5月31日", "2026-05-31"],
    ["slashes and spaces", " 2026 / 5 / 31 ", "2026-05-31"],
    ["no such day: kept as typed", "2026-02-29", "2026-02-29"],
    ["a leap day", "2024-02-29", "2024-02-29"],
    ["a dotted date is kept as typed (trimmed)", " 2026.5.31 ", "2026.5.31"],
    ["blank", "", undefined],
    ["spaces", "   ", undefined],
    ["a full-width space", "\u3000", undefined],
    ["nothing", undefined, undefined],
  ])("application date: %s", (_n, typed, expected) => {
    const s = sheets();
    s.set(ELIGIBILITY_IDS.date("applicationDate"), ELIGIBILITY_COL.input, typed);
    const read = readEvaluationSheets(s.grid);
    // A date kept as typed is no date the evaluation JSON can hold: reported with its cell (export refuses it).
    expect(read.problems).toEqual(
      expected !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expected)
        ? [
            expect.objectContaining({
              code: "unreadable-date",
              col: ELIGIBILITY_COL.input,
              value: expected,
            }),
          ]
        : expected === "2026-02-29"
          ? [expect.objectContaining({ code: "unreadable-date", value: expected })]
          : []
    );
    expect(read.eligibility).toEqual({
      ...(expected !== undefined ? { applicationDate: expected } : {}),
      incidents: {},
      evidence: {},
    });
  });

  test.each<[GridValue, number | string | undefined]>([
    [300, 300],
    [0, 0],
    [" 300 ", "300"],
    ["三百", "三百"],
    ["", undefined],
    ["\u3000", undefined],
    [true, "true"],
  ])("self-evaluation score %p reads %p", (typed, expected) => {
    const s = sheets();
    s.set(ELIGIBILITY_IDS.score, ELIGIBILITY_COL.input, typed);
    const read = readEvaluationSheets(s.grid);
    expect(read.eligibility?.selfEvaluationScore).toBe(expected);
    expect(read.eligibility && "selfEvaluationScore" in read.eligibility).toBe(
      expected !== undefined
    );
  });

  test.each<[GridValue, unknown]>([
    ["是", "yes"],
    [" 否 ", "no"],
    ["否\u3000", "no"],
    ["有", { invalid: "有" }],
    [" 有 ", { invalid: " 有 " }],
    ["yes", { invalid: "yes" }],
    ["", undefined],
    [" ", undefined],
  ])("5.3 answer %p reads %p", (typed, expected) => {
    const s = sheets();
    s.set(ELIGIBILITY_IDS.incident("media"), ELIGIBILITY_COL.input, typed);
    expect(readEvaluationSheets(s.grid).eligibility?.incidents).toEqual(
      expected === undefined ? {} : { media: expected }
    );
  });

  test("evidence notes are trimmed and kept by row; blank notes are none", () => {
    const s = sheets();
    s.set(ELIGIBILITY_IDS.date("operationStart"), ELIGIBILITY_COL.evidence, " 发布令 ");
    s.set(ELIGIBILITY_IDS.score, ELIGIBILITY_COL.evidence, "自查表");
    s.set(ELIGIBILITY_IDS.incident("quality"), ELIGIBILITY_COL.evidence, "无");
    s.set(ELIGIBILITY_IDS.incident("safety"), ELIGIBILITY_COL.evidence, "\u3000");
    expect(readEvaluationSheets(s.grid).eligibility?.evidence).toEqual({
      operationStart: "发布令",
      selfEvaluationScore: "自查表",
      quality: "无",
    });
  });

  test("what the builder pre-fills reads back: blanks, answers, a typed score, dates to ISO", () => {
    const s = sheets({
      eligibility: {
        operationStart: " ",
        selfEvaluationDate: "2026/1/5",
        applicationDate: "明天",
        selfEvaluationScore: "",
        incidents: { quality: { invalid: "也许" }, safety: "yes", media: "no" },
      },
    });
    expect(readEvaluationSheets(s.grid).eligibility).toEqual({
      selfEvaluationDate: "2026-01-05",
      applicationDate: "明天",
      incidents: { quality: { invalid: "也许" }, safety: "yes", media: "no" },
      evidence: {},
    });
    const typed = sheets({ eligibility: { selfEvaluationScore: "三百" } });
    expect(readEvaluationSheets(typed.grid).eligibility?.selfEvaluationScore).toBe("三百");
  });
});

describe("group cells", () => {
  test("members: names trimmed, labels to codes, blank names skipped, unknown labels reported", () => {
    const s = sheets();
    const m = (n: number) => GROUP_IDS.member(n);
    s.set(m(1), GROUP_COL.name, " 张三 ");
    s.set(m(1), GROUP_COL.field, "标准化 ");
    s.set(m(1), GROUP_COL.role, "\u3000组长");
    s.set(m(1), GROUP_COL.unit, " 标院 ");
    s.set(m(1), GROUP_COL.source, "专家库");
    s.set(m(2), GROUP_COL.name, "\u3000");
    s.set(m(2), GROUP_COL.field, "行业专家");
    s.set(m(3), GROUP_COL.name, "李四");
    s.set(m(3), GROUP_COL.field, "专家");
    s.set(m(3), GROUP_COL.role, "队长");
    s.set(m(4), GROUP_COL.name, "王五");
    s.set(m(4), GROUP_COL.field, "管理人员");
    s.set(m(4), GROUP_COL.role, "成员");
    const read = readEvaluationSheets(s.grid);
    const row3 = s.rowOf(m(3)).row;
    // A row with a field but no name is no member, and is reported, not dropped without a word.
    expect(read.problems).toEqual([
      {
        code: "member-without-name",
        sheet: GROUP_SHEET,
        row: s.rowOf(m(2)).row,
        col: GROUP_COL.name,
        filled: "领域“行业专家”",
      },
      { code: "unknown-field", sheet: GROUP_SHEET, row: row3, col: GROUP_COL.field, value: "专家" },
      { code: "unknown-role", sheet: GROUP_SHEET, row: row3, col: GROUP_COL.role, value: "队长" },
    ]);
    expect(read.group).toEqual([
      { name: "张三", field: "standardization", unit: "标院", role: "leader", source: "专家库" },
      { name: "李四" },
      { name: "王五", field: "management", role: "member" },
    ]);
  });

  test("members come in the order of their numbers, not of their rows or as text (2 before 10)", () => {
    const s = sheets();
    s.set(GROUP_IDS.member(10), GROUP_COL.name, "十");
    s.set(GROUP_IDS.member(2), GROUP_COL.name, "二");
    s.set(GROUP_IDS.member(1), EVAL_ID_COL, GROUP_IDS.member(11));
    s.set(GROUP_IDS.member(1), GROUP_COL.name, "十一");
    expect(readEvaluationSheets(s.grid).group?.map((m) => m.name)).toEqual(["二", "十", "十一"]);
  });

  test("a group sheet with no names is an empty group; its check row alone is a group sheet", () => {
    expect(readEvaluationSheets(sheets().grid).group).toEqual([]);
    const checkOnly: GridSource = {
      sheetNames: () => ["x"],
      rowCount: () => 1,
      cell: (_s, _r, c) => (c === EVAL_ID_COL ? GROUP_IDS.check : undefined),
    };
    expect(readEvaluationSheets(checkOnly)).toEqual({ group: [], problems: [] });
  });

  test("an id seen twice is reported once per repeat at its row and the first row counts", () => {
    const s = sheets();
    s.set(GROUP_IDS.member(1), GROUP_COL.name, "甲");
    s.set(GROUP_IDS.member(2), GROUP_COL.name, "乙");
    const second = s.rowOf(GROUP_IDS.member(2));
    s.set(GROUP_IDS.member(2), EVAL_ID_COL, GROUP_IDS.member(1));
    const read = readEvaluationSheets(s.grid);
    expect(read.problems).toEqual([
      { code: "duplicate-id", sheet: second.sheet, row: second.row, id: GROUP_IDS.member(1) },
    ]);
    expect(read.group).toEqual([{ name: "甲" }]);
  });
});

describe("procedure cells and absent sheets", () => {
  test("dates, people and notes of a step; other steps have their text only", () => {
    const s = sheets({ procedure: { "6.3": { date: "2026/6/2" }, "6.4": { date: "下周" } } });
    s.set(PROCEDURE_IDS.step("6.1"), PROCEDURE_COL.date, 46173);
    s.set(PROCEDURE_IDS.step("6.1"), PROCEDURE_COL.people, " 李四 ");
    s.set(PROCEDURE_IDS.step("6.1"), PROCEDURE_COL.notes, "\u3000");
    s.set(PROCEDURE_IDS.step("6.2"), PROCEDURE_COL.notes, "听取汇报");
    s.set(PROCEDURE_IDS.step("6.2"), PROCEDURE_COL.date, " ");
    const read = readEvaluationSheets(s.grid);
    const text = (i: number) => PROCEDURE_STEPS[i]!.text;
    expect(read.procedure).toEqual([
      { id: "6.1", text: text(0), date: "2026-05-31", people: "李四" },
      { id: "6.2", text: text(1), notes: "听取汇报" },
      { id: "6.3", text: text(2), date: "2026-06-02" },
      { id: "6.4", text: text(3), date: "下周" },
      { id: "6.5", text: text(4) },
      { id: "6.6", text: text(5) },
      { id: "6.7", text: text(6) },
    ]);
  });

  test("each sheet read alone leaves the others absent; ids of other prefixes are ignored", () => {
    const p = readEvaluationSheets(sheets({}, ["评价程序"]).grid);
    expect(Object.keys(p).sort()).toEqual(["problems", "procedure"]);
    const g = readEvaluationSheets(sheets({}, [GROUP_SHEET]).grid);
    expect(Object.keys(g).sort()).toEqual(["group", "problems"]);
    const e = readEvaluationSheets(sheets({}, ["评价条件"]).grid);
    expect(Object.keys(e).sort()).toEqual(["eligibility", "problems"]);
    const other: GridSource = {
      sheetNames: () => ["x"],
      rowCount: () => 3,
      cell: (_s, r, c) =>
        c === EVAL_ID_COL ? ["A.1.1.1", "meta.date", "eligibility.condition.5.1"][r] : undefined,
    };
    expect(readEvaluationSheets(other)).toEqual({ problems: [] });
  });
});
