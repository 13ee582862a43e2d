/**
 * Benchmark of refusing hostile workbooks (wired into `npm run bench` as "hostile"): how much the process grows
 * while a 2 GiB zip bomb is refused. A figure, not an assertion: it depends on GC timing.
 */
import { performance } from "perf_hooks";
import { readXlsxScoresheet } from "../../src/writers/xlsx";
import { MINIMAL_PARTS, zeroBomb, zip } from "../support/zip";

/** RSS growth and time while the reader refuses a zip bomb (2 GiB of zeros in ~2 MB). */
export async function benchHostile(): Promise<Record<string, number | string>> {
  const bomb = zip([
    ...MINIMAL_PARTS,
    { name: "xl/worksheets/sheet1.xml", data: zeroBomb(2), size: 2000 },
  ]);
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const result = await readXlsxScoresheet(bomb, "bomb.xlsx");
  const ms = performance.now() - t0;
  const growth = process.memoryUsage().rss - before;
  const codes = result.ok ? "accepted (!)" : result.errors.map((e) => e.code).join(",");
  return {
    "zip bomb refused with": codes,
    "zip bomb: RSS growth while refusing (goal < 400 MiB)": `${(growth / 1048576).toFixed(1)} MiB`,
    "zip bomb: time to refuse": `${ms.toFixed(1)} ms`,
  };
}
