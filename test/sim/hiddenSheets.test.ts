/**
 * Excel cannot show a hidden or very hidden sheet: Worksheet.activate() and Range.select() there fail at sync with
 * InvalidOperation ("The operation attempted is invalid on the object.", the message the Office docs list for that
 * code), and the active sheet and selection stay as they were. A visible sheet activates and selects as before.
 */
import { createSimulatedExcel } from "../../src/sim";

async function hostWith(visibility: "Hidden" | "VeryHidden") {
  const host = createSimulatedExcel({ sheets: ["评分", "_gridscore"] });
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("_gridscore").visibility = visibility;
    context.workbook.worksheets.getItem("评分").getRange("C3").select();
    await context.sync();
  });
  return host;
}

describe("a sheet Excel cannot show", () => {
  it.each(["Hidden", "VeryHidden"] as const)(
    "refuses activate() on a %s sheet with InvalidOperation and keeps the selection",
    async (visibility) => {
      const host = await hostWith(visibility);
      await expect(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("_gridscore").activate();
          await context.sync();
        })
      ).rejects.toMatchObject({
        name: "RichApi.Error",
        code: "InvalidOperation",
        message: "The operation attempted is invalid on the object.",
        debugInfo: { errorLocation: "Worksheet.activate" },
      });
      expect(host.getSelection()).toEqual({ sheet: "评分", address: "C3" });
    }
  );

  it.each(["Hidden", "VeryHidden"] as const)(
    "refuses Range.select() on a %s sheet with InvalidOperation and keeps the selection",
    async (visibility) => {
      const host = await hostWith(visibility);
      await expect(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("_gridscore").getRange("B7").select();
          await context.sync();
        })
      ).rejects.toMatchObject({
        code: "InvalidOperation",
        debugInfo: { errorLocation: "Range.select" },
      });
      expect(host.getSelection()).toEqual({ sheet: "评分", address: "C3" });
    }
  );

  it("activates and selects on a visible sheet, and again once the sheet is made visible", async () => {
    const host = await hostWith("VeryHidden");
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("_gridscore");
      sheet.visibility = "Visible";
      sheet.activate();
      sheet.getRange("B7").select();
      await context.sync();
    });
    expect(host.getSelection()).toEqual({ sheet: "_gridscore", address: "B7" });
  });
});
