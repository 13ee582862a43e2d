/**
 * `gridscore compare -o compare.docx`: the comparison as a Word document in the report's look, rendered to PDF by
 * LibreOffice and read back with `pdftotext -bbox-layout`: the totals, verdicts, table and item changes and the
 * "claimed fixed, still losing" rows are printed as computed; no two words overprint and nothing runs off the page.
 * The PDF and its PNG pages are kept under test-output/compare/.
 *
 * Without LibreOffice or poppler-utils the test is skipped with a loud warning, or fails under CI=true.
 */
import * as fs from "fs";
import * as path from "path";
import { indexStandard } from "../../src/standard";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { longDecimals, offPage, overlaps, pdfPngs, pdfWords } from "../support/pdfLayout";
import type { PdfPage, Word } from "../support/pdfLayout";
import { EXAMPLE, loadWorkbook, runCli, writeJson } from "./support";

const soffice = requireProgram("soffice", "the comparison is rendered to PDF to be checked");
const pdftotext = requireProgram("pdftotext", "the rendered PDF is read back (poppler-utils)");
const pdftoppm = requireProgram("pdftoppm", "the rendered pages are kept as PNG (poppler-utils)");
const suite = soffice && pdftotext && pdftoppm ? describe : describe.skip;

const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as { items: Record<string, unknown> };
const a21 = indexStandard().items.get("A.2.1")!;
const a21line = a21.kind === "deduction" ? a21.lines[0]!.id : "";

/** After remediation: A.1.2.1 and A.1.4.4 fixed, A.3.3 in place, A.7.3 up a level; a new loss on A.2.1. */
const AFTER = {
  format: "gridscore-evaluation/1",
  meta: { organization: "示例市网格化服务管理中心", date: "2027-11-28" },
  items: {
    ...example.items,
    "A.1.2": { lines: { "A.1.2.3": 2 }, notes: { "A.1.2.3": "仍缺部门职责" } },
    "A.1.4": { lines: { "A.1.4.4": { rate: 100 } } },
    "A.2.1": { lines: { [a21line]: 1 }, notes: { [a21line]: "新发现" } },
    "A.3.3": {},
    "A.7.3": { level: "national" },
  },
};

/** The printed lines: words on one baseline (within 2 pt), left to right, joined by a space; footers left out. */
function printedLines(pdf: readonly PdfPage[]): string[] {
  const out: string[] = [];
  for (const page of pdf) {
    const rows: Word[][] = [];
    for (const w of [...page.words].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0)) {
      const row = rows.find((r) => Math.abs(r[0]!.y1 - w.y1) <= 2);
      if (row) row.push(w);
      else rows.push([w]);
    }
    for (const r of rows) {
      const line = r
        .sort((a, b) => a.x0 - b.x0)
        .map((w) => w.text)
        .join(" ");
      if (!line.startsWith("两次评估比较 第")) out.push(line);
    }
  }
  return out;
}

suite("compare -o compare.docx (LibreOffice → PDF)", () => {
  const dir = outputDir("compare");
  let pages: PdfPage[] = [];
  let stdout = "";

  beforeAll(async () => {
    for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true });
    const after = writeJson(dir, "after.json", AFTER);
    const plan = path.join(dir, "plan.xlsx");
    expect((await runCli(["plan", EXAMPLE, "-o", plan])).code).toBe(0);
    const wb = await loadWorkbook(plan);
    wb.getWorksheet("整改台账")!.getCell("K9").value = "已完成"; // A.1.2.3: claimed, still losing 2
    await wb.xlsx.writeFile(plan);
    const docx = path.join(dir, "compare.docx");
    const r = await runCli(["compare", EXAMPLE, after, "--plan-status", plan, "-o", docx]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    stdout = r.out;
    const [pdf] = libreOfficeConvert(soffice!, [docx], "pdf", dir);
    pages = pdfWords(pdftotext!, pdf!);
    pdfPngs(pdftoppm!, pdf!);
  });

  test("no overprinted words, nothing off the page, no number with more than 2 decimals", () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap((p) => overlaps(p))).toEqual([]);
    expect(pages.flatMap((p) => offPage(p))).toEqual([]);
    expect(longDecimals(pages)).toEqual([]);
  });

  test("the printed figures are the comparison's, row by row", () => {
    const lines = printedLines(pages);
    expect(lines).toEqual(
      expect.arrayContaining([
        "两次评估比较 — 示例市网格化服务管理中心",
        "评估日期 2026 年 11 月 28 日 2027 年 11 月 28 日", // pdftotext spaces CJK from digits
        "总分 435 483 +48",
        "结论 合格 合格",
        "A.1 网格化治理标准化工作基本要求 54 58 +4",
        "A.2 基础标准体系要求 30 29 -1",
        "A.3 网格化服务提供标准体系要求 80 120 +40",
        "A.4 网格化服务管理标准体系要求 115 115 0",
        "A.7 绩效评估 46 51 +5",
        "变好的项目（4）",
        "A.1.2 2、组织机构图有职责划分 6 8 +2",
        "A.1.4 4、标准化培训 8 10 +2",
        "A.3.3 3、服务提供规程 0 40 +40",
        "A.7.3 3、品牌效应 5 10 +5",
        "变差的项目（1）",
        `A.2.1 1、体系结构 ${a21.cap} ${a21.cap - 1} -1`,
        "不变的项目（38）",
        "A.1.1 A.1.3 A.1.5 A.1.6 A.1.7 A.1.8 A.2.2 A.2.3",
        "新失分（1）",
        "已恢复（4）",
        "仍失分（3）",
        "A.7.2 2、服务效率 4 4",
        "五、整改台账称已完成但仍失分（1）",
      ])
    );
    // The one row claimed fixed that still loses points: A.1.2.3, still 2 points lost.
    const claimed = lines.slice(lines.indexOf("五、整改台账称已完成但仍失分（1）") + 1);
    expect(claimed[0]).toBe("编号 评价要求 失分");
    expect(claimed[1]).toBe("A.1.2.3 2、组织机构图有职责划分：其他各部门标准化职责 2");
    // The text output still goes to stdout.
    expect(stdout).toContain("总分 / total: 435 → 483（+48），合格 → 合格");
  });
});
