import ExcelJS from "exceljs";
import { buildScoresheet, STYLES } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import {
  CONDITION_TEXT,
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  PROCEDURE_STEPS,
  buildEvaluationSheets,
  readEvaluationSheets,
} from "../../src/layout/evaluationSheets";
import { excelGrid, readXlsxScoresheet, writeXlsx } from "../../src/writers/xlsx";
import { loadExample } from "../support/example";
import { SHEETS_INPUT, rowOf } from "./support";

function workbook(model: WorkbookModel["sheets"]): WorkbookModel {
  return {
    sheets: model,
    names: [],
    styles: STYLES,
    properties: { title: "t", subject: "s", creator: "c", keywords: "k" },
  };
}

async function gridOf(buf: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
  );
  return excelGrid(wb);
}

describe("the evaluation sheets", () => {
  test("carry section 5 and the seven steps of section 6 verbatim", () => {
    const [eligibility, , procedure] = buildEvaluationSheets();
    const texts = (s: typeof eligibility) =>
      s!.cells.flatMap((c) => (c.content.kind === "text" ? [c.content.text] : []));
    for (const t of Object.values(CONDITION_TEXT)) expect(texts(eligibility)).toContain(t);
    for (const s of PROCEDURE_STEPS) expect(texts(procedure)).toContain(s.text);
  });

  test("are protected, printable on A4, with inputs unlocked and the id column hidden", () => {
    for (const sheet of buildEvaluationSheets()) {
      expect(sheet.protect).toBe(true);
      expect(sheet.print?.fitToWidth).toBe(true);
      expect(sheet.columns[6]).toMatchObject({ header: "编号", hidden: true });
      const inputs = sheet.cells.filter((c) => !c.locked);
      expect(inputs.length).toBeGreaterThan(5);
      expect(inputs.every((c) => c.style === "input" || c.style === "inputText")).toBe(true);
      // Every formula cell stays locked.
      expect(sheet.cells.filter((c) => c.content.kind === "formula").every((c) => c.locked)).toBe(
        true
      );
    }
  });

  test("use only the functions Excel 2010, WPS and LibreOffice share", () => {
    const allowed = new Set([
      "IF",
      "AND",
      "OR",
      "NOT",
      "ISNUMBER",
      "IFERROR",
      "SUM",
      "MIN",
      "MAX",
      "ROUND",
      "COUNTIF",
      "TRIM",
      "VALUE",
      "INT",
      "EDATE",
      "DATEVALUE",
      "TEXT",
      "LEFT",
      "LEN",
      // the eligibility dates, read in the one date reader's forms (a day that does not exist is told so)
      "ISERROR",
      "ISLOGICAL",
      "SUBSTITUTE",
      "CHAR",
      "MID",
      "FIND",
      "CHOOSE",
      "MOD",
      "DATE",
    ]);
    for (const sheet of buildEvaluationSheets())
      for (const c of sheet.cells)
        if (c.content.kind === "formula")
          for (const f of c.content.formula.replace(/"[^"]*"/g, "").match(/[A-Z]+(?=\()/g) ?? [])
            expect(allowed).toContain(f);
  });

  test("write to .xlsx and read back the same data (alone)", async () => {
    const buf = await writeXlsx(workbook(buildEvaluationSheets(SHEETS_INPUT)));
    const read = readEvaluationSheets(await gridOf(buf));
    expect(read.problems).toEqual([]);
    expect(read.eligibility).toEqual(SHEETS_INPUT.eligibility);
    expect(read.group).toEqual(SHEETS_INPUT.group);
    expect(read.procedure?.[0]).toEqual({
      id: "6.1",
      text: PROCEDURE_STEPS[0]!.text,
      date: "2026-06-02",
      people: "李四",
      notes: "宣布评估组成员",
    });
    expect(read.procedure?.[6]).toEqual({ id: "6.7", text: PROCEDURE_STEPS[6]!.text });
  });

  test("dates typed as dates (serials, Date cells) read back as ISO", async () => {
    const buf = await writeXlsx(workbook(buildEvaluationSheets()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
    );
    const ws = wb.getWorksheet("评价条件")!;
    const sheet = buildEvaluationSheets()[0]!;
    const cell = (field: "operationStart" | "selfEvaluationDate" | "applicationDate") =>
      ws.getCell(rowOf(sheet, ELIGIBILITY_IDS.date(field)) + 1, ELIGIBILITY_COL.input + 1);
    cell("operationStart").value = new Date(Date.UTC(2025, 10, 30));
    cell("applicationDate").value = 46173; // 2026-05-31
    cell("selfEvaluationDate").value = "2026/4/10";
    const read = readEvaluationSheets(excelGrid(wb));
    expect(read.eligibility).toMatchObject({
      operationStart: "2025-11-30",
      selfEvaluationDate: "2026-04-10",
      applicationDate: "2026-05-31",
    });
  });

  test("inside a scoresheet the scoresheet reader still accepts the workbook and the sheets read back", async () => {
    const base = buildScoresheet({
      evaluation: loadExample(),
      identity: {
        workbookId: "w",
        createdAt: "2026-01-01T00:00:00Z",
        generator: "test",
        kind: "scoresheet",
      },
      evaluationSheets: SHEETS_INPUT,
    });
    const sheets = [...base.sheets];
    const buf = await writeXlsx({ ...base, sheets });
    const result = await readXlsxScoresheet(buf, "x.xlsx");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.sheet.errors).toEqual([]);
    expect(result.sheet.report.total).toBe(435);
    expect(readEvaluationSheets(await gridOf(buf)).group).toHaveLength(5);
  });

  test("a workbook without them reads as absent", async () => {
    const buf = await writeXlsx(workbook([]));
    const read = readEvaluationSheets(await gridOf(buf));
    expect(read).toEqual({ problems: [] });
  });
});
