/**
 * Moving one evaluator's inputs from one edition of the scoresheet to another (issue 16, `gridscore migrate`).
 * Every input whose item or line id exists in both editions, with an input of the same kind, is carried as it was
 * typed (a value the new limits refuse is carried too and named, so the new workbook's checks show it); every other
 * input is listed with why it was not carried. Nothing is dropped silently. Pure: no I/O.
 */
import { indexStandard } from "../standard";
import type { ItemDef, LineDef, StandardDef } from "../standard";
import { isRateInput } from "./evaluation";
import type { CellValue, Evaluation, ItemInput, LineInput } from "./evaluation";

/** What one entry carried or left: a line's deduction or rate, an item's status, value or level, or a note. */
export type MigrationWhat = "deduction" | "rate" | "status" | "value" | "level" | "note";

export type MigrationReason =
  /** Not carried: the target edition has no item with this id. */
  | { readonly code: "item-missing" }
  /** Not carried: the target edition has no line with this id. */
  | { readonly code: "line-missing" }
  /** Not carried: the target takes another kind of input here (a rate where a deduction was, a level for a %). */
  | { readonly code: "kind-changed"; readonly from: string; readonly to: string }
  /** Not carried: the target item offers no such level. */
  | { readonly code: "level-missing"; readonly level: string }
  /** Carried, but above the target line's max: the new workbook reports it as an error to correct. */
  | { readonly code: "over-max"; readonly max: number }
  /** Carried; the line's max, requirement or rule differs in the target: worth a look. */
  | { readonly code: "line-changed"; readonly fields: readonly string[] };

export interface MigrationEntry {
  /** The line id, or the item id for a status, value, level or item note. */
  readonly id: string;
  readonly what: MigrationWhat;
  /** The input as typed, for the listing. */
  readonly value: string;
  readonly reason?: MigrationReason;
}

export interface Migration {
  /** The inputs in the target edition's ids: what was carried. */
  readonly evaluation: Evaluation;
  /** Carried inputs; those with a reason were carried with something to check. */
  readonly carried: readonly MigrationEntry[];
  /** Inputs not carried, each with its reason. */
  readonly notCarried: readonly MigrationEntry[];
  /** Items of the target edition the source did not have: they start empty. */
  readonly added: readonly string[];
}

function shown(value: LineInput | CellValue | undefined): string {
  if (value !== null && typeof value === "object") return `${shown(value.rate)}%`;
  return value === undefined || value === null ? "" : String(value);
}

function kindOf(def: LineDef | ItemDef): string {
  return def.kind;
}

function lineChanges(from: LineDef, to: LineDef): string[] {
  const fields: string[] = [];
  if (from.maxDeduction !== to.maxDeduction)
    fields.push(`maxDeduction ${from.maxDeduction}→${to.maxDeduction}`);
  if (from.requirement !== to.requirement) fields.push("requirement");
  if (from.rule !== to.rule) fields.push("rule");
  return fields;
}

/**
 * Carries an evaluation's inputs from the `from` edition to the `to` edition.
 * @param evaluation the inputs as read (raw cell values: what the evaluator typed is carried unchanged)
 * @returns the carried evaluation, and every input listed as carried or not carried, in the source's order
 */
export function migrateEvaluation(
  evaluation: Evaluation,
  from: StandardDef,
  to: StandardDef
): Migration {
  const target = indexStandard(to);
  const source = indexStandard(from);
  const carried: MigrationEntry[] = [];
  const notCarried: MigrationEntry[] = [];
  const items: Record<string, ItemInput> = {};
  const entry = (id: string, what: MigrationWhat, value: string, reason?: MigrationReason) =>
    reason === undefined ? { id, what, value } : { id, what, value, reason };

  for (const [itemId, input] of Object.entries(evaluation.items)) {
    const def = target.items.get(itemId);
    const out: {
      status?: CellValue;
      lines?: Record<string, LineInput>;
      notes?: Record<string, string>;
      value?: CellValue;
      level?: CellValue;
    } = {};
    const keep = (what: MigrationWhat, id: string, value: string, reason?: MigrationReason) =>
      carried.push(entry(id, what, value, reason));
    const drop = (what: MigrationWhat, id: string, value: string, reason: MigrationReason) =>
      notCarried.push(entry(id, what, value, reason));

    if (input.status !== undefined && input.status !== null && input.status !== "normal") {
      if (def) {
        out.status = input.status;
        keep("status", itemId, shown(input.status));
      } else drop("status", itemId, shown(input.status), { code: "item-missing" });
    }
    for (const [lineId, value] of Object.entries(input.lines ?? {})) {
      const what: MigrationWhat = isRateInput(value) ? "rate" : "deduction";
      const was = source.lines.get(lineId)?.line;
      const now = target.lines.get(lineId);
      if (!def) drop(what, lineId, shown(value), { code: "item-missing" });
      else if (!now || now.item.id !== itemId)
        drop(what, lineId, shown(value), { code: "line-missing" });
      else if (now.line.kind !== (what === "rate" ? "rate" : "deduction"))
        drop(what, lineId, shown(value), { code: "kind-changed", from: what, to: now.line.kind });
      else {
        (out.lines ??= {})[lineId] = value;
        const changes = was ? lineChanges(was, now.line) : [];
        const overMax = typeof value === "number" && value > now.line.maxDeduction;
        keep(
          what,
          lineId,
          shown(value),
          overMax
            ? { code: "over-max", max: now.line.maxDeduction }
            : changes.length > 0
              ? { code: "line-changed", fields: changes }
              : undefined
        );
      }
    }
    for (const key of ["value", "level"] as const) {
      const value = input[key];
      if (value === undefined || value === null || value === "") continue;
      const wanted = key === "value" ? "tiered" : "level";
      if (!def) drop(key, itemId, shown(value), { code: "item-missing" });
      else if (def.kind !== wanted)
        drop(key, itemId, shown(value), { code: "kind-changed", from: wanted, to: kindOf(def) });
      else if (
        def.kind === "level" &&
        typeof value === "string" &&
        !def.options.some((o) => o.level === value)
      )
        drop(key, itemId, shown(value), { code: "level-missing", level: value });
      else {
        out[key] = value;
        keep(key, itemId, shown(value));
      }
    }
    for (const [noteId, note] of Object.entries(input.notes ?? {})) {
      const exists =
        noteId === itemId ? def !== undefined : target.lines.get(noteId)?.item.id === itemId;
      if (exists) {
        (out.notes ??= {})[noteId] = note;
        keep("note", noteId, note);
      } else
        drop("note", noteId, note, {
          code: noteId === itemId || !def ? "item-missing" : "line-missing",
        });
    }
    if (def && Object.keys(out).length > 0) items[itemId] = out;
  }
  const added = [...target.items.keys()].filter((id) => !source.items.has(id));
  return { evaluation: { ...evaluation, items }, carried, notCarried, added };
}
