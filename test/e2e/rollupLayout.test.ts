/**
 * Checked by looking (issue 14): the roll-up view (汇总) in Chromium at Excel's narrowest pane (320 px) and at
 * 450 px, zh-CN and en-US, with what a provincial office's folder holds: units with long names (CJK, and Latin
 * without a space to break at), two evaluations of one unit on the same day (the undecided notice) and a file
 * that is no workbook (refused). No control runs past the pane or overlaps another, no text runs past the pane's
 * edge or is cut inside its box, and the notice, the refused file and every unit are shown. Screenshots go to
 * test-output/pane-layout/rollup-*.png for a person to open.
 *
 * Without /usr/bin/chromium the test is skipped with a loud warning, or fails under CI=true.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { outputDir } from "../support/external";
import { chromiumFor, overflowing, panePages } from "./browser";
import { expertEvaluation } from "../office/group";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import type { Evaluation } from "../../src/engine";

const chromiumPath = chromiumFor("the roll-up view's layout is checked in Chromium");
const suite = chromiumPath ? describe : describe.skip;

const LONG_CJK = "某某省某某市某某区网格化服务管理中心".repeat(4);
const LONG_LATIN = "Xiangyang-District-Grid-Governance-Service-Management-Centre-of-the-City";
const SAME_DAY = "示例区网格化服务管理中心";

/** One unit's scoresheet as .xlsx bytes (its own workbook id: the roll-up treats each as an evaluation). */
async function unitWorkbook(n: number, evaluation: Evaluation): Promise<Uint8Array> {
  const model = buildScoresheet({
    evaluation,
    identity: {
      workbookId: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
      createdAt: "2026-11-20T08:00:00.000Z",
      generator: "test",
      kind: "scoresheet",
    },
  });
  return writeXlsx(model);
}

/** Text (not only controls) whose box passes the pane's right edge, or that is cut inside a box that hides overflow. */
async function textCut(page: Page, root: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const pane = document.querySelector<HTMLElement>("#gridscore-pane")!;
    const edge = pane.getBoundingClientRect().right - (pane.offsetWidth - pane.clientWidth);
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${sel} *`)) {
      if (el.offsetParent === null || !el.textContent?.trim()) continue;
      const r = el.getBoundingClientRect();
      const label = `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 24)}"`;
      if (r.right > edge + 0.5)
        out.push(`${label} ends at ${r.right.toFixed(0)} > ${edge.toFixed(0)}`);
      const style = getComputedStyle(el);
      if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
        out.push(`${label} is cut: ${el.scrollWidth} wide in ${el.clientWidth}`);
    }
    return out;
  }, root);
}

suite("the roll-up view's layout at 320 and 450 px, zh-CN and en-US", () => {
  const pages = panePages(chromiumPath!);
  const dir = outputDir("pane-layout");
  const inputs = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-rollup-layout-"));
  const files: string[] = [];

  beforeAll(async () => {
    const units: [string, Evaluation][] = [
      ["长名称.xlsx", expertEvaluation(1, LONG_CJK)],
      ["latin.xlsx", expertEvaluation(2, LONG_LATIN)],
      ["同日-甲.xlsx", expertEvaluation(3, SAME_DAY)],
      // The same unit, level and date as 同日-甲 with another A.7.1 value: which one is final is undecided.
      [
        "同日-乙.xlsx",
        {
          ...expertEvaluation(3, SAME_DAY),
          items: { ...expertEvaluation(3, SAME_DAY).items, "A.7.1": { value: 60 } },
        },
      ],
    ];
    for (const [i, [name, evaluation]] of units.entries()) {
      const file = path.join(inputs, name);
      fs.writeFileSync(file, await unitWorkbook(i + 1, evaluation));
      files.push(file);
    }
    const notAWorkbook = path.join(inputs, "不是工作簿.xlsx");
    fs.writeFileSync(notAWorkbook, "这是一段文字，不是工作簿\n");
    files.push(notAWorkbook);
  });

  afterAll(() => {
    fs.rmSync(inputs, { recursive: true, force: true });
  });

  const cases = [
    ["zh-CN", 320],
    ["zh-CN", 450],
    ["en-US", 320],
    ["en-US", 450],
  ] as const;

  it.each(cases)(
    "%s at %i px: units, notice and refusal shown, nothing overflows",
    async (lang, width) => {
      const page = await pages.open(lang, width, 1600);
      await page.addStyleTag({ content: `#gridscore-pane { width: ${width}px !important; }` });
      await page.getByRole("tab", { name: lang === "en-US" ? "Roll-up" : "汇总" }).click();
      await page.locator('[data-testid="rollup-view"]').waitFor();
      await page.locator('[data-testid="rollup-view"] input[type="file"]').setInputFiles(files);
      await page.locator('[data-testid="rollup-refused"]').waitFor();
      await page.locator('[data-testid="rollup-undecided"]').waitFor();

      // What the office needs to see: every unit, the notice naming both files, the refused file.
      const units = await page.locator('[data-testid="rollup-unit"] th').allInnerTexts();
      expect(units).toHaveLength(4);
      expect(units.some((u) => u.replace(/\s/g, "").includes(LONG_CJK))).toBe(true);
      expect(units.some((u) => u.replace(/\s/g, "").includes(LONG_LATIN))).toBe(true);
      const notice = await page.locator('[data-testid="rollup-undecided"]').innerText();
      expect(notice).toContain("同日-甲.xlsx");
      expect(notice).toContain("同日-乙.xlsx");
      expect(await page.locator('[data-testid="rollup-refused"]').innerText()).toContain(
        "不是工作簿.xlsx"
      );

      // The level and verdict in the pane's language; a CJK header or level is not broken between its letters.
      const row = page.locator('[data-testid="rollup-unit"]').last();
      const [level, , verdict] = await row.locator("td").allInnerTexts();
      expect(level).toBe(lang === "en-US" ? "City (provincial-administered)" : "省辖市");
      expect(verdict!.replace(/\s+/g, " ")).toBe(lang === "en-US" ? "Pass (合格)" : "合格");
      const oneLine = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="rollup-units"] thead th')].map(
          (th) => {
            const range = document.createRange();
            range.selectNodeContents(th);
            return `${th.innerText}:${range.getClientRects().length}`;
          }
        )
      );
      expect(oneLine.filter((t) => !/^[^A-Za-z]*:1$/.test(t) && /[\u4e00-\u9fff]/.test(t))).toEqual(
        []
      );

      const found = [
        ...(await overflowing(page)),
        ...(await textCut(page, '[data-testid="rollup-view"]')),
      ];
      await page
        .locator("#gridscore-pane")
        .screenshot({ path: path.join(dir, `rollup-${lang}-${width}.png`) });
      await page.close();
      expect(found).toEqual([]);
    }
  );
});
