/**
 * The secretary's merge in Chromium, on the same build as the pane test: the Merge view's code loads only
 * when its tab is chosen (by keyboard); five workbooks generated here are picked through the file input;
 * the consensus shows the flagged items first and follows the method; the consensus sheets go into the
 * simulated workbook (共识汇总 appears in the grid, its total the pane's); axe finds nothing serious; the
 * Word report of the consensus downloads (docx in a real browser) and the report sheet is written. A text pasted
 * into another item's 评议后得分 on 共识 draws the mergeAgreedSheet warning on the next agreed score recorded
 * (read at 320 px), which goes once the cell is cleared. Screenshots: test-output/e2e/merge-*.png.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { A12_CONSENSUS, GROUP, expertWorkbook } from "../office/group";
import { zipEntry } from "../report/support";
import { axeSerious, overflowing, readDownload } from "./browser";
import { HANG_GUARD_MS } from "../support/hangGuard";
import { describeProblem, describeWhere } from "../../src/engine";
import { a1 } from "../../src/layout";
import { checkAgreed } from "../../src/merge";
import { indexStandard } from "../../src/standard";
import { stringsZhCN } from "../../src/taskpane/i18n";

/** What the pane test's suite shares with these tests once its beforeAll has run. */
export interface E2eEnv {
  readonly context: BrowserContext;
  readonly url: string;
  readonly shots: string;
}

interface SimNames {
  getNames(): { name: string; value: unknown }[];
  getSheetNames(): string[];
  getCell(sheet: string, address: string): { value: unknown };
  getValues(sheet: string, address: string): unknown[][];
}

async function consensusTotalInWorkbook(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      (window as unknown as { __gridscoreSim: SimNames }).__gridscoreSim
        .getNames()
        .find((n) => n.name === "Consensus_Total")?.value
  );
}

const status = (page: Page): Promise<string> => page.locator("#gridscore-status").innerText();

/** The 共识 sheet's cell of an item's column (by its header in row 3), read from the simulated host. */
async function consensusCell(page: Page, itemId: string, header: string): Promise<string> {
  const at = await page.evaluate(
    ([id, h]) => {
      const sim = (window as unknown as { __gridscoreSim: SimNames }).__gridscoreSim;
      const ids = sim.getValues("共识", "B1:B120").map((r) => r[0]);
      return { row: ids.indexOf(id), col: sim.getValues("共识", "A3:AD3")[0]!.indexOf(h) };
    },
    [itemId, header] as const
  );
  expect(at.row).toBeGreaterThan(0);
  expect(at.col).toBeGreaterThan(0);
  return a1(at.row, at.col);
}

async function consensusValue(page: Page, address: string): Promise<unknown> {
  return page.evaluate(
    (a) =>
      (window as unknown as { __gridscoreSim: SimNames }).__gridscoreSim.getCell("共识", a).value,
    address
  );
}

/** Records A.1.2's agreed score 8 with `reason` through its form and waits for the pane to write it. */
async function agreeOnA12(page: Page, reason: string): Promise<void> {
  const d = stringsZhCN.merge.deliberation;
  const form = page.locator('[data-item="A.1.2"] [data-testid="agreed-form"]');
  await form.locator('[data-testid="agreed-score"]').fill("8");
  await form.locator('[data-testid="agreed-reason"]').fill(reason);
  await form.getByRole("button", { name: d.record }).click();
  await page.waitForFunction(
    (expected) => document.querySelector("#gridscore-status")?.textContent === expected,
    d.written("A.1.2", "共识"),
    { timeout: HANG_GUARD_MS }
  );
}

/**
 * A text typed (pasted) into another item's 评议后得分 on the 共识 sheet: the next agreed score written warns of
 * it (a warning, the CLI's problem text naming the cell and the item), read at Excel's narrowest pane (320 px);
 * cleared, the next write finds nothing and the warning goes.
 */
async function agreedSheetWarning(page: Page, shots: string): Promise<void> {
  const cell = await consensusCell(page, "A.1.1", "评议后得分");
  await page.locator('[data-sheet-tab="共识"]').click();
  const helper = page.locator('[data-testid="paste-helper"]');
  await helper.getByLabel("要粘贴的值（制表符分隔列，换行分隔行）").fill("待定");
  await helper.getByLabel("粘贴到（左上角单元格）").fill(cell);
  await helper.getByRole("button", { name: "粘贴" }).click();
  await page.locator(`#sim-grid td[data-address="${cell}"]`).filter({ hasText: "待定" }).waitFor();
  expect(await consensusValue(page, cell)).toBe("待定");

  const narrow = await page.addStyleTag({
    content: "#gridscore-pane { width: 320px !important; }",
  });
  await agreeOnA12(page, "复核");
  const notice = page.locator('[data-operation="mergeAgreedSheet"]');
  await notice.waitFor({ timeout: HANG_GUARD_MS });
  expect(await notice.getAttribute("data-intent")).toBe("warning");
  const cap = indexStandard().items.get("A.1.1")!.cap;
  const cli = checkAgreed("A.1.1", cap, "待定", "").problems.map((p) => ({
    ...p,
    where: { sheet: "共识", cell },
  }));
  expect(cli.map((p) => p.code)).toEqual(["agreed-score-invalid"]);
  const shown = await notice.innerText();
  expect(shown).toContain(stringsZhCN.failures.titles.mergeAgreedSheet);
  // Where and what in the CLI's words, without its 错误 label: the notice is a warning.
  expect(shown).toContain(
    `${describeWhere(cli[0]!.where, "zh-CN")}${describeProblem(cli[0]!, "zh-CN")}`
  );
  expect(shown).not.toContain("错误");
  expect(shown).toContain(cell);
  expect(shown).toContain("A.1.1");
  await notice.scrollIntoViewIfNeeded();
  expect(await overflowing(page)).toEqual([]);
  expect(await axeSerious(page, "#gridscore-pane")).toEqual([]);
  await page
    .locator("#gridscore-pane")
    .screenshot({ path: path.join(shots, "merge-agreed-warning.png") });

  // Cleared in the grid (Delete): the next write finds nothing, and the warning goes.
  await page.locator(`#sim-grid td[data-address="${cell}"]`).click();
  await page.keyboard.press("Delete");
  await page.waitForFunction(
    (a) =>
      ((window as unknown as { __gridscoreSim: SimNames }).__gridscoreSim.getCell("共识", a)
        .value ?? "") === "",
    cell
  );
  await agreeOnA12(page, "复核后改定");
  await notice.waitFor({ state: "detached", timeout: HANG_GUARD_MS });
  await narrow.evaluate((el) => el.parentNode?.removeChild(el));
}

/** Registers the merge tests inside the pane test's suite (one webpack build for both). */
export function mergeTests(env: () => E2eEnv): void {
  it("merges five returned workbooks, writes the consensus sheets and reports on them", async () => {
    const { context, url, shots } = env();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-e2e-merge-"));
    const files = await Promise.all(
      GROUP.map(async (name, k) => {
        const file = path.join(dir, `${name}.xlsx`);
        fs.writeFileSync(file, await expertWorkbook(k));
        return file;
      })
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    const scripts: string[] = [];
    page.on("request", (req) => {
      if (req.resourceType() === "script") scripts.push(new URL(req.url()).pathname);
    });
    try {
      await page.goto(`${url}preview.html`);
      await page.getByRole("button", { name: "生成评分表", exact: true }).waitFor();
      expect(scripts.some((s) => /merge-view|merge-reader|exceljs/.test(s))).toBe(false);

      // 1. The view switch by keyboard: → then Enter on the tab list.
      await page.getByRole("tab", { name: "评分表" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.locator('[data-testid="merge-view"]').waitFor();
      expect(await page.getByRole("tab", { name: "合并" }).getAttribute("aria-selected")).toBe(
        "true"
      );
      expect(scripts.some((s) => s.includes("merge-view"))).toBe(true);
      await page
        .locator("#gridscore-pane")
        .screenshot({ path: path.join(shots, "merge-empty.png") });

      // 2. Five workbooks through the file input: the experts, the consensus, the flagged items first.
      await page.locator('[data-testid="merge-files"]').setInputFiles(files);
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="expert-row"]').length === 5,
        undefined,
        { timeout: HANG_GUARD_MS }
      );
      await page.locator('[data-testid="consensus"]').waitFor();
      const rows = page.locator('[data-testid="expert-row"]');
      expect(await rows.locator("td").first().innerText()).toBe("张一");
      const first = page.locator('[data-testid="consensus-items"] li').first();
      expect(await first.getAttribute("data-item")).toBe("A.1.2");
      expect(await first.getAttribute("data-flagged")).toBe("true");
      expect(await first.locator('[data-testid="item-consensus"]').innerText()).toBe("7.4 / 10");
      await page.locator("#gridscore-pane").screenshot({
        path: path.join(shots, "merge-consensus.png"),
      });

      // 3. The method: median.
      await page.getByRole("radio", { name: "中位数" }).check();
      await page.waitForFunction(
        (expected) =>
          document.querySelector('[data-item="A.1.2"] [data-testid="item-consensus"]')
            ?.textContent === expected,
        `${A12_CONSENSUS.median} / 10`
      );
      const total = await page.locator('[data-testid="consensus-total"]').innerText();

      // 4. axe on the Merge view with everything shown.
      expect(await axeSerious(page, "#gridscore-pane")).toEqual([]);

      // 5. The consensus sheets into the simulated workbook: the grid shows 共识汇总 with the same total.
      await page.getByRole("button", { name: "写入共识工作表" }).click();
      await page.waitForFunction(
        () => document.querySelector("#gridscore-status")?.textContent?.startsWith("已写入工作表"),
        undefined,
        { timeout: HANG_GUARD_MS }
      );
      expect(await status(page)).toContain("共识汇总、共识");
      const tab = page.locator('[data-sheet-tab="共识汇总"]');
      await tab.waitFor();
      expect(await tab.getAttribute("aria-selected")).toBe("true");
      await page.locator('#sim-grid td[data-address="A1"]').filter({ hasText: "共识" }).waitFor();
      expect(Number(await consensusTotalInWorkbook(page))).toBeCloseTo(Number(total), 2);
      await page.screenshot({ path: path.join(shots, "merge-written.png") });

      // 5b. Another item's 评议后得分 the sheet does not apply (a text): recording an agreed score warns of it.
      await agreedSheetWarning(page, shots);

      // 6. The consensus report: Word (docx in the browser) and the report sheet.
      await page.getByRole("tab", { name: "报告" }).click();
      await page.locator('[data-testid="report-view"]').waitFor();
      await page.getByRole("radio", { name: "合并视图中最近一次的共识评分" }).check();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "下载评估报告（Word）" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("评估报告-示例市网格化服务管理中心.docx");
      const docx = await readDownload(download);
      fs.writeFileSync(path.join(shots, "merge-report.docx"), docx);
      expect(zipEntry(docx, "word/document.xml")).toContain("示例市网格化服务管理中心");
      await page.getByRole("button", { name: "写入评估报告工作表" }).click();
      await page.locator('[data-sheet-tab="评估报告"]').waitFor();
      await page.screenshot({ path: path.join(shots, "merge-report.png") });
      expect(await axeSerious(page, "#gridscore-pane")).toEqual([]);
      await expect(page.locator('#gridscore-pane [data-intent="error"]').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
