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
import { a1 } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import type { SimHost } from "../../src/sim";
import { writeXlsx } from "../../src/writers/xlsx";
import { groupExperts } from "./group";
import { must, setup, uninstallOffice } from "./helpers";

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

/** What a person leaves by typing in Excel: a value with the format Excel gives it (the sheet's protection kept). */
async function typeWithFormat(
  host: SimHost,
  address: string,
  value: number | string,
  format: string
) {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    ws.protection.unprotect();
    const range = ws.getRange(address);
    range.numberFormat = [[format]];
    range.values = [[value]];
    ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    await context.sync();
  });
}

/** The consensus file with the 共识 cells given as the host holds them, read by the CLI's consensus reader. */
async function readAsCli(host: SimHost, model: WorkbookModel, addresses: readonly string[]) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeXlsx(model)).slice().buffer);
  const ws = book.getWorksheet(SHEET)!;
  for (const address of addresses) {
    const held = host.getCell(SHEET, address);
    const cell = ws.getCell(address);
    cell.value = held.value === "" ? null : held.value;
    cell.numFmt = held.numberFormat;
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
  await typeWithFormat(host, agreed, 46086, "m/d");
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
  await typeWithFormat(host, agreed, 46086, "m/d");
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
  await typeWithFormat(host, agreed, "", "0.0");
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
    await typeWithFormat(host, reason, "", format);
    await typeWithFormat(host, dissent, "", format);
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
