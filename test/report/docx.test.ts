import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Evaluation } from "../../src/engine";
import {
  buildReportModel,
  buildReportSheet,
  renderReportDocx,
  reportInputFromEvaluation,
} from "../../src/report";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { KNOWN } from "./fixtures";
import { SHEETS_INPUT, zipEntry } from "./support";

const dir = outputDir("report");
const expert = buildReportModel(
  reportInputFromEvaluation(KNOWN, {
    eligibility: SHEETS_INPUT.eligibility!,
    group: SHEETS_INPUT.group!,
    procedure: [
      {
        id: "6.1",
        text: "宣布评估组成员、评估程序及有关事宜。",
        date: "2026-06-02",
        people: "李四",
      },
    ],
  })
);
const selfEvaluation: Evaluation = {
  ...KNOWN,
  meta: { ...KNOWN.meta, role: "self", evaluator: "王小明" },
};
const self = buildReportModel(
  reportInputFromEvaluation(selfEvaluation, {
    eligibility: { ...SHEETS_INPUT.eligibility!, applicationDate: "2026-05-29" },
  })
);

describe("the Word report", () => {
  let expertDocx: Uint8Array;
  beforeAll(async () => {
    expertDocx = await renderReportDocx(expert);
    fs.writeFileSync(path.join(dir, "report.docx"), expertDocx);
    fs.writeFileSync(path.join(dir, "self-report.docx"), await renderReportDocx(self));
  });

  test("is a .docx whose text runs default to one family for Chinese and digits: 宋体 (headings 黑体) in every slot", () => {
    const styles = zipEntry(expertDocx, "word/styles.xml");
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:ascii="宋体"/);
    expect(styles).toMatch(/w:ascii="黑体"/);
    expect(styles).not.toContain("Times New Roman");
    expect(styles).toMatch(/w:eastAsia="黑体"/);
    expect(styles).toMatch(/w:lang [^>]*w:eastAsia="zh-CN"/);
    const theme = zipEntry(expertDocx, "word/theme/theme1.xml");
    expect(theme).toMatch(/script="Hans" typeface="宋体"/);
    const document = zipEntry(expertDocx, "word/document.xml");
    expect(document).toContain("评估报告");
    expect(document).toContain("w:pgSz");
  });

  test("keeps each suggestion's title, requirements, rules and notes together: no item is cut across pages", () => {
    const document = zipEntry(expertDocx, "word/document.xml");
    const paragraphs = document.split(/<w:p[ >]/).slice(1);
    const items = expert.suggestions.flatMap((g) => g.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const start = paragraphs.findIndex((p) => p.includes(`${item.itemId}  ${item.title}`));
      expect(start).toBeGreaterThanOrEqual(0);
      const count = 1 + 2 * item.lines.length + item.notes.length;
      const block = paragraphs.slice(start, start + count);
      block.forEach((p, i) => {
        expect(p.includes("<w:keepNext/>")).toBe(i < count - 1);
        expect(p).toContain("<w:keepLines/>");
      });
    }
  });

  test("the report sheet keeps each suggestion's rows on one printed page too", () => {
    const sheet = buildReportSheet(expert);
    const items = expert.suggestions.flatMap((g) => g.items);
    const keep = sheet.print?.keep ?? [];
    for (const item of items) {
      const row = sheet.cells.find(
        (c) => c.col === 0 && c.content.kind === "text" && c.content.text === item.itemId
      )!.row;
      const rows = 1 + item.lines.length + item.notes.length;
      expect(keep).toContainEqual({ row, col: 0, rows, cols: 1 });
      for (const b of sheet.print?.rowBreaks ?? []) expect(b > row && b < row + rows).toBe(false);
    }
  });

  const soffice = requireProgram("soffice", "LibreOffice converts the Word report to PDF");
  const pdftotext = requireProgram("pdftotext", "poppler-utils reads the PDF's text");
  const pdftoppm = requireProgram("pdftoppm", "poppler-utils renders a page to PNG");
  const maybe = soffice && pdftotext && pdftoppm ? test : test.skip;

  maybe(
    "converts with LibreOffice to PDF whose text holds the verdict, the suggestions and the signatures",
    () => {
      const [pdf, selfPdf] = libreOfficeConvert(
        soffice!,
        [path.join(dir, "report.docx"), path.join(dir, "self-report.docx")],
        "pdf",
        dir
      );
      const text = execFileSync(pdftotext!, ["-layout", pdf!, "-"], { encoding: "utf8" });
      const flat = text.replace(/\s+/g, "");
      expect(flat).toContain("评估报告");
      expect(flat).toContain("评价结果：合格");
      expect(flat).toContain("改进意见和建议");
      for (const s of expert.suggestions.flatMap((g) => g.items)) {
        expect(flat).toContain(s.itemId);
        expect(flat).toContain(`失分${s.pointsLost}分`);
      }
      expect(flat).toContain("组织机构图有职责划分");
      expect(flat).toContain("机构图未含标准化机构");
      expect(flat).toContain("应有未有");
      expect(flat).toContain("评估组组长（签字）");
      expect(flat.indexOf("A.1.2")).toBeLessThan(flat.indexOf("A.1.4"));
      const selfText = execFileSync(pdftotext!, [selfPdf!, "-"], { encoding: "utf8" }).replace(
        /\s+/g,
        ""
      );
      expect(selfText).toContain("自我评价报告");
      expect(selfText).toContain("不宜申请评估：5.2至申请日期体系运行不满6个月");

      execFileSync(pdftoppm!, [
        "-png",
        "-r",
        "60",
        "-f",
        "1",
        "-l",
        "1",
        pdf!,
        path.join(dir, "report-page"),
      ]);
      const png = fs.readdirSync(dir).find((f) => /^report-page-0*1\.png$/.test(f));
      expect(png).toBeDefined();
      // The page as rendered: an A4 portrait page (210 × 297 mm) at 60 dpi is 496 × 702 pixels.
      const ihdr = fs.readFileSync(path.join(dir, png!));
      expect(ihdr.subarray(12, 16).toString("latin1")).toBe("IHDR");
      const [width, height] = [ihdr.readUInt32BE(16), ihdr.readUInt32BE(20)];
      expect(Math.abs(width - 496)).toBeLessThanOrEqual(2);
      expect(Math.abs(height - 702)).toBeLessThanOrEqual(2);
    }
  );
});
