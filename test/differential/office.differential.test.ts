/**
 * The Office.js adapter path (issue 9: the input model is the same in the reader, the adapter and the engine): the
 * drawn cases are written through Office.js into a scoresheet the adapter generated on the simulated host, and the
 * adapter's live read (readGrid's GridSource over Range.values, scored by the engine) must give the same scores and
 * the same problems, cell by cell, as the .xlsx reader of the same case.
 *
 * What differs, exactly (README: testing): the adapter reads `values` and `numberFormat`, so it cannot see a formula
 * typed into an input (the .xlsx reader's formula-input warning) nor a merged input range (merged-input); both count
 * the same. A date typed into a number cell it names as the .xlsx reader does (date-input), by the cell's format.
 * Live Excel always holds a formula's result, so a formula without a cached result does not arise there.
 */
import { COL, a1, cellRange, rangeA1 } from "../../src/layout";
import type { LocatedProblem } from "../../src/engine";
import { must, setup, uninstallOffice } from "../office/helpers";
import type { Stored, WorkbookCase } from "./grammar";
import { caseCount, drawWorkbooks, readOk } from "./harness";
import { targetItems } from "./targets";
import { writeCase } from "./write";

/** Problems the .xlsx reader reports and the adapter cannot (it reads values and number formats, not formulas or merges). */
const XLSX_ONLY = new Set(["formula-input", "merged-input"]);

/** How Office.js stores a value: text behind an apostrophe, formulas as formulas, a date as a formatted serial. */
function officeWrite(v: Stored): { value?: unknown; formula?: string; format?: string } {
  switch (v.kind) {
    case "number":
      return v.format === undefined ? { value: v.value } : { value: v.value, format: v.format };
    case "shared":
    case "inline":
      return { value: `'${v.text}` };
    case "formula":
      return { formula: `=${v.formula}` };
    case "bool":
      return { value: v.value };
    case "error":
      return { formula: v.value === "#N/A" ? "=NA()" : v.value === "#DIV/0!" ? "=1/0" : '="a"+1' };
    case "date":
      return {
        value: 25569 + Date.parse(`${v.iso}T00:00:00Z`) / 86400000,
        format: "yyyy-mm-dd",
      };
  }
}

async function typeCase(run: ReturnType<typeof setup>["host"]["run"], c: WorkbookCase) {
  await run(async (context) => {
    const writes: { range: Excel.Range; v: Stored }[] = [];
    const put = (sheet: string, row: number, col: number, v: Stored | undefined) => {
      if (!v) return;
      const range = context.workbook.worksheets.getItem(sheet).getRange(a1(row, col));
      range.load("numberFormat");
      writes.push({ range, v });
    };
    for (const ic of c.items) {
      const item = targetItems()[ic.item]!;
      put(item.sheet, item.rows[0]!.row, COL.status, ic.status);
      ic.inputs.forEach(
        (v, i) => !(ic.merge && i === 1) && put(item.sheet, item.rows[i]!.row, COL.input, v)
      );
      ic.notes.forEach((v, i) => put(item.sheet, item.rows[i]!.row, COL.note, v));
    }
    await context.sync();
    // A typed percent or date changes the cell's number format, which Office.js may not do on a protected sheet.
    for (const sheet of new Set(c.items.map((ic) => targetItems()[ic.item]!.sheet)))
      context.workbook.worksheets.getItem(sheet).protection.unprotect();
    for (const { range, v } of writes) {
      const w = officeWrite(v);
      // In a text-formatted (@) cell everything typed is text already; elsewhere text needs the apostrophe.
      const textCell = range.numberFormat[0]?.[0] === "@";
      if (w.format !== undefined) range.numberFormat = [[w.format]];
      if (w.formula !== undefined) range.formulas = [[w.formula]];
      else if (typeof w.value === "string" && textCell) range.values = [[w.value.slice(1)]];
      else range.values = [[w.value as string | number | boolean]];
    }
    for (const ic of c.items.filter((i) => i.merge)) {
      const item = targetItems()[ic.item]!;
      const first = item.rows[0]!.row;
      const range = cellRange(first, COL.input, item.rows[1]!.row - first + 1, 1);
      context.workbook.worksheets.getItem(item.sheet).getRange(rangeA1(range)).merge(false);
    }
    await context.sync();
  });
}

/** A problem as both sides must give it: code and cell, and for a typed date the day and serial it names. */
const key = (p: LocatedProblem): string =>
  `${p.code} ${p.where?.sheet ?? ""}!${p.where?.cell ?? ("range" in p ? p.range : "")}` +
  (p.code === "date-input" ? ` ${p.date} ${p.serial}` : "");

const cases = drawWorkbooks(
  caseCount(120),
  { uncalculatedFormulas: false, booleansInPercentCells: true },
  2
);

describe("the Office.js adapter reads typed inputs as the .xlsx reader does", () => {
  afterAll(uninstallOffice);

  test.each(cases.map((_, i) => [i]))("workbook %i", async (i) => {
    const c = cases[i]!;
    const xlsx = await readOk(await writeCase(c), `office-${i}.xlsx`);
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    await typeCase(host.run.bind(host), c);
    const live = must(await adapter.readLive());
    expect({
      total: live.report.total,
      verdict: live.report.verdict,
      tables: live.report.tables.map((t) => t.score),
      items: live.report.items.map((it) => [it.id, it.score, it.deduction]),
    }).toEqual({
      total: xlsx.report.total,
      verdict: xlsx.report.verdict,
      tables: xlsx.report.tables.map((t) => t.score),
      items: xlsx.report.items.map((it) => [it.id, it.score, it.deduction]),
    });
    const adapterSide = live.problems.map(key).sort();
    const xlsxSide = [...xlsx.errors, ...xlsx.warnings]
      .filter((p) => !XLSX_ONLY.has(p.code))
      .map((p) => key({ ...p, where: { ...p.where, file: undefined } }))
      .sort();
    expect(adapterSide).toEqual(xlsxSide);
    // The documented difference is exactly the formulas and merges of the case.
    const formulas = c.items.flatMap((ic) =>
      ic.inputs.filter((v, j) => v?.kind === "formula" && !(ic.merge && j === 1))
    ).length;
    const merges = c.items.filter((ic) => ic.merge).length;
    expect([
      xlsx.warnings.filter((w) => w.code === "formula-input").length,
      xlsx.warnings.filter((w) => w.code === "merged-input").length,
    ]).toEqual([formulas, merges]);
  });
});
