import { createSimulatedExcel } from "../../src/sim";

type Args = Excel.WorksheetChangedEventArgs;

describe("onChanged events", () => {
  it("fires after typing with address and single-cell details", async () => {
    const host = createSimulatedExcel({ sheets: ["汇总"] });
    const seen: Args[] = [];
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      sheet.getRange("B2").values = [[1]];
      sheet.onChanged.add(async (e) => {
        seen.push(e);
        return Promise.resolve();
      });
      await context.sync();
    });
    expect(seen).toHaveLength(0); // API writes do not fire by default
    host.typeValue("汇总", "B2", "5");
    expect(seen).toHaveLength(0); // asynchronous, like Excel
    await host.whenIdle();
    expect(seen).toHaveLength(1);
    const e = seen[0]!;
    expect(e.address).toBe("B2");
    expect(e.changeType).toBe("RangeEdited");
    expect(e.source).toBe("Local");
    expect(e.triggerSource).toBe("Others");
    expect(e.worksheetId).toBe(host.getSheetInfo("汇总").id);
    expect(e.details).toMatchObject({ valueBefore: 1, valueAfter: 5 });
    host.paste("汇总", "A1", [
      [1, 2],
      [3, 4],
    ]);
    await host.whenIdle();
    expect(seen).toHaveLength(2);
    expect(seen[1]!.address).toBe("A1:B2");
    expect(seen[1]!.details).toBeUndefined();
  });

  it("needs a sync to register and to remove a handler", async () => {
    const host = createSimulatedExcel();
    const calls: string[] = [];
    let registration: OfficeExtension.EventHandlerResult<Args> | undefined;
    await host.run(async (context) => {
      registration = context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => {
        calls.push(e.address);
        return Promise.resolve();
      });
      expect(host.handlerCount).toBe(0); // not yet synced
      await context.sync();
      expect(host.handlerCount).toBe(1);
    });
    host.typeValue("Sheet1", "A1", "x");
    await host.whenIdle();
    expect(calls).toEqual(["A1"]);
    // As in Office.js, remove() is queued on the registering context: run a batch with it.
    await host.run(registration!.context, async (context) => {
      registration!.remove();
      await context.sync();
    });
    expect(host.handlerCount).toBe(0);
    host.typeValue("Sheet1", "A2", "y");
    await host.whenIdle();
    expect(calls).toEqual(["A1"]);
  });

  it("supports workbook-level handlers, getRange in a new batch and handler errors", async () => {
    const host = createSimulatedExcel({ sheets: ["One", "Two"] });
    const values: unknown[] = [];
    await host.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => {
        await host.run(async (ctx) => {
          const range = e.getRange(ctx);
          range.load("values");
          await ctx.sync();
          values.push(range.values[0]?.[0]);
        });
      });
      context.workbook.worksheets
        .getItem("Two")
        .onChanged.add(() => Promise.reject(new Error("boom")));
      await context.sync();
    });
    host.typeValue("One", "C3", "12");
    host.typeValue("Two", "D4", "hello");
    await host.whenIdle();
    expect(values).toEqual([12, "hello"]);
    expect(host.handlerErrors).toHaveLength(1);
  });

  it("fires for API writes when enabled, with triggerSource ThisLocalAddin", async () => {
    const host = createSimulatedExcel({ fireEventsOnApiWrites: true });
    const seen: Args[] = [];
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.onChanged.add(async (e) => {
        seen.push(e);
        return Promise.resolve();
      });
      await context.sync();
      sheet.getRange("A1").values = [[3]];
      sheet.getRange("B1:C1").values = [[1, 2]];
      await context.sync();
    });
    await host.whenIdle();
    expect(
      seen.map((e): unknown[] => [e.address, e.triggerSource, e.details?.valueAfter as unknown])
    ).toEqual([
      ["A1", "ThisLocalAddin", 3],
      ["B1:C1", "ThisLocalAddin", undefined],
    ]);
  });

  it("notifies subscribers on every change", async () => {
    const host = createSimulatedExcel();
    const sources: string[] = [];
    const unsubscribe = host.subscribe((c) => sources.push(c.source));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    host.typeValue("Sheet1", "A2", "2");
    host.paste("Sheet1", "A3", [[3]]);
    unsubscribe();
    host.typeValue("Sheet1", "A4", "4");
    expect(sources).toEqual(["api", "typing", "paste"]);
  });
});
