/**
 * End to end in Chromium: the preview page (the REAL pane and Office.js adapter over the simulated Excel)
 * in the production bundle Jest's globalSetup built once, served on 127.0.0.1. Generates the scoresheet, types an over-limit
 * deduction (Excel's stop alert refuses it), pastes it and a text (validation bypassed) → the pane lists the
 * errors and the total drops; a problem click selects the cell in the grid; the .xlsx download reads back
 * with the evaluation; blank copies download per evaluator; axe finds nothing serious in the pane. The
 * secretary's merge and the report run on the same build (./merge.ts).
 * Screenshots go to test-output/e2e/.
 *
 * Without /usr/bin/chromium the test is skipped with a loud warning, or fails under CI=true.
 */
import * as fs from "fs";
import * as path from "path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Page,
} from "playwright-core";
import { readXlsxScoresheet } from "../../src/writers/xlsx";
import { outputDir } from "../support/external";
import { BUNDLE_DIR, bundleBuild } from "../support/bundleInfo";
import { axeSerious, chromiumFor, readDownload, serve } from "./browser";
import { mergeTests } from "./merge";
import { HANG_GUARD_MS } from "../support/hangGuard";
const chromiumPath = chromiumFor("the task-pane e2e test drives the preview page in Chromium");
const suite = chromiumPath ? describe : describe.skip;

/** The simulated host the preview exposes for tests (window.__gridscoreSim). */
interface PageSim {
  getCell(sheet: string, address: string): { value: unknown };
  getSelection(): { sheet: string; address: string };
}

/** The row of a line id on a table sheet, found by the hidden id column (M) like every reader does. */
async function rowOfLine(page: Page, sheet: string, lineId: string): Promise<number> {
  return page.evaluate(
    ([s, id]) => {
      const sim = (window as unknown as { __gridscoreSim: PageSim }).__gridscoreSim;
      for (let r = 1; r < 400; r += 1) if (sim.getCell(s!, `M${r}`).value === id) return r;
      return -1;
    },
    [sheet, lineId]
  );
}

async function cellValue(page: Page, sheet: string, address: string): Promise<unknown> {
  return page.evaluate(
    ([s, a]) =>
      (window as unknown as { __gridscoreSim: PageSim }).__gridscoreSim.getCell(s!, a!).value,
    [sheet, address]
  );
}

async function totalShown(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="total"]').innerText());
}

suite("task pane in Chromium against the simulated Excel (preview.html)", () => {
  const shots = outputDir("e2e");
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let context: BrowserContext | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The production bundle Jest's globalSetup built once (test/support/globalSetup.js): what ships.
    bundleBuild();
    server = await serve(BUNDLE_DIR);
    browser = await chromium.launch({
      executablePath: chromiumPath!,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    context = await browser.newContext({
      viewport: { width: 1440, height: 960 },
      acceptDownloads: true,
      locale: "zh-CN",
    });
    page = await context.newPage();
    page.on("pageerror", (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("generates, rejects, pastes, lists, selects, exports and passes axe", async () => {
    await page.goto(`${server!.url}preview.html`);
    await page.getByRole("heading", { name: "网格化治理标准体系评价" }).waitFor();
    await page
      .locator("#gridscore-pane")
      .screenshot({ path: path.join(shots, "pane-initial.png") });

    // 1. Metadata and the one primary button.
    await page.getByLabel("被评单位").fill("e2e 江宁区网格中心");
    await page.getByLabel("层级").selectOption("county");
    await page.getByLabel("评估人").fill("王评");
    await page.getByLabel("角色").selectOption("expert");
    await page.getByLabel("日期").fill("2024-05-06");
    await page.getByRole("button", { name: "生成评分表", exact: true }).click();
    await page.getByRole("button", { name: "重建评分表（保留已填内容）" }).waitFor();
    await page.locator('[data-testid="total"]').waitFor();
    await page.locator('[data-sheet-tab="A.1"]').waitFor();
    const initialTotal = await totalShown(page);
    // Nothing entered: every item at its cap (495) but A.7.1–A.7.4, which score 0 until a value is entered (60).
    expect(initialTotal).toBe(435);
    await expect(
      page.locator('tr[data-table="A.4"] [data-testid="max"]').innerText()
    ).resolves.toBe("115 计算 / 120 标注");
    await page.screenshot({ path: path.join(shots, "generated.png") });

    // 2. Typing 7 into A.1.1.1 (at most 2 points): Excel's stop alert refuses it.
    await page.locator('[data-sheet-tab="A.1"]').click();
    const row = await rowOfLine(page, "A.1", "A.1.1.1");
    expect(row).toBeGreaterThan(0);
    const cell = `G${row}`;
    await page.locator(`td[data-address="${cell}"]`).click();
    await page.keyboard.type("7");
    await page.keyboard.press("Enter");
    const alert = page.locator('[data-testid="sim-alert"]');
    await alert.waitFor();
    await expect(page.locator('[data-testid="sim-alert-message"]').innerText()).resolves.toContain(
      "A.1.1.1 本行最多扣2分"
    );
    await page.screenshot({ path: path.join(shots, "stop-alert.png") });
    await alert.getByRole("button", { name: "取消" }).click();
    await alert.waitFor({ state: "detached" });
    expect(await cellValue(page, "A.1", cell)).toBe("");

    // 3. Pasting bypasses validation: 7 into the 2-point line, and a text into the next line.
    const nextRow = await rowOfLine(page, "A.1", "A.1.1.2");
    const helper = page.locator('[data-testid="paste-helper"]');
    await helper.getByLabel("要粘贴的值（制表符分隔列，换行分隔行）").fill("7");
    await helper.getByLabel("粘贴到（左上角单元格）").fill(cell);
    await helper.getByRole("button", { name: "粘贴" }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="problems"] li[data-severity="error"]') !== null
    );
    await helper.getByLabel("要粘贴的值（制表符分隔列，换行分隔行）").fill("很多");
    await helper.getByLabel("粘贴到（左上角单元格）").fill(`G${nextRow}`);
    await helper.getByRole("button", { name: "粘贴" }).click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="problems"] li[data-severity="error"]').length >= 2
    );
    expect(await cellValue(page, "A.1", cell)).toBe(7);
    const errors = page.locator('[data-testid="problems"] li[data-severity="error"]');
    const errorTexts = await errors.allInnerTexts();
    expect(errorTexts.some((t) => t.includes("A.1.1.1") && t.includes(`单元格 ${cell}`))).toBe(
      true
    );
    expect(errorTexts.some((t) => t.includes("A.1.1.2") && t.includes(`单元格 G${nextRow}`))).toBe(
      true
    );
    await expect(page.locator('[data-testid="problem-counts"]').innerText()).resolves.toMatch(
      /^错误 [2-9]\d* 个/
    );
    // A.1.1 (5 points) is deducted to 0 by the 7: the total drops.
    await page.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="total"]')?.textContent) < before,
      initialTotal
    );
    expect(await totalShown(page)).toBeLessThan(initialTotal);
    await page.screenshot({ path: path.join(shots, "after-paste.png") });
    await page.locator("#gridscore-pane").screenshot({ path: path.join(shots, "pane-errors.png") });
    await page.locator("#sim-grid").screenshot({ path: path.join(shots, "grid.png") });

    // 4. A problem click selects its cell in the grid.
    await page.locator('[data-testid="sim-root"] td[data-address="A1"]').click();
    const overLimit = page.locator(
      `[data-testid="problems"] button[data-sheet="A.1"][data-cell="${cell}"]`
    );
    await overLimit.first().click();
    await page.waitForFunction(
      (address) =>
        document
          .querySelector(`#sim-grid td[data-address="${address}"]`)
          ?.getAttribute("aria-selected") === "true",
      cell
    );
    const selection = await page.evaluate(() =>
      (window as unknown as { __gridscoreSim: PageSim }).__gridscoreSim.getSelection()
    );
    expect(selection).toEqual({ sheet: "A.1", address: cell });

    // 5. Re-check reads the workbook again without changing anything.
    await page.getByRole("button", { name: "重新检查" }).click();
    await page.waitForFunction(
      () => document.querySelector("#gridscore-status")?.textContent === "已重新检查。"
    );

    // 6. Download .xlsx: the bytes read back as this evaluation.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载 .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("评分表-e2e 江宁区网格中心.xlsx");
    const bytes = await readDownload(download);
    fs.writeFileSync(path.join(shots, "exported.xlsx"), bytes);
    const read = await readXlsxScoresheet(bytes, download.suggestedFilename());
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const evaluation = read.sheet.evaluation;
    expect(evaluation.meta).toMatchObject({
      organization: "e2e 江宁区网格中心",
      level: "county",
      evaluator: "王评",
      role: "expert",
      date: "2024-05-06",
    });
    expect(evaluation.items["A.1.1"]?.lines?.["A.1.1.1"]).toBe(7);
    expect(evaluation.items["A.1.1"]?.lines?.["A.1.1.2"]).toBe("很多");
    expect(read.sheet.errors.map((e) => e.code)).toEqual(
      expect.arrayContaining(["above-line-max", "number-as-text"])
    );
    expect(read.sheet.report.total).toBe(await totalShown(page));

    // 7. Blank copies: one personalised workbook per evaluator.
    await page.getByLabel("评估组成员姓名").fill("张三\n李四");
    const downloads: Download[] = [];
    page.on("download", (d) => downloads.push(d));
    await page.getByRole("button", { name: "生成空白评分表" }).click();
    await page.waitForFunction(
      () => document.querySelector("#gridscore-status")?.textContent === "已生成 2 份空白评分表。",
      undefined,
      { timeout: HANG_GUARD_MS }
    );
    expect(downloads.map((d) => d.suggestedFilename())).toEqual([
      "评分表-张三.xlsx",
      "评分表-李四.xlsx",
    ]);
    const blank = await readXlsxScoresheet(await readDownload(downloads[0]!), "评分表-张三.xlsx");
    if (!blank.ok) throw new Error(JSON.stringify(blank.errors));
    expect(blank.sheet.evaluation.meta).toMatchObject({
      organization: "e2e 江宁区网格中心",
      evaluator: "张三",
    });
    expect(blank.sheet.evaluation.items).toEqual({});

    // 8. Nothing failed on the way, and axe finds nothing serious or critical in the pane.
    await expect(
      page.locator('[data-testid="notices"] [data-intent="error"]').count()
    ).resolves.toBe(0);
    await page.locator("#gridscore-pane").screenshot({ path: path.join(shots, "pane-final.png") });
    expect(await axeSerious(page, "#gridscore-pane")).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("opens in English with ?lang=en-US and passes axe before anything is written", async () => {
    const en = await page.context().newPage();
    await en.goto(`${server!.url}preview.html?lang=en-US`);
    await en.getByRole("heading", { name: "Grid governance evaluation" }).waitFor();
    await en.getByRole("button", { name: "Create scoresheet" }).waitFor();
    await en.getByText("This workbook holds no scoresheet yet", { exact: false }).first().waitFor();
    await en.locator("#gridscore-pane").screenshot({ path: path.join(shots, "pane-en-US.png") });
    expect(await axeSerious(en, "#gridscore-pane")).toEqual([]);
    await en.close();
  });

  mergeTests(() => ({ context: context!, url: server!.url, shots }));
});
