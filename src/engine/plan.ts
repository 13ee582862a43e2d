/**
 * The group's evaluation plan (4.3 评估方案; 7.2 经评估小组界定): who evaluates what, when, and which items the
 * group has judged not applicable, each with its reason. Every expert's copy is made from the plan, so no
 * expert marks 不适用 alone; the merge checks that every copy carries the same plan (its fingerprint).
 *
 * JSON format "gridscore-plan/1" (README: The evaluation plan):
 * { format, organization?, level?, dates?: { start?, end? }, members?: [{ name, field?, unit?, role? }],
 *   notApplicable?: [{ item, reason }] }
 */
import { LEVELS } from "../standard";
import type { Level, StandardDef } from "../standard";
import { STANDARD, indexStandard, sha256Text } from "../standard";
import type { Evaluation, ItemInput } from "./evaluation";
import { EVALUATION_FORMAT } from "./evaluation";
import { NO_SUCH_FIELD, isIsoDate } from "./parse";
import { dateExpected } from "./dates";
import type { Problem } from "./problems";
import { checkText } from "./text";

export const PLAN_FORMAT = "gridscore-plan/1";
const PLAN_FORMAT_PREFIX = "gridscore-plan/";

export interface PlanMember {
  readonly name: string;
  readonly field?: string;
  readonly unit?: string;
  readonly role?: string;
}

export interface Plan {
  readonly format: typeof PLAN_FORMAT;
  readonly organization?: string;
  readonly level?: Level;
  readonly dates?: { readonly start?: string; readonly end?: string };
  readonly members: readonly PlanMember[];
  /** Items the group judged not applicable (7.2), in the standard's order, each with the group's reason. */
  readonly notApplicable: readonly { readonly item: string; readonly reason: string }[];
}

/** The plan's fingerprint: SHA-256 of its canonical JSON (keys in a fixed order), first 16 hex digits. */
export function planFingerprint(plan: Plan): string {
  return sha256Text(JSON.stringify(canonical(plan))).slice(0, 16);
}

function canonical(plan: Plan): unknown {
  return {
    format: plan.format,
    organization: plan.organization ?? "",
    level: plan.level ?? "",
    dates: { start: plan.dates?.start ?? "", end: plan.dates?.end ?? "" },
    members: plan.members.map((m) => [m.name, m.field ?? "", m.unit ?? "", m.role ?? ""]),
    notApplicable: plan.notApplicable.map((n) => [n.item, n.reason]),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a plan from parsed JSON, listing every problem (`bad-structure` with a JSON path, `unknown-item`,
 * texts no cell can hold). A not-applicable item needs a reason: 7.2 asks the group to decide, and the report
 * cites it. Returns the plan only when there is no problem.
 */
export function parsePlan(
  json: unknown,
  standard: StandardDef = STANDARD
): { plan?: Plan; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (path: string, expected: string) =>
    problems.push({ code: "bad-structure", path, expected });
  if (!isRecord(json)) {
    bad("$", "object");
    return { problems };
  }
  if (json.format !== PLAN_FORMAT)
    problems.push({ code: "bad-format", found: json.format, expected: PLAN_FORMAT });
  for (const key of Object.keys(json))
    if (!["format", "organization", "level", "dates", "members", "notApplicable"].includes(key))
      bad(`$.${key}`, NO_SUCH_FIELD);
  const text = (path: string, v: unknown): string | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== "string") {
      bad(path, "string");
      return undefined;
    }
    problems.push(...checkText(path, v));
    return v;
  };
  const organization = text("$.organization", json.organization);
  let level: Level | undefined;
  if (json.level !== undefined) {
    if (typeof json.level === "string" && Object.hasOwn(LEVELS, json.level))
      level = json.level as Level;
    else bad("$.level", Object.keys(LEVELS).join(" | "));
  }
  let dates: Plan["dates"];
  if (json.dates !== undefined) {
    if (!isRecord(json.dates)) bad("$.dates", "object");
    else {
      const d = json.dates;
      for (const k of ["start", "end"] as const)
        if (d[k] !== undefined && !(typeof d[k] === "string" && isIsoDate(d[k])))
          bad(`$.dates.${k}`, dateExpected(d[k]));
      dates = {
        ...(typeof d.start === "string" ? { start: d.start } : {}),
        ...(typeof d.end === "string" ? { end: d.end } : {}),
      };
      for (const key of Object.keys(d))
        if (key !== "start" && key !== "end") bad(`$.dates.${key}`, NO_SUCH_FIELD);
      if (
        dates.start &&
        dates.end &&
        isIsoDate(dates.start) &&
        isIsoDate(dates.end) &&
        dates.end < dates.start
      )
        bad("$.dates.end", `不早于开始日期 ${dates.start} / on or after the start date`);
    }
  }
  const members: PlanMember[] = [];
  if (json.members !== undefined && !Array.isArray(json.members)) bad("$.members", "array");
  else
    (json.members ?? []).forEach((m: unknown, i: number) => {
      const path = `$.members[${i}]`;
      if (!isRecord(m) || typeof m.name !== "string" || !m.name.trim()) {
        bad(path, "{ name, field?, unit?, role? }");
        return;
      }
      for (const key of Object.keys(m))
        if (!["name", "field", "unit", "role"].includes(key)) bad(`${path}.${key}`, NO_SUCH_FIELD);
      const name = m.name.trim();
      if (members.some((o) => o.name.trim() === name))
        bad(`${path}.name`, `每人一次（“${name}”已列出） / each member once`);
      const member: { -readonly [K in keyof PlanMember]: PlanMember[K] } = {
        name: text(`${path}.name`, m.name)!,
      };
      for (const k of ["field", "unit", "role"] as const) {
        const v = text(`${path}.${k}`, m[k]);
        if (v !== undefined) member[k] = v;
      }
      members.push(member);
    });
  // One leader (组长) per group: a second is refused, naming both.
  const leaders = members.filter((m) => m.role?.trim() === LEADER_ROLE);
  if (leaders.length > 1) {
    const second = members.indexOf(leaders[1]!);
    bad(
      `$.members[${second}].role`,
      `评估组只有一位组长（“${leaders
        .map((m) => m.name)
        .join(
          "”“"
        )}”都写为组长），请只保留一位 / one group leader (${leaders.map((m) => JSON.stringify(m.name)).join(", ")} all have the role "${LEADER_ROLE}"): keep one`
    );
  }
  const index = indexStandard(standard);
  const items = index.items;
  const notApplicable: { item: string; reason: string }[] = [];
  if (json.notApplicable !== undefined && !Array.isArray(json.notApplicable))
    bad("$.notApplicable", "array");
  else
    (json.notApplicable ?? []).forEach((n: unknown, i: number) => {
      const path = `$.notApplicable[${i}]`;
      if (!isRecord(n) || typeof n.item !== "string") {
        bad(path, "{ item, reason }");
        return;
      }
      if (!items.has(n.item)) {
        // Named at its JSON path; a requirement line's id (A.3.3.1) is told the item id to use instead.
        const line = index.lines.get(n.item);
        problems.push({
          code: "unknown-item",
          itemId: n.item,
          path: `${path}.item`,
          ...(line ? { lineOf: line.item.id } : {}),
        });
        return;
      }
      if (notApplicable.some((o) => o.item === n.item)) {
        bad(`${path}.item`, `每项一次（${n.item} 已列出） / each item once`);
        return;
      }
      const reason = typeof n.reason === "string" ? n.reason.trim() : "";
      if (!reason) {
        bad(`${path}.reason`, "不适用须写明评估小组的理由（7.2） / a reason (7.2)");
        return;
      }
      problems.push(...checkText(`${path}.reason`, reason));
      notApplicable.push({ item: n.item, reason });
    });
  if (problems.length > 0) return { problems };
  const order = [...items.keys()];
  notApplicable.sort((a, b) => order.indexOf(a.item) - order.indexOf(b.item));
  return {
    plan: {
      format: PLAN_FORMAT,
      ...(organization !== undefined ? { organization } : {}),
      ...(level !== undefined ? { level } : {}),
      ...(dates !== undefined ? { dates } : {}),
      members,
      notApplicable,
    },
    problems,
  };
}

/** The role of the group's leader in a plan's members (the 评估组 sheet's 组内角色). */
export const LEADER_ROLE = "组长";

/**
 * What a valid plan should still be told (warnings): a group of other than 5–7 members (4.2), in the words the merge
 * uses (`group-size`), at the time the copies are made rather than after everyone has scored. A plan that lists no
 * members (the copies are named by `--evaluator`) is not counted.
 *
 * @param plan a plan parsed by {@link parsePlan}
 */
export function planWarnings(plan: Plan): Problem[] {
  const n = plan.members.length;
  return n > 0 && (n < 5 || n > 7) ? [{ code: "group-size", experts: n }] : [];
}

export type PlanRecordCorrupt = Extract<Problem, { code: "plan-record-corrupt" }>;

/**
 * Reads the plan a workbook's identity sheet records (its fingerprint `plan` and its JSON `planData`, as
 * buildScoresheet writes them): `{}` when there is no record (a copy made without a plan), `{ plan }` when the data
 * parses as a plan (gridscore-plan/1) whose fingerprint is the recorded one, and otherwise `{ problem }`, a
 * `plan-record-corrupt` error saying what is wrong (unparseable or cut-short JSON, not a plan, another format
 * version, a fingerprint the data no longer matches, one of the two entries missing). Never drops a record silently:
 * a plan cannot be swapped or lost without every reader naming it.
 *
 * @param fingerprint the `plan` entry; empty or undefined when absent
 * @param data the `planData` entry (JSON text, or already parsed); empty or undefined when absent
 */
export function readPlanRecord(
  fingerprint: string | undefined,
  data: unknown
): { readonly plan?: Plan; readonly problem?: PlanRecordCorrupt } {
  const hasData = data !== undefined && data !== null && data !== "";
  if (!fingerprint && !hasData) return {};
  const corrupt = (
    defect: PlanRecordCorrupt["defect"],
    more: { detail?: string; cause?: Problem } = {}
  ): { problem: PlanRecordCorrupt } => ({
    problem: { code: "plan-record-corrupt", defect, ...more },
  });
  if (!fingerprint) return corrupt("missing", { detail: "plan" });
  if (!hasData) return corrupt("missing", { detail: "planData" });
  let json: unknown = data;
  if (typeof data === "string") {
    try {
      json = JSON.parse(data) as unknown;
    } catch (err: unknown) {
      return corrupt("json", { detail: err instanceof Error ? err.message : String(err) });
    }
  }
  // Another gridscore-plan version (a newer gridscore's, or an edited number); any other format is no plan at all.
  if (
    isRecord(json) &&
    typeof json.format === "string" &&
    json.format.startsWith(PLAN_FORMAT_PREFIX) &&
    json.format !== PLAN_FORMAT
  )
    return corrupt("version", { detail: json.format });
  const { plan, problems } = parsePlan(json);
  if (!plan) return corrupt("shape", problems[0] ? { cause: problems[0] } : {});
  if (planFingerprint(plan) !== fingerprint) return corrupt("fingerprint", { detail: fingerprint });
  return { plan };
}

/**
 * The plan a workbook's identity sheet records, or undefined when there is none or it cannot be read back
 * ({@link readPlanRecord} says which; the scoresheet reader reports a corrupt record as `plan-record-corrupt`).
 */
export function recordedPlan(fingerprint: string | undefined, data: unknown): Plan | undefined {
  return readPlanRecord(fingerprint, data).plan;
}

export type PlanOverridden = Extract<Problem, { code: "plan-overridden" }>;

/**
 * 7.2: every item the plan fixes as 不适用 must still read as 不适用, citing the plan's reason (`plan-overridden`,
 * an error): the group decided it, not the expert. `found` is the status the evaluation holds instead ("normal"
 * when none); when the status is still 不适用 but the item's note no longer is the plan's ({@link planReasonNote}),
 * `note` is the note found, so no expert's reason is cited as the group's (no note at all is accepted).
 */
export function planOverrides(evaluation: Evaluation, plan: Plan): PlanOverridden[] {
  const problems: PlanOverridden[] = [];
  for (const { item, reason } of plan.notApplicable) {
    const status = evaluation.items[item]?.status;
    if (status === "na") {
      // No note is no other reason (a JSON written by hand may carry none); a different one is refused.
      const note = evaluation.items[item]?.notes?.[item] ?? "";
      if (note.trim() !== "" && note.trim() !== planReasonNote(reason).trim())
        problems.push({ code: "plan-overridden", itemId: item, found: "na", reason, note });
      continue;
    }
    problems.push({
      code: "plan-overridden",
      itemId: item,
      found: status === undefined || status === null ? "normal" : String(status),
      reason,
    });
  }
  return problems;
}

/** The note an item fixed as 不适用 by the plan carries, citing the group's reason. */
export function planReasonNote(reason: string): string {
  return `不适用（评估方案，7.2 经评估小组界定）：${reason}`;
}

/**
 * An evaluation with the plan applied: its not-applicable items marked `na` with the plan's reason as the
 * item-level note (any inputs on them are kept, and the engine reports them as ignored), the organization and
 * level from the plan where the evaluation has none.
 */
export function applyPlan(evaluation: Evaluation | undefined, plan: Plan): Evaluation {
  const base = evaluation ?? { format: EVALUATION_FORMAT, meta: {}, items: {} };
  const items: Record<string, ItemInput> = { ...base.items };
  for (const { item, reason } of plan.notApplicable) {
    const input = items[item] ?? {};
    items[item] = {
      ...input,
      status: "na",
      notes: { ...(input.notes ?? {}), [item]: planReasonNote(reason) },
    };
  }
  return {
    ...base,
    meta: {
      ...base.meta,
      ...(base.meta.organization === undefined && plan.organization !== undefined
        ? { organization: plan.organization }
        : {}),
      ...(base.meta.level === undefined && plan.level !== undefined ? { level: plan.level } : {}),
    },
    items,
  };
}
