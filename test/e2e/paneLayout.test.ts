/**
 * Checked by looking (issue 11): the task pane in zh-CN and en-US at 320 px and 450 px wide (Excel's narrowest
 * and a common width), after generating the scoresheet. No control's box runs past the pane's right edge, and
 * no control overlaps another in its row. Screenshots go to test-output/pane-layout/ for a person to open.
 *
 * Without /usr/bin/chromium the test is skipped with a loud warning, or fails under CI=true.
 */
import * as path from "path";
import { outputDir } from "../support/external";
import { chromiumFor, overflowing, panePages } from "./browser";

const chromiumPath = chromiumFor("the pane's layout is checked in Chromium");
const suite = chromiumPath ? describe : describe.skip;

suite("the task pane's layout at 320 and 450 px, zh-CN and en-US", () => {
  const pages = panePages(chromiumPath!);
  const dir = outputDir("pane-layout");

  const cases = [
    ["zh-CN", 320],
    ["zh-CN", 450],
    ["en-US", 320],
    ["en-US", 450],
  ] as const;

  it.each(cases)("%s at %i px: no control overflows the pane", async (lang, width) => {
    const page = await pages.open(lang, width, 1400);
    await page.addStyleTag({
      content: `#gridscore-pane { width: ${width}px !important; }`,
    });
    const generate = lang === "en-US" ? "Create scoresheet" : "生成评分表";
    await page.getByRole("button", { name: generate }).click();
    await page.locator('[data-testid="total"]').waitFor();
    const problems = await overflowing(page);
    // The preview's paste helper: its "Paste at" field must not run under its button (en-US).
    problems.push(
      ...(await overflowing(page, '[aria-labelledby="sim-paste-heading"]', true)).map(
        (p) => `paste helper: ${p}`
      )
    );
    await page
      .locator("#gridscore-pane")
      .screenshot({ path: path.join(dir, `pane-${lang}-${width}.png`) });
    // The secretary's views hold the Role dropdown and the paste helper: look at them too.
    const found = [...problems];
    for (const tab of lang === "en-US" ? ["Merge", "Report"] : ["合并", "报告"]) {
      const t = page.getByRole("tab", { name: tab });
      if ((await t.count()) === 0) continue;
      await t.first().click();
      await page.waitForTimeout(300);
      found.push(...(await overflowing(page)).map((p) => `${tab}: ${p}`));
      await page
        .locator("#gridscore-pane")
        .screenshot({ path: path.join(dir, `pane-${lang}-${width}-${tab}.png`) });
    }
    await page.close();
    expect(found).toEqual([]);
  });
});
