/**
 * The tamper check of a scoresheet finds each defined name's formula cell once, through a Map (review fault kind:
 * lookups by a scan per row or name). It used to scan the sheets and then the sheet's cells per name, two
 * Array.prototype.find calls for each of the layout's defined names; now the first read of a scoresheet makes
 * fewer than two find calls per name (the reader's own), and its named results still check clean.
 */
import { buildScoresheet } from "../../src/layout";
import { loadXlsx, readLoadedScoresheet } from "../../src/writers/xlsx/readXlsx";
import { writeXlsx } from "../../src/writers/xlsx";

test("a scoresheet's first read scans no list per defined name", async () => {
  const model = buildScoresheet({
    identity: {
      workbookId: "t",
      createdAt: "2026-11-28T00:00:00Z",
      generator: "test",
      kind: "scoresheet",
    },
  });
  const loaded = await loadXlsx(await writeXlsx(model), "t.xlsx");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const find = jest.spyOn(Array.prototype, "find");
  let calls: number;
  let read: ReturnType<typeof readLoadedScoresheet>;
  try {
    read = readLoadedScoresheet(loaded.loaded);
  } finally {
    calls = find.mock.calls.length;
    find.mockRestore();
  }
  // 9 names: the scan per name made 28 calls (2 per name and the reader's own 10), the Map leaves the reader's.
  expect(model.names.length).toBe(9);
  expect(calls).toBeLessThan(2 * model.names.length);
  expect(read.errors).toEqual([]);
});
