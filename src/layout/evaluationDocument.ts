/**
 * The evaluation JSON that carries the whole evaluation, "gridscore-evaluation/2": version 1 (the engine's
 * Evaluation) plus the eligibility (section 5), group (4.2) and procedure (section 6) sheets' data and the
 * remediation plan's rows by line id. Version 1 still reads: it is a version 2 document without those parts.
 */
import {
  dateExpected,
  isIsoDate,
  parseEvaluation,
  parsePlan as parseGroupPlan,
  planFingerprint,
} from "../engine";
import type { Evaluation, Plan, Problem } from "../engine";
import { PROCEDURE_STEPS } from "./evaluationSheets/clauses";
import type { StepId } from "./evaluationSheets/clauses";
import { DATE_FIELDS, INCIDENTS } from "./evaluationSheets/eligibility";
import type {
  DateField,
  EligibilityInput,
  EvidenceKey,
  IncidentAnswer,
  IncidentId,
} from "./evaluationSheets/eligibility";
import { FIELD_LABELS, ROLE_LABELS } from "./evaluationSheets/group";
import type { ExpertField, GroupMember, GroupRole } from "./evaluationSheets/group";
import type { ProcedureRecord, ProcedureStep } from "./evaluationSheets/procedure";

export const EVALUATION_FORMAT_V1 = "gridscore-evaluation/1";
export const EVALUATION_FORMAT_V2 = "gridscore-evaluation/2";

/** 状态 of a plan row: 未开始 / 进行中 / 已完成. */
export type PlanStatus = "not-started" | "in-progress" | "done";
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  "not-started": "未开始",
  "in-progress": "进行中",
  done: "已完成",
};

/** The status code of a 状态 cell's text (the label, or the code itself in JSON); undefined for anything else. */
export function planStatusFromText(text: string): PlanStatus | undefined {
  // Exactly, as the item 状态 cells are read (labels.ts statusFromCell) and as the sheet's own 逾期 formula
  // compares ($K8<>"已完成"): "已完成 " with a space is not 已完成 there, so it is not here either.
  for (const [code, label] of Object.entries(PLAN_STATUS_LABELS) as [PlanStatus, string][])
    if (text === label || text === code) return code;
  return undefined;
}

/** What the unit records against one plan row (a requirement line, or an item when lines are not known). */
export interface PlanEntry {
  /** 整改措施 */
  readonly measure?: string;
  /** 责任部门 */
  readonly department?: string;
  /** 完成期限, ISO "YYYY-MM-DD" */
  readonly deadline?: string;
  readonly status?: PlanStatus;
  /** 佐证材料: a text, a path or a link. */
  readonly evidence?: string;
  /** 复核意见 */
  readonly review?: string;
}

export const PLAN_TEXT_FIELDS = ["measure", "department", "evidence", "review"] as const;

/** One evaluation with everything around it. */
export interface EvaluationDocument {
  readonly evaluation: Evaluation;
  readonly eligibility?: EligibilityInput;
  readonly group?: readonly GroupMember[];
  readonly procedure?: ProcedureRecord;
  /** Plan rows by line id (or item id). */
  readonly plan?: Readonly<Record<string, PlanEntry>>;
  /**
   * The group's evaluation plan (4.3, 7.2) the copy was made from, with its fingerprint, so an exported copy
   * merges with the workbooks made from the same plan (not the remediation `plan` above).
   */
  readonly groupPlan?: { readonly fingerprint: string; readonly plan: Plan };
}

export interface DocumentParse {
  readonly document?: EvaluationDocument;
  readonly problems: readonly Problem[];
}

const V2_KEYS = ["eligibility", "group", "procedure", "plan", "groupPlan"] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function own(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** Checks a record's keys against the allowed ones; reports each other key at its path. */
function knownKeys(
  raw: Record<string, unknown>,
  path: string,
  allowed: readonly string[],
  problems: Problem[]
): void {
  for (const key of Object.keys(raw))
    if (!allowed.includes(key))
      problems.push({
        code: "bad-structure",
        path: `${path}.${key}`,
        expected: allowed.join(" | "),
      });
}

function optionalText(
  raw: Record<string, unknown>,
  key: string,
  path: string,
  problems: Problem[]
): string | undefined {
  const v = raw[key];
  if (v === undefined) return undefined;
  if (typeof v === "string") return v;
  problems.push({ code: "bad-structure", path: `${path}.${key}`, expected: "string" });
  return undefined;
}

function optionalDate(
  raw: Record<string, unknown>,
  key: string,
  path: string,
  problems: Problem[]
): string | undefined {
  const v = optionalText(raw, key, path, problems);
  if (v === undefined || isIsoDate(v)) return v;
  problems.push({ code: "bad-structure", path: `${path}.${key}`, expected: dateExpected(v) });
  return undefined;
}

function parseEligibility(raw: unknown, problems: Problem[]): EligibilityInput | undefined {
  const path = "$.eligibility";
  if (!isRecord(raw)) {
    problems.push({ code: "bad-structure", path, expected: "object" });
    return undefined;
  }
  const dateKeys = DATE_FIELDS.map((d) => d.field);
  knownKeys(raw, path, [...dateKeys, "selfEvaluationScore", "incidents", "evidence"], problems);
  const out: {
    -readonly [K in keyof EligibilityInput]: EligibilityInput[K];
  } = {};
  for (const key of dateKeys) {
    const d = optionalDate(raw, key, path, problems);
    if (d !== undefined) out[key] = d;
  }
  const score = raw.selfEvaluationScore;
  if (typeof score === "number" || typeof score === "string") out.selfEvaluationScore = score;
  else if (score !== undefined)
    problems.push({
      code: "bad-structure",
      path: `${path}.selfEvaluationScore`,
      expected: "number",
    });
  const incidentIds = INCIDENTS.map((i) => i.id);
  if (raw.incidents !== undefined) {
    if (!isRecord(raw.incidents))
      problems.push({ code: "bad-structure", path: `${path}.incidents`, expected: "object" });
    else {
      const incidents: Partial<Record<IncidentId, IncidentAnswer>> = {};
      for (const [key, v] of Object.entries(raw.incidents)) {
        const at = `${path}.incidents.${key}`;
        if (!(incidentIds as readonly string[]).includes(key))
          problems.push({ code: "bad-structure", path: at, expected: incidentIds.join(" | ") });
        else if (v === "yes" || v === "no") incidents[key as IncidentId] = v;
        else if (isRecord(v) && typeof v.invalid === "string" && Object.keys(v).length === 1)
          incidents[key as IncidentId] = { invalid: v.invalid };
        else problems.push({ code: "bad-structure", path: at, expected: `"yes" | "no"` });
      }
      out.incidents = incidents;
    }
  }
  const evidenceKeys: readonly string[] = [...dateKeys, "selfEvaluationScore", ...incidentIds];
  if (raw.evidence !== undefined) {
    if (!isRecord(raw.evidence))
      problems.push({ code: "bad-structure", path: `${path}.evidence`, expected: "object" });
    else {
      knownKeys(raw.evidence, `${path}.evidence`, evidenceKeys, problems);
      const evidence: Partial<Record<EvidenceKey, string>> = {};
      for (const key of evidenceKeys) {
        const t = optionalText(raw.evidence, key, `${path}.evidence`, problems);
        if (t !== undefined) evidence[key as EvidenceKey] = t;
      }
      out.evidence = evidence;
    }
  }
  return out;
}

function parseGroup(raw: unknown, problems: Problem[]): GroupMember[] | undefined {
  const path = "$.group";
  if (!Array.isArray(raw)) {
    problems.push({ code: "bad-structure", path, expected: "array" });
    return undefined;
  }
  const members: GroupMember[] = [];
  raw.forEach((m: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(m)) {
      problems.push({ code: "bad-structure", path: at, expected: "object" });
      return;
    }
    knownKeys(m, at, ["name", "field", "unit", "role", "source"], problems);
    const name = optionalText(m, "name", at, problems);
    if (name === undefined || name.trim() === "") {
      problems.push({ code: "bad-structure", path: `${at}.name`, expected: "a name" });
      return;
    }
    const field = optionalText(m, "field", at, problems);
    const role = optionalText(m, "role", at, problems);
    if (field !== undefined && !own(FIELD_LABELS, field))
      problems.push({
        code: "bad-structure",
        path: `${at}.field`,
        expected: Object.keys(FIELD_LABELS).join(" | "),
      });
    if (role !== undefined && !own(ROLE_LABELS, role))
      problems.push({
        code: "bad-structure",
        path: `${at}.role`,
        expected: Object.keys(ROLE_LABELS).join(" | "),
      });
    const unit = optionalText(m, "unit", at, problems);
    const source = optionalText(m, "source", at, problems);
    members.push({
      name,
      ...(field !== undefined && own(FIELD_LABELS, field) ? { field: field as ExpertField } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(role !== undefined && own(ROLE_LABELS, role) ? { role: role as GroupRole } : {}),
      ...(source !== undefined ? { source } : {}),
    });
  });
  return members;
}

function parseProcedure(raw: unknown, problems: Problem[]): ProcedureRecord | undefined {
  const path = "$.procedure";
  if (!isRecord(raw)) {
    problems.push({ code: "bad-structure", path, expected: "object" });
    return undefined;
  }
  const ids = PROCEDURE_STEPS.map((s) => s.id);
  knownKeys(raw, path, ids, problems);
  const out: Partial<Record<StepId, Omit<ProcedureStep, "id" | "text">>> = {};
  for (const id of ids) {
    const step = raw[id];
    if (step === undefined) continue;
    const at = `${path}["${id}"]`;
    if (!isRecord(step)) {
      problems.push({ code: "bad-structure", path: at, expected: "object" });
      continue;
    }
    knownKeys(step, at, ["date", "people", "notes"], problems);
    // A date the group typed that is no date is kept as text (as the sheet keeps it), so no ISO check here.
    const date = optionalText(step, "date", at, problems);
    const people = optionalText(step, "people", at, problems);
    const notes = optionalText(step, "notes", at, problems);
    out[id] = {
      ...(date !== undefined ? { date } : {}),
      ...(people !== undefined ? { people } : {}),
      ...(notes !== undefined ? { notes } : {}),
    };
  }
  return out;
}

function parsePlan(raw: unknown, problems: Problem[]): Record<string, PlanEntry> | undefined {
  const path = "$.plan";
  if (!isRecord(raw)) {
    problems.push({ code: "bad-structure", path, expected: "object" });
    return undefined;
  }
  const out = Object.create(null) as Record<string, PlanEntry>;
  for (const [id, entry] of Object.entries(raw)) {
    const at = `${path}["${id}"]`;
    if (!isRecord(entry)) {
      problems.push({ code: "bad-structure", path: at, expected: "object" });
      continue;
    }
    knownKeys(entry, at, [...PLAN_TEXT_FIELDS, "deadline", "status"], problems);
    const row: { -readonly [K in keyof PlanEntry]: PlanEntry[K] } = {};
    for (const key of PLAN_TEXT_FIELDS) {
      const t = optionalText(entry, key, at, problems);
      if (t !== undefined) row[key] = t;
    }
    const deadline = optionalDate(entry, "deadline", at, problems);
    if (deadline !== undefined) row.deadline = deadline;
    const status = optionalText(entry, "status", at, problems);
    if (status !== undefined) {
      const code = own(PLAN_STATUS_LABELS, status) ? (status as PlanStatus) : undefined;
      if (code) row.status = code;
      else
        problems.push({
          code: "bad-structure",
          path: `${at}.status`,
          expected: Object.keys(PLAN_STATUS_LABELS).join(" | "),
        });
    }
    out[id] = row;
  }
  return out;
}

function parseGroupPlanField(
  raw: unknown,
  problems: Problem[]
): EvaluationDocument["groupPlan"] | undefined {
  const path = "$.groupPlan";
  if (!isRecord(raw)) {
    problems.push({ code: "bad-structure", path, expected: "object" });
    return undefined;
  }
  knownKeys(raw, path, ["fingerprint", "data"], problems);
  const fingerprint = optionalText(raw, "fingerprint", path, problems);
  if (fingerprint === undefined) {
    problems.push({ code: "bad-structure", path: `${path}.fingerprint`, expected: "string" });
    return undefined;
  }
  const parsed = parseGroupPlan(raw.data);
  if (!parsed.plan) {
    problems.push(
      ...parsed.problems.map((p) =>
        p.code === "bad-structure" ? { ...p, path: p.path.replace(/^\$/, `${path}.data`) } : p
      )
    );
    return undefined;
  }
  if (planFingerprint(parsed.plan) !== fingerprint) {
    problems.push({
      code: "bad-structure",
      path: `${path}.fingerprint`,
      expected: `the fingerprint of ${path}.data (${planFingerprint(parsed.plan)})`,
    });
    return undefined;
  }
  return { fingerprint, plan: parsed.plan };
}

/**
 * Parses an evaluation JSON of version 1 or 2. Version 1 has only format, meta and items; version 2 may add
 * eligibility, group, procedure, plan and the group's plan (groupPlan). Every problem is listed; nothing is clamped.
 */
export function parseEvaluationDocument(json: unknown): DocumentParse {
  if (!isRecord(json)) return parseEvaluation(json);
  const format = json.format;
  // Version 1, or no known format: the engine's parser says what is wrong (bad-format names what it found).
  if (format !== EVALUATION_FORMAT_V2) return wrap(parseEvaluation(json));
  const problems: Problem[] = [];
  const core: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(json))
    if (!(V2_KEYS as readonly string[]).includes(key)) core[key] = value;
  core.format = EVALUATION_FORMAT_V1;
  const parsed = parseEvaluation(core);
  problems.push(...parsed.problems);
  const eligibility =
    json.eligibility === undefined ? undefined : parseEligibility(json.eligibility, problems);
  const group = json.group === undefined ? undefined : parseGroup(json.group, problems);
  const procedure =
    json.procedure === undefined ? undefined : parseProcedure(json.procedure, problems);
  const plan = json.plan === undefined ? undefined : parsePlan(json.plan, problems);
  const groupPlan =
    json.groupPlan === undefined ? undefined : parseGroupPlanField(json.groupPlan, problems);
  if (problems.length > 0 || !parsed.evaluation) return { problems };
  return {
    document: {
      evaluation: parsed.evaluation,
      ...(eligibility ? { eligibility } : {}),
      ...(group ? { group } : {}),
      ...(procedure ? { procedure } : {}),
      ...(plan ? { plan } : {}),
      ...(groupPlan ? { groupPlan } : {}),
    },
    problems,
  };
}

function wrap(parsed: ReturnType<typeof parseEvaluation>): DocumentParse {
  return parsed.evaluation
    ? { document: { evaluation: parsed.evaluation }, problems: parsed.problems }
    : { problems: parsed.problems };
}

/** The procedure steps (as the report lists them) of a record, every step in order. */
export function procedureSteps(record: ProcedureRecord): ProcedureStep[] {
  return PROCEDURE_STEPS.map((s) => ({ id: s.id, text: s.text, ...(record[s.id] ?? {}) }));
}

/** The record of procedure steps, keeping only steps with something recorded. */
export function procedureRecord(steps: readonly ProcedureStep[]): ProcedureRecord {
  const out: Partial<Record<StepId, Omit<ProcedureStep, "id" | "text">>> = {};
  for (const s of steps) {
    const entry = {
      ...(s.date !== undefined ? { date: s.date } : {}),
      ...(s.people !== undefined ? { people: s.people } : {}),
      ...(s.notes !== undefined ? { notes: s.notes } : {}),
    };
    if (Object.keys(entry).length > 0) out[s.id] = entry;
  }
  return out;
}

/** Eligibility without its empty parts; undefined when nothing at all was entered. */
function compactEligibility(e: EligibilityInput | undefined): EligibilityInput | undefined {
  if (!e) return undefined;
  const incidents = e.incidents && Object.keys(e.incidents).length > 0 ? e.incidents : undefined;
  const evidence = e.evidence && Object.keys(e.evidence).length > 0 ? e.evidence : undefined;
  const dates: Partial<Record<DateField, string>> = {};
  for (const { field } of DATE_FIELDS) if (e[field] !== undefined) dates[field] = e[field];
  const out: EligibilityInput = {
    ...dates,
    ...(e.selfEvaluationScore !== undefined ? { selfEvaluationScore: e.selfEvaluationScore } : {}),
    ...(incidents ? { incidents } : {}),
    ...(evidence ? { evidence } : {}),
  };
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The version 2 JSON of a document: only what was entered, in a stable key order. */
export function evaluationDocumentJson(doc: EvaluationDocument): Record<string, unknown> {
  const eligibility = compactEligibility(doc.eligibility);
  const group = doc.group?.filter((m) => m.name.trim() !== "");
  const procedure =
    doc.procedure && Object.keys(doc.procedure).length > 0 ? doc.procedure : undefined;
  const plan = doc.plan && Object.keys(doc.plan).length > 0 ? doc.plan : undefined;
  return {
    format: EVALUATION_FORMAT_V2,
    meta: doc.evaluation.meta,
    items: doc.evaluation.items,
    ...(eligibility ? { eligibility } : {}),
    ...(group && group.length > 0 ? { group } : {}),
    ...(procedure ? { procedure } : {}),
    ...(plan ? { plan } : {}),
    ...(doc.groupPlan
      ? { groupPlan: { fingerprint: doc.groupPlan.fingerprint, data: doc.groupPlan.plan } }
      : {}),
  };
}
