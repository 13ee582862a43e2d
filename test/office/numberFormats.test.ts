/**
 * The pane reads number formats as the .xlsx reader does (README: Inputs): readGrid loads Range.numberFormat with
 * the values, in the same sync, so a date typed into a deduction cell is named (`date-input`, its day and the serial
 * the formulas count) and a %-formatted rate cell of a layout-1 workbook is read as the percent it shows, with the
 * `percent-old-layout` warning. On the simulated host, as Office.js gives them: formats are a 2-D array of strings.
 */
import ExcelJS from "exceljs";
import { indexStandard } from "../../src/standard";
import { COL, META_SHEET, a1, buildScoresheet } from "../../src/layout";
import type { LocatedProblem } from "../../src/engine";
import type { SimHost } from "../../src/sim";
import { readXlsxScoresheet, writeXlsx } from "../../src/writers/xlsx";
import { cellOf, must, rowOf, setup, uninstallOffice } from "./helpers";

afterAll(uninstallOffice);

/** Stores a serial with a date format in a cell, as Excel does for a typed date (sheet unprotected to format it). */
async function putDate(
  host: SimHost,
  sheet: string,
  address: string,
  serial: number,
  format: string
) {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.protection.unprotect();
    const range = ws.getRange(address);
    range.numberFormat = [[format]];
    range.values = [[serial]];
    await context.sync();
  });
}

/** Sets the layout version the identity sheet records (a workbook of layout 1, for the old percent rule). */
async function recordLayout(host: SimHost, layout: string) {
  const keys = host.getValues(META_SHEET, "A1:A40");
  const row = keys.findIndex((line) => line[0] === "layout");
  if (row < 0) throw new Error("no layout key on the identity sheet");
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(META_SHEET);
    ws.protection.unprotect();
    ws.getRange(a1(row, 1)).values = [[`'${layout}`]];
    await context.sync();
  });
}

const byCode = (problems: readonly LocatedProblem[], code: string) =>
  problems.filter((p) => p.code === code);

describe("the pane's reading sees number formats", () => {
  it("names a date typed into a deduction cell, at its cell, and counts its serial, in one sync", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    const dated = cellOf(host, "A.1", "A.1.2.1", COL.input);
    const small = cellOf(host, "A.1", "A.1.2.2", COL.input);
    await putDate(host, "A.1", dated, 46027, "yyyy/m/d");
    await putDate(host, "A.1", small, 1, "yyyy-mm-dd");
    host.resetSyncCount();
    const live = must(await adapter.readLive());
    expect(host.syncCount).toBe(1);
    expect(byCode(live.problems, "date-input")).toEqual([
      expect.objectContaining({
        code: "date-input",
        lineId: "A.1.2.1",
        date: "2026-01-05",
        serial: 46027,
        where: expect.objectContaining({ sheet: "A.1", cell: dated }) as unknown,
      }),
      expect.objectContaining({
        code: "date-input",
        lineId: "A.1.2.2",
        date: "1900-01-01",
        serial: 1,
        where: expect.objectContaining({ sheet: "A.1", cell: small }) as unknown,
      }),
    ]);
    // The serial is what counts, as in the workbook's formulas: 1900-01-01 deducts 1 point.
    const item = indexStandard().lines.get("A.1.2.2")!.item;
    expect(live.evaluation?.items[item.id]?.lines?.["A.1.2.2"]).toBe(1);
  });

  it("reads the same serial in a General cell as a number, without a date warning", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    const cell = cellOf(host, "A.1", "A.1.2.2", COL.input);
    expect(host.typeValue("A.1", cell, "1").accepted).toBe(true);
    const live = must(await adapter.readLive());
    expect(byCode(live.problems, "date-input")).toEqual([]);
    const item = indexStandard().lines.get("A.1.2.2")!.item;
    expect(live.evaluation?.items[item.id]?.lines?.["A.1.2.2"]).toBe(1);
  });

  it("reads a %-formatted rate of a layout-1 workbook as the percent it shows, with the warning", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    await recordLayout(host, "1");
    const cell = cellOf(host, "A.1", "A.1.4.4", COL.input);
    expect(host.typeValue("A.1", cell, "92%").accepted).toBe(true);
    const live = must(await adapter.readLive());
    expect(byCode(live.problems, "percent-old-layout")).toEqual([
      expect.objectContaining({
        code: "percent-old-layout",
        lineId: "A.1.4.4",
        shown: "92%",
        counted: 92,
        where: expect.objectContaining({ sheet: "A.1", cell }) as unknown,
      }),
    ]);
    const item = indexStandard().lines.get("A.1.4.4")!.item;
    expect(live.evaluation?.items[item.id]?.lines?.["A.1.4.4"]).toEqual({ rate: 92 });
  });

  it("takes a General-formatted number of a layout-1 rate cell as the percent itself, without the warning", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    await recordLayout(host, "1");
    const cell = cellOf(host, "A.1", "A.1.4.4", COL.input);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("A.1");
      ws.protection.unprotect();
      ws.getRange(cell).numberFormat = [["General"]];
      ws.getRange(cell).values = [[92]];
      await context.sync();
    });
    const live = must(await adapter.readLive());
    expect(byCode(live.problems, "percent-old-layout")).toEqual([]);
    const item = indexStandard().lines.get("A.1.4.4")!.item;
    expect(live.evaluation?.items[item.id]?.lines?.["A.1.4.4"]).toEqual({ rate: 92 });
  });

  it("gives the date and percent warnings the .xlsx reader gives for the same layout-1 workbook", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    await recordLayout(host, "1");
    const rate = rowOf(host, "A.1", "A.1.4.4");
    const dated = rowOf(host, "A.1", "A.1.2.1");
    expect(host.typeValue("A.1", a1(rate, COL.input), "92.5%").accepted).toBe(true);
    await putDate(host, "A.1", a1(dated, COL.input), 46027, "yyyy/m/d");
    const pane = must(await adapter.readLive()).problems;

    // The same cells stored in a .xlsx as Excel saves them, read by the .xlsx reader.
    const wb = new ExcelJS.Workbook();
    const blank = await writeXlsx(
      buildScoresheet({
        identity: { workbookId: "-", createdAt: "-", generator: "-", kind: "scoresheet" },
      })
    );
    await wb.xlsx.load(blank.buffer.slice(0) as ArrayBuffer);
    const meta = wb.getWorksheet(META_SHEET)!;
    meta.eachRow((row) => {
      if (row.getCell(1).value === "layout") row.getCell(2).value = "1";
    });
    const sheet = wb.getWorksheet("A.1")!;
    sheet.getCell(rate + 1, COL.input + 1).value = 0.925;
    const date = sheet.getCell(dated + 1, COL.input + 1);
    date.value = new Date(Date.UTC(2026, 0, 5));
    date.numFmt = "yyyy/m/d";
    const read = await readXlsxScoresheet(Buffer.from(await wb.xlsx.writeBuffer()), "f.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const xlsx = [...read.sheet.errors, ...read.sheet.warnings];

    const named = (problems: readonly LocatedProblem[]) =>
      problems
        .filter((p) => p.code === "date-input" || p.code === "percent-old-layout")
        .map((p) => ({ ...p, where: { sheet: p.where?.sheet, cell: p.where?.cell } }));
    expect(named(pane)).toHaveLength(2);
    expect(named(pane)).toEqual(named(xlsx));
  });
});
