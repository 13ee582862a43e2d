/**
 * A new user's finding 7: compare.docx (and the CLI's comparison, and the 上次评估 sheet of `new --from`) showed
 * dates as ISO text (2026-11-28, or a consensus's "2026-11-28 至 2026-11-29"); they read as the report's do.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync, strFromU8 } from "fflate";
import { formatDateSpanZh } from "../../src/layout/evaluationSheets";
import { loadWorkbook, runCli, textOf, tmpDir, writeJson } from "../followup/support";

const evaluation = (evaluator: string, date: string) => ({
  format: "gridscore-evaluation/1",
  meta: { organization: "示例市", level: "city", evaluator, date },
  items: { "A.1.2": { lines: { "A.1.2.1": 2 }, notes: { "A.1.2.1": "缺机构图" } } },
});

function docxText(file: string): string {
  const xml = strFromU8(unzipSync(fs.readFileSync(file))["word/document.xml"]!);
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}

describe("dates read as people read them", () => {
  test("formatDateSpanZh: one date, a span in one year, a span over two years, none", () => {
    expect(formatDateSpanZh("2026-11-29")).toBe("2026年11月29日");
    expect(formatDateSpanZh("2026-11-28 至 2026-11-29")).toBe("2026年11月28日至11月29日");
    expect(formatDateSpanZh("2026-12-31 至 2027-01-02")).toBe("2026年12月31日至2027年1月2日");
    expect(formatDateSpanZh("2026-11-29T03:00:00.000Z")).toBe("2026年11月29日");
    expect(formatDateSpanZh(undefined)).toBe("未填写");
    expect(formatDateSpanZh("", "日期未填")).toBe("日期未填");
  });

  test("compare: the docx, the text and new --from's 上次评估 sheet show local dates, never ISO", async () => {
    const dir = tmpDir();
    const a = writeJson(dir, "a.json", evaluation("甲", "2026-11-28"));
    const b = writeJson(dir, "b.json", evaluation("乙", "2026-11-29"));
    const later = writeJson(dir, "later.json", evaluation("丙", "2027-11-28"));
    const consensus = path.join(dir, "共识.xlsx");
    expect((await runCli(["merge", a, b, "-o", consensus])).code).toBe(0);
    const docx = path.join(dir, "compare.docx");
    const run = await runCli(["compare", consensus, later, "-o", docx]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("（2026年11月28日至11月29日） → ");
    expect(run.out).toContain("（2027年11月28日）");
    const text = docxText(docx);
    expect(text).toContain("评估日期\n2026年11月28日至11月29日\n2027年11月28日");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const next = path.join(dir, "next.xlsx");
    expect((await runCli(["new", next, "--from", consensus])).code).toBe(0);
    const sheet = (await loadWorkbook(next)).getWorksheet("上次评估")!;
    const values: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => void values.push(textOf(cell))));
    expect(values).toContain("2026年11月28日至11月29日");
    expect(values.join("\n")).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
