/**
 * A total below the pass mark is never shown as the pass mark or above (README: Numbers). Three experts' totals
 * 299.99, 299.99 and 300.01 merge by mean into exactly 899.99 / 3 = 89999/300 = 299.99666…, below 300: 不合格
 * (8.3), and every output shows 299.99 beside it, where half up showed 300 (300.00). Worked by hand: 495 − 299.99 =
 * 195.01 lost; 300.01 → 299.99 is −0.02.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Fraction, formatTotal, round2, shownTotal, totalNumberFormat } from "../../src/engine";
import { INCIDENTS, checkEligibility } from "../../src/layout/evaluationSheets";
import type { IncidentAnswer, IncidentId } from "../../src/layout/evaluationSheets";
import { SUMMARY_BY_LEVEL_SHEET, UNITS_SHEET } from "../../src/rollup";
import { formatValueText } from "../../src/sim/cell-values";
import { FC_SEED, runs } from "../support/arbitraries";
import { runCli } from "../support/cli";
import { writeShownTotalExperts } from "../support/shownTotal";
import { unzip } from "../support/zip";

/** `[>=299.9999999995]0.00;[>=299.99]"299.99";0.00`, by hand: 300 − 5·10⁻¹⁰, and 300 − 0.01. */
const FORMAT_300 = '[>=299.9999999995]0.00;[>=299.99]"299.99";0.00';

describe("shownTotal: half up, but never the pass mark for a total below it", () => {
  test.each([
    ["89999/300", 299.99, "299.99"],
    ["299.995", 299.99, "299.99"], // exactly half: half up gives 300.00, below the pass mark
    ["2999949/10000", 299.99, "299.99"], // 299.9949: half up gives 299.99 anyway
    ["299.994", 299.99, "299.99"],
    ["299.99", 299.99, "299.99"],
    ["299.985", 299.99, "299.99"], // half up, still below 300
    ["299.984", 299.98, "299.98"],
    ["300", 300, "300"],
    ["300.004", 300, "300"],
    ["300.005", 300.01, "300.01"],
    ["1441/3", 480.33, "480.33"],
    ["0", 0, "0"],
  ])("%s shows %s", (exactText, shown, text) => {
    const t = new Fraction(exactText);
    expect(shownTotal(t, 300)).toBe(shown);
    expect(formatTotal(t, 300)).toBe(text);
  });

  test("a number is taken as the decimal it prints as; fixed keeps two decimals", () => {
    expect(shownTotal(299.995, 300)).toBe(299.99);
    expect(formatTotal(300, 300, { fixed: true })).toBe("300.00");
    expect(formatTotal(new Fraction(89999, 300), 300, { fixed: true })).toBe("299.99");
  });

  test("another pass mark moves the band with it", () => {
    expect(shownTotal(new Fraction(359.996), 360)).toBe(359.99);
    expect(shownTotal(new Fraction(299.996), 360)).toBe(300);
    expect(totalNumberFormat(360)).toBe('[>=359.9999999995]0.00;[>=359.99]"359.99";0.00');
  });

  test("property: the shown total is at or above the pass mark exactly when the exact total is", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 495 * 7 * 100 * 20 }),
        fc.integer({ min: 1, max: 7 * 100 * 20 }),
        fc.constantFrom(300, 250, 299.5),
        (num, den, passMark) => {
          const t = new Fraction(num, den);
          const shown = shownTotal(t, passMark);
          expect(shown >= passMark).toBe(t.compare(passMark) >= 0);
          // Never more than a hundredth off, and half up wherever that does not cross the pass mark.
          expect(Math.abs(shown - t.valueOf())).toBeLessThanOrEqual(0.01);
          if (t.compare(passMark) >= 0 || round2(t) < passMark) expect(shown).toBe(round2(t));
        }
      ),
      { seed: FC_SEED, numRuns: runs(500) }
    );
  });

  test("near the pass mark: every total within 0.02 of it, in 1/300ths", () => {
    for (let k = -6; k <= 6; k++) {
      const t = new Fraction(90000 + k, 300);
      expect(shownTotal(t, 300) >= 300).toBe(k >= 0);
    }
  });

  test("the cells' number format shows what shownTotal shows, on Excel's reading of its sections", () => {
    expect(totalNumberFormat(300)).toBe(FORMAT_300);
    expect(formatValueText(89999 / 300, FORMAT_300)).toBe("299.99");
    expect(formatValueText(299.995, FORMAT_300)).toBe("299.99");
    expect(formatValueText(299.99, FORMAT_300)).toBe("299.99");
    expect(formatValueText(300, FORMAT_300)).toBe("300.00");
    // Binary noise in a computed exact 300 is not below it (the verdict's ROUND(total, 9) >= 300).
    expect(formatValueText(299.99999999999994, FORMAT_300)).toBe("300.00");
    expect(formatValueText(480.333, FORMAT_300)).toBe("480.33");
    expect(formatValueText(150, FORMAT_300)).toBe("150.00");
  });
});

describe("5.2's 自查总分 below the pass mark is never shown as 300", () => {
  const incidents = Object.fromEntries(INCIDENTS.map((i) => [i.id, "no"])) as Record<
    IncidentId,
    IncidentAnswer
  >;
  const reason = (score: number): string | undefined =>
    checkEligibility({
      operationStart: "2024-01-31",
      selfEvaluationDate: "2024-03-01",
      applicationDate: "2024-07-31",
      selfEvaluationScore: score,
      incidents,
    }).conditions.find((c) => c.id === "5.2")?.reason;
  test.each([
    [299.996, "299.99"],
    [299.995, "299.99"],
    [299.994, "299.99"],
    [299.985, "299.99"],
    [250, "250"],
  ])("%s is shown %s", (score, shown) => {
    expect(reason(score)).toBe(`自查总分${shown}分，低于合格线300分（自查不合格）`);
  });
  test("300 meets it", () => expect(reason(300)).toBe(""));
});

/** Every cell of a sheet whose text is `label`, with the cell `offset` columns right of it. */
function rightOf(ws: ExcelJS.Worksheet, label: string, offset = 1): ExcelJS.Cell[] {
  const found: ExcelJS.Cell[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === label) found.push(ws.getCell(cell.row, cell.col + offset));
    })
  );
  return found;
}

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("89999/300 (不合格) is shown 299.99 through every output", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-shown-total-"));
  const consensus = path.join(dir, "mc2.xlsx");
  let experts: string[] = [];

  beforeAll(async () => {
    experts = writeShownTotalExperts(dir);
    const r = await runCli(["merge", ...experts, "--method", "mean", "-o", consensus]);
    expect(r.code).toBe(0);
  });

  test("the experts' totals are as built: 299.99, 299.99, 300.01", async () => {
    for (const [k, total] of [
      [0, "299.99"],
      [2, "300.01"],
    ] as const) {
      const r = await runCli(["score", experts[k]!]);
      expect(r.out).toContain(`总分 ${total}`);
    }
  });

  test("merge: text and --json", async () => {
    const text = await runCli(["merge", ...experts, "--method", "mean"]);
    expect(text.out).toContain("共识总分 299.99 / 495（标注500）  合格线 300  结论：不合格");
    expect(text.out).toContain("（分数 89999/300，约 299.99）");
    expect(text.out).not.toMatch(/共识总分 300|约 300/);
    const json = JSON.parse(
      (await runCli(["merge", ...experts, "--method", "mean", "--json"])).out
    );
    expect([json.total, json.exactTotal, json.verdict]).toEqual([299.99, "89999/300", "不合格"]);
  });

  test("the consensus workbook: 共识总分 keeps its formula and shows 299.99 by its number format", async () => {
    const cells = (await workbook(consensus)).worksheets.flatMap((ws) => rightOf(ws, "共识总分"));
    expect(cells).toHaveLength(1);
    expect(cells[0]!.formula).toMatch(/^SUM\(/);
    expect(cells[0]!.numFmt).toBe(FORMAT_300);
  });

  test("report: the .docx says 总分299.99分 and 不合格, never 300 as the total", async () => {
    const out = path.join(dir, "r.docx");
    expect((await runCli(["report", consensus, "-o", out])).code).toBe(0);
    const xml = unzip(fs.readFileSync(out)).get("word/document.xml")!.toString("utf8");
    const body = xml.replace(/<[^>]+>/g, "");
    expect(body).toContain("总分299.99分（各项满分合计495分");
    expect(body).toContain("评价结果：不合格");
    expect(body).not.toMatch(/总分300(\.00)?分/);
  });

  test("plan: 失分合计 is 495 − 299.99 = 195.01, in the CLI and in the plan workbook", async () => {
    const out = path.join(dir, "plan.xlsx");
    const r = await runCli(["plan", consensus, "-o", out]);
    expect(r.out).toContain("失分合计 195.01 分 / 19 finding(s), 195.01 point(s) lost");
    const cells = (await workbook(out)).worksheets.flatMap((ws) => rightOf(ws, "失分合计", 0));
    const formulas = cells.map((c) => c.worksheet.getCell(Number(c.row) + 1, c.col).formula);
    expect(
      formulas.some((f) => /^IF\(AND\(ROUND\(495-SUM\(.*\),9\)<300,.*>=299\.995\),195\.01,/.test(f))
    ).toBe(true);
  });

  test("compare: 300.01 → 299.99 (−0.02), 合格 → 不合格; --json the same", async () => {
    const r = await runCli(["compare", experts[2]!, consensus]);
    expect(r.out).toContain("总分 / total: 300.01 → 299.99（-0.02），合格 → 不合格");
    const json = JSON.parse((await runCli(["compare", experts[2]!, consensus, "--json"])).out);
    expect([json.before.total, json.after.total]).toEqual([300.01, 299.99]);
  });

  test("rollup: text, --json, --csv and the workbook's total cells", async () => {
    const text = await runCli(["rollup", consensus]);
    expect(text.out).toMatch(/县（市、区）\s+1\s+0\s+0%\s+299\.99\s+299\.99\s+299\.99\s+299\.99\n/);
    expect(text.out).toMatch(/全部\s+1\s+0\s+0%\s+299\.99\s+299\.99\s+299\.99\s+299\.99\n/);
    const json = JSON.parse((await runCli(["rollup", consensus, "--json"])).out);
    expect([json.units[0].total, json.units[0].exactTotal]).toEqual([299.99, "89999/300"]);
    const county = json.levels.find((l: { level: string }) => l.level === "county");
    expect([county.mean, county.median, county.min, county.max]).toEqual([
      299.99, 299.99, 299.99, 299.99,
    ]);
    const csv = path.join(dir, "u.csv");
    await runCli(["rollup", consensus, "--csv", csv]);
    expect(fs.readFileSync(csv, "utf8")).toContain(",299.99,不合格,");
    const out = path.join(dir, "rollup.xlsx");
    expect((await runCli(["rollup", consensus, "-o", out])).code).toBe(0);
    const wb = await workbook(out);
    // The total is the column left of 结论 (its header names the maxima).
    const [total] = rightOf(wb.getWorksheet(UNITS_SHEET)!, "结论", -1).map((h) =>
      h.worksheet.getCell(Number(h.row) + 1, h.col)
    );
    expect(total!.value).toBeCloseTo(89999 / 300, 12);
    expect(total!.numFmt).toBe(FORMAT_300);
    const levels = wb.getWorksheet(SUMMARY_BY_LEVEL_SHEET)!;
    const [countyRow] = rightOf(levels, "县（市、区）", 0);
    for (let col = 5; col <= 8; col++)
      expect(levels.getCell(Number(countyRow!.row), col).numFmt).toBe(FORMAT_300);
  });
});
