/**
 * What the consensus reader takes from an item row's hidden data, from the deliberation columns found by their
 * headers, and from 共识汇总 (readConsensus.ts): unreadable or blank data, data continued over several cells, an
 * older layout without the 数据 header, repeated or missing headers, and the deviation limit's accepted range.
 * Expected values are worked from the module's documented rules.
 */
import type { GroupScores } from "../../src/merge";
import { readLoadedConsensus } from "../../src/merge";
import type { ConsensusRead } from "../../src/merge";
import { FILE, edited, loadedConsensus } from "./consensusGrid";
import type { GridEdit } from "./consensusGrid";
import { groupOf, itemRow, labelRow } from "./deliberationSupport";

const NAMES = ["甲", "乙", "丙"];
/** The 共识 sheet's columns (0-based) for 3 experts (readConsensusEdges.test.ts checks them against the model). */
const COL = { agreed: 9, outliers: 14, reason: 15, dissent: 16, notes: 19, data: 20 } as const;
const HEADER_ROW = 2;
const NOTE = { evaluator: "乙", id: "A.1.2.1", note: "机构图未标职责" };

/** Full marks from every expert; on A.1.2 乙 marked the item 不适用 and wrote a note. */
function noted(): GroupScores {
  const g = groupOf(NAMES, [0, 0, 0]);
  const items = new Map(g.items);
  items.set("A.1.2", {
    ...items.get("A.1.2")!,
    statuses: ["normal", "na", "normal"],
    notes: [NOTE],
  });
  return { ...g, items };
}

/** The group's workbook read with the edits (A.1.2's row given to them). */
async function readEdited(
  group: GroupScores,
  edits: (row: number, summary: (label: string) => number) => GridEdit[]
): Promise<ConsensusRead> {
  const { model, loaded } = await loadedConsensus(group);
  const row = itemRow(model, "共识", "A.1.2");
  return readLoadedConsensus(
    edited(
      loaded,
      edits(row, (l) => labelRow(model, "共识汇总", l))
    )
  );
}

function item(read: ConsensusRead, id = "A.1.2") {
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.result.items.find((i) => i.id === id)!;
}

describe("an item row's hidden data (数据)", () => {
  test("as written, it carries the statuses and notes back; no lost lines were recorded", async () => {
    const a = item(await readEdited(noted(), () => []));
    expect([a.statuses, a.statusConflict, a.notes]).toEqual([
      ["normal", "na", "normal"],
      true,
      [NOTE],
    ]);
    expect("lostLines" in a).toBe(false);
  });

  test.each([
    ["unreadable JSON", '{"statuses":["na"'],
    ["a blank", null],
    ["an empty text", ""],
  ])("%s leaves every status normal and no notes", async (_name, value) => {
    const a = item(await readEdited(noted(), (r) => [{ row: r, col: COL.data, value }]));
    expect([a.statuses, a.statusConflict, a.notes]).toEqual([
      ["normal", "normal", "normal"],
      false,
      [],
    ]);
  });

  test.each([
    ["an empty text", ""],
    ["a number", 0],
    ["a blank", null],
  ])(
    "continued over cells up to %s; unknown statuses are normal, lost lines of other items dropped",
    async (_name, stop) => {
      const a = item(
        await readEdited(noted(), (r) => [
          { row: r, col: COL.data, value: '{"statuses":["na","absent"' },
          {
            row: r,
            col: COL.data + 1,
            value: ',"bogus"],"lostLines":["A.1.2.1","A.1.3.1",5,"A.1.2","A.1.2.4"]}',
          },
          { row: r, col: COL.data + 2, value: stop },
          { row: r, col: COL.data + 3, value: '"junk' },
        ])
      );
      expect([a.statuses, a.notes, a.lostLines]).toEqual([
        ["na", "absent", "normal"],
        [],
        ["A.1.2.1", "A.1.2.4"],
      ]);
    }
  );

  test("lost lines that are not a list are not taken", async () => {
    const a = item(
      await readEdited(noted(), (r) => [
        { row: r, col: COL.data, value: '{"lostLines":"A.1.2.1","notes":[]}' },
      ])
    );
    expect("lostLines" in a).toBe(false);
  });

  test("without a 数据 header (an older layout) the data is 7 columns after the experts (column O)", async () => {
    const a = item(
      await readEdited(noted(), (r) => [
        { row: HEADER_ROW, col: COL.data, value: null },
        { row: r, col: COL.outliers, value: '{"statuses":["absent","absent","absent"]}' },
      ])
    );
    expect([a.statuses, a.statusConflict, a.notes]).toEqual([
      ["absent", "absent", "absent"],
      false,
      [],
    ]);
  });
});

describe("the deliberation columns, found by their headers", () => {
  test("a header repeated further right does not move the column: the first one counts", async () => {
    const a = item(
      await readEdited(groupOf(NAMES, [0, 0, 0]), (r) => [
        { row: HEADER_ROW, col: COL.notes, value: "评议理由" },
        { row: r, col: COL.agreed, value: 2.5 },
        { row: r, col: COL.reason, value: "理由" },
        { row: r, col: COL.notes, value: "另一理由" },
      ])
    );
    expect([a.consensus, a.resolution]).toEqual([
      2.5,
      { methodResult: 10, exactMethodResult: "10", agreed: 2.5, reason: "理由" },
    ]);
  });

  test("without a 评议后得分 header (an older workbook) no deliberation cell is read", async () => {
    const read = await readEdited(groupOf(NAMES, [0, 0, 0]), (r) => [
      { row: HEADER_ROW, col: COL.agreed, value: null },
      { row: r, col: COL.agreed, value: 2.5 },
      { row: r, col: COL.reason, value: "理由" },
      { row: r, col: COL.dissent, value: "丙：不同意" },
    ]);
    const a = item(read);
    expect([a.consensus, a.resolution, a.unappliedReason, a.dissent]).toEqual([
      10,
      undefined,
      undefined,
      undefined,
    ]);
    expect(read.ok && read.result.warnings.map((w) => w.code)).toEqual(["group-size"]);
  });

  test("a reason typed without an agreed score counts the method's result, warned at the reason's cell", async () => {
    let row = -1;
    const read = await readEdited(groupOf(NAMES, [0, 0, 0]), (r) => {
      row = r;
      return [{ row: r, col: COL.reason, value: "理由" }];
    });
    const a = item(read);
    expect([a.consensus, a.resolution, a.unappliedReason]).toEqual([10, undefined, "理由"]);
    expect(read.ok && read.result.warnings).toEqual([
      { code: "group-size", experts: 3 },
      {
        code: "reason-without-agreed",
        itemId: "A.1.2",
        reason: "理由",
        where: { file: FILE, sheet: "共识", cell: `P${row + 1}` },
      },
    ]);
  });

  test("without a 评议理由 header an agreed score has no reason: refused at the score's cell", async () => {
    let row = -1;
    const read = await readEdited(groupOf(NAMES, [0, 0, 0]), (r) => {
      row = r;
      return [
        { row: HEADER_ROW, col: COL.reason, value: null },
        { row: r, col: COL.agreed, value: 2.5 },
        { row: r, col: COL.reason, value: "理由" },
      ];
    });
    expect(read.ok ? [] : read.errors).toEqual([
      {
        code: "agreed-without-reason",
        itemId: "A.1.2",
        value: 2.5,
        where: { file: FILE, sheet: "共识", cell: `J${row + 1}` },
      },
    ]);
  });

  test("a blank-looking reason or dissent is none; a number dissent is kept as its digits", async () => {
    const blank = item(
      await readEdited(groupOf(NAMES, [0, 0, 0]), (r) => [
        { row: r, col: COL.reason, value: " \u3000" },
        { row: r, col: COL.dissent, value: "  " },
      ])
    );
    expect(["unappliedReason" in blank, "dissent" in blank, "resolution" in blank]).toEqual([
      false,
      false,
      false,
    ]);
    const numbered = item(
      await readEdited(groupOf(NAMES, [0, 0, 0]), (r) => [
        { row: r, col: COL.agreed, value: 9 },
        { row: r, col: COL.reason, value: 42 },
        { row: r, col: COL.dissent, value: 3 },
      ])
    );
    expect([numbered.resolution?.reason, numbered.dissent]).toEqual(["42", "3"]);
  });
});

describe("共识汇总: the deviation limit (0, 100] with ≤ 2 decimals, and the written explanations", () => {
  test.each([
    [100, 100],
    [0.01, 0.01],
    [12.5, 12.5],
    [100.01, 30],
    [0, 30],
    [-5, 30],
    [12.345, 30],
    ["25", 30],
    [null, 30],
  ])("a limit cell holding %p reads as %p", async (typed, limit) => {
    const read = await readEdited(groupOf(NAMES, [0, 0, 0]), (_r, at) => [
      { sheet: "共识汇总", row: at("偏离限值（%）"), col: 2, value: typed },
    ]);
    expect(read.ok && read.result.deviationLimit).toBe(limit);
  });

  test("an explanation is taken beside its own expert's name only, a number as its digits", async () => {
    const read = await readEdited(groupOf(NAMES, [0, 0, 0]), (_r, at) => [
      { sheet: "共识汇总", row: at("专家") + 1, col: 6, value: "说明甲" },
      { sheet: "共识汇总", row: at("专家") + 2, col: 6, value: 12 },
      { sheet: "共识汇总", row: at("专家") + 3, col: 0, value: "丁" },
      { sheet: "共识汇总", row: at("专家") + 3, col: 6, value: "说明丙" },
    ]);
    expect(read.ok && read.result.experts.map((e) => e.explanation)).toEqual([
      "说明甲",
      "12",
      undefined,
    ]);
  });

  test("without 共识汇总 (an older workbook): the default 30% and no explanations", async () => {
    const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const at = (l: string): number => labelRow(model, "共识汇总", l);
    const edits: GridEdit[] = [
      { sheet: "共识汇总", row: at("偏离限值（%）"), col: 2, value: 50 },
      { sheet: "共识汇总", row: at("专家") + 1, col: 6, value: "说明甲" },
    ];
    const sheets = loaded.grid.sheetNames().filter((s) => s !== "共识汇总");
    const withSummary = readLoadedConsensus(edited(loaded, edits));
    expect(withSummary.ok && withSummary.result.deviationLimit).toBe(50);
    const read = readLoadedConsensus(edited(loaded, edits, {}, sheets));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.result.deviationLimit).toBe(30);
    expect(read.result.experts.map((e) => e.explanation)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
