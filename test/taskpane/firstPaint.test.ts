/**
 * What the pane loads after its first paint (README, "Performance"): the Office.js adapter behind a stand-in that
 * loads it on the first call and again after a failed load, the presenter with the engine's words, and the
 * level/role keys the metadata form lists without loading the standard.
 */
import { LEVELS, ROLES } from "../../src/standard";
import { lazyAdapter } from "../../src/taskpane/adapter/hostAdapter";
import type { AdapterLoader } from "../../src/taskpane/adapter/hostAdapter";
import {
  LEVEL_KEYS,
  ROLE_KEYS,
  isLevel,
  isRole,
} from "../../src/taskpane/components/MetaForm/levels";
import { loadPresenter, presenterNow } from "../../src/taskpane/present";
import type { ExcelRun } from "../../src/office/run";
import type { ScoresheetAdapter } from "../../src/office/types";
import { createFakeAdapter, ok } from "./fakeAdapter";

const run: ExcelRun = () => Promise.reject(new Error("no Excel in this test"));

describe("lazyAdapter", () => {
  it("loads the real adapter once, on the first call, and forwards every call to it", async () => {
    const real = createFakeAdapter();
    const create = jest.fn((_run: ExcelRun): ScoresheetAdapter => real);
    const load = jest.fn<ReturnType<AdapterLoader>, []>(() => Promise.resolve(create));
    const adapter = lazyAdapter(run, load);
    expect(load).not.toHaveBeenCalled();
    expect(await adapter.inspect()).toEqual(await real.inspect());
    await adapter.select("A.1", "G4");
    await adapter.writeScoresheet({ organization: "甲" });
    expect(load).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(run);
    expect(real.select).toHaveBeenCalledWith("A.1", "G4");
    expect(real.writeScoresheet).toHaveBeenCalledWith({ organization: "甲" });
  });

  it("rejects the call whose load failed, and loads again on the next one", async () => {
    const real = createFakeAdapter();
    const load = jest
      .fn<ReturnType<AdapterLoader>, []>()
      .mockRejectedValueOnce(new Error("Loading chunk office-adapter failed"))
      .mockResolvedValue(() => real);
    const adapter = lazyAdapter(run, load);
    await expect(adapter.readLive()).rejects.toThrow("Loading chunk office-adapter failed");
    expect(await adapter.readLive()).toEqual(await real.readLive());
    expect(load).toHaveBeenCalledTimes(2);
    expect(real.readLive).toHaveBeenCalledTimes(2);
  });

  it("offers writeRollup and writeAgreed, as the Office.js adapter does", async () => {
    const real: ScoresheetAdapter = {
      ...createFakeAdapter(),
      writeAgreed: jest.fn(() =>
        Promise.resolve(ok({ syncs: 1, keptInputs: 0, mode: "created" as const }))
      ),
    };
    const adapter = lazyAdapter(run, () => Promise.resolve(() => real));
    const entry = { itemId: "A.1.2", agreed: 8, reason: "复核", dissent: "" };
    expect((await adapter.writeAgreed!(entry)).ok).toBe(true);
    expect(real.writeAgreed).toHaveBeenCalledWith(entry);
  });
});

describe("presenter", () => {
  it("is loaded once, and words problems as the engine does", async () => {
    const presenter = await loadPresenter();
    expect(presenterNow()).toBe(presenter);
    expect(await loadPresenter()).toBe(presenter);
    expect(presenter.tableNote("A.4", "zh-CN")).toContain("115");
    expect(presenter.tableNote("A.1", "zh-CN")).toBeUndefined();
    expect(presenter.pendingVerdict(2, "zh-CN")).toBe("结论待定：有 2 个错误");
  });
});

describe("the metadata form's levels and roles", () => {
  it("are the standard's keys, in its order", () => {
    expect(LEVEL_KEYS).toEqual(Object.keys(LEVELS));
    expect(ROLE_KEYS).toEqual(Object.keys(ROLES));
    expect(isLevel("county")).toBe(true);
    expect(isLevel("toString")).toBe(false);
    expect(isRole("self")).toBe(true);
    expect(isRole("")).toBe(false);
  });
});
