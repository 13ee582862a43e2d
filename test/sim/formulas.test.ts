import { createSimulatedExcel } from "../../src/sim";

describe("formulas through HyperFormula", () => {
  it("computes formulas and recomputes after a value change", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[1], [2], ["=SUM(A1:A2)*10"]];
      const r = sheet.getRange("A3");
      r.load("values, formulas");
      await context.sync();
      expect(r.values).toEqual([[30]]);
      expect(r.formulas).toEqual([["=SUM(A1:A2)*10"]]);
      sheet.getRange("A1").values = [[5]];
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([[70]]);
    });
  });

  it("handles cross-sheet references with Chinese and dotted sheet names", async () => {
    const host = createSimulatedExcel({ sheets: ["汇总", "A.1"] });
    await host.run(async (context) => {
      const a1 = context.workbook.worksheets.getItem("A.1");
      const sum = context.workbook.worksheets.getItem("汇总");
      a1.getRange("F40").values = [[4]];
      sum.getRange("C5").values = [[6]];
      sum.getRange("A1:B1").formulas = [["='A.1'!F40*2", "=汇总!C5+'A.1'!F40"]];
      const r = sum.getRange("A1:B1");
      r.load("values, formulas");
      await context.sync();
      expect(r.values).toEqual([[8, 10]]);
      expect(r.formulas).toEqual([["='A.1'!F40*2", "=汇总!C5+'A.1'!F40"]]);
    });
    host.typeValue("A.1", "F40", "10");
    expect(host.getCell("汇总", "A1").value).toBe(20);
    expect(host.getCell("汇总", "B1").value).toBe(16);
  });

  it("supports workbook-level defined names, including Chinese names and later definitions", async () => {
    const host = createSimulatedExcel({ sheets: ["汇总", "A.1"] });
    await host.run(async (context) => {
      const wb = context.workbook;
      wb.worksheets.getItem("A.1").getRange("F40").values = [[3]];
      wb.worksheets.getItem("汇总").getRange("C5").values = [[100]];
      // formula written before the name exists: #NAME? until the name is added
      wb.worksheets.getItem("汇总").getRange("D1").formulas = [["=总分*2"]];
      wb.names.add("ScoreA1", "='A.1'!$F$40");
      wb.names.add("总分", "=汇总!$C$5");
      wb.worksheets.getItem("汇总").getRange("D2").formulas = [["=ScoreA1+总分"]];
      const d = wb.worksheets.getItem("汇总").getRange("D1:D2");
      d.load("values, formulas");
      const item = wb.names.getItem("总分");
      item.load("type, value, formula");
      const missing = wb.names.getItemOrNullObject("nothing");
      await context.sync();
      expect(d.values).toEqual([[200], [103]]);
      expect(d.formulas).toEqual([["=总分*2"], ["=ScoreA1+总分"]]);
      expect(item.type).toBe("Range");
      expect(item.formula).toBe("=汇总!$C$5");
      expect(missing.isNullObject).toBe(true);
      const target = item.getRange();
      target.load("address");
      await context.sync();
      expect(target.address).toBe("汇总!C5");
    });
    host.typeValue("A.1", "F40", "7");
    expect(host.getCell("汇总", "D2").value).toBe(107);
    expect(host.getNames().map((n) => n.name)).toEqual(["ScoreA1", "总分"]);
  });

  it("reports Excel error strings", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.formulas = [["=1/0", "=NOSUCHFN(1)", "=Missing!A1"]];
      r.load("values, valueTypes");
      await context.sync();
      expect(r.values).toEqual([["#DIV/0!", "#NAME?", "#REF!"]]);
      expect(r.valueTypes[0]?.[0]).toBe("Error");
    });
  });

  it("rejects unparsable formulas at sync with InvalidArgument", async () => {
    const host = createSimulatedExcel();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=SUM("]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps formulas working after a sheet rename", async () => {
    const host = createSimulatedExcel({ sheets: ["Data", "Out"] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[2]];
      context.workbook.worksheets.getItem("Out").getRange("A1").formulas = [["=Data!A1+1"]];
      await context.sync();
      context.workbook.worksheets.getItem("Data").name = "数据";
      await context.sync();
    });
    expect(host.getSheetNames()).toEqual(["数据", "Out"]);
    expect(host.getCell("Out", "A1").formula).toBe("=数据!A1+1");
    expect(host.getCell("Out", "A1").value).toBe(3);
  });

  it("writes a 200 x 10 block of values and formulas and sums it", async () => {
    const host = createSimulatedExcel();
    const values = Array.from({ length: 200 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (c === 9 ? `=SUM(A${r + 1}:I${r + 1})` : r + c))
    );
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:J200").formulas = values;
      sheet.getRange("K1").formulas = [["=SUM(J1:J200)"]];
      const total = sheet.getRange("K1");
      total.load("values");
      await context.sync();
      const expected = Array.from({ length: 200 }, (_, r) =>
        Array.from({ length: 9 }, (_, c) => r + c).reduce((a, b) => a + b, 0)
      ).reduce((a, b) => a + b, 0);
      expect(total.values).toEqual([[expected]]);
    });
    // 200 rows of 0+1+…+8 shifted by the row: 9 × (0+…+199) + 36 × 200.
    expect(host.getCell("Sheet1", "K1").value).toBe(9 * 19900 + 36 * 200);
  });

  it("evaluates the used range and whole-column addresses", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C4").values = [
        [1, 2],
        [3, 4],
        [5, 6],
      ];
      sheet.getRange("E1").formulas = [["=SUM(B:B)"]];
      const used = sheet.getUsedRange();
      used.load("address");
      const col = sheet.getRange("B:B");
      col.load("rowCount, address");
      const e1 = sheet.getRange("E1");
      e1.load("values");
      await context.sync();
      expect(used.address).toBe("Sheet1!B1:E4");
      expect(col.rowCount).toBe(1048576);
      expect(col.address).toBe("Sheet1!B1:B1048576");
      expect(e1.values).toEqual([[9]]);
    });
  });
});
