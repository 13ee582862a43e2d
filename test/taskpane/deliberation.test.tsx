/**
 * @jest-environment jsdom
 *
 * The Merge view's deliberation on the simulated host with the real adapter (issue 12): the agreement reading,
 * the deviations and the 畸高畸低 marks are shown; an agreed score outside [0, cap] or without a reason is refused
 * with the item named and nothing written; a valid one with its reason goes into the 共识 sheet's input cells,
 * whose formulas move the consensus total, and into the pane's own figures.
 */
import "./browserGlobals";
import { act } from "react";
import * as v8 from "v8";
import { App } from "../../src/taskpane/components/App";
import type { SimHost } from "../../src/sim";
import { setup, typeWithFormat, uninstallOffice } from "../office/helpers";
import type { ScoresheetAdapter } from "../../src/office";
import { a1 } from "../../src/layout";
import { agreementReading, checkAgreed } from "../../src/merge";
import { describeProblem, describeWhere } from "../../src/engine";
import { dateSerial, gridDateText } from "../../src/layout";
import { serialToGridDate } from "../../src/layout/dateFormat";
import { stringsZhCN } from "../../src/taskpane/i18n";
import { GROUP, expertWorkbook } from "../office/group";
import { buttonByText, click, flush, mount, setValue, text, waitFor, type Mounted } from "./dom";

// jsdom lacks structuredClone, which the simulated host uses (as simGrid.test.tsx provides it).
Object.assign(globalThis, {
  structuredClone: <T,>(value: T): T => v8.deserialize(v8.serialize(value)) as T,
});

const NOW = new Date("2026-11-28T08:00:00.000Z");
const d = stringsZhCN.merge.deliberation;
let files: File[] = [];
let mounted: Mounted | undefined;

beforeAll(async () => {
  files = await Promise.all(
    GROUP.map(
      async (name, k) => new File([(await expertWorkbook(k)).slice().buffer], `${name}.xlsx`)
    )
  );
});

afterEach(() => {
  uninstallOffice();
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
});

function simAdapter(): { host: SimHost; adapter: ScoresheetAdapter } {
  return setup();
}

/** Writes the consensus sheets through the pane and waits for its answer (the status line or a notice). */
async function writeConsensus(host: SimHost): Promise<void> {
  await click(buttonByText(stringsZhCN.merge.write));
  await waitFor(
    () =>
      text(document.querySelector("#gridscore-status")).startsWith("已写入") ||
      document.querySelector('[data-operation="mergeWrite"]') !== null,
    "the pane's answer to the write"
  );
  expect(text(document.querySelector('[data-operation="mergeWrite"]'))).toBe("");
  expect(host.getSheetNames()).toContain("共识");
}

async function renderWithFiles(
  adapter: ScoresheetAdapter,
  locale: "zh-CN" | "en-US" = "zh-CN"
): Promise<void> {
  mounted = await mount(<App adapter={adapter} locale={locale} now={() => NOW} />);
  await click(document.getElementById("gridscore-tab-merge")!);
  await waitFor(
    () => document.querySelector('[data-testid="merge-view"]') !== null,
    "the merge view"
  );
  const input = document.querySelector<HTMLInputElement>('[data-testid="merge-files"]')!;
  await act(async () => {
    Object.defineProperty(input, "files", { value: files, configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await Promise.resolve();
  });
  await waitFor(
    () => document.querySelectorAll('[data-testid="expert-row"]').length === 5,
    "the files"
  );
  await flush();
}

const item = (id: string): Element => document.querySelector(`[data-item="${id}"]`)!;
const shown = (testId: string, scope: ParentNode = document): string =>
  text(scope.querySelector(`[data-testid="${testId}"]`));

function nameValue(host: SimHost, name: string): unknown {
  return host.getNames().find((n) => n.name === name)?.value;
}

function consensusRow(host: SimHost, id: string): { row: number; col: (h: string) => number } {
  const ids = host.getValues("共识", "B1:B120");
  const header = host.getValues("共识", "A3:AD3")[0]!;
  return { row: ids.findIndex((r) => r[0] === id), col: (h) => header.indexOf(h) };
}

describe("the Merge view's deliberation on the simulated host", () => {
  it("shows α with its reading, each expert's deviation and the 畸高畸低 marks", async () => {
    const { adapter } = simAdapter();
    await renderWithFiles(adapter);
    const line = /^评估组一致性：Krippendorff α = ([-\d.]+)（(.+)）$/.exec(
      shown("agreement-reading")
    );
    expect(line).not.toBeNull();
    // The merge's own reading of the α shown (not near a threshold here, so rounding cannot move it).
    expect(line![2]).toBe(agreementReading(Number(line![1]), "zh-CN"));
    const deviations = [...document.querySelectorAll('[data-testid="deviation-row"]')];
    expect(deviations.map((r) => text(r.querySelector("th")))).toEqual([...GROUP]);
    // Totals 495, 493, 492, 487, 487 (A.1.2 and A.2.2 lose a few points): all within 30% of the mean, no mark.
    expect(deviations.every((r) => r.getAttribute("data-needs-explanation") === "false")).toBe(
      true
    );
    // A.1.2 scores 10, 10, 9, 4, 4: each 4 is 5.5 from the others' median (10, 10, 9, 4 → 9.5), at least half of 10.
    expect(shown("item-outliers", item("A.1.2"))).toBe("赵四、钱五");
  });

  it("reads α in English in an English pane, as merge --json's readingEn", async () => {
    const { adapter } = simAdapter();
    await renderWithFiles(adapter, "en-US");
    const line = /^Group agreement: Krippendorff's α = ([-\d.]+) \((.+)\)$/.exec(
      shown("agreement-reading")
    );
    expect(line).not.toBeNull();
    expect(line![2]).toBe(agreementReading(Number(line![1]), "en-US"));
    expect(line![2]).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("marks the experts beyond a deviation limit set in the pane, and keeps the last valid one on bad input", async () => {
    const { adapter } = simAdapter();
    await renderWithFiles(adapter);
    const limit = document.querySelector<HTMLInputElement>(
      '[data-testid="merge-deviation-limit"]'
    )!;
    expect(limit.value).toBe("30");
    // Totals 495, 493, 492, 487, 487; mean 490.8: deviations +0.86%, +0.45%, +0.24%, −0.77%, −0.77%.
    await setValue(limit, "0.5");
    const marks = (): (string | null)[] =>
      [...document.querySelectorAll('[data-testid="deviation-row"]')].map((r) =>
        r.getAttribute("data-needs-explanation")
      );
    expect(marks()).toEqual(["true", "false", "false", "true", "true"]);
    expect([...document.querySelectorAll('[data-testid="deviation"]')].map((e) => text(e))).toEqual(
      ["+0.86%", "+0.45%", "+0.24%", "-0.77%", "-0.77%"]
    );
    expect(text(document.querySelector('[data-testid="deviation-row"]'))).toContain(
      d.needsExplanation("0.5")
    );
    await setValue(limit, "abc");
    expect(text(document.body)).toContain(d.limitInvalid);
    expect(marks()).toEqual(["true", "false", "false", "true", "true"]);
  });

  it("refuses an agreed score outside [0, cap] or without a reason, naming the item, and writes nothing", async () => {
    const { host, adapter } = simAdapter();
    await renderWithFiles(adapter);
    await writeConsensus(host);
    const form = item("A.1.2").querySelector('[data-testid="agreed-form"]')!;
    const { row, col } = consensusRow(host, "A.1.2");
    await setValue(form.querySelector('[data-testid="agreed-score"]')!, "11");
    await setValue(form.querySelector('[data-testid="agreed-reason"]')!, "复核");
    await click(buttonByText(d.record, form));
    expect(shown("agreed-errors", form)).toContain("A.1.2");
    expect(shown("agreed-errors", form)).toContain("不在0到本项分值 10 之间");

    await setValue(form.querySelector('[data-testid="agreed-score"]')!, "8");
    await setValue(form.querySelector('[data-testid="agreed-reason"]')!, " ");
    await click(buttonByText(d.record, form));
    expect(shown("agreed-errors", form)).toContain(
      "A.1.2「组织机构图有职责划分」：填写了评议后得分 8，但未填写评议理由"
    );
    expect(host.getCell("共识", a1(row, col("评议后得分"))).value ?? "").toBe("");
  });

  it("writes a valid agreed score with its reason and dissent into the 共识 sheet, whose total follows", async () => {
    const { host, adapter } = simAdapter();
    await renderWithFiles(adapter);
    await writeConsensus(host);
    const before = nameValue(host, "Consensus_Total") as number;
    expect(shown("consensus-total")).toBe("490.8");
    const form = item("A.1.2").querySelector('[data-testid="agreed-form"]')!;
    await setValue(form.querySelector('[data-testid="agreed-score"]')!, "8");
    await setValue(
      form.querySelector('[data-testid="agreed-reason"]')!,
      "现场核查后评估组一致改定"
    );
    await setValue(form.querySelector('[data-testid="agreed-dissent"]')!, "赵四：应维持4分");
    await click(buttonByText(d.record, form));
    await waitFor(
      () => text(document.querySelector("#gridscore-status")) === d.written("A.1.2", "共识"),
      "the decision to be written"
    );
    const { row, col } = consensusRow(host, "A.1.2");
    expect(host.getCell("共识", a1(row, col("评议后得分"))).value).toBe(8);
    expect(host.getCell("共识", a1(row, col("评议理由"))).value).toBe("现场核查后评估组一致改定");
    expect(host.getCell("共识", a1(row, col("不同意见"))).value).toBe("赵四：应维持4分");
    expect(host.getCell("共识", a1(row, col("评议检查"))).value).toBe("已评议：采用评议后得分");
    expect(host.getCell("共识", a1(row, col("共识"))).value).toBe(8);
    // The mean 7.4 became 8: the sheet's total and the pane's rise by 0.6.
    expect(nameValue(host, "Consensus_Total")).toBeCloseTo(before + 0.6, 9);
    expect(shown("consensus-total")).toBe("491.4");
    expect(shown("item-resolved", item("A.1.2"))).toBe(
      "方法结果 7.4 → 评议后得分 8（现场核查后评估组一致改定）"
    );
    expect(shown("item-dissent", item("A.1.2"))).toBe("赵四：应维持4分");
  });

  it("warns of a date typed into another item's 评议后得分 after agreeing on an item, until a write finds none", async () => {
    const { host, adapter } = simAdapter();
    await renderWithFiles(adapter);
    await writeConsensus(host);
    // "3/5" typed in Excel into A.1.1's agreed score (cap 5): serial 46086 in a date format.
    const other = consensusRow(host, "A.1.1");
    const typed = a1(other.row, other.col("评议后得分"));
    await typeWithFormat(host, "共识", typed, 46086, "yyyy/m/d");
    const agreeOnA12 = async (reason: string): Promise<void> => {
      const form = item("A.1.2").querySelector('[data-testid="agreed-form"]')!;
      await setValue(form.querySelector('[data-testid="agreed-score"]')!, "8");
      await setValue(form.querySelector('[data-testid="agreed-reason"]')!, reason);
      await click(buttonByText(d.record, form));
      await waitFor(
        () => text(document.querySelector("#gridscore-status")) === d.written("A.1.2", "共识"),
        "the decision to be written"
      );
    };
    await agreeOnA12("复核");
    const notice = (): Element | null =>
      document.querySelector('[data-operation="mergeAgreedSheet"]');
    await waitFor(() => notice() !== null, "the warning");
    expect(notice()!.getAttribute("data-intent")).toBe("warning");
    expect(text(notice())).toContain(stringsZhCN.failures.titles.mergeAgreedSheet);
    // The CLI's problem for the same cell: checkAgreed on the serial, with the day the cell shows.
    const day = serialToGridDate(46086);
    const cli = checkAgreed("A.1.1", 5, dateSerial(day), "").problems.map((p) => ({
      ...p,
      date: gridDateText(day),
      where: { sheet: "共识", cell: typed },
    }));
    expect(cli.map((p) => p.code)).toEqual(["agreed-score-invalid"]);
    // Where and what in the CLI's words, without its 错误 label: the notice is a warning.
    expect(text(notice())).toContain(
      `${describeWhere(cli[0]!.where, "zh-CN")}${describeProblem(cli[0]!, "zh-CN")}`
    );
    expect(text(notice())).not.toContain("错误");
    expect(text(notice())).toContain("2026-03-05");

    // Cleared in Excel: the next write finds nothing, and the warning goes.
    await typeWithFormat(host, "共识", typed, "", "General");
    await agreeOnA12("复核后改定");
    await waitFor(() => notice() === null, "the warning to go");
  });
});
