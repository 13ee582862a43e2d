import { createSimulatedExcel, isSimExcelError } from "../../src/sim";

function errorCode(e: unknown): string {
  return isSimExcelError(e) ? e.code : `not a SimExcelError: ${String(e)}`;
}

describe("queued proxy model", () => {
  it("throws PropertyNotLoaded when reading an unloaded property", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      let caught: unknown;
      try {
        void range.values;
      } catch (e) {
        caught = e;
      }
      expect(errorCode(caught)).toBe("PropertyNotLoaded");
      expect((caught as Error).name).toBe("RichApi.Error");
      expect((caught as Error).message).toContain("The property 'values' is not available.");
      expect((caught as Error).message).toContain('call "context.sync()"');
      range.load("address");
      // load without sync is still not readable
      expect(() => range.address).toThrow(/not available/);
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B2");
      expect(() => range.values).toThrow(/'values' is not available/);
    });
  });

  it("returns values as of the sync after load + sync", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [[1, "x"]];
      const range = sheet.getRange("A1:B1");
      range.load("values, formulas");
      await context.sync();
      expect(range.values).toEqual([[1, "x"]]);
      sheet.getRange("A1").values = [[2]];
      await context.sync();
      expect(range.values).toEqual([[1, "x"]]); // snapshot of the earlier sync
      range.load(["values"]);
      await context.sync();
      expect(range.values).toEqual([[2, "x"]]);
    });
  });

  it("supports object load forms and navigation paths", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C3");
      range.format.font.bold = true;
      await context.sync();
      const again = context.workbook.worksheets.getItem("Sheet1").getRange("C3");
      again.load({ select: "rowIndex, columnIndex, format/font/bold" });
      const third = context.workbook.worksheets.getItem("Sheet1").getRange("C3");
      third.load({ format: { font: { bold: true } }, cellCount: true });
      await context.sync();
      expect([again.rowIndex, again.columnIndex]).toEqual([2, 2]);
      expect(again.format.font.bold).toBe(true);
      expect(third.format.font.bold).toBe(true);
      expect(third.cellCount).toBe(1);
    });
  });

  it("reads back a locally set property without sync, like Office.js", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["hello"]];
      expect(range.values).toEqual([["hello"]]);
      await context.sync();
    });
    expect(host.getCell("Sheet1", "A1").value).toBe("hello");
  });

  it("counts sync calls and can reset the counter", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(host.syncCount).toBe(2);
    host.resetSyncCount();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      // no explicit sync: Excel.run syncs leftovers once
      return Promise.resolve();
    });
    expect(host.syncCount).toBe(1);
    expect(host.getCell("Sheet1", "A1").value).toBe(1);
  });

  it("raises ItemNotFound at sync for a missing sheet and supports getItemOrNullObject", async () => {
    const host = createSimulatedExcel();
    let caught: unknown;
    await host
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Nope"); // no error yet
        sheet.load("name");
        await context.sync();
      })
      .catch((e: unknown) => {
        caught = e;
      });
    expect(errorCode(caught)).toBe("ItemNotFound");
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("rejects a values array whose dimensions do not match, keeping earlier commands", async () => {
    const host = createSimulatedExcel();
    let caught: unknown;
    await host
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["before"]];
        sheet.getRange("A2:B3").values = [[1, 2, 3]];
        sheet.getRange("A4").values = [["after"]];
        await context.sync();
      })
      .catch((e: unknown) => {
        caught = e;
      });
    expect(errorCode(caught)).toBe("InvalidArgument");
    expect((caught as Error).message).toMatch(/doesn't match the size or dimensions/);
    expect(host.getCell("Sheet1", "A1").value).toBe("before");
    expect(host.getCell("Sheet1", "A4").value).toBe("");
  });

  it("fills a range from a scalar and skips null cells", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = 7 as unknown as number[][];
      await context.sync();
      sheet.getRange("A1:B1").values = [[null, "x"]];
      await context.sync();
    });
    expect(host.getValues("Sheet1", "A1:B2")).toEqual([
      [7, "x"],
      [7, 7],
    ]);
  });

  it("parses strings like Excel typing and reports text/valueTypes", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1");
      r.values = [["12.5", "TRUE", "'007", "50%", ""]];
      r.load("values, text, valueTypes, numberFormat");
      await context.sync();
      expect(r.values).toEqual([[12.5, true, "007", 0.5, ""]]);
      expect(r.text).toEqual([["12.5", "TRUE", "007", "50%", ""]]);
      expect(r.valueTypes).toEqual([["Double", "Boolean", "String", "Double", "Empty"]]);
      expect(r.numberFormat[0]?.[3]).toBe("0%");
    });
  });

  it("does not allow objects from a finished run to sync again", async () => {
    const host = createSimulatedExcel();
    let saved: Excel.RequestContext | undefined;
    await host.run(async (context) => {
      saved = context;
      await context.sync();
    });
    await expect(saved!.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });

  it("derives ranges and computes addresses", async () => {
    const host = createSimulatedExcel({ sheets: ["A.1"] });
    await host.run(async (context) => {
      const base = context.workbook.worksheets.getItem("A.1").getRange("B2:C3");
      const cell = base.getCell(1, 1);
      const off = base.getOffsetRange(1, 0);
      const big = base.getResizedRange(2, 1);
      [cell, off, big].forEach((r) => r.load("address"));
      await context.sync();
      expect(cell.address).toBe("'A.1'!C3");
      expect(off.address).toBe("'A.1'!B3:C4");
      expect(big.address).toBe("'A.1'!B2:D5");
    });
  });

  it("lists worksheets through items and adds sheets", async () => {
    const host = createSimulatedExcel({ sheets: ["One"] });
    await host.run(async (context) => {
      const added = context.workbook.worksheets.add("汇总");
      added.load("name, position");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      expect(added.position).toBe(1);
      expect(sheets.items.map((s) => s.name)).toEqual(["One", "汇总"]);
    });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.add("one");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

describe("set(), named ranges and null ranges", () => {
  it("assigns nested properties with set() and rejects read-only ones", async () => {
    const host = createSimulatedExcel();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.set({ values: [[1, 2]], format: { font: { bold: true }, fill: { color: "#FFFF00" } } });
      await context.sync();
      expect(() =>
        range.set({ address: "Z9" } as unknown as Excel.Interfaces.RangeUpdateData)
      ).toThrow(/cannot be set/);
    });
    expect(host.getCell("Sheet1", "B1")).toMatchObject({
      value: 2,
      format: { bold: true, fill: "#FFFF00" },
    });
  });

  it("resolves defined names in getRange and returns a null used range for an empty sheet", async () => {
    const host = createSimulatedExcel({ sheets: ["汇总"] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      context.workbook.names.add("Total", sheet.getRange("C5"));
      await context.sync();
      sheet.getRange("Total").values = [[42]];
      const bad = context.workbook.worksheets.add("空").getUsedRangeOrNullObject();
      await context.sync();
      expect(bad.isNullObject).toBe(true);
    });
    expect(host.getCell("汇总", "C5").value).toBe(42);
    expect(host.getNames()).toEqual([{ name: "Total", formula: "=汇总!$C$5", value: 42 }]);
  });
});
