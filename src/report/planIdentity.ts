/**
 * What a remediation plan (整改台账) records of the evaluation it was made from — the unit (organization and
 * level), the evaluation's date and total — and the check that a plan given as `--plan-status` belongs to the
 * evaluation it is used with: another unit's plan is refused, a plan of another evaluation of the same unit (or one
 * that records nothing to check by) is used with a warning.
 */
import type { GridSource } from "../layout";
import { PLAN_META_SHEET, asText } from "../layout/planIdentity";
import type { Level } from "../standard";
import type { Problem } from "../engine";

export { PLAN_META_SHEET, asText } from "../layout/planIdentity";

/** The evaluation a plan was made from, as its identity sheet records it; each field absent when not recorded. */
export interface PlanSourceFacts {
  readonly organization?: string;
  /** The level's code ("city"), recorded since plans carry it. */
  readonly level?: string;
  /** The evaluation's date as its inputs hold it ("" when it had none). */
  readonly date?: string;
  /** The evaluation's total as its report shows it, in points. */
  readonly total?: number;
}

/** The keys of the identity sheet's rows that hold the source's facts. */
const KEYS = {
  organization: "organization",
  level: "level",
  date: "sourceDate",
  total: "sourceTotal",
} as const;

/**
 * The identity rows recording the evaluation a plan is made from (level, date, total; the organization has its own
 * row already).
 *
 * @param facts the source evaluation's level code, date and total
 */
export function planSourceEntries(facts: {
  readonly level?: Level;
  readonly date?: string;
  readonly total: number;
}): [string, string][] {
  return [
    [KEYS.level, facts.level ?? ""],
    [KEYS.date, facts.date ?? ""],
    [KEYS.total, String(facts.total)],
  ];
}

/** The source facts a plan workbook records, found by key in its identity sheet (older plans record fewer). */
export function readPlanSourceFacts(grid: GridSource): PlanSourceFacts {
  if (!grid.sheetNames().includes(PLAN_META_SHEET)) return {};
  const rows = new Map<string, string>();
  for (let r = 0; r < grid.rowCount(PLAN_META_SHEET); r++) {
    const key = asText(grid.cell(PLAN_META_SHEET, r, 0));
    if (key !== "" && !rows.has(key)) rows.set(key, asText(grid.cell(PLAN_META_SHEET, r, 1)));
  }
  const total = rows.get(KEYS.total);
  return {
    ...(rows.has(KEYS.organization) ? { organization: rows.get(KEYS.organization)! } : {}),
    ...(rows.get(KEYS.level) ? { level: rows.get(KEYS.level)! } : {}),
    ...(rows.has(KEYS.date) ? { date: rows.get(KEYS.date)! } : {}),
    ...(total !== undefined && total !== "" && Number.isFinite(Number(total))
      ? { total: Number(total) }
      : {}),
  };
}

/**
 * Whether a plan belongs to the evaluation it is used with: `remediation-other-unit` (an error) when the recorded
 * organization or level differs from the evaluation's (blank on either side is not compared);
 * `remediation-other-evaluation` (a warning) when the same unit's plan records another date or total, or records
 * neither (a plan made before they were recorded).
 *
 * @param plan what the plan records, @param evaluation the evaluation's unit, level code, date and total
 */
export function planSourceProblems(
  plan: PlanSourceFacts,
  evaluation: {
    readonly organization?: string;
    readonly level?: string;
    readonly date?: string;
    readonly total: number;
  }
): Problem[] {
  const org = evaluation.organization?.trim() ?? "";
  const planOrg = plan.organization?.trim() ?? "";
  const level = evaluation.level ?? "";
  const planLevel = plan.level ?? "";
  if ((org && planOrg && org !== planOrg) || (level && planLevel && level !== planLevel))
    return [
      {
        code: "remediation-other-unit",
        organization: planOrg,
        level: planLevel,
        expectedOrganization: org,
        expectedLevel: level,
      },
    ];
  if (plan.total === undefined && plan.date === undefined)
    return [{ code: "remediation-other-evaluation", total: evaluation.total }];
  const date = evaluation.date ?? "";
  if (
    (plan.total !== undefined && plan.total !== evaluation.total) ||
    (plan.date !== undefined && plan.date !== date)
  )
    return [
      {
        code: "remediation-other-evaluation",
        total: evaluation.total,
        date,
        planTotal: plan.total ?? null,
        planDate: plan.date ?? "",
      },
    ];
  return [];
}
