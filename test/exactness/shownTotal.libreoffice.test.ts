/**
 * The shown-total rule in the workbooks as LibreOffice renders them (README: Numbers): a consensus of exactly
 * 89999/300 = 299.99666… (不合格) keeps its exact value in the cell, and its conditional number format
 * `[>=299.9999999995]0.00;[>=299.99]"299.99";0.00` shows 299.99, never 300.00: the consensus sheet's 共识总分, the
 * roll-up's unit total and its level mean/median/min/max, and the plan's 失分合计 (495 − 299.99 = 195.01). The
 * files pass the ECMA-376 schemas with nothing Excel would repair. The 评价条件 sheet's 5.2 reason says a typed
 * 自查总分 of 299.996 is 299.99, as checkEligibility says, not 300.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { STYLES } from "../../src/layout";
import {
  CONDITION_COL,
  ELIGIBILITY_IDS,
  INCIDENTS,
  buildEligibilitySheet,
  checkEligibility,
} from "../../src/layout/evaluationSheets";
import { writeXlsx } from "../../src/writers/xlsx";
import { rowOf } from "../report/support";
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

maybe("5.2's reason for a 自查总分 of 299.996, computed by LibreOffice", () => {
  test("自查总分299.99分，低于合格线300分, as checkEligibility says", async () => {
    const dir = outputDir("shown-total-eligibility");
    const input = {
      operationStart: "2024-01-31",
      selfEvaluationDate: "2024-03-01",
      applicationDate: "2024-07-31",
      selfEvaluationScore: 299.996,
      incidents: Object.fromEntries(INCIDENTS.map((i) => [i.id, "no" as const])),
    };
    const file = path.join(dir, "eligibility.xlsx");
    fs.writeFileSync(
      file,
      await writeXlsx({
        sheets: [buildEligibilitySheet(input)],
        names: [],
        styles: STYLES,
        properties: { title: "", subject: "", creator: "", keywords: "" },
      })
    );
    const [recalculated] = libreOfficeConvert(soffice!, [file], "xlsx", path.join(dir, "out"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated!);
    const row = rowOf(buildEligibilitySheet(), ELIGIBILITY_IDS.condition("5.2"));
    const cell = wb.getWorksheet("评价条件")!.getCell(row + 1, CONDITION_COL.reason + 1);
    const reason = "自查总分299.99分，低于合格线300分（自查不合格）";
    expect((cell.value as ExcelJS.CellFormulaValue).result).toBe(reason);
    expect(checkEligibility(input).conditions.find((c) => c.id === "5.2")!.reason).toBe(reason);
  });
});
