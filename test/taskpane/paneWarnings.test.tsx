/**
 * @jest-environment jsdom
 *
 * Every warning the CLI prints for an input reaches the pane's view for the same action (review fault: the
 * compare view showed no warnings). A consensus workbook saved without recalculation (共识汇总!C11 caches 250)
 * warns `cached-mismatch` in `gridscore compare` and now in the 对比 section; a scoresheet with no entries warns
 * `no-entries` in `gridscore rollup` and now in the 汇总 view; a scoresheet deduction without a note warns
 * `missing-note` in `gridscore report` and now in the Report view (each beside the unfilled A.7 levels'
 * `missing-value`). Each line names its file (or sheet and cell).
 */
import "./browserGlobals";
import { deserialize, serialize } from "v8";
import { act } from "react";
import ExcelJS from "exceljs";
import { App } from "../../src/taskpane/components/App";
import { EVALUATION_FORMAT } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { stringsZhCN } from "../../src/taskpane/i18n";
import { consensusOf, groupOf } from "../merge/deliberationSupport";
import { ConsensusPanel } from "../../src/taskpane/components/ConsensusPanel";
import { a1 } from "../../src/layout";
import {
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  ELIGIBILITY_SHEET,
} from "../../src/layout/evaluationSheets";
import { setup, typeEvaluation, uninstallOffice } from "../office/helpers";
import { buttonByText, click, flush, mount, text, waitFor, type Mounted } from "./dom";

if (typeof globalThis.structuredClone !== "function")
  Reflect.set(globalThis, "structuredClone", (v: unknown): unknown => deserialize(serialize(v)));

const NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静"];
/** The missing-value warnings of an A.7 sheet whose four 等级 items are unfilled, after the file. */
const A7_UNFILLED = [
  "工作表 A.7，单元格 G4：A.7.1「服务质量」：未填写，本项暂按0分计",
  "工作表 A.7，单元格 G5：A.7.2「服务效率」：未填写，本项暂按0分计",
  "工作表 A.7，单元格 G6：A.7.3「品牌效应」：未填写，本项暂按0分计",
  "工作表 A.7，单元格 G7：A.7.4「社会效益」：未填写，本项暂按0分计",
];
let mounted: Mounted | undefined;

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
  uninstallOffice();
});

/** A consensus of five experts (losses 5, 6, 7, 8, 9: mean 7, so 488 of 495), its 共识总分 cached as 250. */
async function staleConsensus(): Promise<Uint8Array> {
  const { model } = consensusOf(groupOf(NAMES, [5, 6, 7, 8, 9]));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(model)).slice().buffer);
  const cell = wb.getWorksheet("共识汇总")!.getCell("C11");
  if (!cell.formula) throw new Error("共识汇总!C11 holds no formula");
  cell.value = { formula: cell.formula, result: 250 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A scoresheet of 甲市 as `gridscore new` writes it, with the items given. */
async function scoresheet(items: Evaluation["items"]): Promise<Uint8Array> {
  const evaluation: Evaluation = {
    format: EVALUATION_FORMAT,
    meta: { organization: "甲市", level: "city", date: "2026-10-01", evaluator: "张三" },
    items,
  };
  const model = buildScoresheet({
    evaluation,
    identity: {
      workbookId: "blank-1",
      createdAt: "2026-11-28T00:00:00Z",
      generator: "test",
      kind: "scoresheet",
    },
  });
  return writeXlsx(model);
}

async function pickFiles(input: HTMLInputElement, files: File[]): Promise<void> {
  await act(async () => {
    Object.defineProperty(input, "files", { value: files, configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await Promise.resolve();
  });
}

const region = (id: string) => document.querySelector(`[data-testid="${id}"]`);

describe("warnings in the pane", () => {
  it("对比: a stale consensus warns at its cell, as gridscore compare does", async () => {
    const stale = new File([(await staleConsensus()).slice().buffer], "共识-旧.xlsx");
    const { adapter } = setup();
    mounted = await mount(<App adapter={adapter} locale="zh-CN" />);
    await click(document.getElementById("gridscore-tab-report")!);
    await waitFor(() => region("compare-before") !== null, "the 对比 section");
    await pickFiles(region("compare-before") as HTMLInputElement, [stale]);
    await waitFor(() => region("compare-warnings") !== null, "the warnings");
    const lines = [...region("compare-warnings")!.querySelectorAll("li")].map((li) => text(li));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^提示：文件 共识-旧\.xlsx，工作表 共识汇总，单元格 C11：工作簿保存时未重新计算：共识总分（共识汇总页） 保存的结果为 250，公式完好/
    );
    expect(text(region("compare-warnings"))).toContain("提示（1）");
  });

  it("汇总: a scoresheet with no entries warns naming its file, as gridscore rollup does", async () => {
    const blank = new File([(await scoresheet({})).slice().buffer], "空白.xlsx");
    mounted = await mount(<App adapter={null} locale="zh-CN" />);
    await click(document.getElementById("gridscore-tab-rollup")!);
    await waitFor(() => region("rollup-view") !== null, "the roll-up view");
    await pickFiles(
      region("rollup-view")!.querySelector<HTMLInputElement>('[data-testid="merge-files"]')!,
      [blank]
    );
    await waitFor(() => region("rollup-warnings") !== null, "the warnings");
    const lines = [...region("rollup-warnings")!.querySelectorAll("li")].map((li) => text(li));
    // The copy has no entries at all, and the four 等级 items of A.7 are unfilled (counted 0 until filled).
    expect(lines).toEqual([
      expect.stringMatching(/^提示：文件 空白\.xlsx：/),
      ...A7_UNFILLED.map((w) => `提示：文件 空白.xlsx，${w}`),
    ]);
    // Still rolled up: one unit, no refusal, no undecided duplicate.
    expect(document.querySelectorAll('[data-testid="rollup-unit"]')).toHaveLength(1);
    expect(region("rollup-refused")).toBeNull();
    expect(region("rollup-undecided")).toBeNull();
  });

  it("报告: the scoresheet's deduction without a note warns in the Report view, as gridscore report does", async () => {
    const { host, adapter } = setup();
    const written = await adapter.writeScoresheet({ organization: "甲市" });
    expect(written.ok).toBe(true);
    typeEvaluation(host, {
      format: EVALUATION_FORMAT,
      meta: { organization: "甲市" },
      items: { "A.1.2": { lines: { "A.1.2.3": 2 } } },
    });
    const save = jest.fn();
    mounted = await mount(<App adapter={adapter} locale="zh-CN" save={save} />);
    await click(document.getElementById("gridscore-tab-report")!);
    await waitFor(() => region("report-view") !== null, "the report view");
    expect(region("report-warnings")).toBeNull();
    await click(buttonByText(stringsZhCN.report.download));
    await waitFor(() => save.mock.calls.length === 1, "the download");
    await flush();
    const lines = [...region("report-warnings")!.querySelectorAll("li")].map((li) => text(li));
    expect(lines).toEqual([
      "提示：工作表 A.1，单元格 H9：A.1.2「组织机构图有职责划分」 A.1.2.3「其他各部门标准化职责」（扣分标准：没有各部门标准化职责扣2分）：有扣分但未填写扣分说明",
      ...A7_UNFILLED.map((w) => `提示：${w}`),
    ]);
  });

  it("合并: a reason typed without an agreed score is among the merge's own notes, as gridscore merge prints it", async () => {
    // Five experts, A.1.1 with a reason and no agreed score: the merge warns reason-without-agreed (no file).
    const { result } = consensusOf(
      groupOf(NAMES, [5, 6, 7, 8, 9], { "A.1.1": { reason: "复核后一致" } })
    );
    expect(result.warnings.map((w) => w.code)).toEqual(["reason-without-agreed"]);
    mounted = await mount(<ConsensusPanel result={result} />);
    const notes = document.querySelector(`ul[aria-label="${stringsZhCN.merge.groupNotes}"]`);
    const lines = [...(notes?.querySelectorAll("li") ?? [])].map((li) => text(li));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("A.1.1");
    expect(lines[0]).toContain("复核后一致");
  });

  it("报告: a 自查总分 above the maximum on 评价条件 is listed as gridscore report prints it", async () => {
    const { host, adapter } = setup();
    expect((await adapter.writeScoresheet({ organization: "甲市" })).ok).toBe(true);
    typeEvaluation(host, {
      format: EVALUATION_FORMAT,
      meta: { organization: "甲市" },
      items: {
        "A.7.1": { value: 100 },
        "A.7.2": { value: 100 },
        "A.7.3": { level: "national" },
        "A.7.4": { level: "significant" },
      },
    });
    const ids = host.getValues(ELIGIBILITY_SHEET, `A1:${a1(80, ELIGIBILITY_COL.id)}`);
    const row = ids.findIndex((r) => r[ELIGIBILITY_COL.id] === ELIGIBILITY_IDS.score);
    expect(row).toBeGreaterThan(0);
    // Pasted, as a paste passes the cell's validation by: 600 is above the 495 the items add up to.
    host.paste(ELIGIBILITY_SHEET, a1(row, ELIGIBILITY_COL.input), [[600]]);
    const save = jest.fn();
    mounted = await mount(<App adapter={adapter} locale="zh-CN" save={save} />);
    await click(document.getElementById("gridscore-tab-report")!);
    await waitFor(() => region("report-view") !== null, "the report view");
    await click(buttonByText(stringsZhCN.report.download));
    await waitFor(() => save.mock.calls.length === 1, "the download");
    await flush();
    const lines = [...region("report-warnings")!.querySelectorAll("li")].map((li) => text(li));
    expect(lines).toEqual([
      `提示：工作表 评价条件，单元格 ${a1(row, ELIGIBILITY_COL.input)}：自查总分 600 不在 0 到 495 之间（附录A各项分值之和为495分，8.2 标注500分）；请核对自查总分`,
    ]);
  });
});
