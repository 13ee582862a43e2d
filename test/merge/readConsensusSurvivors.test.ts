/**
 * The consensus reader (readConsensus.ts) where merge-documents' mutation run found no test looking: the bound of
 * the header scan, the deviation limit's warning, which problems of the agreed score name a date, an error value
 * in a later expert's column, and an item row copied below the table. Each expected value is worked from the
 * reader's documented rules (the module's comments, README: Inputs), never copied from a run.
 */
import type { LocatedProblem } from "../../src/engine";
import { readLoadedConsensus } from "../../src/merge";
import { DEFAULT_DEVIATION_LIMIT } from "../../src/merge/agreement";
import { DELIBERATION_HEADERS, DEVIATION_LABELS } from "../../src/merge/deliberation";
import type { GridSource } from "../../src/layout/grid";
import { FILE, edited, loadedConsensus } from "./consensusGrid";
import { groupOf, headerCol, itemRow, labelRow } from "./deliberationSupport";

const NAMES = ["甲", "乙", "丙"];
/** The 共识 sheet's columns (0-based) for 3 experts: 表 编号 评价内容 分值 甲 乙 丙 共识 … 评议后得分 (J) … */
const COL = { expert: [4, 5, 6], agreed: 9, reason: 15 } as const;
const CONSENSUS = "共识";
const SUMMARY = "共识汇总";

describe("the 共识 headers are looked up in the 64 columns after the experts", () => {
  // 3 experts end at column G (6): the scan runs from H (7) through column 7 + 63 = 70.
  test.each([
    ["the last column scanned", 7 + 63, "乙不同意：应扣2分"],
    ["the first column beyond", 7 + 64, undefined],
  ])("a 不同意见 header moved to %s is read as that column or not", async (_, col, dissent) => {
    const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const r = itemRow(model, CONSENSUS, "A.1.2");
    const read = readLoadedConsensus(
      edited(loaded, [
        { row: 2, col: headerCol(model, CONSENSUS, DELIBERATION_HEADERS.dissent), value: null },
        { row: 2, col, value: DELIBERATION_HEADERS.dissent },
        { row: r, col, value: "乙不同意：应扣2分" },
      ])
    );
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.result.items.find((i) => i.id === "A.1.2")!.dissent).toBe(dissent);
  });
});

describe("an invalid deviation limit leaves the default, with a warning naming the cell and what it held", () => {
  test.each([
    ["an empty text", "", null],
    ["a blank", undefined, null],
    ["a number above 100", 150, 150],
    ["zero", 0, 0],
    ["a text", "三十", "三十"],
  ])("%s", async (_, value, shown) => {
    const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const r = labelRow(model, SUMMARY, DEVIATION_LABELS.limit);
    const read = readLoadedConsensus(edited(loaded, [{ sheet: SUMMARY, row: r, col: 2, value }]));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.result.deviationLimit).toBe(DEFAULT_DEVIATION_LIMIT);
    expect(read.result.warnings).toContainEqual({
      code: "deviation-limit-invalid",
      value: shown,
      used: DEFAULT_DEVIATION_LIMIT,
      where: { file: FILE, sheet: SUMMARY, cell: `C${r + 1}` },
    });
  });

  test("a valid limit is taken, without a warning", async () => {
    const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const r = labelRow(model, SUMMARY, DEVIATION_LABELS.limit);
    const read = readLoadedConsensus(
      edited(loaded, [{ sheet: SUMMARY, row: r, col: 2, value: 12.5 }])
    );
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.result.deviationLimit).toBe(12.5);
    expect(read.result.warnings.map((w) => w.code)).not.toContain("deviation-limit-invalid");
  });
});

describe("the agreed score's problems name a date only where a date's number was not applied", () => {
  const where = (r: number) => ({ file: FILE, sheet: CONSENSUS, cell: `J${r + 1}` });

  test("a number out of range carries no date at all", async () => {
    const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const r = itemRow(model, CONSENSUS, "A.1.2");
    const read = readLoadedConsensus(
      edited(loaded, [
        { row: r, col: COL.agreed, value: 11 },
        { row: r, col: COL.reason, value: "理由" },
      ])
    );
    expect(read.ok ? [] : read.errors).toStrictEqual([
      {
        code: "agreed-score-invalid",
        itemId: "A.1.2",
        value: 11,
        cap: 10,
        why: "range",
        where: where(r),
      },
    ]);
  });

  // 1900-01-05 is the serial 6 (days since 1899-12-30), a score within A.1.2's cap of 10: it counts, so the
  // missing reason is named for the score 6, not as a date.
  test("a date whose serial is in range, without a reason, is named by its number", async () => {
    const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const r = itemRow(model, CONSENSUS, "A.1.2");
    const read = readLoadedConsensus(
      edited(loaded, [{ row: r, col: COL.agreed, value: new Date(Date.UTC(1900, 0, 5)) }])
    );
    expect(read.ok ? [] : read.errors).toStrictEqual([
      { code: "agreed-without-reason", itemId: "A.1.2", value: 6, where: where(r) },
    ]);
  });
});

// #N/A in an expert's column spreads to the consensus and the total: named as an error value at its own cell, for
// the third expert (column G) as for the first.
test("#N/A in the third expert's column is named as an error value there", async () => {
  const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
  const r = itemRow(model, CONSENSUS, "A.1.2");
  const read = readLoadedConsensus(edited(loaded, [{ row: r, col: COL.expert[2], value: "#N/A" }]));
  expect(read.ok ? [] : read.errors).toEqual([
    {
      code: "number-as-text",
      itemId: "A.1.2",
      value: "#N/A",
      found: "error",
      inConsensus: true,
      where: { file: FILE, sheet: CONSENSUS, cell: `G${r + 1}` },
    },
  ]);
});

// The last copy of an id is the one read (its scores); the sheet's own figures are then compared with the items in
// row order, so a copy below the table (here with 甲's score lowered to 5) does not pass as the untouched sheet.
test("an item row copied below the table, with another score, refuses the workbook", async () => {
  const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
  const first = itemRow(model, CONSENSUS, "A.1.1");
  const g = loaded.grid;
  const below = g.rowCount(CONSENSUS);
  const from = (sheet: string, row: number): number =>
    sheet === CONSENSUS && row === below ? first : row;
  const grid: GridSource = {
    sheetNames: () => g.sheetNames(),
    rowCount: (sheet) => (sheet === CONSENSUS ? below + 1 : g.rowCount(sheet)),
    cell: (sheet, row, col) =>
      sheet === CONSENSUS && row === below && col === COL.expert[0]
        ? 5
        : g.cell(sheet, from(sheet, row), col),
    formula: (sheet, row, col) => g.formula!(sheet, from(sheet, row), col),
  };
  expect(readLoadedConsensus(loaded).ok).toBe(true);
  const read = readLoadedConsensus({ ...loaded, grid });
  expect(read.ok).toBe(false);
  const errors: readonly LocatedProblem[] = read.ok ? [] : read.errors;
  expect(errors.length).toBeGreaterThan(0);
});
