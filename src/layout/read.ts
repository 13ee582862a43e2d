/**
 * Reading a scoresheet back from any grid of cells (a .xlsx via ExcelJS, or the open workbook via Office.js):
 * inputs are found by their hidden ids, never by row positions, and turned into an evaluation.
 */
import { STANDARD, indexStandard } from "../standard";
import type { ItemDef } from "../standard";
import {
  EVALUATION_FORMAT,
  ITEM_STATUSES,
  planOverrides,
  readDateText,
  readPlanRecord,
} from "../engine";
import type {
  CellValue,
  Evaluation,
  Where,
  EvaluationMeta,
  ItemInput,
  LineInput,
  LocatedProblem,
  Problem,
} from "../engine";
import { a1 } from "./a1";
import { COVER_COL } from "./coverSheet";
import type { MetaField } from "./coverSheet";
import { levelCodeFromCell, levelFromCell, roleCodeFromCell, statusFromCell } from "./labels";
import { LAYOUT_VERSION, META_SHEET, READABLE_LAYOUTS } from "./metaSheet";
import { excelSerialToIso, gridDateText } from "./dates";
import type { MetaKey } from "./metaSheet";
import { COL } from "./tableColumns";
import { cleanValue, dateSerial, inputKind, mergedInputs, readInputCell } from "./readCells";
import { splitNotes } from "./notes";

export type { GridSource, GridValue } from "./grid";
import type { GridSource, GridValue } from "./grid";

/** Where an input cell of the evaluation sits, so problems can name it. */
export interface InputLocation {
  readonly sheet: string;
  readonly row: number;
  /** What the row's input cell holds when it is neither number nor text: a boolean or an error value. */
  readonly input?: "boolean" | "error";
}

export interface ScoresheetRead {
  readonly evaluation: Evaluation;
  /** The identity sheet's key/values; empty when the workbook has none. */
  readonly identity: Partial<Record<MetaKey, string>>;
  /** Problems of reading (numbers stored as text, missing rows, bad metadata), located by sheet and cell. */
  readonly problems: readonly LocatedProblem[];
  /** Row of every line id and item id found, to locate the engine's problems. */
  readonly locations: ReadonlyMap<string, InputLocation>;
}

function asText(v: GridValue): string {
  const c = cleanValue(v);
  return c === null ? "" : String(c);
}

/** Reads the identity sheet's key/value pairs. */
export function readIdentity(grid: GridSource): Partial<Record<MetaKey, string>> {
  const out: Partial<Record<MetaKey, string>> = {};
  if (!grid.sheetNames().includes(META_SHEET)) return out;
  for (let row = 0; row < grid.rowCount(META_SHEET); row++) {
    const key = asText(grid.cell(META_SHEET, row, 0));
    if (key) out[key as MetaKey] = asText(grid.cell(META_SHEET, row, 1));
  }
  return out;
}

/**
 * Where a copy's plan record sits: the value cell of its `planData` entry in the identity sheet (of `plan` when
 * planData is gone), so that a `plan-record-corrupt` names file, sheet and cell.
 */
function planRecordWhere(grid: GridSource, file: string | undefined): Where {
  let row: number | undefined;
  for (let r = 0; r < grid.rowCount(META_SHEET); r++) {
    const key = asText(grid.cell(META_SHEET, r, 0));
    if (key === "planData") {
      row = r;
      break;
    }
    if (key === "plan") row = r;
  }
  return {
    ...(file ? { file } : {}),
    sheet: META_SHEET,
    ...(row !== undefined ? { cell: a1(row, 1) } : {}),
  };
}

/** Reads every input of a scoresheet into an evaluation; the engine then validates and scores it. */
export function readScoresheet(grid: GridSource, file?: string): ScoresheetRead {
  const index = indexStandard();
  const problems: LocatedProblem[] = [];
  const locations = new Map<string, InputLocation>();
  const items: Record<
    string,
    {
      status?: CellValue;
      lines: Record<string, LineInput>;
      notes: Record<string, string>;
      value?: CellValue;
      level?: CellValue;
    }
  > = {};
  const meta: { -readonly [K in keyof EvaluationMeta]: EvaluationMeta[K] } = {};
  const where = (sheet: string, row: number, col: number) => ({
    where: { ...(file ? { file } : {}), sheet, cell: a1(row, col) },
  });

  const layout = readIdentity(grid).layout ?? LAYOUT_VERSION;
  if (layout !== LAYOUT_VERSION && READABLE_LAYOUTS.includes(layout))
    problems.push({
      code: "old-layout",
      found: layout,
      current: LAYOUT_VERSION,
      ...(file ? { where: { file } } : {}),
    });
  for (const sheet of grid.sheetNames()) {
    if (sheet === META_SHEET) continue;
    problems.push(...mergedInputs(grid, sheet, file));
    const rows = grid.rowCount(sheet);
    for (let row = 0; row < rows; row++) {
      const metaId = asText(grid.cell(sheet, row, COVER_COL.id));
      if (metaId.startsWith("meta.")) {
        readMeta(metaId.slice(5) as MetaField, grid.cell(sheet, row, COVER_COL.value), meta, (p) =>
          problems.push({ ...p, ...where(sheet, row, COVER_COL.value) })
        );
        continue;
      }
      const id = asText(grid.cell(sheet, row, COL.id));
      if (!id) continue;
      const lineEntry = index.lines.get(id);
      const def: ItemDef | undefined = lineEntry?.item ?? index.items.get(id);
      if (!def) continue;
      if (locations.has(id)) {
        problems.push({
          code: "duplicate-row",
          itemId: def.id,
          ...(lineEntry ? { lineId: id } : {}),
          ...where(sheet, row, COL.id),
        });
        continue;
      }
      const kind = inputKind(grid, sheet, row);
      const here = { sheet, row, ...(kind ? { input: kind } : {}) };
      locations.set(id, here);
      const item = (items[def.id] ??= { lines: {}, notes: {} });
      const at = { itemId: def.id, ...(lineEntry ? { lineId: id } : {}) };
      const isPercent = lineEntry?.line.kind === "rate" || (!lineEntry && def.kind === "tiered");
      const input = readInputCell(grid, sheet, row, isPercent, layout, (p) =>
        problems.push({ ...p, ...at, ...where(sheet, row, COL.input) })
      );
      const noteText = asText(grid.cell(sheet, row, COL.note));
      const isFirstRow = lineEntry ? def.kind === "deduction" && def.lines[0]?.id === id : true;
      if (isFirstRow && lineEntry) {
        const { item: itemNote, line: lineNote } = splitNotes(noteText);
        if (itemNote !== undefined && itemNote.trim()) item.notes[def.id] = itemNote;
        if (lineNote !== undefined && lineNote.trim()) item.notes[id] = lineNote;
      } else if (noteText.trim()) item.notes[id] = noteText;
      if (isFirstRow) {
        locations.set(def.id, here);
        const statusText = asText(grid.cell(sheet, row, COL.status));
        const status = statusFromCell(statusText);
        // Only the labels count, as in the formulas. Other text goes to the engine as typed, which reports it; a
        // status code typed into the cell ("na") would pass the engine as that status, so it is reported here.
        if (status === undefined && (ITEM_STATUSES as readonly string[]).includes(statusText))
          problems.push({
            code: "unknown-status",
            itemId: def.id,
            value: statusText,
            ...where(sheet, row, COL.status),
          });
        else if (status !== "normal") item.status = status ?? statusText;
      }
      if (lineEntry) {
        if (input !== null)
          item.lines[id] = lineEntry.line.kind === "rate" ? { rate: input } : input;
      } else if (def.kind === "tiered") {
        if (input !== null) item.value = input;
      } else if (def.kind === "level") {
        const text = asText(grid.cell(sheet, row, COL.input));
        // Blank means empty or "" (as the formulas test it); spaces are an unknown level, not a missing one. A level
        // code typed into the cell ("national") would pass the engine as that level: reported here, as for statuses.
        const level = text === "" ? undefined : levelFromCell(def, text);
        if (text !== "" && !level && def.options.some((o) => o.level === text))
          problems.push({
            code: "unknown-level",
            itemId: def.id,
            value: text,
            allowed: def.options.map((o) => o.level),
            ...where(sheet, row, COL.input),
          });
        else if (text !== "") item.level = level ?? text;
      }
    }
  }
  for (const table of STANDARD.tables) {
    for (const def of table.items) {
      const ids = def.kind === "deduction" ? def.lines.map((l) => l.id) : [def.id];
      for (const id of ids)
        if (!locations.has(id))
          problems.push({
            code: "missing-row",
            itemId: def.id,
            ...(id !== def.id ? { lineId: id } : {}),
            ...(file ? { where: { file } } : {}),
          });
    }
  }
  const evaluationItems: Record<string, ItemInput> = {};
  for (const [id, it] of Object.entries(items)) {
    const out: { -readonly [K in keyof ItemInput]: ItemInput[K] } = {};
    if (it.status !== undefined) out.status = it.status;
    if (Object.keys(it.lines).length > 0) out.lines = it.lines;
    if (Object.keys(it.notes).length > 0) out.notes = it.notes;
    if (it.value !== undefined) out.value = it.value;
    if (it.level !== undefined) out.level = it.level;
    if (Object.keys(out).length > 0) evaluationItems[id] = out;
  }
  const evaluation: Evaluation = { format: EVALUATION_FORMAT, meta, items: evaluationItems };
  const identity = readIdentity(grid);
  // 7.2: an item the group's plan fixed as 不适用 must still read 不适用, whatever was done to the sheet's protection.
  // A record that cannot be read back is named at its cell, never taken for a copy made without a plan.
  const record = readPlanRecord(identity.plan, identity.planData);
  if (record.problem) problems.push({ ...record.problem, where: planRecordWhere(grid, file) });
  const plan = record.plan;
  if (plan)
    for (const p of planOverrides(evaluation, plan)) {
      const loc = locations.get(p.itemId);
      problems.push({
        ...p,
        // A changed reason is named at the note cell, a changed status at the status cell.
        ...(loc
          ? where(loc.sheet, loc.row, p.note !== undefined ? COL.note : COL.status)
          : file
            ? { where: { file } }
            : {}),
      });
    }
  return { evaluation, identity, problems, locations };
}

/** The forms a cover's 日期 may be typed in, as every date reader takes them. */
const DATE_FORMS = ["YYYY-MM-DD", "YYYY/M/D", "YYYY年M月D日"];

function readMeta(
  field: MetaField,
  raw: GridValue,
  meta: { -readonly [K in keyof EvaluationMeta]: EvaluationMeta[K] },
  report: (p: Problem) => void
): void {
  const text = raw instanceof Date ? gridDateText(raw) : asText(raw).trim();
  if (!text) return;
  switch (field) {
    case "organization":
    case "evaluator":
      meta[field] = text;
      return;
    case "level": {
      const code = levelCodeFromCell(text);
      if (code) meta.level = code;
      else report({ code: "bad-meta", field, value: text });
      return;
    }
    case "role": {
      const code = roleCodeFromCell(text);
      if (code) meta.role = code;
      else report({ code: "bad-meta", field, value: text });
      return;
    }
    case "date": {
      // One date reader for the cover and the evaluation sheets: a serial (a Date from ExcelJS is one), or text
      // as "2026-06-02", "2026/6/2" or "2026年6月2日"; a day that does not exist is reported as such.
      const serial =
        raw instanceof Date ? dateSerial(raw) : typeof raw === "number" ? raw : undefined;
      const read = serial === undefined ? readDateText(text) : undefined;
      const iso =
        serial !== undefined
          ? excelSerialToIso(serial)
          : read?.kind === "date"
            ? read.iso
            : undefined;
      if (iso) meta.date = iso;
      else
        report({
          code: "bad-meta",
          field,
          value: serial ?? text,
          allowed: DATE_FORMS,
        });
      return;
    }
  }
}

/** Adds the cell of an engine problem, using where the reader found each id. */
export function locateProblem(
  problem: Problem,
  locations: ReadonlyMap<string, InputLocation>,
  file?: string
): LocatedProblem {
  const id =
    "lineId" in problem && problem.lineId
      ? problem.lineId
      : "itemId" in problem
        ? problem.itemId
        : undefined;
  const loc = id ? locations.get(id) : undefined;
  if (!loc) return file ? { ...problem, where: { file } } : problem;
  // TRUE/FALSE or #N/A reached the engine as their text: say what the cell really holds.
  const found = problem.code === "number-as-text" && loc.input ? { found: loc.input } : {};
  const col =
    problem.code === "missing-note"
      ? COL.note
      : problem.code === "unknown-status" || problem.code === "inputs-ignored"
        ? COL.status
        : problem.code === "beyond-cap"
          ? COL.score
          : COL.input;
  return {
    ...problem,
    ...found,
    where: { ...(file ? { file } : {}), sheet: loc.sheet, cell: a1(loc.row, col) },
  };
}
