/**
 * writeAgreed reads the 共识 deliberation cells' number formats in the same sync as their values (no sync more) and
 * writes so that the file reads back as the pane wrote it: a date someone typed into 评议后得分 ("3/5" in Excel)
 * leaves a date format that would make the agreed score a date for `gridscore merge`/`report` (agreed-score-invalid
 * naming the date), and a reason typed into a cell no longer text-formatted would be parsed like typing. The CLI's
 * side is the consensus reader itself, on the .xlsx the model writes with the cells as the simulated host holds them.
 */
import ExcelJS from "exceljs";
import { buildConsensusWorkbook, mergeExperts, readConsensusXlsx } from "../../src/merge";
import type { ExpertInput } from "../../src/merge";
import { formatProblem } from "../../src/engine";
import { a1 } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import type { SimHost } from "../../src/sim";
import { writeXlsx } from "../../src/writers/xlsx";
import { groupExperts } from "./group";
import { must, setup, typeWithFormat, uninstallOffice } from "./helpers";

afterEach(() => uninstallOffice());

const SHEET = "共识";

function consensusModel(): WorkbookModel {
  const experts: ExpertInput[] = groupExperts();
  return buildConsensusWorkbook(mergeExperts(experts, "mean", "2026-11-28T08:00:00.000Z"), {
    workbookId: "c",
    createdAt: "2026-11-28T08:00:00.000Z",
    generator: "test",
    kind: "consensus",
  });
}

/** The A1 address of an item's deliberation cell on the 共识 sheet, found as the adapter finds it. */
function cellOf(host: SimHost, itemId: string, header: string): string {
  const row = host.getValues(SHEET, "B1:B120").findIndex((r) => r[0] === itemId);
  const col = host.getValues(SHEET, "A3:AD3")[0]!.indexOf(header);
  return a1(row, col);
}

/** What a person leaves by typing in Excel on the 共识 sheet (helpers.ts typeWithFormat). */
const typeOnSheet = (host: SimHost, address: string, value: number | string, format: string) =>
  typeWithFormat(host, SHEET, address, value, format);

/** The consensus file with the 共识 cells given as the host holds them, read by the CLI's consensus reader. */
async function readAsCli(host: SimHost, model: WorkbookModel, addresses: readonly string[]) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeXlsx(model)).slice().buffer);
  const ws = book.getWorksheet(SHEET)!;
  for (const address of addresses) {
    const held = host.getCell(SHEET, address);
    const cell = ws.getCell(address);
    cell.value = held.value === "" ? null : held.value;
    // A fresh style: ExcelJS lets the cells loaded with one style share its object, so setting numFmt on one
    // would change the others'.
    cell.style = { ...cell.style, numFmt: held.numberFormat };
  }
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return readConsensusXlsx(bytes, "共识.xlsx");
}

test("the CLI names a date typed into 评议后得分 (the harness sees what a saved file shows)", async () => {
  const { host, adapter } = setup();
  const model = consensusModel();
  must(await adapter.writeConsensus(model));
  const agreed = cellOf(host, "A.1.2", "评议后得分");
  // "3/5" typed in Excel: the serial of 2026-03-05 in a date format.
  await typeOnSheet(host, agreed, 46086, "m/d");
  const read = await readAsCli(host, model, [agreed]);
  expect(read.ok).toBe(false);
  if (read.ok) return;
  expect(read.errors).toEqual([
    expect.objectContaining({ code: "agreed-score-invalid", date: "2026-03-05" }),
  ]);
});

test("a score written over a typed date is shown and read as the number the pane wrote, in three syncs", async () => {
  const { host, adapter } = setup();
  const model = consensusModel();
  must(await adapter.writeConsensus(model));
  const agreed = cellOf(host, "A.1.2", "评议后得分");
  await typeOnSheet(host, agreed, 46086, "m/d");
  host.resetSyncCount();
  const summary = must(
    await adapter.writeAgreed!({ itemId: "A.1.2", agreed: 9, reason: "复核", dissent: "" })
  );
  // The formats came with the values: no sync more.
  expect(summary.syncs).toBe(3);
  expect(host.syncCount).toBe(3);
  // Left in "m/d", 9 would show as 1/9 on the printed sheet.
  expect(host.getCell(SHEET, agreed)).toMatchObject({
    value: 9,
    text: "9",
    numberFormat: "General",
  });
  expect(host.getSheetInfo(SHEET).protected).toBe(true);
  const read = await readAsCli(host, model, [agreed, cellOf(host, "A.1.2", "评议理由")]);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const item = read.result.items.find((i) => i.id === "A.1.2")!;
  expect(item.resolution).toMatchObject({ agreed: 9, reason: "复核" });
});

test("a score written into a cell without a date format leaves the cell's format alone", async () => {
  const { host, adapter } = setup();
  must(await adapter.writeConsensus(consensusModel()));
  const agreed = cellOf(host, "A.1.2", "评议后得分");
  await typeOnSheet(host, agreed, "", "0.0");
  must(await adapter.writeAgreed!({ itemId: "A.1.2", agreed: 9, reason: "复核", dissent: "" }));
  expect(host.getCell(SHEET, agreed)).toMatchObject({ value: 9, numberFormat: "0.0" });
});

test.each(["General", "@"])(
  "a reason or dissent that looks like a number or a formula stays the text typed in the pane, for the CLI too (cell format %s)",
  async (format) => {
    const { host, adapter } = setup();
    const model = consensusModel();
    must(await adapter.writeConsensus(model));
    const reason = cellOf(host, "A.1.2", "评议理由");
    const dissent = cellOf(host, "A.1.2", "不同意见");
    // A person changed the cells' format (a paste from another workbook brings its own).
    await typeOnSheet(host, reason, "", format);
    await typeOnSheet(host, dissent, "", format);
    must(
      await adapter.writeAgreed!({ itemId: "A.1.2", agreed: 9, reason: "50%", dissent: "=1+1" })
    );
    expect(host.getCell(SHEET, reason)).toMatchObject({ value: "50%", hasFormula: false });
    expect(host.getCell(SHEET, dissent)).toMatchObject({ value: "=1+1", hasFormula: false });
    const read = await readAsCli(host, model, [
      cellOf(host, "A.1.2", "评议后得分"),
      reason,
      dissent,
    ]);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const item = read.result.items.find((i) => i.id === "A.1.2")!;
    expect(item.resolution).toMatchObject({ agreed: 9, reason: "50%" });
    expect(item.dissent).toBe("=1+1");
  }
);

test("a write names every other item's agreed score the sheet refuses, as the CLI names it: a date beyond the cap with its day, a number beyond the cap without one", async () => {
  const { host, adapter } = setup();
  const model = consensusModel();
  must(await adapter.writeConsensus(model));
  // A.1.1 (cap 5): "2026/3/5" typed in Excel; A.1.4 (cap 10): a date within the cap (serial 9, "1900/1/9"), which
  // the sheet counts as 9; A.1.5 (cap 5): a plain 7, beyond the cap, in no date format.
  const typed = [
    ["A.1.1", 46086, "yyyy/m/d"],
    ["A.1.4", 9, "yyyy/m/d"],
    ["A.1.5", 7, "General"],
  ] as const;
  const cells: string[] = [];
  for (const [id, value, format] of typed) {
    const agreed = cellOf(host, id, "评议后得分");
    const reason = cellOf(host, id, "评议理由");
    await typeOnSheet(host, agreed, value, format);
    await typeOnSheet(host, reason, "复核", "@");
    cells.push(agreed, reason);
  }
  host.resetSyncCount();
  const summary = must(
    await adapter.writeAgreed!({ itemId: "A.1.2", agreed: 9, reason: "复核", dissent: "" })
  );
  expect(host.syncCount).toBe(3);
  // The CLI on the saved file: the same cells, read by the consensus reader.
  const read = await readAsCli(host, model, cells);
  expect(read.ok).toBe(false);
  if (read.ok) return;
  const cli = read.errors.map(({ where, ...p }) => ({
    ...p,
    where: { sheet: where!.sheet, cell: where!.cell },
  }));
  expect(cli.map((p) => p.where.cell)).toEqual([
    cellOf(host, "A.1.1", "评议后得分"),
    cellOf(host, "A.1.5", "评议后得分"),
  ]);
  expect(cli[0]).toMatchObject({ code: "agreed-score-invalid", date: "2026-03-05" });
  expect(cli[1]).toMatchObject({ code: "agreed-score-invalid", value: 7 });
  expect(cli[1]).not.toHaveProperty("date");
  expect(summary.refusedAgreed).toEqual(cli);
  for (const locale of ["zh-CN", "en-US"] as const)
    expect(summary.refusedAgreed!.map((p) => formatProblem(p, locale))).toEqual(
      cli.map((p) => formatProblem(p, locale))
    );
  expect(formatProblem(summary.refusedAgreed![0]!, "zh-CN")).toContain("2026-03-05");
});

test("the item being written is never named for what its own cell held before", async () => {
  const { host, adapter } = setup();
  must(await adapter.writeConsensus(consensusModel()));
  await typeOnSheet(host, cellOf(host, "A.1.1", "评议后得分"), 46086, "m/d");
  const first = must(
    await adapter.writeAgreed!({ itemId: "A.1.2", agreed: 9, reason: "复核", dissent: "" })
  );
  expect(first.refusedAgreed?.map((p) => p.where?.cell)).toEqual([
    cellOf(host, "A.1.1", "评议后得分"),
  ]);
  // The item being written is never named: its own cell takes the pane's score.
  const own = must(
    await adapter.writeAgreed!({ itemId: "A.1.1", agreed: 4, reason: "复核", dissent: "" })
  );
  expect(own).not.toHaveProperty("refusedAgreed");
});
