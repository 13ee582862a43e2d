import type { Level, Role } from "../../../standard";

/*
 * The keys of the standard's LEVELS (section 1) and ROLES, in its order. They are listed here rather than read from
 * src/standard, whose module brings the standard's tables into the pane's first paint; the labels are the pane's
 * strings (meta.levels, meta.roles). test/taskpane/firstPaint.test.ts checks both lists against src/standard.
 */

/** The four levels of section 1, in the standard's order. */
export const LEVEL_KEYS: readonly Level[] = ["city", "county", "township", "village"];

/** The two roles, in the standard's order. */
export const ROLE_KEYS: readonly Role[] = ["expert", "self"];

export function isLevel(value: string): value is Level {
  return (LEVEL_KEYS as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLE_KEYS as readonly string[]).includes(value);
}
