import type { AdapterResult, LiveState } from "../../src/office";
import { COL, a1, colLetter } from "../../src/layout";
import { cellOf, must, rowOf, setup } from "./helpers";

type Seen = AdapterResult<LiveState>[];

async function watching(options: Parameters<typeof setup>[0] = {}) {
  const ctx = setup(options);
  must(await ctx.adapter.writeScoresheet({}));
  const seen: Seen = [];
  ctx.host.resetSyncCount();
  const stop = must(await ctx.adapter.watch((state) => seen.push(state)));
  const registrationSyncs = ctx.host.syncCount;
  ctx.host.resetSyncCount();
  return { ...ctx, seen, stop, registrationSyncs };
}

describe("watch", () => {
  it("registers one handler in one sync and reports a typed deduction with the new total", async () => {
    const { host, adapter, seen, registrationSyncs } = await watching();
    expect(registrationSyncs).toBe(1);
    expect(host.handlerCount).toBe(1);
    const before = must(await adapter.readLive()).report.total;
    host.resetSyncCount();
    const cell = cellOf(host, "A.1", "A.1.2.1", COL.input);
    expect(host.typeValue("A.1", cell, "2").accepted).toBe(true);
    await host.whenIdle();
    expect(host.syncCount).toBe(1);
    expect(seen).toHaveLength(1);
    const state = must(seen[0]!);
    expect(state.report.total).toBe(before - 2);
    expect(state.progress.itemsWithDeductions).toBe(1);
    expect(state.progress.notesMissing).toBe(1);
    expect(state.problems).toContainEqual(
      expect.objectContaining({
        code: "missing-note",
        lineId: "A.1.2.1",
        where: { sheet: "A.1", cell: a1(rowOf(host, "A.1", "A.1.2.1"), COL.note) },
      })
    );
  });

  it("leaves a deduction over the line maximum out: validation stops the typing, no event, no sync", async () => {
    const { host, seen } = await watching();
    const cell = cellOf(host, "A.1", "A.1.2.1", COL.input);
    const result = host.typeValue("A.1", cell, "99");
    expect(result.accepted).toBe(false);
    expect(result.title).toBe("扣分超出本行上限");
    await host.whenIdle();
    expect(host.getCell("A.1", cell).value).toBe("");
    expect(seen).toHaveLength(0);
    expect(host.syncCount).toBe(0);
  });

  it("catches a 500-cell paste of invalid values (no details, validation bypassed) in one sync", async () => {
    const { host, seen } = await watching();
    // No table has 250 input rows: the evaluator unprotects A.4 and pastes over the rows below too.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("A.4").protection.unprotect();
      await context.sync();
    });
    host.resetSyncCount();
    const first = rowOf(host, "A.4", "A.4.1.1");
    const block = Array.from({ length: 250 }, (_, i) => [i % 2 === 0 ? 99 : "abc", `说明${i}`]);
    const pasted = host.paste("A.4", a1(first, COL.input), block);
    expect(pasted.accepted).toBe(true);
    await host.whenIdle();
    expect(host.syncCount).toBe(1);
    expect(seen).toHaveLength(1);
    const state = must(seen[0]!);
    const at = (code: string, id: string) =>
      state.problems.find((p) => p.code === code && "lineId" in p && p.lineId === id);
    expect(at("above-line-max", "A.4.1.1")?.where).toEqual({
      sheet: "A.4",
      cell: a1(first, COL.input),
    });
    expect(state.problems).toContainEqual(
      expect.objectContaining({
        code: "number-as-text",
        value: "abc",
        where: { sheet: "A.4", cell: a1(first + 1, COL.input) },
      })
    );
    expect(state.problems.filter((p) => p.code === "above-line-max").length).toBeGreaterThan(5);
  });

  it("spends no sync on changes that cannot touch an input", async () => {
    const { host, seen } = await watching({ fireEventsOnApiWrites: true, sheets: ["Sheet1"] });
    // The add-in's own write to the hidden id column, a user's edit on an unprotected formula column,
    // and an edit on the user's own sheet.
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("A.1");
      ws.protection.unprotect();
      ws.getRange(`${colLetter(COL.id)}100`).values = [["x"]];
      await context.sync();
    });
    host.resetSyncCount();
    expect(host.paste("A.1", `${colLetter(COL.requirement)}4`, [["改过的要求"]]).accepted).toBe(
      true
    );
    expect(
      host.paste("A.1", `${colLetter(COL.id)}120:${colLetter(COL.itemId)}120`, [[1, 2]]).accepted
    ).toBe(true);
    host.typeValue("Sheet1", "A1", "5");
    await host.whenIdle();
    expect(host.syncCount).toBe(0);
    expect(seen).toHaveLength(0);
    expect(host.handlerErrors).toEqual([]);
  });

  it("shares one registration between listeners and removes it with the last unsubscribe", async () => {
    const { host, adapter, stop, seen } = await watching();
    const other: Seen = [];
    const stopOther = must(await adapter.watch((s) => other.push(s)));
    expect(host.syncCount).toBe(0);
    expect(host.handlerCount).toBe(1);
    host.typeValue("A.1", cellOf(host, "A.1", "A.1.1.1", COL.note), "说明");
    await host.whenIdle();
    expect([seen.length, other.length]).toEqual([1, 1]);
    await stop();
    expect(host.handlerCount).toBe(1);
    await stopOther();
    expect(host.handlerCount).toBe(0);
    host.typeValue("A.1", cellOf(host, "A.1", "A.1.1.2", COL.note), "再说明");
    await host.whenIdle();
    expect([seen.length, other.length]).toEqual([1, 1]);
  });

  it("keeps working across a rebuild and ignores the add-in's own writes", async () => {
    const { host, adapter, seen } = await watching({ fireEventsOnApiWrites: true });
    must(await adapter.writeScoresheet({ evaluator: "王五" }));
    await host.whenIdle();
    expect(host.syncCount).toBe(2);
    expect(seen).toHaveLength(0);
    host.typeValue("A.2", cellOf(host, "A.2", "A.2.1.1", COL.input), "1");
    await host.whenIdle();
    expect(host.syncCount).toBe(3);
    expect(must(seen[0]!).meta.evaluator).toBe("王五");
  });

  it("reports edits of the cover's values", async () => {
    const { host, seen } = await watching();
    const cover = host.getSheetNames()[1]!;
    expect(host.typeValue(cover, "B5", "某区网格中心").accepted).toBe(true);
    await host.whenIdle();
    expect(must(seen[0]!).meta.organization).toBe("某区网格中心");
  });
});
