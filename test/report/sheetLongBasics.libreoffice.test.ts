/**
 * The report sheet (`report --sheet`) printed by LibreOffice with a unit name and a member's unit far longer than
 * one 409 pt row: before, each sat in one row and printed its first 27 lines only. Rendered to PDF and read back
 * with `pdftotext -bbox-layout`: every piece printed, in order, and no words overprint.
 *
 * Without LibreOffice or poppler-utils the test is skipped with a loud warning, or fails under CI=true.
 */
import * as fs from "fs";
import * as path from "path";
import { STYLES } from "../../src/layout";
import { buildReportModel, buildReportSheet, reportInputFromEvaluation } from "../../src/report";
import { writeXlsx } from "../../src/writers/xlsx";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { overlaps, pageText, pdfWords } from "../support/pdfLayout";
import { KNOWN } from "./fixtures";
import { SHEETS_INPUT } from "./support";

const soffice = requireProgram(
  "soffice",
  "the report sheet is rendered to PDF to be checked by looking"
);
const pdftotext = requireProgram("pdftotext", "the rendered PDF is read back (poppler-utils)");
const maybe = soffice && pdftotext ? describe : describe.skip;

maybe("the report sheet's long basics and member cells printed by LibreOffice", () => {
  test("the report sheet prints a unit name and a member's unit far longer than one row whole, nothing overprinted", async () => {
    const dir = outputDir("report/long-basics");
    // Characters printed nowhere else in the report, so each can be counted: a clipped row loses some.
    const marks = "壹贰叁肆伍陆柒捌玖拾";
    const unit = `${marks}区网格化服务管理中心，`;
    const long = unit.repeat(100);
    const [leader, ...rest] = SHEETS_INPUT.group!;
    const model = buildReportModel(
      reportInputFromEvaluation(
        { ...KNOWN, meta: { ...KNOWN.meta, organization: long } },
        {
          eligibility: SHEETS_INPUT.eligibility!,
          group: [{ ...leader!, unit: long }, ...rest],
        }
      )
    );
    const file = path.join(dir, "reportLong.xlsx");
    fs.writeFileSync(
      file,
      await writeXlsx({
        sheets: [buildReportSheet(model)],
        names: [],
        styles: STYLES,
        properties: { title: model.title, subject: "", creator: "", keywords: "" },
      })
    );
    const [pdf] = libreOfficeConvert(soffice!, [file], "pdf", dir);
    const pages = pdfWords(pdftotext!, pdf!);
    // Footers (评估报告 第 1 页 共 3 页) fall between a value's rows when a page breaks among them.
    const text = pageText(pages)
      .replace(/\s+/g, "")
      .replace(/评估报告第\d+页共\d+页/g, "");
    expect(text).toContain(`被评单位${long}`);
    // The member's unit in its narrow column continues over many rows and pages, read out of order where other
    // columns share its rows: every character printed (100 times in the name, 100 in the unit), none clipped.
    for (const mark of marks) expect(text.split(mark).length - 1).toBe(200);
    expect(pages.flatMap((p) => overlaps(p))).toEqual([]);
  }, 600_000);
});
