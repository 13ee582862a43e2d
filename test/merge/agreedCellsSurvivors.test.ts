/**
 * agreedCells.ts otherAgreedProblems called directly (merge-documents' mutation run found it run only by
 * test/office): a 共识 sheet given as the loaded cells the Office adapter passes, built inside each test. Each
 * expected problem is worked from the function's documented rules (its JSDoc, deliberation.ts checkAgreed), never
 * copied from a run: the header row is row 2, item ids in column 1, experts from column 4 up to the first blank
 * or 共识 header, the plan's reason from the row's 数据 text (continued in the cells after it).
 */
import type { LocatedProblem } from "../../src/engine";
import { planReasonNote } from "../../src/engine";
import { a1 } from "../../src/layout";
import { CONSENSUS_SHEET_SPEC, otherAgreedProblems } from "../../src/merge/agreedCells";
import { DELIBERATION_HEADERS } from "../../src/merge/deliberation";
import type { ConsensusCells } from "../../src/office/types";
import { allItems } from "../../src/standard";

const HEADER_ROW = 2;
const AGREED_COL = 10;
const REASON_COL = 11;

interface Cell {
  readonly value: unknown;
  readonly format?: string;
  readonly type?: string;
}

/** A loaded 共识 sheet: cells by "row,col"; absent cells give undefined, as outside a loaded range. */
function sheet(cells: Map<string, Cell>, end: number): ConsensusCells {
  return {
    value: (r, c) => cells.get(`${r},${c}`)?.value,
    format: (r, c) => cells.get(`${r},${c}`)?.format ?? "General",
    type: (r, c) => cells.get(`${r},${c}`)?.type,
    end,
  };
}

/** The header row: columns 0-3 named, then `experts` (with what ends them), then the deliberation headers. */
function headers(cells: Map<string, Cell>, experts: readonly unknown[], dataCol = 14): void {
  ["序号", "项目", "名称", "满分"].forEach((h, c) => cells.set(`${HEADER_ROW},${c}`, { value: h }));
  experts.forEach((h, k) => cells.set(`${HEADER_ROW},${4 + k}`, { value: h }));
  cells.set(`${HEADER_ROW},${AGREED_COL}`, { value: DELIBERATION_HEADERS.agreed });
  cells.set(`${HEADER_ROW},${REASON_COL}`, { value: DELIBERATION_HEADERS.reason });
  cells.set(`${HEADER_ROW},${dataCol}`, { value: DELIBERATION_HEADERS.data });
}

/** A 数据 text saying the plan fixed the item as 不适用 for two experts. */
function planData(itemId: string, statuses: readonly string[] = ["na", "na"]): string {
  return JSON.stringify({ statuses, notes: [{ id: itemId, note: planReasonNote("无此业务") }] });
}

function item(k: number): { id: string; cap: number } {
  const i = allItems()[k]!;
  return { id: i.id, cap: i.cap };
}

/** An item row: id, agreed value (with format/type), reason, 数据 cells from `dataCol`. */
function row(
  cells: Map<string, Cell>,
  r: number,
  id: string,
  agreed: Cell,
  data: readonly unknown[] = [],
  dataCol = 14
): void {
  cells.set(`${r},1`, { value: id });
  cells.set(`${r},4`, { value: 5 });
  cells.set(`${r},5`, { value: 6 });
  cells.set(`${r},${AGREED_COL}`, agreed);
  cells.set(`${r},${REASON_COL}`, { value: "理由" });
  data.forEach((v, k) => cells.set(`${r},${dataCol + k}`, { value: v }));
}

const planNa = (id: string, value: unknown, r: number): LocatedProblem =>
  ({
    code: "agreed-on-plan-na",
    itemId: id,
    value,
    reason: "无此业务",
    where: { sheet: "共识", cell: a1(r, AGREED_COL) },
  }) as LocatedProblem;

test("a text, an error value and a date in 评议后得分 are each named at their cell; the written item is skipped", () => {
  const cells = new Map<string, Cell>();
  headers(cells, ["甲", "乙", "共识"]);
  const [a, b, c, d, e] = [item(0), item(1), item(2), item(3), item(4)];
  row(cells, 3, a.id, { value: "abc" });
  row(cells, 4, b.id, { value: "#N/A", type: "Error" });
  row(cells, 5, c.id, { value: 46086, format: "m/d" });
  row(cells, 6, d.id, { value: "xyz" });
  // Applied but without a reason: left out (the person may be typing it).
  row(cells, 7, e.id, { value: 0 });
  cells.set(`7,${REASON_COL}`, { value: "" });
  // A row whose id is no item is skipped, as is a row whose id is no text.
  row(cells, 8, "Z.9.9", { value: "abc" });
  row(cells, 9, "", { value: "abc" });
  cells.set(`9,1`, { value: 7 });
  const got = otherAgreedProblems(sheet(cells, 10), AGREED_COL, REASON_COL, d.id);
  expect(got).toStrictEqual([
    {
      code: "agreed-score-invalid",
      itemId: a.id,
      value: "abc",
      cap: a.cap,
      why: "text",
      where: { sheet: "共识", cell: a1(3, AGREED_COL) },
    },
    {
      code: "agreed-score-invalid",
      itemId: b.id,
      value: "#N/A",
      cap: b.cap,
      why: "error",
      where: { sheet: "共识", cell: a1(4, AGREED_COL) },
    },
    {
      code: "agreed-score-invalid",
      itemId: c.id,
      value: 46086,
      cap: c.cap,
      why: "range",
      date: "2026-03-05",
      where: { sheet: "共识", cell: a1(5, AGREED_COL) },
    },
  ]);
  expect(
    CONSENSUS_SHEET_SPEC.refusedAgreed(sheet(cells, 10), AGREED_COL, REASON_COL, a.id)
  ).toHaveLength(3);
  expect(CONSENSUS_SHEET_SPEC.sheet).toBe("共识");
  expect(CONSENSUS_SHEET_SPEC.headers).toEqual({
    agreed: "评议后得分",
    reason: "评议理由",
    dissent: "不同意见",
  });
});

test("only the rows from below the header row up to the end are judged", () => {
  const cells = new Map<string, Cell>();
  headers(cells, ["甲", "乙", "共识"]);
  const [a, b, c] = [item(0), item(1), item(2)];
  row(cells, 1, a.id, { value: "abc" });
  row(cells, 3, b.id, { value: "abc" });
  row(cells, 4, c.id, { value: "abc" });
  const got = otherAgreedProblems(sheet(cells, 4), AGREED_COL, REASON_COL, "none");
  expect(got.map((p) => p.where?.cell)).toEqual([a1(3, AGREED_COL)]);
});

test.each([
  ["共识", ["甲", "乙", "共识"]],
  ["a blank cell", ["甲", "乙", "", "丁", "共识"]],
  ["null", ["甲", "乙", null, "丁", "共识"]],
  ["an absent cell", ["甲", "乙", undefined, "丁", "共识"]],
])(
  "the experts end at %s: two experts' 不适用 with the plan's note refuse an agreed score",
  (_, experts) => {
    const cells = new Map<string, Cell>();
    headers(cells, experts);
    const a = item(0);
    row(cells, 3, a.id, { value: 3 }, [planData(a.id)]);
    expect(otherAgreedProblems(sheet(cells, 4), AGREED_COL, REASON_COL, "none")).toStrictEqual([
      planNa(a.id, 3, 3),
    ]);
  }
);

test("the 数据 text continues in the cells after it, up to a blank or a non-text cell", () => {
  const cells = new Map<string, Cell>();
  headers(cells, ["甲", "乙", "共识"]);
  const [a, b] = [item(0), item(1)];
  const text = planData(a.id);
  const half = Math.floor(text.length / 2);
  // Preceded by text cells, so reading leftwards would join them; a number ends it, then a blank.
  cells.set(`3,12`, { value: "评议检查文本" });
  cells.set(`3,13`, { value: "x" });
  row(cells, 3, a.id, { value: 3 }, [text.slice(0, half), text.slice(half), 7, "", "junk"]);
  const textB = planData(b.id);
  row(cells, 4, b.id, { value: "abc" }, [textB, "", "junk"]);
  expect(otherAgreedProblems(sheet(cells, 5), AGREED_COL, REASON_COL, "none")).toStrictEqual([
    planNa(a.id, 3, 3),
    planNa(b.id, "abc", 4),
  ]);
});

test("the plan's reason needs all the experts counted: not three, not one", () => {
  const cells = new Map<string, Cell>();
  headers(cells, ["甲", "乙", "共识"]);
  const a = item(0);
  row(cells, 3, a.id, { value: "abc" }, [planData(a.id, ["na"])]);
  expect(otherAgreedProblems(sheet(cells, 4), AGREED_COL, REASON_COL, "none")).toStrictEqual([
    {
      code: "agreed-score-invalid",
      itemId: a.id,
      value: "abc",
      cap: a.cap,
      why: "text",
      where: { sheet: "共识", cell: a1(3, AGREED_COL) },
    },
  ]);
});

test("the 数据 header is looked for after the experts, within 64 columns", () => {
  const a = item(0);
  // An expert named 数据: its column holds scores, not the row's data.
  const named = new Map<string, Cell>();
  headers(named, ["数据", "乙", "共识"], 20);
  row(named, 3, a.id, { value: 3 }, [planData(a.id)], 20);
  expect(otherAgreedProblems(sheet(named, 4), AGREED_COL, REASON_COL, "none")).toStrictEqual([
    planNa(a.id, 3, 3),
  ]);
  // The last column looked at is 4 + 2 experts + 63.
  const last = new Map<string, Cell>();
  headers(last, ["甲", "乙", "共识"], 69);
  row(last, 3, a.id, { value: 3 }, [planData(a.id)], 69);
  expect(otherAgreedProblems(sheet(last, 4), AGREED_COL, REASON_COL, "none")).toStrictEqual([
    planNa(a.id, 3, 3),
  ]);
  const beyond = new Map<string, Cell>();
  headers(beyond, ["甲", "乙", "共识"], 70);
  row(beyond, 3, a.id, { value: 3 }, [planData(a.id)], 70);
  expect(otherAgreedProblems(sheet(beyond, 4), AGREED_COL, REASON_COL, "none")).toStrictEqual([]);
});
