/**
 * Reading the evaluation sheets back from any grid (a .xlsx via ExcelJS, or the open workbook via Office.js):
 * rows are found by their hidden ids, in whatever sheet they sit, never by position.
 */
import type { GridSource, GridValue } from "../read";
import { PROCEDURE_STEPS } from "./clauses";
import type { StepId } from "./clauses";
import { EVAL_ID_COL, SHEET_IDS } from "./common";
import { computedTotal } from "../../standard";
import { dateFromCell, suggestDate } from "./dates";
import { gridDateSerial as dateSerial, gridDateText } from "../dates";
import { FICTITIOUS_SERIAL, isIsoDate } from "../../engine";
import {
  DATE_FIELDS,
  INCIDENTS,
  answerFromText,
  readEligibilityDate,
  scoreFromInput,
} from "./eligibility";
import type {
  DateField,
  EligibilityInput,
  EvidenceKey,
  IncidentAnswer,
  IncidentId,
} from "./eligibility";
import { ELIGIBILITY_COL, ELIGIBILITY_IDS } from "./eligibilitySheet";
import { fieldFromText, roleFromText } from "./group";
import type { GroupMember } from "./group";
import { GROUP_COL } from "./groupSheet";
import { PROCEDURE_COL, PROCEDURE_IDS } from "./procedure";
import type { ProcedureStep } from "./procedure";
import type { EvaluationSheetProblem } from "../../engine/sheetProblem";

// The type lives in the engine, whose problems carry it (sheet-entry-not-kept); the engine imports no layout.
export type { EvaluationSheetProblem } from "../../engine/sheetProblem";

/** Whether a sheet problem keeps a typed value out of the evaluation JSON (export refuses it). */
export function sheetProblemLosesInput(p: EvaluationSheetProblem): boolean {
  return p.code !== "self-score-out-of-range";
}

/**
 * Whether a sheet problem keeps a typed value out of a rebuilt workbook (migrate): a group row's field or role off
 * the list, a row without a name, a copied row. A date that is no date is written again as typed, so it is kept.
 */
export function sheetProblemLosesOnRebuild(p: EvaluationSheetProblem): boolean {
  return sheetProblemLosesInput(p) && p.code !== "unreadable-date";
}

export interface EvaluationSheetsRead {
  /** Undefined when the workbook has no eligibility sheet. */
  readonly eligibility?: EligibilityInput;
  /** Undefined when the workbook has no group sheet; otherwise the rows with a name, in order. */
  readonly group?: readonly GroupMember[];
  /** Undefined when the workbook has no procedure sheet; otherwise the seven steps in order. */
  readonly procedure?: readonly ProcedureStep[];
  readonly problems: readonly EvaluationSheetProblem[];
}

/** The most Appendix A can give: the sheet's computed maximum (495), not the declared 500 (README). */
const STANDARD_MAX = computedTotal();

function asText(v: GridValue): string {
  if (v === undefined || v === null) return "";
  if (v instanceof Date) return gridDateText(v);
  return String(v);
}

function optional(v: GridValue): string | undefined {
  const t = asText(v).trim();
  return t === "" ? undefined : t;
}

/** Reads the eligibility, group and procedure sheets wherever their rows are. */
export function readEvaluationSheets(grid: GridSource): EvaluationSheetsRead {
  const problems: EvaluationSheetProblem[] = [];
  const seen = new Set<string>();
  const dates: Partial<Record<DateField, string>> = {};
  const incidents: Partial<Record<IncidentId, IncidentAnswer>> = {};
  const evidence: Partial<Record<EvidenceKey, string>> = {};
  let score: number | string | undefined;
  let eligibilityFound = false;
  const members: { n: number; member: GroupMember }[] = [];
  let groupFound = false;
  const steps = new Map<StepId, ProcedureStep>();
  let procedureFound = false;

  const dateIds = new Map(DATE_FIELDS.map((d) => [ELIGIBILITY_IDS.date(d.field), d.field]));
  const incidentIds = new Map(INCIDENTS.map((i) => [ELIGIBILITY_IDS.incident(i.id), i.id]));
  const stepIds = new Map(PROCEDURE_STEPS.map((s) => [PROCEDURE_IDS.step(s.id), s]));

  for (const sheet of grid.sheetNames()) {
    const rows = grid.rowCount(sheet);
    for (let row = 0; row < rows; row++) {
      const id = asText(grid.cell(sheet, row, EVAL_ID_COL));
      if (!Object.values(SHEET_IDS).some((p) => id.startsWith(p))) continue;
      if (seen.has(id)) {
        problems.push({ code: "duplicate-id", sheet, row, id });
        continue;
      }
      seen.add(id);
      const at = (col: number): GridValue => grid.cell(sheet, row, col);
      const note = optional(at(ELIGIBILITY_COL.evidence));
      const field = dateIds.get(id);
      const incident = incidentIds.get(id);
      const step = stepIds.get(id);
      const member = /^group\.member\.(\d+)$/.exec(id);
      if (field) {
        eligibilityFound = true;
        const raw = at(ELIGIBILITY_COL.input);
        const d = dateFromCell(raw);
        if (d !== undefined) dates[field] = d;
        // As the rule and the sheet's formulas read it: a day that does not exist, or a year before 1900, is no date.
        const kind = readEligibilityDate(d).kind;
        if (kind === "invalid" || kind === "no-such-day") {
          const suggestion = isIsoDate(d!) ? undefined : suggestDate(d!);
          const serial = raw instanceof Date ? dateSerial(raw) : raw;
          problems.push({
            code: "unreadable-date",
            sheet,
            row,
            col: ELIGIBILITY_COL.input,
            label: DATE_FIELDS.find((f) => f.field === field)!.label,
            value: d!,
            ...(suggestion ? { suggestion } : {}),
            ...(typeof serial === "number" && Math.floor(serial) === FICTITIOUS_SERIAL
              ? { serial: Math.floor(serial) }
              : {}),
          });
        }
        if (note) evidence[field] = note;
      } else if (id === ELIGIBILITY_IDS.score) {
        eligibilityFound = true;
        const v = at(ELIGIBILITY_COL.input);
        score = typeof v === "number" ? v : optional(v);
        const n = scoreFromInput(score);
        if (typeof n === "number" && (n < 0 || n > STANDARD_MAX))
          problems.push({
            code: "self-score-out-of-range",
            sheet,
            row,
            col: ELIGIBILITY_COL.input,
            value: n,
          });
        if (note) evidence.selfEvaluationScore = note;
      } else if (incident) {
        eligibilityFound = true;
        const a = answerFromText(asText(at(ELIGIBILITY_COL.input)));
        if (a !== undefined) incidents[incident] = a;
        if (note) evidence[incident] = note;
      } else if (member) {
        groupFound = true;
        const m = readMember(at, sheet, row, problems);
        if (m) members.push({ n: Number(member[1]), member: m });
      } else if (id === "group.check") {
        groupFound = true;
      } else if (step) {
        procedureFound = true;
        const date = dateFromCell(at(PROCEDURE_COL.date));
        const people = optional(at(PROCEDURE_COL.people));
        const notes = optional(at(PROCEDURE_COL.notes));
        steps.set(step.id, {
          id: step.id,
          text: step.text,
          ...(date !== undefined ? { date } : {}),
          ...(people ? { people } : {}),
          ...(notes ? { notes } : {}),
        });
      }
    }
  }
  const eligibility: EligibilityInput = {
    ...dates,
    ...(score !== undefined ? { selfEvaluationScore: score } : {}),
    incidents,
    evidence,
  };
  return {
    ...(eligibilityFound ? { eligibility } : {}),
    ...(groupFound ? { group: members.sort((x, y) => x.n - y.n).map((m) => m.member) } : {}),
    ...(procedureFound
      ? {
          procedure: PROCEDURE_STEPS.map((s) => steps.get(s.id) ?? { id: s.id, text: s.text }),
        }
      : {}),
    problems,
  };
}

function readMember(
  at: (col: number) => GridValue,
  sheet: string,
  row: number,
  problems: EvaluationSheetProblem[]
): GroupMember | undefined {
  const name = asText(at(GROUP_COL.name));
  const fieldText = optional(at(GROUP_COL.field));
  const roleText = optional(at(GROUP_COL.role));
  const unit = optional(at(GROUP_COL.unit));
  const source = optional(at(GROUP_COL.source));
  if (name.trim() === "") {
    const filled = (
      [
        ["领域", fieldText],
        ["工作单位", unit],
        ["组内角色", roleText],
        ["专家来源/备注", source],
      ] as const
    )
      .filter(([, v]) => v !== undefined)
      .map(([label, v]) => `${label}“${v}”`);
    if (filled.length > 0)
      problems.push({
        code: "member-without-name",
        sheet,
        row,
        col: GROUP_COL.name,
        filled: filled.join("、"),
      });
    return undefined;
  }
  const field = fieldText ? fieldFromText(fieldText) : undefined;
  const role = roleText ? roleFromText(roleText) : undefined;
  if (fieldText && !field)
    problems.push({ code: "unknown-field", sheet, row, col: GROUP_COL.field, value: fieldText });
  if (roleText && !role)
    problems.push({ code: "unknown-role", sheet, row, col: GROUP_COL.role, value: roleText });
  return {
    name: name.trim(),
    ...(field ? { field } : {}),
    ...(unit ? { unit } : {}),
    ...(role ? { role } : {}),
    ...(source ? { source } : {}),
  };
}
