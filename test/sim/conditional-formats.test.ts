import { createSimulatedExcel } from "../../src/sim";

describe("conditional formats", () => {
  it("stores custom rules and evaluates them with relative references", async () => {
    const host = createSimulatedExcel({ sheets: ["评分"] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("评分");
      sheet.getRange("B2:C4").values = [
        [10, 12],
        [5, 5],
        [8, ""],
      ];
      const cf = sheet.getRange("C2:C4").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=AND(C2<>"",C2>B2)';
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      const blank = sheet.getRange("C2:C4").conditionalFormats.add("Custom");
      blank.custom.rule.formula = '=$C2=""';
      blank.custom.format.fill.color = "yellow";
      await context.sync();
      const count = sheet.getRange("C2:C4").conditionalFormats.getCount();
      cf.load("priority, type");
      await context.sync();
      expect(count.value).toBe(2);
      expect(cf.priority).toBe(1); // the later one got priority 0
      expect(cf.type).toBe("Custom");
    });
    expect(host.evaluateConditionalFill("评分", "C2")).toBe("#FFC7CE"); // 12 > 10
    expect(host.evaluateConditionalFill("评分", "C3")).toBeNull(); // 5 = 5
    expect(host.evaluateConditionalFill("评分", "C4")).toBe("#FFFF00"); // blank
    expect(host.evaluateConditionalFormat("评分", "C2")).toEqual({
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });
    host.typeValue("评分", "C3", "6");
    expect(host.evaluateConditionalFill("评分", "C3")).toBe("#FFC7CE");
    expect(host.getConditionalFormats("评分").map((c) => [c.address, c.formula, c.fill])).toEqual([
      ["C2:C4", '=$C2=""', "#FFFF00"],
      ["C2:C4", '=AND(C2<>"",C2>B2)', "#FFC7CE"],
    ]);
  });

  it("supports cell value rules and clearAll", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[1], [50], [100]];
      const cf = sheet.getRange("A1:A3").conditionalFormats.add("CellValue");
      cf.cellValue.rule = { formula1: "10", formula2: "60", operator: "Between" };
      cf.cellValue.format.fill.color = "#00FF00";
      await context.sync();
    });
    expect(["A1", "A2", "A3"].map((a) => host.evaluateConditionalFill("Sheet1", a))).toEqual([
      null,
      "#00FF00",
      null,
    ]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A:A").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(host.getConditionalFormats("Sheet1")).toEqual([]);
  });
});
