/**
 * The 汇总 line printed by LibreOffice (user trial: a 132-character unit name printed cut at both ends, 被评单位
 * and the evaluator and date lost). A scoresheet made with a short name, the long name then typed into 说明 — the
 * formula follows the cell, the row was sized at `new` — rendered to PDF and read back with `pdftotext
 * -bbox-layout`: the whole line is printed, and no words overprint on the 汇总 pages.
 *
 * Without LibreOffice or poppler-utils the test is skipped with a loud warning, or fails under CI=true.
 */
import * as fs from "fs";
import * as path from "path";
import { COVER_SHEET, META_FIELDS, META_FIRST_ROW, buildScoresheet } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import { EVALUATION_FORMAT } from "../../src/engine";
import { writeXlsx } from "../../src/writers/xlsx";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { overlaps, pageText, pdfWords } from "../support/pdfLayout";

const soffice = requireProgram(
  "soffice",
  "the scoresheet is rendered to PDF to be checked by looking"
);
const pdftotext = requireProgram("pdftotext", "the rendered PDF is read back (poppler-utils)");
const maybe = soffice && pdftotext ? describe : describe.skip;

const NAME = "某某省某某市某某区网格化服务管理中心第一分中心".repeat(6).slice(0, 132);

/** The model with `organization` typed into 说明 after it was made (the cover's cell replaced, nothing else). */
function typedLater(model: WorkbookModel, organization: string): WorkbookModel {
  const row = META_FIRST_ROW + META_FIELDS.findIndex((f) => f.field === "organization");
  return {
    ...model,
    sheets: model.sheets.map((s) =>
      s.name !== COVER_SHEET
        ? s
        : {
            ...s,
            cells: s.cells.map((c) =>
              c.row === row && c.col === 1
                ? { ...c, content: { kind: "text" as const, text: organization } }
                : c
            ),
          }
    ),
  };
}

maybe("the 汇总 line printed by LibreOffice", () => {
  test("a 132-character name typed after new prints whole with the evaluator and date, nothing overprinted", async () => {
    const dir = outputDir("summary-line");
    const made = buildScoresheet({
      identity: { workbookId: "w", createdAt: "-", generator: "-", kind: "scoresheet" },
      evaluation: {
        format: EVALUATION_FORMAT,
        meta: { organization: "甲", evaluator: "张三", date: "2026-12-01" },
        items: {},
      },
    });
    const file = path.join(dir, "summaryLine.xlsx");
    fs.writeFileSync(file, await writeXlsx(typedLater(made, NAME)));
    const [pdf] = libreOfficeConvert(soffice!, [file], "pdf", dir);
    const pages = pdfWords(pdftotext!, pdf!);
    const summary = pages.filter((p) => pageText([p]).includes("汇总表"));
    expect(summary.length).toBeGreaterThan(0);
    const text = pageText(summary).replace(/\s+/g, "");
    expect(text).toContain(`被评单位：${NAME}评估人：张三日期：2026-12-01`);
    expect(summary.flatMap((p) => overlaps(p))).toEqual([]);
  }, 600_000);
});
