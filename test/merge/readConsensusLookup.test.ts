/**
 * Reading a consensus workbook finds each item by id once (review fault: readConsensus ordered the items with
 * `items.find(...)` per row, and mergeExperts found each expert's item by a scan per item, both quadratic in the
 * items; the summary sheet's labels were looked up by a scan of its cells per row). Now every lookup goes through a
 * Map, so a read makes no per-row scan: counted here by the calls to Array.prototype.find, which were at least one
 * per item row (49 for the standard's 43 items) and are now a few, fewer than the items. The read's result is
 * unchanged: the items in the
 * standard's order, each with its experts' scores and its consensus.
 */
import { allItems } from "../../src/standard";
import { readLoadedConsensus } from "../../src/merge";
import { groupOf } from "./deliberationSupport";
import { loadedConsensus } from "./consensusGrid";

const NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静"];

test("a consensus read scans no list per row, and reads every item in the standard's order", async () => {
  // Losses 5..9 in the standard's order: A.1.1 (cap 5) loses 5, 6, 7, 8, 9 capped at 5, so scores 0 for all.
  const { result, loaded } = await loadedConsensus(groupOf(NAMES, [5, 6, 7, 8, 9]));
  const find = jest.spyOn(Array.prototype, "find");
  let read: ReturnType<typeof readLoadedConsensus>;
  let calls: number;
  try {
    read = readLoadedConsensus(loaded);
  } finally {
    calls = find.mock.calls.length;
    find.mockRestore();
  }
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  const ids = allItems().map((d) => d.id);
  expect(ids.length).toBe(43);
  expect(calls).toBeLessThan(ids.length);
  expect(read.result.items.map((i) => i.id)).toEqual(ids);
  expect(read.result.items.map((i) => i.exactConsensus)).toEqual(
    result.items.map((i) => i.exactConsensus)
  );
  expect(read.result.items[0]!.scores).toEqual([0, 0, 0, 0, 0]);
  expect(read.result.exactTotal).toBe(result.exactTotal);
  expect(read.result.warnings).toEqual([]);
});
