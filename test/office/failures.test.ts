import { createScoresheetAdapter } from "../../src/office";
import type { ExcelRun } from "../../src/office";
import { COL } from "../../src/layout";
import { cellOf, must, setup, uninstallOffice } from "./helpers";

afterAll(uninstallOffice);

describe("failures come back as values", () => {
  it("answers unsupported below ExcelApi 1.9, without touching the workbook", async () => {
    const { host, adapter } = setup({ requirementSets: { ExcelApi: "1.8" } });
    const unsupported = {
      ok: false,
      failure: { kind: "unsupported", requirement: "ExcelApi 1.9" },
    };
    expect(await adapter.writeScoresheet({})).toEqual(unsupported);
    expect(await adapter.readLive()).toEqual(unsupported);
    expect(await adapter.inspect()).toEqual(unsupported);
    expect(await adapter.watch(() => undefined)).toEqual(unsupported);
    expect(await adapter.select("A.1", "G4")).toEqual(unsupported);
    expect(await adapter.exportXlsx()).toEqual(unsupported);
    expect(host.syncCount).toBe(0);
  });

  it("refuses a text no cell can hold before writing anything (README: Inputs)", async () => {
    const { host, adapter } = setup();
    const result = await adapter.writeScoresheet({ organization: "示例\u0001市" });
    expect(!result.ok && result.failure).toEqual({
      kind: "unwritable-text",
      problems: [
        { code: "text-forbidden-char", field: "meta.organization", codePoint: 1, index: 2 },
      ],
    });
    const long = await adapter.writeScoresheet({ evaluator: "长".repeat(32768) });
    expect(!long.ok && long.failure.kind).toBe("unwritable-text");
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).not.toContain("A.1");
    });
  });

  it("maps a protection error (a password it does not know) to office-error, clearing nothing", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({ organization: "示例市" }));
    const cell = cellOf(host, "A.1", "A.1.2.1", COL.input);
    host.typeValue("A.1", cell, "2");
    await host.run(async (context) => {
      const p = context.workbook.worksheets.getItem("A.3").protection;
      p.unprotect();
      p.protect({}, "secret");
      await context.sync();
    });
    const result = await adapter.writeScoresheet({});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure).toMatchObject({
      kind: "office-error",
      code: "BadPassword",
    });
  });

  it("maps a missing sheet on select to office-error ItemNotFound, and selects existing cells", async () => {
    const { host, adapter } = setup();
    const missing = await adapter.select("A.9", "G4");
    expect(!missing.ok && missing.failure).toMatchObject({
      kind: "office-error",
      code: "ItemNotFound",
    });
    must(await adapter.writeScoresheet({}));
    host.resetSyncCount();
    must(await adapter.select("A.2", "H7"));
    expect(host.syncCount).toBe(1);
    expect(host.getSelection()).toEqual({ sheet: "A.2", address: "H7" });
  });

  it("refuses to overwrite a user's sheet that only shares a layout sheet's name", async () => {
    const { host, adapter } = setup({ sheets: ["汇总"] });
    host.typeValue("汇总", "A1", "我的汇总");
    const result = await adapter.writeScoresheet({});
    expect(!result.ok && result.failure).toMatchObject({ kind: "not-a-scoresheet" });
    expect(host.getSheetNames()).toEqual(["汇总"]);
    expect(host.getCell("汇总", "A1").value).toBe("我的汇总");
    const live = must(await adapter.readLive());
    expect(live.hasScoresheet).toBe(false);
    expect(must(await adapter.inspect()).exists).toBe(false);
  });

  it("refuses a workbook whose identity sheet names another format", async () => {
    const { host, adapter } = setup({ sheets: ["Sheet1", "_gridscore"] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("_gridscore").getRange("A1:B1").values = [
        ["format", "gridscore-consensus/9"],
      ];
      await context.sync();
    });
    const result = await adapter.readLive();
    expect(!result.ok && result.failure).toMatchObject({ kind: "not-a-scoresheet" });
  });

  it("turns anything run throws into a failure value", async () => {
    const broken = (() => Promise.reject(new Error("host gone"))) as unknown as ExcelRun;
    const adapter = createScoresheetAdapter(broken, {
      requirements: { isSetSupported: () => true },
    });
    expect(await adapter.readLive()).toEqual({
      ok: false,
      failure: { kind: "office-error", code: "Error", message: "host gone" },
    });
    expect(await adapter.watch(() => undefined)).toEqual({
      ok: false,
      failure: { kind: "office-error", code: "Error", message: "host gone" },
    });
  });

  it("inspects an empty workbook and a written one in one sync each", async () => {
    const { host, adapter } = setup();
    host.resetSyncCount();
    expect(must(await adapter.inspect())).toEqual({ exists: false, meta: {} });
    expect(host.syncCount).toBe(1);
    must(await adapter.writeScoresheet({ organization: "示例市" }));
    host.resetSyncCount();
    expect(must(await adapter.inspect())).toEqual({
      exists: true,
      meta: { organization: "示例市" },
    });
    expect(host.syncCount).toBe(1);
  });
});
