/**
 * The pane's write of an agreed reason (评议理由) or dissent (不同意见) goes through the cell-text check every other
 * write goes through (README: Inputs; review fault: it bypassed it): a text over Excel's 32,767 characters as
 * written, its `_xHHHH_` escapes counted, is refused with `text-too-long` naming the item, and nothing is written.
 */
import { CELL_TEXT_LIMIT, describeProblem } from "../../src/engine";
import { buildConsensusWorkbook, mergeExperts } from "../../src/merge";
import type { ExpertInput } from "../../src/merge";
import { a1 } from "../../src/layout";
import { agreedTextProblems } from "../../src/office/agreed";
import { CONSENSUS_SHEET_SPEC } from "../../src/merge/agreedCells";
import { groupExperts } from "./group";
import { must, setup, uninstallOffice } from "./helpers";

afterEach(() => uninstallOffice());

const EXPERTS: ExpertInput[] = groupExperts();

async function withConsensus() {
  const s = setup();
  const result = mergeExperts(EXPERTS, "mean", "2026-11-28T08:00:00.000Z");
  const model = buildConsensusWorkbook(result, {
    workbookId: "c",
    createdAt: "2026-11-28T08:00:00.000Z",
    generator: "test",
    kind: "consensus",
  });
  must(await s.adapter.writeConsensus(model));
  return s;
}

test("a reason of exactly 32,767 characters passes the check; one more is refused naming the item", () => {
  expect(CELL_TEXT_LIMIT).toBe(32767);
  const entry = { itemId: "A.1.2", agreed: 9, dissent: "" };
  expect(
    agreedTextProblems(CONSENSUS_SHEET_SPEC, { ...entry, reason: "议".repeat(32767) })
  ).toEqual([]);
  expect(
    agreedTextProblems(CONSENSUS_SHEET_SPEC, { ...entry, reason: "议".repeat(32768) })
  ).toEqual([
    {
      code: "text-too-long",
      field: "A.1.2 评议理由",
      length: 32768,
      limit: 32767,
      where: { sheet: "共识" },
    },
  ]);
});

test("the escapes count: `_x1_` is written `_x005F_x1_` (10 characters for 4 typed)", () => {
  // 3,276 × 10 + 7 = 32,767 characters as written (13,111 typed); one more typed character is 32,768.
  const text = (pad: number) => "_x1_".repeat(3276) + "a".repeat(pad);
  const entry = { itemId: "A.3.3", agreed: null, reason: "" };
  expect(agreedTextProblems(CONSENSUS_SHEET_SPEC, { ...entry, dissent: text(7) })).toEqual([]);
  const [p, ...rest] = agreedTextProblems(CONSENSUS_SHEET_SPEC, { ...entry, dissent: text(8) });
  expect(rest).toEqual([]);
  expect(p).toEqual({
    code: "text-too-long",
    field: "A.3.3 不同意见",
    length: 32768,
    limit: 32767,
    typed: 13112,
    where: { sheet: "共识" },
  });
  expect(describeProblem(p!, "en-US")).toBe(
    "the dissent (不同意见) of A.3.3: the text has 13112 characters, 32768 as written in a workbook (its _xHHHH_ escapes count), beyond Excel's cell limit of 32767; shorten it (nothing was cut)"
  );
  expect(describeProblem(p!, "zh-CN")).toBe(
    "A.3.3 不同意见：文本长 13112 个字符，写入工作簿时须转义（_xHHHH_），按写入计 32768 个字符，超过 Excel 单元格上限 32767；请缩短后再写入，原文未作改动"
  );
});

test("on the simulated host the refused reason writes nothing: the earlier decision stays", async () => {
  const { host, adapter } = await withConsensus();
  must(await adapter.writeAgreed!({ itemId: "A.1.2", agreed: 9, reason: "复核", dissent: "" }));
  host.resetSyncCount();
  const r = await adapter.writeAgreed!({
    itemId: "A.1.2",
    agreed: 8,
    reason: "理".repeat(32768),
    dissent: "",
  });
  expect(r).toEqual({
    ok: false,
    failure: {
      kind: "unwritable-text",
      problems: [
        {
          code: "text-too-long",
          field: "A.1.2 评议理由",
          length: 32768,
          limit: 32767,
          where: { sheet: "共识" },
        },
      ],
    },
  });
  expect(host.syncCount).toBe(0);
  const ids = host.getValues("共识", "B1:B120");
  const row = ids.findIndex((x) => x[0] === "A.1.2");
  const header = host.getValues("共识", "A3:AD3")[0]!;
  const cell = (h: string): unknown => host.getCell("共识", a1(row, header.indexOf(h))).value;
  expect([cell("评议后得分"), cell("评议理由")]).toEqual([9, "复核"]);
});
