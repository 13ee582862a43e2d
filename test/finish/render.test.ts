/**
 * Checked by looking (issue 11): the consensus workbook, a filled scoresheet and the Word report of a five-expert
 * consensus, rendered to PDF by LibreOffice in one call, read back with `pdftotext -bbox-layout`. No two words
 * overprint, nothing runs off the page, no number has more than 2 decimals, no raw ISO time is printed, and the
 * texts that used to be clipped or wrong are there whole. PNG pages are kept under test-output/finish/ for a
 * person to open.
 *
 * Without LibreOffice or poppler-utils the test is skipped with a loud warning, or fails under CI=true.
 */
import * as fs from "fs";
import * as path from "path";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { writeScenario } from "../support/finishScenario";
import type { Scenario } from "../support/finishScenario";
import {
  isoTimestamps,
  longDecimals,
  offPage,
  overlaps,
  pageText,
  pdfPngs,
  pdfWords,
} from "../support/pdfLayout";
import type { PdfPage } from "../support/pdfLayout";

const soffice = requireProgram("soffice", "documents are rendered to PDF to be checked by looking");
const pdftotext = requireProgram("pdftotext", "the rendered PDFs are read back (poppler-utils)");
const pdftoppm = requireProgram("pdftoppm", "the rendered pages are kept as PNG (poppler-utils)");
const suite = soffice && pdftotext && pdftoppm ? describe : describe.skip;

suite("documents as printed (LibreOffice → PDF)", () => {
  const dir = outputDir("finish");
  let scenario: Scenario;
  const pages = new Map<string, PdfPage[]>();

  beforeAll(async () => {
    scenario = await writeScenario(dir);
    const pdfs = libreOfficeConvert(
      soffice!,
      [scenario.consensus, scenario.scoresheet, scenario.report],
      "pdf",
      dir
    );
    for (const pdf of pdfs) {
      pages.set(path.basename(pdf, ".pdf"), pdfWords(pdftotext!, pdf));
      pdfPngs(pdftoppm!, pdf);
    }
  });

  it.each(["consensus", "scoresheet", "report"])(
    "%s: no overprinted words, nothing off the page",
    (name) => {
      const doc = pages.get(name)!;
      expect(doc.length).toBeGreaterThan(0);
      expect(doc.flatMap((p) => overlaps(p))).toEqual([]);
      expect(doc.flatMap((p) => offPage(p))).toEqual([]);
    }
  );

  it.each(["consensus", "scoresheet", "report"])(
    "%s: no number with more than 2 decimals, no raw ISO time",
    (name) => {
      const doc = pages.get(name)!;
      expect(longDecimals(doc)).toEqual([]);
      expect(isoTimestamps(doc)).toEqual([]);
    }
  );

  it.each(["consensus", "scoresheet"])(
    "%s: the hidden id and helper columns print nothing, and every item's cells stay on one page",
    (name) => {
      const text = pageText(pages.get(name)!);
      // Row ids of the evaluation sheets ("group.member.1", "eligibility.start", "procedure.6.1").
      expect(text).not.toMatch(/\b(group|eligibility|procedure)\.[a-z0-9]/);
      // A merged 评价内容 cell cut by a page break printed its text under the next page's header.
      for (const page of pages.get(name)!) expect(overlaps(page)).toEqual([]);
    }
  );

  it("consensus: the 共识 sheet prints legibly, its figures and texts as bands across then down", () => {
    const doc = pages.get("consensus")!;
    const has = (p: PdfPage, word: string) => p.words.some((w) => w.text === word);
    const figures = doc.flatMap((p, i) => (has(p, "方法结果") ? [i] : []));
    const texts = doc.flatMap((p, i) => (has(p, "评议理由") ? [i] : []));
    expect(figures.length).toBeGreaterThan(0);
    // Each page of figures is followed by the page of texts for the same items (over, then down).
    expect(texts).toEqual(figures.map((i) => i + 1));
    const ids = (p: PdfPage) =>
      p.words
        .filter((w) => /^A\.\d\.\d+$/.test(w.text))
        .sort((a, b) => a.y0 - b.y0)
        .map((w) => w.text);
    for (const i of figures) expect(ids(doc[i + 1]!)).toEqual(ids(doc[i]!));
    // The header words' boxes: 10 pt at the print scale is 7.5 pt or more, a box of about 1.3 × that.
    // (At the old 48% the boxes were about 6 pt high.)
    for (const i of [...figures, ...texts]) {
      const header = doc[i]!.words.find((w) => w.text === "评价内容")!;
      expect(header.y1 - header.y0).toBeGreaterThanOrEqual(9.5);
    }
  });

  it("consensus: the record names files, the time is local and readable, conflicts are whole", () => {
    const text = pageText(pages.get("consensus")!);
    expect(text).toContain("合并时间：2026年11月29日17:42（北京时间）");
    expect(text).toContain("王建国（评分表-王建国.xlsx）");
    // The status conflict, whole, in Chinese labels (was clipped at "张三：不适用（").
    expect(text).toContain("陈静：不适用（满分）");
    expect(text).not.toMatch(/\bnormal\b|\bna\b|\babsent\b/);
  });

  it("report: the group from the merged experts, the evaluation's date, the method and who differed", () => {
    const text = pageText(pages.get("report")!);
    expect(text).not.toContain("现有0人");
    expect(text).not.toContain("（未填写）");
    for (const name of ["王建国", "李秀英", "张伟", "刘洋", "陈静"]) expect(text).toContain(name);
    expect(text).toContain("市标准化研究院");
    expect(text).toContain("2026年6月2日至6月3日");
    expect(text).not.toContain("2026-11-29");
    expect(text).toContain("去掉一个最高分和一个最低分后平均");
    expect(text).toMatch(/专家意见分歧的项目/);
  });

  it("keeps the PNG pages for a person to open", () => {
    const pngs = fs.readdirSync(dir).filter((f) => f.endsWith(".png"));
    expect(pngs.some((f) => f.startsWith("consensus-"))).toBe(true);
    expect(pngs.some((f) => f.startsWith("report-"))).toBe(true);
  });
});
