/**
 * @jest-environment jsdom
 *
 * The Report view's after-the-verdict parts on the simulated Excel host (src/sim) through the real Office.js
 * adapter: writing the report also writes the remediation plan (整改台账) into the workbook, whose overdue rule
 * paints a row past its deadline; and the 对比 section compares two picked evaluations as `gridscore compare`
 * does: totals and verdicts, per-table deltas, items improved, worse and the same, and a plan row claimed
 * 已完成 that still loses points; from the earlier evaluation it makes the re-evaluation scoresheet
 * (`new --from` in the pane).
 */
import "./browserGlobals";
import * as fs from "fs";
import * as path from "path";
import { App } from "../../src/taskpane/components/App";
import { COMPARE_STRINGS } from "../../src/taskpane/components/ComparePanel";
import { stringsZhCN } from "../../src/taskpane/i18n";
import { indexStandard } from "../../src/standard";
import { buildReportModel, reportInputFromEvaluation } from "../../src/report/build";
import { planRows } from "../../src/report/plan";
import { buildPlanWorkbook } from "../../src/report/planSheet";
import { writeXlsx } from "../../src/writers/xlsx";
import type { Evaluation } from "../../src/engine";
import { setup, typeEvaluation } from "../office/helpers";
import ExcelJS from "exceljs";
import { COL } from "../../src/layout";
import { PREVIOUS_COL } from "../../src/layout/previousColumns";
import { buttonByText, click, clickAndAwait, flush, text, waitFor } from "./dom";
import { mountPane, openReport, pick, unmountCompare } from "./compareSupport";

const t = stringsZhCN.report;
const c = COMPARE_STRINGS["zh-CN"];
const EXAMPLE = path.join(__dirname, "..", "..", "examples", "evaluation.json");
const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as Evaluation;
const a21 = indexStandard().items.get("A.2.1")!;
const a21line = a21.kind === "deduction" ? a21.lines[0]!.id : "";

/** After remediation: A.1.2.1 and A.1.4.4 fixed, A.3.3 in place, A.7.3 up a level; a new loss on A.2.1. */
const AFTER = {
  format: "gridscore-evaluation/1",
  meta: { organization: "示例市网格化服务管理中心", date: "2027-11-28" },
  items: {
    ...example.items,
    "A.1.2": { lines: { "A.1.2.3": 2 }, notes: { "A.1.2.3": "仍缺部门职责" } },
    "A.1.4": { lines: { "A.1.4.4": { rate: 100 } } },
    "A.2.1": { lines: { [a21line]: 1 }, notes: { [a21line]: "新发现" } },
    "A.3.3": {},
    "A.7.3": { level: "national" },
  },
};

afterEach(unmountCompare);

const rows = (testId: string): string[][] =>
  [...document.querySelectorAll(`[data-testid="${testId}"] tbody tr`)].map((tr) =>
    [...tr.children].map((cell) => text(cell))
  );

describe("the Report view on the simulated host", () => {
  it("writes the report and the remediation plan; a row past its deadline is painted overdue", async () => {
    const { host, adapter } = setup();
    const written = await adapter.writeScoresheet({ organization: "示例市网格化服务管理中心" });
    expect(written.ok ? "ok" : JSON.stringify(written.failure)).toBe("ok");
    typeEvaluation(host, example);
    await mountPane(<App adapter={adapter} locale="zh-CN" />);
    await openReport();
    await click(buttonByText(t.write));
    await waitFor(() => host.getSheetNames().includes("整改台账"), "the plan sheet");
    await flush();
    expect(text(document.querySelector("#gridscore-status"))).toBe(t.written("评估报告、整改台账"));
    const keys = host.getValues("整改台账", "B8:B14").map((r) => r[0]);
    expect(keys).toEqual(["A.1.2.1", "A.1.2.3", "A.1.4.4", "A.7.3", "A.7.4", "A.7.2", "A.3.3"]);
    expect(host.getValues("整改台账", "F8:F14").map((r) => r[0])).toEqual([2, 2, 2, 5, 5, 4, 40]);
    expect(host.getValues("整改台账", "K8:K8")[0]![0]).toBe("未开始");
    // The unit types a deadline already past on the first row: the overdue rule paints it, the second stays plain.
    expect(host.evaluateConditionalFill("整改台账", "A8")).toBeNull();
    // 2020-01-31 as Excel stores a typed date (the simulator takes the serial; Excel turns the typed date into it).
    expect(host.typeValue("整改台账", "J8", "43861").accepted).toBe(true);
    expect(host.getValues("整改台账", "N8:N9")).toEqual([["逾期"], [""]]);
    expect(host.evaluateConditionalFill("整改台账", "A8")).not.toBeNull();
    expect(host.evaluateConditionalFill("整改台账", "A9")).toBeNull();
    host.typeValue("整改台账", "K8", "已完成");
    expect(host.evaluateConditionalFill("整改台账", "A8")).toBeNull();
    expect(host.getValues("整改台账", "N8:N8")).toEqual([[""]]);
  });
});

describe("the 对比 section", () => {
  it("compares two picked evaluations with a plan: totals, tables, items and claimed fixed still losing", async () => {
    const model = buildReportModel(reportInputFromEvaluation(example));
    const planBytes = await writeXlsx(
      buildPlanWorkbook({
        model,
        rows: planRows(model),
        entries: { "A.1.2.1": { status: "done" }, "A.1.2.3": { status: "done" } },
        source: "evaluation.json",
        createdAt: "2026-12-01T00:00:00.000Z",
        generator: "test",
      })
    );
    const { adapter } = setup();
    await mountPane(<App adapter={adapter} locale="zh-CN" />);
    await openReport();
    await pick("before", new File([fs.readFileSync(EXAMPLE)], "evaluation.json"));
    await pick("after", new File([JSON.stringify(AFTER)], "after.json"));
    await waitFor(
      () => document.querySelector('[data-testid="compare-result"]') !== null,
      "result"
    );
    expect(rows("compare-totals")).toEqual([
      [c.before, "2026-11-28", "435", "合格"],
      [c.after, "2027-11-28", "483", "合格"],
      [c.change, "", "+48", ""],
    ]);
    expect(rows("compare-tables")).toEqual([
      ["A.1", "54", "58", "+4"],
      ["A.2", "30", "29", "-1"],
      ["A.3", "80", "120", "+40"],
      ["A.4", "115", "115", "0"],
      ["A.5", "50", "50", "0"],
      ["A.6", "60", "60", "0"],
      ["A.7", "46", "51", "+5"],
    ]);
    expect(rows("compare-improved")).toEqual([
      ["A.1.2", "6", "8", "+2"],
      ["A.1.4", "8", "10", "+2"],
      ["A.3.3", "0", "40", "+40"],
      ["A.7.3", "5", "10", "+5"],
    ]);
    expect(rows("compare-worse")).toEqual([["A.2.1", String(a21.cap), String(a21.cap - 1), "-1"]]);
    expect(text(document.querySelector('[data-testid="compare-same"]')).split(" ")).toHaveLength(
      38
    );
    expect(rows("compare-claimed")).toEqual([]);
    expect(text(document.querySelector("#gridscore-status"))).toBe(c.compared("+48"));

    // With the plan: A.1.2.1 is fixed indeed, A.1.2.3 is claimed done and still loses 2 points.
    await pick("plan", new File([planBytes.slice().buffer], "整改台账.xlsx"));
    await waitFor(() => rows("compare-claimed").length === 1, "claimed fixed");
    expect(rows("compare-claimed")).toEqual([["A.1.2.3", "2", "2", "0"]]);
  });

  it("makes the re-evaluation scoresheet from the earlier evaluation: previous values shown, inputs empty", async () => {
    const model = buildReportModel(reportInputFromEvaluation(example));
    const planBytes = await writeXlsx(
      buildPlanWorkbook({
        model,
        rows: planRows(model),
        entries: { "A.1.2.1": { status: "done" }, "A.1.2.3": { status: "in-progress" } },
        source: "evaluation.json",
        createdAt: "2026-12-01T00:00:00.000Z",
        generator: "test",
      })
    );
    const { adapter } = setup();
    const save = jest.fn();
    await mountPane(<App adapter={adapter} locale="zh-CN" save={save} />);
    await openReport();
    await pick("before", new File([fs.readFileSync(EXAMPLE)], "evaluation.json"));
    await pick("plan", new File([planBytes.slice().buffer], "整改台账.xlsx"));
    await clickAndAwait(save, () => click(buttonByText(c.next)));
    const [bytes, name] = save.mock.calls[0] as [Uint8Array, string];
    expect(name).toBe("复评评分表-示例市网格化服务管理中心.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    expect(wb.getWorksheet("上次评估")).toBeDefined();
    const a1 = wb.getWorksheet("A.1")!;
    const row = (id: string): number => {
      for (let r = 1; r <= a1.rowCount; r++) if (a1.getCell(r, COL.id + 1).value === id) return r;
      return -1;
    };
    const shown = (id: string) => {
      const r = row(id);
      return [
        a1.getCell(r, COL.input + 1).value,
        a1.getCell(r, PREVIOUS_COL.deduction + 1).value,
        a1.getCell(r, PREVIOUS_COL.plan + 1).value,
      ];
    };
    expect(shown("A.1.2.1")).toEqual([null, 2, "已完成"]);
    expect(shown("A.1.2.3")).toEqual([null, 2, "进行中"]);
    expect(a1.getCell(row("A.1.2.1"), PREVIOUS_COL.note + 1).value).toBe(
      "张三：机构图未含标准化机构"
    );
  });

  it("refuses an evaluation with errors, naming the file and the problem", async () => {
    const { adapter } = setup();
    await mountPane(<App adapter={adapter} locale="zh-CN" />);
    await openReport();
    const bad = { ...AFTER, items: { "A.1.1": { lines: { "A.1.1.1": 9 } } } };
    await pick("after", new File([JSON.stringify(bad)], "bad.json"));
    await waitFor(
      () => document.querySelector('[data-testid="compare-message-after"]') !== null,
      "msg"
    );
    const message = text(document.querySelector('[data-testid="compare-message-after"]'));
    expect(message).toContain(c.hasErrors("bad.json", 1));
    expect(message).toContain("A.1.1.1");
    expect(document.querySelector('[data-testid="compare-result"]')).toBeNull();
  });
});
