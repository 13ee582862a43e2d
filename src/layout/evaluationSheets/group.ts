/**
 * Section 4.2's evaluation group (评估组) as a pure rule, with the same checks and words as the group sheet's
 * formula cell.
 */

export type ExpertField = "standardization" | "industry" | "management";
export const FIELD_LABELS: Readonly<Record<ExpertField, string>> = {
  standardization: "标准化",
  industry: "行业专家",
  management: "管理人员",
};

export type GroupRole = "leader" | "member";
export const ROLE_LABELS: Readonly<Record<GroupRole, string>> = {
  leader: "组长",
  member: "成员",
};

export interface GroupMember {
  readonly name: string;
  readonly field?: ExpertField;
  readonly unit?: string;
  readonly role?: GroupRole;
  /** Where the expert comes from (4.2: 标准化、网格化治理的专家库), or any note. */
  readonly source?: string;
}

export const GROUP_MIN = 5;
export const GROUP_MAX = 7;

export type GroupWarning =
  | { readonly code: "group-size"; readonly count: number }
  | { readonly code: "no-standardization-expert" }
  | { readonly code: "no-leader" }
  | { readonly code: "several-leaders"; readonly count: number };

/** The sheet's words for a warning (one table, so the formula and the report say the same). */
export function groupWarningText(w: GroupWarning): string {
  switch (w.code) {
    case "group-size":
      return `评估组成员一般为${GROUP_MIN}-${GROUP_MAX}人（4.2），现有${w.count}人`;
    case "no-standardization-expert":
      return "评估组中没有标准化专家（4.2）";
    case "no-leader":
      return "未指定评估组组长";
    case "several-leaders":
      return `评估组组长多于1人（${w.count}人）`;
  }
}

export const GROUP_OK_TEXT = "评估组组成符合4.2";

/** Members are the rows with a name; blank-named rows are ignored, as the sheet's formulas ignore them. */
export function checkGroup(members: readonly GroupMember[]): GroupWarning[] {
  const named = members.filter((m) => m.name.trim() !== "");
  const warnings: GroupWarning[] = [];
  if (named.length < GROUP_MIN || named.length > GROUP_MAX)
    warnings.push({ code: "group-size", count: named.length });
  if (!named.some((m) => m.field === "standardization"))
    warnings.push({ code: "no-standardization-expert" });
  const leaders = named.filter((m) => m.role === "leader").length;
  if (leaders === 0) warnings.push({ code: "no-leader" });
  else if (leaders > 1) warnings.push({ code: "several-leaders", count: leaders });
  return warnings;
}

/** The text of the group sheet's check cell for these warnings. */
export function groupCheckText(warnings: readonly GroupWarning[]): string {
  return warnings.length === 0 ? GROUP_OK_TEXT : warnings.map(groupWarningText).join("；");
}

/** A field code from a cell's label, matched as the sheet's formulas match it (TRIM, exact label). */
export function fieldFromText(text: string): ExpertField | undefined {
  const t = text.trim();
  for (const [code, label] of Object.entries(FIELD_LABELS) as [ExpertField, string][])
    if (t === label) return code;
  return undefined;
}

/** A role code from a cell's label, matched as the sheet's formulas match it. */
export function roleFromText(text: string): GroupRole | undefined {
  const t = text.trim();
  for (const [code, label] of Object.entries(ROLE_LABELS) as [GroupRole, string][])
    if (t === label) return code;
  return undefined;
}
