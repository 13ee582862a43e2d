import { createSimulatedExcel } from "../../src/sim";

async function setupScoreSheet() {
  const host = createSimulatedExcel({ sheets: ["评分"] });
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("评分");
    const score = sheet.getRange("C2:C10");
    score.dataValidation.rule = { decimal: { formula1: 0, formula2: "=D2", operator: "Between" } };
    score.dataValidation.errorAlert = {
      title: "得分无效",
      message: "得分必须在 0 与满分之间",
      showAlert: true,
      style: "Stop",
    };
    sheet.getRange("D2:D10").values = Array.from({ length: 9 }, (_, i) => [i + 1]);
    const list = sheet.getRange("E2:E10");
    list.dataValidation.rule = { list: { inCellDropDown: true, source: "是,否,不适用" } };
    const whole = sheet.getRange("F2");
    whole.dataValidation.rule = {
      wholeNumber: { formula1: "1", operator: "GreaterThanOrEqualTo" },
    };
    sheet.getRange("H1:H3").values = [["甲"], ["乙"], ["丙"]];
    sheet.getRange("G2").dataValidation.rule = {
      list: { inCellDropDown: true, source: "=$H$1:$H$3" },
    };
    // custom: value must not exceed the cell to its right (relative reference)
    sheet.getRange("I2:I5").dataValidation.rule = { custom: { formula: "=I2<=J2" } };
    sheet.getRange("J2:J5").values = [[5], [10], [15], [20]];
    await context.sync();
  });
  return host;
}

describe("data validation", () => {
  it("enforces a decimal rule on typing with the rule's stop alert", async () => {
    const host = await setupScoreSheet();
    expect(host.typeValue("评分", "C5", "3.5")).toEqual({ accepted: true }); // D5 = 4
    const rejected = host.typeValue("评分", "C5", "4.5");
    expect(rejected).toEqual({
      accepted: false,
      title: "得分无效",
      message: "得分必须在 0 与满分之间",
    });
    expect(host.getCell("评分", "C5").value).toBe(3.5); // unchanged
    expect(host.typeValue("评分", "C5", "abc").accepted).toBe(false);
    expect(host.typeValue("评分", "C5", "").accepted).toBe(true); // clearing is allowed
  });

  it("enforces list, wholeNumber, range-sourced list and relative custom rules", async () => {
    const host = await setupScoreSheet();
    expect(host.typeValue("评分", "E3", "否").accepted).toBe(true);
    const bad = host.typeValue("评分", "E3", "也许");
    expect(bad.accepted).toBe(false);
    expect(bad.message).toBe(
      "This value doesn't match the data validation restrictions defined for this cell."
    );
    expect(bad.title).toBe("Microsoft Excel");
    expect(host.typeValue("评分", "F2", "2").accepted).toBe(true);
    expect(host.typeValue("评分", "F2", "2.5").accepted).toBe(false);
    expect(host.typeValue("评分", "F2", "0").accepted).toBe(false);
    expect(host.typeValue("评分", "G2", "乙").accepted).toBe(true);
    expect(host.typeValue("评分", "G2", "丁").accepted).toBe(false);
    expect(host.getCell("评分", "G2").validation?.listItems).toEqual(["甲", "乙", "丙"]);
    expect(host.typeValue("评分", "I2", "5").accepted).toBe(true); // <= J2 (5)
    expect(host.typeValue("评分", "I3", "11").accepted).toBe(false); // > J3 (10)
    expect(host.typeValue("评分", "I4", "11").accepted).toBe(true); // <= J4 (15)
  });

  it("does not enforce validation on paste or on API writes", async () => {
    const host = await setupScoreSheet();
    expect(host.paste("评分", "C2", [[99], [98]])).toEqual({ accepted: true });
    expect(host.getValues("评分", "C2:C3")).toEqual([[99], [98]]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("评分");
      sheet.getRange("E2").values = [["随便"]];
      const v = sheet.getRange("C2:C3").dataValidation;
      v.load("valid, type, rule, errorAlert, ignoreBlanks");
      await context.sync();
      expect(v.valid).toBe(false);
      expect(v.type).toBe("Decimal");
      expect(v.rule).toEqual({ decimal: { formula1: 0, formula2: "=D2", operator: "Between" } });
      expect(v.errorAlert.title).toBe("得分无效");
      expect(v.ignoreBlanks).toBe(true);
    });
    expect(host.getCell("评分", "E2").value).toBe("随便");
  });

  it("keeps the value for Warning alerts and when alerts are off", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const warn = sheet.getRange("A1");
      warn.dataValidation.rule = { wholeNumber: { formula1: 10, operator: "LessThan" } };
      warn.dataValidation.errorAlert = {
        style: "Warning",
        title: "Hmm",
        message: "Too big?",
        showAlert: true,
      };
      const off = sheet.getRange("A2");
      off.dataValidation.rule = { wholeNumber: { formula1: 10, operator: "LessThan" } };
      off.dataValidation.errorAlert = { showAlert: false, style: "Stop", title: "", message: "" };
      await context.sync();
    });
    expect(host.typeValue("Sheet1", "A1", "50")).toEqual({
      accepted: true,
      warning: { title: "Hmm", message: "Too big?" },
    });
    expect(host.typeValue("Sheet1", "A2", "50")).toEqual({ accepted: true });
    expect(host.getValues("Sheet1", "A1:A2")).toEqual([[50], [50]]);
  });

  it("clears validation and rejects invalid rules at sync", async () => {
    const host = await setupScoreSheet();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("评分").getRange("C2:C10").dataValidation.clear();
      await context.sync();
    });
    expect(host.typeValue("评分", "C2", "1000").accepted).toBe(true);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("评分").getRange("A1").dataValidation.rule = {
          decimal: { formula1: 1, operator: "Between" },
          list: { source: "a", inCellDropDown: true },
        };
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects typing an unparsable formula", () => {
    const host = createSimulatedExcel();
    expect(host.typeValue("Sheet1", "A1", "=SUM(").accepted).toBe(false);
    expect(host.typeValue("Sheet1", "A1", "=1+1")).toEqual({ accepted: true });
    expect(host.getCell("Sheet1", "A1")).toMatchObject({
      value: 2,
      formula: "=1+1",
      hasFormula: true,
    });
  });
});
