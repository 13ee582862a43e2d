/**
 * readScoresheet at its edges (src/layout/read.ts): the cover's metadata (trimmed, labels or codes, dates as
 * serials, Date cells or text), old layouts, duplicate rows, status and level codes typed instead of labels,
 * the group's plan (7.2) and where located problems point. Expected values are worked out from the rules the
 * source documents (README: Inputs), not copied from a run.
 */
import { PLAN_FORMAT, planFingerprint } from "../../src/engine";
import { parsedPlan } from "../support/plans";
import type { Problem } from "../../src/engine";
import {
  COL,
  COVER_COL,
  META_SHEET,
  a1,
  locateProblem,
  readIdentity,
  readScoresheet,
} from "../../src/layout";
import type { GridSource, GridValue, InputLocation } from "../../src/layout";
import { editableGrid } from "../support/editableGrid";

/** The forms the cover's 日期 takes, as every date reader takes them. */
const DATE_FORMS = ["YYYY-MM-DD", "YYYY/M/D", "YYYY年M月D日"];

describe("the cover's metadata", () => {
  test.each<[string, GridValue, Record<string, string>]>([
    ["organization", " 某街道 ", { organization: "某街道" }],
    ["evaluator", "\u3000张三\u3000", { evaluator: "张三" }],
    ["evaluator", "   ", {}],
    ["level", "省辖市", { level: "city" }],
    ["level", " 县（市、区） ", { level: "county" }],
    ["level", "township", { level: "township" }],
    ["level", "村（社区/居）", { level: "village" }],
    ["role", "评估专家", { role: "expert" }],
    ["role", "self", { role: "self" }],
    ["role", "自我评价", { role: "self" }],
    ["date", 46173, { date: "2026-05-31" }],
    // Excel's 1900 system: serial 1 is 1900-01-01 (serial 60 is its fictitious 1900-02-29).
    ["date", 1, { date: "1900-01-01" }],
    ["date", 61, { date: "1900-03-01" }],
    ["date", "2026年6月2日", { date: "2026-06-02" }],
    ["date", new Date(Date.UTC(2026, 5, 2)), { date: "2026-06-02" }],
    ["date", "2026/6/2", { date: "2026-06-02" }],
    ["date", "2026-6-2", { date: "2026-06-02" }],
    ["date", "2026-06-2", { date: "2026-06-02" }],
    ["date", "2026/12/31", { date: "2026-12-31" }],
    ["date", " 2026-01-05 ", { date: "2026-01-05" }],
    ["date", "", {}],
  ])("%s %p reads as %p", (field, value, meta) => {
    const g = editableGrid();
    const at = g.metaRow(field);
    g.set(at.sheet, at.row, COVER_COL.value, value);
    const read = readScoresheet(g.grid, "m.xlsx");
    expect(read.evaluation.meta).toEqual(meta);
    expect(read.problems).toEqual([]);
  });

  test.each<[string, GridValue, string | number, readonly string[] | undefined]>([
    ["level", "省", "省", undefined],
    ["level", "City", "City", undefined],
    ["role", "专家", "专家", undefined],
    ["date", "2026-02-30", "2026-02-30", DATE_FORMS],
    ["date", "2026年2月30日", "2026年2月30日", DATE_FORMS],
    ["date", 0, 0, DATE_FORMS],
    ["date", 0.5, 0.5, DATE_FORMS],
    ["date", -3, -3, DATE_FORMS],
    ["date", 60, 60, DATE_FORMS],
    ["date", "26-6-2", "26-6-2", DATE_FORMS],
  ])("%s %p is bad-meta with value %p at its cell", (field, value, shown, allowed) => {
    const g = editableGrid();
    const at = g.metaRow(field);
    g.set(at.sheet, at.row, COVER_COL.value, value);
    const cell = a1(at.row, COVER_COL.value);
    const expected = {
      code: "bad-meta",
      field,
      value: shown,
      ...(allowed ? { allowed } : {}),
    };
    const read = readScoresheet(g.grid, "m.xlsx");
    expect(read.evaluation.meta).toEqual({});
    expect(read.problems).toEqual([
      { ...expected, where: { file: "m.xlsx", sheet: at.sheet, cell } },
    ]);
    expect(readScoresheet(g.grid).problems).toEqual([
      { ...expected, where: { sheet: at.sheet, cell } },
    ]);
  });
});

describe("the identity sheet and the layout", () => {
  test("a workbook without an identity sheet has none", () => {
    const g = editableGrid();
    const grid: GridSource = {
      ...g.grid,
      sheetNames: () => g.grid.sheetNames().filter((s) => s !== "_gridscore"),
    };
    expect(readIdentity(grid)).toEqual({});
    expect(readIdentity(g.grid).workbookId).toBe("wb-edges");
    expect(readIdentity(g.grid).layout).toBe("2");
  });

  test.each<[string, boolean]>([
    ["1", true],
    ["2", false],
    ["3", false],
    ["", false],
  ])("layout %p: old-layout reported %p", (layout, old) => {
    const g = editableGrid();
    g.identity("layout", layout);
    const withFile = readScoresheet(g.grid, "o.xlsx").problems;
    const without = readScoresheet(g.grid).problems;
    expect(withFile).toEqual(
      old ? [{ code: "old-layout", found: layout, current: "2", where: { file: "o.xlsx" } }] : []
    );
    expect(without).toEqual(old ? [{ code: "old-layout", found: layout, current: "2" }] : []);
  });
});

describe("rows", () => {
  test("a line id twice: the second is a duplicate-row at its id cell, the overwritten line is missing", () => {
    const g = editableGrid();
    const r = g.row("A.2.3.1");
    g.set(r.sheet, r.row, COL.id, "A.1.1.1");
    const read = readScoresheet(g.grid, "d.xlsx");
    expect(read.problems).toEqual([
      {
        code: "duplicate-row",
        itemId: "A.1.1",
        lineId: "A.1.1.1",
        where: { file: "d.xlsx", sheet: r.sheet, cell: a1(r.row, COL.id) },
      },
      { code: "missing-row", itemId: "A.2.3", lineId: "A.2.3.1", where: { file: "d.xlsx" } },
    ]);
    expect(read.locations.get("A.1.1.1")).toEqual(g.row("A.1.1.1"));
  });

  test("an item id twice has no line id; a missing item row has none either", () => {
    const g = editableGrid();
    const r = g.row("A.7.4");
    g.set(r.sheet, r.row, COL.id, "A.7.1");
    expect(readScoresheet(g.grid).problems).toEqual([
      {
        code: "duplicate-row",
        itemId: "A.7.1",
        where: { sheet: r.sheet, cell: a1(r.row, COL.id) },
      },
      { code: "missing-row", itemId: "A.7.4" },
    ]);
  });

  test("ids the standard does not know are skipped", () => {
    const g = editableGrid();
    const r = g.row("A.1.1.1");
    g.set(r.sheet, r.row + 100, COL.id, "A.9.9.9");
    g.set(r.sheet, r.row + 100, COL.input, 3);
    const read = readScoresheet(g.grid);
    expect(read.problems).toEqual([]);
    expect(read.evaluation.items).toEqual({});
  });
});

describe("statuses and levels typed as codes", () => {
  test.each<[GridValue, Problem[], Record<string, unknown> | undefined]>([
    ["na", [{ code: "unknown-status", itemId: "A.2.2", value: "na" }], undefined],
    ["normal", [{ code: "unknown-status", itemId: "A.2.2", value: "normal" }], undefined],
    ["absent", [{ code: "unknown-status", itemId: "A.2.2", value: "absent" }], undefined],
    ["不适用（满分）", [], { status: "na" }],
    ["应有未有（0分）", [], { status: "absent" }],
    ["正常评分", [], undefined],
    [" 不适用（满分）", [], { status: " 不适用（满分）" }],
    ["NA", [], { status: "NA" }],
  ])("status %p", (typed, problems, item) => {
    const g = editableGrid();
    const r = g.row("A.2.2.1");
    g.set(r.sheet, r.row, COL.status, typed);
    const read = readScoresheet(g.grid);
    const where = { sheet: r.sheet, cell: a1(r.row, COL.status) };
    expect(read.problems).toEqual(problems.map((p) => ({ ...p, where })));
    expect(read.evaluation.items["A.2.2"]).toEqual(item);
  });

  test.each<[string, GridValue, Problem[], Record<string, unknown> | undefined]>([
    [
      "A.7.3",
      "national",
      [
        {
          code: "unknown-level",
          itemId: "A.7.3",
          value: "national",
          allowed: ["national", "provincial", "municipal", "none"],
        },
      ],
      undefined,
    ],
    [
      "A.7.4",
      "none",
      [
        {
          code: "unknown-level",
          itemId: "A.7.4",
          value: "none",
          allowed: ["significant", "over10", "over5", "none"],
        },
      ],
      undefined,
    ],
    ["A.7.3", "over10", [], { level: "over10" }],
    ["A.7.3", "国家级（10分）", [], { level: "national" }],
    ["A.7.3", "地（市）级（3分）", [], { level: "municipal" }],
    ["A.7.4", "比实行标准化以前提高10%以上（5分）", [], { level: "over10" }],
    ["A.7.3", " ", [], { level: " " }],
    ["A.7.3", "\u3000", [], { level: "\u3000" }],
    ["A.7.3", "", [], undefined],
    ["A.7.3", undefined, [], undefined],
  ])("%s level %p", (id, typed, problems, item) => {
    const g = editableGrid();
    const r = g.row(id);
    g.set(r.sheet, r.row, COL.input, typed);
    const read = readScoresheet(g.grid, "l.xlsx");
    const where = { file: "l.xlsx", sheet: r.sheet, cell: a1(r.row, COL.input) };
    expect(read.problems).toEqual(problems.map((p) => ({ ...p, where })));
    expect(read.evaluation.items[id]).toEqual(item);
  });
});

describe("the group's plan (7.2)", () => {
  function withPlan(notApplicable: { item: string; reason: string }[]) {
    const g = editableGrid();
    const data = { format: PLAN_FORMAT, notApplicable };
    g.identity("plan", planFingerprint(parsedPlan(data)));
    g.identity("planData", JSON.stringify(data));
    return g;
  }

  test("an item the plan fixed as 不适用 but read as scored is plan-overridden at its status cell", () => {
    const g = withPlan([{ item: "A.2.2", reason: "无此业务" }]);
    const r = g.row("A.2.2.1");
    expect(readScoresheet(g.grid, "p.xlsx").problems).toEqual([
      {
        code: "plan-overridden",
        itemId: "A.2.2",
        found: "normal",
        reason: "无此业务",
        where: { file: "p.xlsx", sheet: r.sheet, cell: a1(r.row, COL.status) },
      },
    ]);
    g.set(r.sheet, r.row, COL.status, "不适用（满分）");
    expect(readScoresheet(g.grid, "p.xlsx").problems).toEqual([]);
    g.set(r.sheet, r.row, COL.status, "应有未有（0分）");
    expect(readScoresheet(g.grid).problems).toEqual([
      {
        code: "plan-overridden",
        itemId: "A.2.2",
        found: "absent",
        reason: "无此业务",
        where: { sheet: r.sheet, cell: a1(r.row, COL.status) },
      },
    ]);
  });

  test("with the item's row gone it names the file only, or nothing", () => {
    const g = withPlan([{ item: "A.2.2", reason: "无此业务" }]);
    const r = g.row("A.2.2.1");
    g.set(r.sheet, r.row, COL.id, undefined);
    const overridden = {
      code: "plan-overridden",
      itemId: "A.2.2",
      found: "normal",
      reason: "无此业务",
    };
    expect(readScoresheet(g.grid, "p.xlsx").problems).toEqual([
      { code: "missing-row", itemId: "A.2.2", lineId: "A.2.2.1", where: { file: "p.xlsx" } },
      { ...overridden, where: { file: "p.xlsx" } },
    ]);
    expect(readScoresheet(g.grid).problems).toEqual([
      { code: "missing-row", itemId: "A.2.2", lineId: "A.2.2.1" },
      overridden,
    ]);
  });

  test("a plan whose fingerprint does not match is not applied, and is named at its planData cell", () => {
    const g = withPlan([{ item: "A.2.2", reason: "无此业务" }]);
    g.identity("plan", "not-the-fingerprint");
    let row = -1;
    for (let r = 0; r < g.grid.rowCount(META_SHEET); r++)
      if (g.grid.cell(META_SHEET, r, 0) === "planData") row = r;
    // Not taken for a copy made without a plan (plan-record-corrupt), and no plan-overridden from a plan not read.
    expect(readScoresheet(g.grid).problems).toEqual([
      {
        code: "plan-record-corrupt",
        defect: "fingerprint",
        detail: "not-the-fingerprint",
        where: { sheet: META_SHEET, cell: a1(row, 1) },
      },
    ]);
  });
});

describe("locateProblem", () => {
  const locations = (): ReadonlyMap<string, InputLocation> =>
    new Map([
      ["A.1.1", { sheet: "A.1", row: 4 }],
      ["A.1.1.2", { sheet: "A.1", row: 5 }],
    ]);
  test.each<[Problem, string]>([
    [{ code: "missing-note", itemId: "A.1.1", lineId: "A.1.1.2" }, a1(5, COL.note)],
    [{ code: "unknown-status", itemId: "A.1.1", value: "x" }, a1(4, COL.status)],
    [{ code: "inputs-ignored", itemId: "A.1.1", status: "na" }, a1(4, COL.status)],
    [{ code: "beyond-cap", itemId: "A.1.1", deduction: 6, cap: 5 }, a1(4, COL.score)],
    [{ code: "number-as-text", itemId: "A.1.1", lineId: "A.1.1.2", value: "1" }, a1(5, COL.input)],
    [{ code: "number-as-text", itemId: "A.1.1", lineId: "", value: "1" }, a1(4, COL.input)],
  ])("%p is located at %s", (problem, cell) => {
    expect(locateProblem(problem, locations(), "f.xlsx")).toEqual({
      ...problem,
      where: { file: "f.xlsx", sheet: "A.1", cell },
    });
    expect(locateProblem(problem, locations())).toEqual({
      ...problem,
      where: { sheet: "A.1", cell },
    });
  });

  test("a problem of no known row names the file only, or stays as it is", () => {
    const unknown: Problem = { code: "unknown-status", itemId: "A.9.9", value: "x" };
    expect(locateProblem(unknown, locations(), "f.xlsx")).toEqual({
      ...unknown,
      where: { file: "f.xlsx" },
    });
    expect(locateProblem(unknown, locations())).toBe(unknown);
    const noItem: Problem = { code: "bad-format", found: "x", expected: "y" };
    const lineElsewhere: Problem = {
      code: "number-as-text",
      itemId: "A.1.1",
      lineId: "A.1.1.3",
      value: "1",
    };
    // A line's problem is placed by the line's row only, never by its item's.
    expect(locateProblem(lineElsewhere, locations(), "f.xlsx")).toEqual({
      ...lineElsewhere,
      where: { file: "f.xlsx" },
    });
    expect(locateProblem(noItem, locations(), "f.xlsx")).toEqual({
      ...noItem,
      where: { file: "f.xlsx" },
    });
  });
});
