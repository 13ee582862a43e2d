/**
 * Range.numberFormat as real Excel gives it (the pane's read loads it with the values, src/office/readGrid.ts): a
 * 2-D array of format codes, one string per cell in the range's shape, "General" where a cell has no format, the
 * format an API write or a typed percent set where it has one; a used range gives its own cells' formats.
 */
import { createSimulatedExcel } from "../../src/sim";

describe("Range.numberFormat on the simulated host", () => {
  it("gives one format string per cell of the used range, General where unformatted", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const dated = sheet.getRange("C3");
      dated.numberFormat = [["yyyy/m/d"]];
      dated.values = [[46027]];
      sheet.getRange("B2:C2").values = [["x", 5]];
      await context.sync();
    });
    expect(host.typeValue("Sheet1", "B3", "92%").accepted).toBe(true);
    await host.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      used.load("values,numberFormat,rowIndex,columnIndex");
      await context.sync();
      expect([used.rowIndex, used.columnIndex]).toEqual([1, 1]);
      expect(used.values).toEqual([
        ["x", 5],
        [0.92, 46027],
      ]);
      expect(used.numberFormat).toEqual([
        ["General", "General"],
        ["0%", "yyyy/m/d"],
      ]);
    });
  });

  it("gives General for every cell of a range never formatted, empty or not", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.values = [
        [1, ""],
        ["", "t"],
      ];
      range.load("numberFormat");
      await context.sync();
      expect(range.numberFormat).toEqual([
        ["General", "General"],
        ["General", "General"],
      ]);
    });
  });
});
