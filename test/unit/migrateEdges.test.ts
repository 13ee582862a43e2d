/**
 * migrateEvaluation (src/engine/migrate.ts, issue 16) where the engine-rest part's own tests pass it by: every
 * input of an item the target edition lacks is listed as not carried (status, lines, value, notes), a status of
 * 正常评分 or none is no entry at all, a carried deduction above the target's line maximum is named before a
 * changed line, a line the source did not have is carried without a remark, and a line or note filed under another
 * item is a missing line. The target editions are the built-in one with one change each, made inside each test.
 */
import { migrateEvaluation } from "../../src/engine/migrate";
import type { Evaluation, ItemInput } from "../../src/engine";
import { BUILT_IN_EDITION } from "../../src/standard";
import type { StandardDef } from "../../src/standard";

interface LooseLine {
  id: string;
  maxDeduction?: number;
  requirement?: string;
  rule?: string;
}
interface LooseItem {
  id: string;
  lines?: LooseLine[];
}
type Loose = { tables: { items: LooseItem[] }[] };

const FROM = BUILT_IN_EDITION.standard;

/** The built-in edition changed by `edit` (a fresh copy each call). */
function edition(edit: (e: Loose) => void = () => {}): StandardDef {
  const e = JSON.parse(JSON.stringify(FROM)) as Loose;
  edit(e);
  return e as unknown as StandardDef;
}
const item = (e: Loose, id: string): LooseItem =>
  e.tables.flatMap((t) => t.items).find((i) => i.id === id)!;
const evaluation = (items: Record<string, ItemInput>): Evaluation => ({
  format: "gridscore-evaluation/1",
  meta: { organization: "示例市" },
  items,
});

test("an item the target lacks: its status, lines and notes are each listed, none carried", () => {
  const to = edition((e) => {
    e.tables[0]!.items = e.tables[0]!.items.filter((i) => i.id !== "A.1.2");
  });
  const m = migrateEvaluation(
    evaluation({
      "A.1.2": {
        status: "absent",
        lines: { "A.1.2.1": 1, "A.1.2.2": { rate: 50 } },
        notes: { "A.1.2": "整体", "A.1.2.1": "无图" },
      },
    }),
    FROM,
    to
  );
  const missing = { code: "item-missing" };
  expect(m.notCarried).toEqual([
    { id: "A.1.2", what: "status", value: "absent", reason: missing },
    { id: "A.1.2.1", what: "deduction", value: "1", reason: missing },
    { id: "A.1.2.2", what: "rate", value: "50%", reason: missing },
    { id: "A.1.2", what: "note", value: "整体", reason: missing },
    { id: "A.1.2.1", what: "note", value: "无图", reason: missing },
  ]);
  expect(m.carried).toEqual([]);
  expect(m.evaluation).toEqual(evaluation({}));
  expect(m.added).toEqual([]);
});

test("an award item the target lacks: its value and level are listed as not carried", () => {
  const to = edition((e) => {
    e.tables[6]!.items = e.tables[6]!.items.filter((i) => i.id !== "A.7.1" && i.id !== "A.7.3");
  });
  const m = migrateEvaluation(
    evaluation({ "A.7.1": { value: 92.5 }, "A.7.3": { level: "national" } }),
    FROM,
    to
  );
  expect(m.notCarried).toEqual([
    { id: "A.7.1", what: "value", value: "92.5", reason: { code: "item-missing" } },
    { id: "A.7.3", what: "level", value: "national", reason: { code: "item-missing" } },
  ]);
  expect(m.evaluation.items).toEqual({});
});

test("a status of 正常评分, none, or an empty value is no entry, and an item left empty is dropped", () => {
  const m = migrateEvaluation(
    evaluation({
      "A.1.3": { status: "normal" },
      "A.1.4": { status: null },
      "A.7.1": { value: "" },
      "A.7.2": { value: null },
      "A.7.3": { level: null },
      "A.7.4": { level: "" },
    }),
    FROM,
    edition()
  );
  expect([m.carried, m.notCarried, m.evaluation.items]).toEqual([[], [], {}]);
});

describe("a carried deduction against the target's line", () => {
  const to = () =>
    edition((e) => {
      const lines = item(e, "A.1.1").lines!;
      lines[0]!.maxDeduction = 1;
      lines[1]!.requirement = "有组织目标并公布";
      lines[1]!.rule = "没有目标扣2分，未公布扣1分";
    });
  test.each<[string, number | string, unknown]>([
    ["A.1.1.1", 2, { code: "over-max", max: 1 }],
    ["A.1.1.1", 1.5, { code: "over-max", max: 1 }],
    ["A.1.1.1", 1, { code: "line-changed", fields: ["maxDeduction 2→1"] }],
    ["A.1.1.1", "5", { code: "line-changed", fields: ["maxDeduction 2→1"] }],
    ["A.1.1.2", 2, { code: "line-changed", fields: ["requirement", "rule"] }],
    ["A.1.1.3", 1, undefined],
  ])("%s = %p", (lineId, value, reason) => {
    const m = migrateEvaluation(
      evaluation({ "A.1.1": { lines: { [lineId]: value } } }),
      FROM,
      to()
    );
    const entry = { id: lineId, what: "deduction", value: String(value) };
    expect(m.carried).toEqual([reason === undefined ? entry : { ...entry, reason }]);
    expect(m.notCarried).toEqual([]);
    expect(m.evaluation.items).toEqual({ "A.1.1": { lines: { [lineId]: value } } });
  });

  test("a line only the target has is carried without a remark; its new item is listed as added", () => {
    const target = edition((e) => {
      item(e, "A.1.1").lines!.push({ ...item(e, "A.1.1").lines![2]!, id: "A.1.1.4" });
      e.tables[0]!.items.push({ ...item(e, "A.1.8"), id: "A.1.9", lines: [] });
    });
    const m = migrateEvaluation(
      evaluation({ "A.1.1": { lines: { "A.1.1.4": 1 }, notes: { "A.1.1.4": "新行" } } }),
      FROM,
      target
    );
    expect(m.carried).toEqual([
      { id: "A.1.1.4", what: "deduction", value: "1" },
      { id: "A.1.1.4", what: "note", value: "新行" },
    ]);
    expect(m.added).toEqual(["A.1.9"]);
  });
});

test("a deduction left empty (null) is carried as it was typed, shown empty", () => {
  const m = migrateEvaluation(
    evaluation({ "A.1.1": { lines: { "A.1.1.1": null } } }),
    FROM,
    edition()
  );
  expect(m.carried).toEqual([{ id: "A.1.1.1", what: "deduction", value: "" }]);
  expect(m.evaluation.items).toEqual({ "A.1.1": { lines: { "A.1.1.1": null } } });
});

test("a line or a note filed under another item is a missing line; the item's own note is carried", () => {
  const m = migrateEvaluation(
    evaluation({
      "A.1.1": {
        status: "na",
        lines: { "A.1.3.1": 1 },
        notes: { "A.1.1": "经评估小组界定", "A.1.3.1": "x" },
      },
    }),
    FROM,
    edition()
  );
  expect(m.notCarried).toEqual([
    { id: "A.1.3.1", what: "deduction", value: "1", reason: { code: "line-missing" } },
    { id: "A.1.3.1", what: "note", value: "x", reason: { code: "line-missing" } },
  ]);
  expect(m.carried).toEqual([
    { id: "A.1.1", what: "status", value: "na" },
    { id: "A.1.1", what: "note", value: "经评估小组界定" },
  ]);
  expect(m.evaluation.items).toEqual({
    "A.1.1": { status: "na", notes: { "A.1.1": "经评估小组界定" } },
  });
});

test("values of the wrong kind are listed; a level typed as a number is carried as typed", () => {
  const m = migrateEvaluation(
    evaluation({
      "A.1.1": { value: 50, level: "national" },
      "A.7.1": { level: "provincial" },
      "A.7.3": { value: 80, level: 10 },
    }),
    FROM,
    edition()
  );
  expect(m.notCarried).toEqual([
    {
      id: "A.1.1",
      what: "value",
      value: "50",
      reason: { code: "kind-changed", from: "tiered", to: "deduction" },
    },
    {
      id: "A.1.1",
      what: "level",
      value: "national",
      reason: { code: "kind-changed", from: "level", to: "deduction" },
    },
    {
      id: "A.7.1",
      what: "level",
      value: "provincial",
      reason: { code: "kind-changed", from: "level", to: "tiered" },
    },
    {
      id: "A.7.3",
      what: "value",
      value: "80",
      reason: { code: "kind-changed", from: "tiered", to: "level" },
    },
  ]);
  expect(m.carried).toEqual([{ id: "A.7.3", what: "level", value: "10" }]);
  expect(m.evaluation.items).toEqual({ "A.7.3": { level: 10 } });
});
