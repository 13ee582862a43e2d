/**
 * The shown-total rule in the workbooks as LibreOffice renders them (README: Numbers): a consensus of exactly
 * 89999/300 = 299.99666… (不合格) keeps its exact value in the cell, and its conditional number format
 * `[>=299.9999999995]0.00;[>=299.99]"299.99";0.00` shows 299.99, never 300.00: the consensus sheet's 共识总分, the
 * roll-up's unit total and its level mean/median/min/max, and the plan's 失分合计 (495 − 299.99 = 195.01). The
 * files pass the ECMA-376 schemas with nothing Excel would repair.
 */
import * as fs from "fs";
import * as path from "path";
import { runCli } from "../support/cli";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { OOXML_READY, ooxmlProblems, ooxmlReports } from "../support/ooxml";
import { writeShownTotalExperts } from "../support/shownTotal";

const soffice = requireProgram("soffice", "LibreOffice renders the total cells' number format");
const maybe = soffice ? describe : describe.skip;

/** A rendered HTML page's text: tags dropped, entities that matter here decoded, white space collapsed. */
function pageText(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ");
}

maybe("89999/300 in the workbooks, rendered by LibreOffice", () => {
  const dir = outputDir("shown-total");
  const consensus = path.join(dir, "mc2.xlsx");
  const rollup = path.join(dir, "rollup.xlsx");
  const plan = path.join(dir, "plan.xlsx");
  const text: Record<string, string> = {};

  beforeAll(async () => {
    for (const f of [consensus, rollup, plan]) fs.rmSync(f, { force: true });
    const experts = writeShownTotalExperts(path.join(dir, "experts"));
    expect((await runCli(["merge", ...experts, "--method", "mean", "-o", consensus])).code).toBe(0);
    expect((await runCli(["rollup", consensus, "-o", rollup])).code).toBe(0);
    expect((await runCli(["plan", consensus, "-o", plan])).code).toBe(0);
    const pages = libreOfficeConvert(
      soffice!,
      [consensus, rollup, plan],
      "html",
      path.join(dir, "rendered")
    );
    for (const p of pages) text[path.basename(p, ".html")] = pageText(p);
  });

  test("the consensus sheet: 共识总分 299.99, 不合格", () => {
    expect(text.mc2).toMatch(/共识总分 299\.99 495 500 /);
    expect(text.mc2).toContain("共识评价结果 不合格");
    expect(text.mc2).not.toMatch(/共识总分 300/);
  });

  test("the roll-up: the unit's total and the level's mean, median, min and max are 299.99", () => {
    expect(text.rollup).toMatch(/60\.00 299\.99 不合格 是 /);
    expect(text.rollup).toMatch(/县（市、区） 1 0 0\.00% 299\.99 299\.99 299\.99 299\.99 /);
    expect(text.rollup).toMatch(/全部 1 0 0\.00% 299\.99 299\.99 299\.99 299\.99 /);
    expect(text.rollup).not.toMatch(/ 300\.00 /);
  });

  test("the plan: 失分合计 195.01", () => {
    expect(text.plan).toMatch(/失分合计 已完成事项失分 完成比例（按失分） 19 19 0 0 0 0 195\.01 /);
  });

  (OOXML_READY ? test : test.skip)("the three workbooks pass the OOXML validator", () => {
    const reports = ooxmlReports([consensus, rollup, plan]);
    for (const f of [consensus, rollup, plan]) expect(ooxmlProblems(reports[f]!)).toEqual([[], []]);
  });
});
