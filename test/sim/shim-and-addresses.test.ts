import {
  compareVersions,
  createOfficeShim,
  createSimulatedExcel,
  formatAddress,
  parseAddress,
  quoteSheetName,
} from "../../src/sim";

describe("address helpers", () => {
  it("parses and formats A1 addresses with sheet names", () => {
    expect(parseAddress("B2")).toEqual({
      rect: { startRow: 1, startCol: 1, endRow: 1, endCol: 1 },
    });
    expect(parseAddress("'A.1'!$B$2:D10")).toEqual({
      sheet: "A.1",
      rect: { startRow: 1, startCol: 1, endRow: 9, endCol: 3 },
    });
    expect(parseAddress("=汇总!C5")?.sheet).toBe("汇总");
    expect(parseAddress("A:C")?.rect).toEqual({
      startRow: 0,
      startCol: 0,
      endRow: 1048575,
      endCol: 2,
    });
    expect(parseAddress("2:3")?.rect).toEqual({
      startRow: 1,
      startCol: 0,
      endRow: 2,
      endCol: 16383,
    });
    expect(parseAddress("'It''s'!AA1")).toEqual({
      sheet: "It's",
      rect: { startRow: 0, startCol: 26, endRow: 0, endCol: 26 },
    });
    expect(parseAddress("not an address")).toBeUndefined();
    expect(quoteSheetName("汇总")).toBe("汇总");
    expect(quoteSheetName("A.1")).toBe("'A.1'");
    expect(quoteSheetName("My Sheet")).toBe("'My Sheet'");
    expect(formatAddress("A.1", { startRow: 0, startCol: 0, endRow: 1, endCol: 1 })).toBe(
      "'A.1'!A1:B2"
    );
  });
});

describe("Office shim", () => {
  it("reports requirement sets and runs batches against the host", async () => {
    const host = createSimulatedExcel();
    const shim = createOfficeShim(host, { displayLanguage: "zh-CN" });
    expect(compareVersions("1.10", "1.9")).toBe(1);
    expect(shim.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(shim.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(shim.Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(shim.Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    const custom = createOfficeShim(host, { requirementSets: { ExcelApi: "1.12" } });
    expect(custom.Office.context.requirements.isSetSupported("ExcelApi", "1.11")).toBe(true);
    const info = await shim.Office.onReady();
    expect(info.host).toBe("Excel");
    const target: Record<string, unknown> = {};
    shim.install(target);
    expect(target.Excel).toBe(shim.Excel);
    expect(shim.Excel.ConditionalFormatType.custom).toBe("Custom");
    await shim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["via shim"]];
      await context.sync();
    });
    expect(host.getCell("Sheet1", "A1").value).toBe("via shim");
  });

  it("keeps workbook properties, custom properties and settings", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const props = context.workbook.properties;
      props.title = "网格化评价";
      props.custom.add("gridscoreVersion", "0.1.0");
      context.workbook.settings.add("state", { step: 2 });
      await context.sync();
      const item = props.custom.getItem("GRIDSCOREVERSION");
      item.load("value, key");
      props.load("title");
      const setting = context.workbook.settings.getItem("state");
      setting.load("value");
      const missing = props.custom.getItemOrNullObject("nope");
      await context.sync();
      expect(props.title).toBe("网格化评价");
      expect(item.value).toBe("0.1.0");
      expect(item.key).toBe("gridscoreVersion");
      expect(setting.value).toEqual({ step: 2 });
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("covers sheet layout helpers used by the preview", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.freezePanes.freezeRows(2);
      sheet.tabColor = "#00B050";
      sheet.getRange("A1:C1").merge();
      sheet.getRange("B:B").format.columnWidth = 120;
      sheet.getRange("3:3").rowHidden = true;
      sheet.getRange("A2").select();
      await context.sync();
      const sel = context.workbook.getSelectedRange();
      sel.load("address");
      await context.sync();
      expect(sel.address).toBe("Sheet1!A2");
    });
    const info = host.getSheetInfo("Sheet1");
    expect(info).toMatchObject({
      frozenRows: 2,
      tabColor: "#00B050",
      merges: ["A1:C1"],
      columnWidths: { 1: 120 },
      hiddenRows: [2],
    });
  });
});
