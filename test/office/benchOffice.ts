/**
 * Benchmark of the Office.js adapter against the simulated host (wired into `npm run bench`): sync counts
 * that must stay constant, and the time a full write takes in the simulator.
 */
import { performance } from "perf_hooks";
import { COL, FIRST_DATA_ROW, a1 } from "../../src/layout";
import { createScoresheetAdapter } from "../../src/office";
import type { AdapterResult, ScoresheetAdapter } from "../../src/office";
import { createOfficeShim, createSimulatedExcel } from "../../src/sim";
import type { SimHost } from "../../src/sim";

function unwrap<T>(result: AdapterResult<T>): T {
  if (!result.ok) throw new Error(`adapter failed: ${JSON.stringify(result.failure)}`);
  return result.value;
}

function fresh(): { host: SimHost; adapter: ScoresheetAdapter } {
  const host = createSimulatedExcel();
  createOfficeShim(host).install(globalThis);
  return { host, adapter: createScoresheetAdapter(host.run.bind(host)) };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Measures syncs per operation, the median time to generate over 5 runs and the heap in use. */
export async function benchOffice(): Promise<Record<string, number | string>> {
  const times: number[] = [];
  let generateSyncs = 0;
  for (let i = 0; i < 5; i++) {
    const { host, adapter } = fresh();
    const t0 = performance.now();
    unwrap(await adapter.writeScoresheet({ organization: "基准" }));
    times.push(performance.now() - t0);
    generateSyncs = host.syncCount;
  }

  const { host, adapter } = fresh();
  unwrap(await adapter.writeScoresheet({}));
  host.resetSyncCount();
  unwrap(await adapter.writeScoresheet({ evaluator: "基准" }));
  const rebuildSyncs = host.syncCount;

  let updates = 0;
  const stop = unwrap(await adapter.watch(() => (updates += 1)));
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("A.4").protection.unprotect();
    await context.sync();
  });
  host.resetSyncCount();
  const block = Array.from({ length: 250 }, (_, i) => [i % 2 ? "abc" : 99, `说明${i}`]);
  host.paste("A.4", a1(FIRST_DATA_ROW, COL.input), block);
  await host.whenIdle();
  const pasteSyncs = host.syncCount;
  await stop();

  host.resetSyncCount();
  unwrap(await adapter.readLive());
  const readSyncs = host.syncCount;

  return {
    "office.generate.syncs": generateSyncs,
    "office.rebuild.syncs": rebuildSyncs,
    "office.readLive.syncs": readSyncs,
    "office.paste500.syncs": pasteSyncs,
    "office.paste500.updates": updates,
    "office.generate.medianMs": Math.round(median(times)),
    "office.heapUsedMB": Math.round(process.memoryUsage().heapUsed / 1048576),
  };
}
