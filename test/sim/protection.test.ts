import { createSimulatedExcel } from "../../src/sim";

async function protectedSheet() {
  const host = createSimulatedExcel({ sheets: ["评分"] });
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("评分");
    sheet.getRange("A1:C3").values = [
      ["项目", "满分", "得分"],
      ["a", 10, ""],
      ["b", 5, ""],
    ];
    sheet.getRange("C2:C3").format.protection.locked = false;
    sheet.protection.protect();
    await context.sync();
  });
  return host;
}

describe("sheet protection", () => {
  it("blocks API writes to locked cells and allows unlocked cells", async () => {
    const host = await protectedSheet();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("评分").getRange("B2").values = [[99]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.getCell("评分", "B2").value).toBe(10);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("评分");
      sheet.getRange("C2:C3").values = [[8], [4]];
      const p = sheet.protection;
      p.load("protected");
      const locked = sheet.getRange("B2:C2").format.protection;
      locked.load("locked");
      await context.sync();
      expect(p.protected).toBe(true);
      expect(locked.locked).toBeNull(); // mixed
    });
    expect(host.getValues("评分", "C2:C3")).toEqual([[8], [4]]);
    expect(host.getCell("评分", "B2").locked).toBe(true);
    expect(host.getCell("评分", "C2").locked).toBe(false);
  });

  it("blocks format and validation changes on a protected sheet", async () => {
    const host = await protectedSheet();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("评分").getRange("C2").format.fill.color = "#FFFF00";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("评分").getRange("C2").dataValidation.rule = {
          wholeNumber: { formula1: 0, operator: "GreaterThan" },
        };
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("评分").protection.protect();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("applies unprotect -> write -> protect in one batch, in order", async () => {
    const host = await protectedSheet();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("评分");
      sheet.protection.unprotect();
      sheet.getRange("B2").values = [[20]];
      sheet.getRange("B2").format.font.bold = true;
      sheet.protection.protect({ allowFormatCells: true });
      await context.sync();
    });
    expect(host.getCell("评分", "B2").value).toBe(20);
    expect(host.getCell("评分", "B2").format.bold).toBe(true);
    expect(host.getSheetInfo("评分").protected).toBe(true);
    // allowFormatCells lets formats through but still not locked-cell values
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("评分").getRange("B2").format.font.color = "red";
      await context.sync();
    });
    expect(host.getCell("评分", "B2").format.fontColor).toBe("#FF0000");
  });

  it("rejects typing and pasting into locked cells but allows unlocked ones", async () => {
    const host = await protectedSheet();
    const typed = host.typeValue("评分", "B2", "1");
    expect(typed.accepted).toBe(false);
    expect(typed.message).toMatch(/protected sheet/);
    expect(host.typeValue("评分", "C2", "7").accepted).toBe(true);
    expect(host.paste("评分", "B3", [[1, 2]]).accepted).toBe(false);
    expect(host.getValues("评分", "B3:C3")).toEqual([[5, ""]]);
    expect(host.paste("评分", "C2", [[1], [2]]).accepted).toBe(true);
  });

  it("checks the password on unprotect", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect({}, "secret");
      await context.sync();
    });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.unprotect("wrong");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "BadPassword" });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.unprotect("secret");
      await context.sync();
    });
    expect(host.getSheetInfo("Sheet1").protected).toBe(false);
  });
});
