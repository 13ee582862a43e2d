/**
 * writeAgreed on the simulated host (issue 12): without a 共识 sheet it writes nothing and says why; with one, the
 * item row's deliberation cells take the entry and the sheet's formulas follow; clearing puts the method back.
 */
import { buildConsensusWorkbook, mergeExperts } from "../../src/merge";
import type { ExpertInput } from "../../src/merge";
import { a1 } from "../../src/layout";
import { groupExperts } from "./group";
import { must, setup, uninstallOffice } from "./helpers";

afterEach(() => uninstallOffice());

const EXPERTS: ExpertInput[] = groupExperts();

test("without the consensus sheets nothing is written and the failure says so", async () => {
  const { adapter } = setup();
  const r = await adapter.writeAgreed!({ itemId: "A.1.2", agreed: 8, reason: "x", dissent: "" });
  expect(r).toMatchObject({ ok: false, failure: { kind: "not-a-scoresheet" } });
});

test("writes the entry into the item row and the consensus follows; clearing restores the method's result", async () => {
  const { host, adapter } = setup();
  const result = mergeExperts(EXPERTS, "mean", "2026-11-28T08:00:00.000Z");
  const model = buildConsensusWorkbook(result, {
    workbookId: "c",
    createdAt: "2026-11-28T08:00:00.000Z",
    generator: "test",
    kind: "consensus",
  });
  must(await adapter.writeConsensus(model));
  host.resetSyncCount();
  const summary = must(
    await adapter.writeAgreed!({ itemId: "A.1.2", agreed: 9, reason: "复核", dissent: "赵四：4分" })
  );
  expect(summary).toMatchObject({ syncs: 3, sheets: ["共识"] });
  expect(host.syncCount).toBe(3);
  const ids = host.getValues("共识", "B1:B120");
  const row = ids.findIndex((r) => r[0] === "A.1.2");
  const header = host.getValues("共识", "A3:AD3")[0]!;
  const cell = (h: string): unknown => host.getCell("共识", a1(row, header.indexOf(h))).value;
  expect([cell("评议后得分"), cell("评议理由"), cell("不同意见"), cell("共识")]).toEqual([
    9,
    "复核",
    "赵四：4分",
    9,
  ]);
  const total = host.getNames().find((n) => n.name === "Consensus_Total")!.value as number;
  // A.1.2's mean 7.4 became 9.
  expect(total).toBeCloseTo(result.total + 1.6, 9);
  must(await adapter.writeAgreed!({ itemId: "A.1.2", agreed: null, reason: "", dissent: "" }));
  expect(cell("共识")).toBe(7.4);
  expect(cell("评议检查")).toBe("");
});
