/**
 * The report sheet never clips a long unit name or a long 评估组 cell: 被评单位 and the other basics, and each
 * member's name, unit and notes, sat in one row capped at Excel's 409 pt (27 lines), so a value the readers accept
 * (up to Excel's 32,767-character cell limit) printed its first 27 lines only. Each continues on the rows below.
 */
import { buildReportModel, buildReportSheet, reportInputFromEvaluation } from "../../src/report";
import type { SheetModel } from "../../src/layout";
import { wrappedLines } from "../../src/layout/builder";
import { MAX_ROW_HEIGHT } from "../../src/layout/model";
import { KNOWN } from "./fixtures";
import { SHEETS_INPUT } from "./support";

const UNIT = "某某省某某市某某区网格化服务管理中心第一分中心，";
const LONG_UNIT = UNIT.repeat(150); // 3,600 characters, some 80 lines at the value's width
const LONG_SOURCE = "省标准化专家库推荐，".repeat(60);

/** Each text cell of column `col` (its merged width), in row order, with its row's height. */
function column(sheet: SheetModel, col: number) {
  return sheet.cells
    .filter((c) => c.col === col && c.content.kind === "text" && c.content.text !== "")
    .map((c) => {
      const merge = sheet.merges.find((m) => m.row === c.row && m.col === col);
      const width = sheet.columns
        .slice(col, col + (merge?.cols ?? 1))
        .reduce((w, k) => w + k.width, 0);
      return {
        row: c.row,
        text: c.content.kind === "text" ? c.content.text : "",
        width,
        height: sheet.rowHeights.get(c.row) ?? 15,
      };
    });
}

function expectUnclipped(cells: ReturnType<typeof column>): void {
  for (const c of cells) {
    expect(c.height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    expect(wrappedLines(c.text, c.width) * 15 + 4).toBeLessThanOrEqual(Math.max(c.height, 19));
  }
}

test("a unit name longer than one row continues on the rows below, whole, after its label", () => {
  const evaluation = { ...KNOWN, meta: { ...KNOWN.meta, organization: LONG_UNIT } };
  const sheet = buildReportSheet(
    buildReportModel(
      reportInputFromEvaluation(evaluation, {
        eligibility: SHEETS_INPUT.eligibility!,
        group: SHEETS_INPUT.group!,
      })
    )
  );
  const values = column(sheet, 1);
  const first = values.findIndex((v) => v.text.startsWith(UNIT));
  const pieces = values.slice(first).filter((v) => v.text.includes("网格化服务管理中心第一分"));
  expect(pieces.length).toBeGreaterThan(1);
  expect(pieces.map((p) => p.text).join("")).toBe(LONG_UNIT);
  // Consecutive rows, the label 被评单位 on the first only.
  expect(pieces.map((p) => p.row - pieces[0]!.row)).toEqual(pieces.map((_, i) => i));
  const labels = column(sheet, 0).filter((c) => pieces.some((p) => p.row === c.row));
  expect(labels.map((l) => l.text)).toEqual(["被评单位"]);
  expect(labels[0]!.row).toBe(pieces[0]!.row);
  expectUnclipped(pieces);
});

test("a member's long unit and notes continue on the rows below, each column whole", () => {
  const [leader, ...rest] = SHEETS_INPUT.group!;
  const group = [{ ...leader!, unit: LONG_UNIT, source: LONG_SOURCE }, ...rest];
  const sheet = buildReportSheet(
    buildReportModel(
      reportInputFromEvaluation(KNOWN, { eligibility: SHEETS_INPUT.eligibility!, group })
    )
  );
  const units = column(sheet, 3).filter((c) => c.text.includes("网格化服务管理中心第一分"));
  const sources = column(sheet, 5).filter((c) => c.text.includes("省标准化专家库推荐"));
  expect(units.length).toBeGreaterThan(1);
  expect(units.map((u) => u.text).join("")).toBe(LONG_UNIT);
  expect(sources.map((s) => s.text).join("")).toBe(LONG_SOURCE);
  expectUnclipped([...units, ...sources]);
  // The member's number and name on the first row, the next member right after the continuation rows.
  const first = units[0]!.row;
  const names = column(sheet, 1).filter((c) => c.row >= first && c.row <= units.at(-1)!.row + 1);
  expect(names.map((n) => n.text)).toEqual([leader!.name, rest[0]!.name]);
  expect(names[1]!.row).toBe(units.at(-1)!.row + 1);
  const numbers = sheet.cells.filter((c) => c.col === 0 && c.content.kind === "number");
  expect(numbers.find((n) => n.row === first)?.content).toEqual({ kind: "number", value: 1 });
});
