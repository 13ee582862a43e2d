/**
 * The adapter over whatever Excel this page runs in: Office.js in Excel, the simulator's shim in the preview.
 *
 * The Office.js adapter (src/office) brings the engine's scoring, the layout builder and the sheet writers with
 * it. It is loaded with import() on the first call, which the scoresheet view makes right after the pane's first
 * paint, so none of it is in the pane's initial JavaScript (README, "Performance").
 */
import type { ExcelRun } from "../../office/run";
import type { ScoresheetAdapter } from "../../office/types";
import { loadPresenter } from "../present";

/** Loads the Office.js adapter's code; a failed load is tried again on the next call. */
export type AdapterLoader = () => Promise<(run: ExcelRun) => ScoresheetAdapter>;

/** The Office.js adapter, and the presenter with it: no answer reaches the pane before the words for it. */
const loadOfficeAdapter: AdapterLoader = async () => {
  const [office, agreed] = await Promise.all([
    import(/* webpackChunkName: "office-adapter" */ "../../office/adapter"),
    import(/* webpackChunkName: "office-adapter" */ "../../merge/agreedCells"),
    loadPresenter(),
  ]);
  // The 共识 sheet is laid out in src/merge, above the adapter: the pane tells the adapter what it is.
  return (run) => office.createScoresheetAdapter(run, { consensus: agreed.CONSENSUS_SHEET_SPEC });
};

/**
 * An adapter that loads the real one on its first call and forwards every call to it. A load that fails (a
 * network error) rejects that call, which the pane shows as an unexpected failure; the next call loads again.
 */
export function lazyAdapter(
  run: ExcelRun,
  load: AdapterLoader = loadOfficeAdapter
): ScoresheetAdapter {
  let loaded: Promise<ScoresheetAdapter> | undefined;
  const real = (): Promise<ScoresheetAdapter> => {
    loaded ??= load().then(
      (create) => create(run),
      (err: unknown) => {
        loaded = undefined;
        throw err;
      }
    );
    return loaded;
  };
  return {
    inspect: async () => (await real()).inspect(),
    writeScoresheet: async (meta) => (await real()).writeScoresheet(meta),
    readLive: async () => (await real()).readLive(),
    watch: async (listener) => (await real()).watch(listener),
    select: async (sheet, cell) => (await real()).select(sheet, cell),
    exportXlsx: async () => (await real()).exportXlsx(),
    writeConsensus: async (model) => (await real()).writeConsensus(model),
    writeReportSheet: async (sheet) => (await real()).writeReportSheet(sheet),
    writeRollup: async (model) => {
      const adapter = await real();
      if (!adapter.writeRollup) throw new Error("this Excel adapter cannot write a roll-up");
      return adapter.writeRollup(model);
    },
    writeAgreed: async (entry) => {
      const adapter = await real();
      if (!adapter.writeAgreed) throw new Error("this Excel adapter cannot write an agreed score");
      return adapter.writeAgreed(entry);
    },
  };
}

/** The Office.js adapter bound to the global Excel.run, or null when the page has no Excel (a plain browser). */
export function createHostAdapter(): ScoresheetAdapter | null {
  const excel: unknown = Reflect.get(globalThis, "Excel");
  if (typeof excel !== "object" || excel === null) return null;
  if (typeof Reflect.get(excel, "run") !== "function") return null;
  // Excel here is the global the page installed (office.js, or the preview's simulator shim).
  return lazyAdapter(Excel.run);
}
