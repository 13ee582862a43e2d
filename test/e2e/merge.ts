/**
 * The secretary's merge in Chromium, on the same build as the pane test: the Merge view's code loads only
 * when its tab is chosen (by keyboard); five workbooks generated here are picked through the file input;
 * the consensus shows the flagged items first and follows the method; the consensus sheets go into the
 * simulated workbook (共识汇总 appears in the grid, its total the pane's); axe finds nothing serious; the
 * Word report of the consensus downloads (docx in a real browser) and the report sheet is written.
 * Screenshots: test-output/e2e/merge-*.png.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { A12_CONSENSUS, GROUP, expertWorkbook } from "../office/group";
import { zipEntry } from "../report/support";
import { axeSerious, readDownload } from "./browser";
import { HANG_GUARD_MS } from "../support/hangGuard";

/** What the pane test's suite shares with these tests once its beforeAll has run. */
export interface E2eEnv {
  readonly context: BrowserContext;
  readonly url: string;
  readonly shots: string;
}

interface SimNames {
  getNames(): { name: string; value: unknown }[];
  getSheetNames(): string[];
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
