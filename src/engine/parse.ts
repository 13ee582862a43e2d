/**
 * Structural checks of an evaluation JSON document, before any value is scored. Every problem is listed.
 */
import { LEVELS, ROLES } from "../standard";
import type { Level, Role } from "../standard";
import { EVALUATION_FORMAT } from "./evaluation";
import type { CellValue, Evaluation, EvaluationMeta, ItemInput, LineInput } from "./evaluation";
import type { Problem } from "./problems";

/**
 * What a JSON key the format does not know is told, in both languages (a `bad-structure` problem shows its
 * `expected` as written, in either locale).
 */
export const NO_SUCH_FIELD =
  "格式中已有的字段（此字段不在格式中，请删去或改正拼写） / a field of the format (remove it or fix its spelling)";

export interface ParseResult {
  /** Present when the structure is sound (values may still be wrong: scoreEvaluation reports those). */
  readonly evaluation?: Evaluation;
  readonly problems: readonly Problem[];
}

const ITEM_KEYS = new Set(["status", "lines", "notes", "value", "level"]);

/**
 * A map without a prototype, for keys taken from the input: assigning `__proto__` to a `{}` sets its prototype and
 * loses the key, so `__proto__` would be dropped silently where `constructor` is reported as unknown.
 */
function freshMap<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** An own key of a constant table (`"constructor" in LEVELS` is true, an own-key test is not). */
function ownKey(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}
const META_KEYS = ["organization", "level", "evaluator", "role", "date"] as const;

/** Turns parsed JSON into an Evaluation, or lists why it cannot. */
export function parseEvaluation(json: unknown): ParseResult {
  const problems: Problem[] = [];
  if (!isRecord(json))
    return { problems: [{ code: "bad-structure", path: "$", expected: "object" }] };
  if (json.format !== EVALUATION_FORMAT) problems.push({ code: "bad-format", found: json.format });
  const meta = parseMeta(json.meta, problems);
  const items = freshMap<ItemInput>();
  if (json.items !== undefined && !isRecord(json.items)) {
    problems.push({ code: "bad-structure", path: "$.items", expected: "object" });
  } else {
    for (const [itemId, raw] of Object.entries(json.items ?? {})) {
      const item = parseItem(`$.items["${itemId}"]`, raw, problems);
      if (item) items[itemId] = item;
    }
  }
  for (const key of Object.keys(json)) {
    if (!["format", "meta", "items"].includes(key))
      problems.push({ code: "bad-structure", path: `$.${key}`, expected: NO_SUCH_FIELD });
  }
  if (problems.length > 0) return { problems };
  return { evaluation: { format: EVALUATION_FORMAT, meta, items }, problems };
}

function parseMeta(raw: unknown, problems: Problem[]): EvaluationMeta {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push({ code: "bad-structure", path: "$.meta", expected: "object" });
    return {};
  }
  const meta: { -readonly [K in keyof EvaluationMeta]: EvaluationMeta[K] } = {};
  for (const key of Object.keys(raw)) {
    if (!(META_KEYS as readonly string[]).includes(key))
      problems.push({ code: "bad-meta", field: key, value: raw[key], allowed: META_KEYS });
  }
  for (const field of ["organization", "evaluator"] as const) {
    const v = raw[field];
    if (v === undefined) continue;
    if (typeof v === "string") meta[field] = v;
    else problems.push({ code: "bad-meta", field, value: v });
  }
  const level = raw.level;
  if (level !== undefined) {
    if (typeof level === "string" && ownKey(LEVELS, level)) meta.level = level as Level;
    else
      problems.push({
        code: "bad-meta",
        field: "level",
        value: level,
        allowed: Object.keys(LEVELS),
      });
  }
  const role = raw.role;
  if (role !== undefined) {
    if (typeof role === "string" && ownKey(ROLES, role)) meta.role = role as Role;
    else
      problems.push({ code: "bad-meta", field: "role", value: role, allowed: Object.keys(ROLES) });
  }
  const date = raw.date;
  if (date !== undefined) {
    if (typeof date === "string" && isIsoDate(date)) meta.date = date;
    else problems.push({ code: "bad-meta", field: "date", value: date, allowed: ["YYYY-MM-DD"] });
  }
  return meta;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function parseItem(path: string, raw: unknown, problems: Problem[]): ItemInput | undefined {
  if (!isRecord(raw)) {
    problems.push({ code: "bad-structure", path, expected: "object" });
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(raw)) {
    if (!ITEM_KEYS.has(key)) {
      problems.push({
        code: "bad-structure",
        path: `${path}.${key}`,
        expected: "status | lines | notes | value | level",
      });
      ok = false;
    }
  }
  const item: { -readonly [K in keyof ItemInput]: ItemInput[K] } = {};
  for (const field of ["status", "value", "level"] as const) {
    const v = raw[field];
    if (v === undefined) continue;
    if (isCellValue(v)) item[field] = v;
    else {
      problems.push({
        code: "bad-structure",
        path: `${path}.${field}`,
        expected: "string or number",
      });
      ok = false;
    }
  }
  if (raw.lines !== undefined) {
    if (!isRecord(raw.lines)) {
      problems.push({ code: "bad-structure", path: `${path}.lines`, expected: "object" });
      ok = false;
    } else {
      const lines = freshMap<LineInput>();
      for (const [lineId, v] of Object.entries(raw.lines)) {
        if (isCellValue(v)) lines[lineId] = v;
        else if (isRecord(v) && Object.keys(v).length === 1 && isCellValue(v.rate))
          lines[lineId] = { rate: v.rate };
        else {
          problems.push({
            code: "bad-structure",
            path: `${path}.lines["${lineId}"]`,
            expected: "number or { rate: number }",
          });
          ok = false;
        }
      }
      item.lines = lines;
    }
  }
  if (raw.notes !== undefined) {
    if (!isRecord(raw.notes) || !Object.values(raw.notes).every((n) => typeof n === "string")) {
      problems.push({
        code: "bad-structure",
        path: `${path}.notes`,
        expected: "object of strings",
      });
      ok = false;
    } else item.notes = Object.assign(freshMap<string>(), raw.notes as Record<string, string>);
  }
  return ok ? item : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isCellValue(v: unknown): v is CellValue {
  return v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean";
}
