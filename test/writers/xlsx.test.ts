import { loadExample } from "../support/example";
import ExcelJS from "exceljs";
import { EVALUATION_FORMAT } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { COL, a1, buildScoresheet, isoToExcelSerial, rangeA1 } from "../../src/layout";
import type { CellModel, WorkbookModel } from "../../src/layout";
import { readXlsxScoresheet, writeXlsx } from "../../src/writers/xlsx";
import { inputRows } from "../support/layoutCells";
import { MINIMAL_PARTS, deflated, zeroBomb, zip } from "../support/zip";
import { oleFile } from "../hostile/zipEdit";

const identity = {
  workbookId: "wb-x",
  createdAt: "2026-11-28T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};
const example: Evaluation = loadExample();

async function load(buf: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
  );
  return wb;
}
async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
function expectedValue(c: CellModel): unknown {
  switch (c.content.kind) {
    case "text":
      return c.content.text;
    case "number":
      return c.content.value;
    case "formula":
      return { formula: c.content.formula };
    case "empty":
      return null;
  }
}

/**
 * The example's scoresheet model and the workbook written from it, built inside the test that calls it: Stryker
 * credits a test only with the code run while the test runs, not in `describe` or `beforeAll` (README, Mutation
 * testing), so each test builds what it checks.
 */
async function written(): Promise<{ model: WorkbookModel; wb: ExcelJS.Workbook }> {
  const model = buildScoresheet({ identity, evaluation: example });
  return { model, wb: await load(await writeXlsx(model)) };
}

describe(".xlsx writer: the file holds exactly the model", () => {
  test("sheets, states, every cell's value and lock, merges, validations, formats and names", async () => {
    const { model, wb } = await written();
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual(
      model.sheets.map((s) => [s.name, s.state])
    );
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      const mergedAway = new Set(
        sheet.merges.flatMap((m) =>
          Array.from(
            { length: m.rows * m.cols },
            (_, i) => `${m.row + Math.floor(i / m.cols)},${m.col + (i % m.cols)}`
          ).slice(1)
        )
      );
      for (const c of sheet.cells) {
        if (mergedAway.has(`${c.row},${c.col}`)) continue;
        const cell = ws.getCell(c.row + 1, c.col + 1);
        const v = cell.value;
        // ExcelJS hands a number in a date-formatted cell back as a Date: compare it as the serial written.
        const got =
          typeof v === "object" && v !== null && "formula" in v
            ? { formula: v.formula }
            : v instanceof Date
              ? isoToExcelSerial(v.toISOString().slice(0, 10))
              : v;
        expect([sheet.name, a1(c.row, c.col), got]).toEqual([
          sheet.name,
          a1(c.row, c.col),
          expectedValue(c),
        ]);
        expect(cell.protection?.locked ?? true).toBe(c.locked);
      }
      const merges = (ws.model as unknown as { merges: string[] }).merges;
      expect([...merges].sort()).toEqual(sheet.merges.map((m) => rangeA1(m)).sort());
      for (const rule of sheet.validations) {
        const dv = ws.getCell(rule.range.row + 1, rule.range.col + 1).dataValidation;
        expect(dv.type).toBe(rule.kind);
        expect(dv.error).toBe(rule.errorMessage);
        if (rule.kind === "decimal") expect(dv.formulae).toEqual([rule.min, rule.max]);
        if (rule.kind === "list") expect(dv.formulae).toEqual([`"${rule.options.join(",")}"`]);
      }
      // Both are read by ExcelJS but missing from its type declarations.
      const internals = ws as unknown as {
        conditionalFormattings: unknown[];
        sheetProtection?: { sheet?: boolean };
      };
      expect(internals.conditionalFormattings).toHaveLength(sheet.conditionalFormats.length);
      if (sheet.protect) expect(internals.sheetProtection?.sheet).toBe(true);
      sheet.columns.forEach((col, i) => expect(!!ws.getColumn(i + 1).hidden).toBe(!!col.hidden));
      if (sheet.print?.titleRows)
        expect(ws.pageSetup.printTitlesRow).toBe(
          `${sheet.print.titleRows.from + 1}:${sheet.print.titleRows.to + 1}`
        );
      if (sheet.print) expect(ws.pageSetup.paperSize).toBe(9);
    }
    for (const n of model.names)
      expect(wb.definedNames.getRanges(n.name).ranges).toEqual([
        `'${n.sheet}'!${a1(n.cell.row, n.cell.col, true)}`,
      ]);
  });

  test("a note that looks like a formula is stored as text", async () => {
    const hostile: Evaluation = {
      format: EVALUATION_FORMAT,
      meta: { evaluator: "=cmd|' /C calc'!A0" },
      items: {
        "A.1.1": { lines: { "A.1.1.1": 1 }, notes: { "A.1.1.1": '=HYPERLINK("http://evil","x")' } },
      },
    };
    const m = buildScoresheet({ identity, evaluation: hostile });
    const w = await load(await writeXlsx(m));
    const row = inputRows(m).get("A.1.1.1")!.row;
    expect(w.getWorksheet("A.1")!.getCell(row + 1, COL.note + 1).value).toBe(
      '=HYPERLINK("http://evil","x")'
    );
    const read = await readXlsxScoresheet(await writeXlsx(m), "h.xlsx");
    expect(read.ok && read.sheet.evaluation.items["A.1.1"]?.notes?.["A.1.1.1"]).toBe(
      '=HYPERLINK("http://evil","x")'
    );
    expect(read.ok && read.sheet.evaluation.meta.evaluator).toBe("=cmd|' /C calc'!A0");
  });
});

describe(".xlsx reader", () => {
  test("round trip: new → fill as a user would (values, numbers typed as text) → export equals the input", async () => {
    const blank = buildScoresheet({ identity });
    const wb = await load(await writeXlsx(blank));
    const rows = inputRows(blank);
    const put = (id: string, col: number, value: ExcelJS.CellValue) => {
      const r = rows.get(id)!;
      wb.getWorksheet(r.sheet)!.getCell(r.row + 1, col + 1).value = value;
    };
    const cover = wb.getWorksheet("说明")!;
    cover.getCell("B5").value = "示例市网格化服务管理中心";
    cover.getCell("B6").value = "省辖市";
    cover.getCell("B7").value = "张三";
    cover.getCell("B8").value = "评估专家";
    cover.getCell("B9").value = new Date(Date.UTC(2026, 10, 28));
    put("A.1.2.1", COL.input, "2"); // typed as text
    put("A.1.2.1", COL.note, "机构图未含标准化机构");
    put("A.1.2.3", COL.input, 2);
    put("A.1.2.3", COL.note, "部分部门无标准化职责");
    put("A.1.4.4", COL.input, 0.45); // typing 45% in the %-formatted cell stores 0.45
    put("A.1.4.4", COL.note, "完成率45%");
    put("A.2.2.1", COL.status, "不适用（满分）");
    put("A.3.3.1", COL.status, "应有未有（0分）");
    put("A.7.1", COL.input, 0.925);
    put("A.7.2", COL.input, 0.55);
    put("A.7.3", COL.input, "省级（5分）");
    put("A.7.4", COL.input, "比实行标准化以前提高10%以上（5分）");
    const result = await readXlsxScoresheet(await save(wb), "filled.xlsx");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // "2" typed as text is refused and counts 0 (README: Inputs), as the workbook's 检查 column says.
    expect(result.sheet.evaluation).toEqual({
      ...example,
      items: {
        ...example.items,
        "A.1.2": { ...example.items["A.1.2"], lines: { "A.1.2.1": "2", "A.1.2.3": 2 } },
      },
    });
    expect(result.sheet.report.total).toBe(437);
    expect(result.sheet.errors.map((w) => [w.code, w.where?.cell])).toEqual([
      ["number-as-text", `G${rows.get("A.1.2.1")!.row + 1}`],
    ]);
    expect(result.sheet.warnings).toEqual([]);
  });

  test("errors name the file, the sheet and the cell", async () => {
    const m = buildScoresheet({
      identity,
      evaluation: {
        format: EVALUATION_FORMAT,
        meta: {},
        items: { "A.5.2": { lines: { "A.5.2.3": 7 }, notes: { "A.5.2.3": "x" } } },
      },
    });
    const result = await readXlsxScoresheet(await writeXlsx(m), "e.xlsx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sheet.errors).toEqual([
      expect.objectContaining({
        code: "above-line-max",
        lineId: "A.5.2.3",
        max: 3,
        where: { file: "e.xlsx", sheet: "A.5", cell: `G${inputRows(m).get("A.5.2.3")!.row + 1}` },
      }),
    ]);
  });

  test("a total formula overwritten with a number is caught", async () => {
    const wb = await load(await writeXlsx(buildScoresheet({ identity, evaluation: example })));
    const ref = wb.definedNames.getRanges("Total").ranges[0]!;
    wb.getWorksheet("汇总")!.getCell(ref.split("!")[1]!.replace(/\$/g, "")).value = 450;
    const result = await readXlsxScoresheet(await save(wb), "t.xlsx");
    expect(result.ok && result.sheet.errors.map((e) => e.code)).toEqual(["formula-overwritten"]);
  });

  test("a changed formula is an error, whatever its cached result", async () => {
    const wb = await load(await writeXlsx(buildScoresheet({ identity, evaluation: example })));
    const ref = wb.definedNames.getRanges("Total").ranges[0]!;
    const cell = wb.getWorksheet("汇总")!.getCell(ref.split("!")[1]!.replace(/\$/g, ""));
    const original = (cell.value as ExcelJS.CellFormulaValue).formula;
    cell.value = { formula: `${original}+10`, result: 445 };
    const result = await readXlsxScoresheet(await save(wb), "f.xlsx");
    expect(result.ok && result.sheet.errors.map((e) => e.code)).toEqual(["formula-changed"]);
  });

  test("a cached 0 is read as 0, so a stale 0 is told from never calculated", async () => {
    const wb = await load(await writeXlsx(buildScoresheet({ identity, evaluation: example })));
    const ref = wb.definedNames.getRanges("Subtotal_A3").ranges[0]!;
    const cell = wb.getWorksheet("A.3")!.getCell(ref.split("!")[1]!.replace(/\$/g, ""));
    cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula, result: 0 };
    const result = await readXlsxScoresheet(await save(wb), "z.xlsx");
    expect(result.ok && result.sheet.warnings).toEqual([
      expect.objectContaining({ code: "cached-mismatch", name: "Subtotal_A3", cached: 0 }),
    ]);
  });

  test("a cached result that disagrees with the inputs is caught", async () => {
    const wb = await load(await writeXlsx(buildScoresheet({ identity, evaluation: example })));
    const ref = wb.definedNames.getRanges("Subtotal_A3").ranges[0]!;
    const cell = wb.getWorksheet("A.3")!.getCell(ref.split("!")[1]!.replace(/\$/g, ""));
    cell.value = {
      formula: (cell.value as ExcelJS.CellFormulaValue).formula,
      result: 120,
    };
    const result = await readXlsxScoresheet(await save(wb), "c.xlsx");
    // Stale, not tampered (README: Inputs): the formula is intact, so it is a warning and the inputs count.
    expect(result.ok && result.sheet.errors).toEqual([]);
    expect(result.ok && result.sheet.report.total).toBe(435);
    expect(result.ok && result.sheet.warnings).toEqual([
      expect.objectContaining({
        code: "cached-mismatch",
        name: "Subtotal_A3",
        cached: 120,
        recomputed: 80,
      }),
    ]);
  });

  const refusals: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    ["a text file renamed .xlsx", () => Buffer.from("被评单位,总分\n示例,435\n"), "not-xlsx"],
    ["an empty file", () => Buffer.alloc(0), "empty-file"],
    [
      "an encrypted workbook (OLE container with EncryptionInfo)",
      () => oleFile(["EncryptionInfo", "EncryptedPackage"]),
      "encrypted",
    ],
    [
      "a legacy .xls (OLE container with a Workbook stream)",
      () => oleFile(["Workbook"]),
      "foreign-file",
    ],
    [
      "a truncated (corrupt) workbook",
      async () => (await writeXlsx(buildScoresheet({ identity }))).subarray(0, 5000),
      "corrupt",
    ],
    [
      "a macro workbook",
      () => zip([...MINIMAL_PARTS, deflated("xl/vbaProject.bin", "macro")]),
      "macro-workbook",
    ],
    [
      "an .xlsb workbook",
      () => zip([deflated("[Content_Types].xml", "<Types/>"), deflated("xl/workbook.bin", "bin")]),
      "macro-workbook",
    ],
    [
      "a workbook with external links",
      () =>
        zip([...MINIMAL_PARTS, deflated("xl/externalLinks/externalLink1.xml", "<externalLink/>")]),
      "external-links",
    ],
    [
      "a zip bomb (2 GiB of zeros in ~2 MB)",
      () =>
        zip([
          ...MINIMAL_PARTS,
          { name: "xl/worksheets/sheet1.xml", data: zeroBomb(2), size: 2000 },
        ]),
      "zip-bomb",
    ],
    [
      "a workbook that is not a scoresheet",
      async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Sheet1").getCell("A1").value = "总分";
        return save(wb);
      },
      "not-a-scoresheet",
    ],
    [
      "a scoresheet of another template version",
      async () => {
        const wb = await load(await writeXlsx(buildScoresheet({ identity })));
        const meta = wb.getWorksheet("_gridscore")!;
        meta.eachRow((row) => {
          if (row.getCell(1).value === "fingerprint") row.getCell(2).value = "0000000000000000";
        });
        return save(wb);
      },
      "other-template",
    ],
  ];
  test.each(refusals)("refuses %s, naming the file", async (_name, make, code) => {
    const result = await readXlsxScoresheet(await make(), "in.xlsx");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code)).toContain(code);
    expect(result.errors.every((e) => e.where?.file === "in.xlsx")).toBe(true);
  });
});

test("a file larger than the limit is refused before it is parsed", async () => {
  const buf = await writeXlsx(buildScoresheet({ identity }));
  const result = await readXlsxScoresheet(buf, "big.xlsx", {
    maxFileBytes: 1000,
    maxInflatedBytes: 1e8,
    maxEntries: 2000,
  });
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors).toEqual([
    { code: "too-large", size: buf.length, limit: 1000, where: { file: "big.xlsx" } },
  ]);
});
