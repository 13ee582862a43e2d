/**
 * The hidden sheet that identifies a scoresheet: format, standard, template fingerprint, workbook id, evaluator and
 * the edition it was made from.
 * A hidden sheet survives email, WPS and LibreOffice where custom document properties may not.
 */
import { STANDARD, activeEdition, templateFingerprint } from "../standard";
import { SheetBuilder, text } from "./builder";
import type { SheetModel } from "./model";

export const META_SHEET = "_gridscore";
export const WORKBOOK_FORMAT = "gridscore-workbook/1";
/**
 * Bump when the layout moves anything a reader relies on. Readers accept every version in
 * {@link READABLE_LAYOUTS} (workbooks in circulation keep working) and read each by its own rules.
 * - "1": rate cells hold the percent as a number (92.5); numbers typed as text were counted.
 * - "2": rate cells are %-formatted and hold the fraction (0.925); text never counts (README: Inputs).
 */
export const LAYOUT_VERSION = "2";
export const READABLE_LAYOUTS: readonly string[] = ["1", "2"];

/**
 * The edition of the formula texts that tamper checks compare with what gridscore would write (README: Inputs):
 * bump it when such a text changes, and keep each earlier edition rebuildable for as long as workbooks of it are
 * accepted, so that a workbook whose formulas are those its own gridscore wrote is never refused as changed.
 * Written as the identity sheet's `formulas` entry; a workbook without one was written before the entry existed.
 * - "1": the consensus 共识 sheet's 评议检查 before it named TRUE/FALSE as a boolean (merged before 2026-12-01).
 * - "2": 评议检查 names a boolean as one (an expert's score and the agreed score).
 */
export const FORMULA_EDITION = "2";
/** The formula editions a reader can rebuild, newest first ({@link FORMULA_EDITION}). */
export const FORMULA_EDITIONS = ["2", "1"] as const;
export type FormulaEdition = (typeof FORMULA_EDITIONS)[number];

export interface WorkbookIdentity {
  /** Unique per generated workbook (a UUID from the caller: the layout itself stays pure). */
  readonly workbookId: string;
  readonly createdAt: string;
  readonly generator: string;
  readonly kind: "scoresheet" | "consensus";
}

export type MetaKey =
  | "format"
  | "layout"
  // the formula edition ({@link FORMULA_EDITION}; since 2026-12-01, absent before)
  | "formulas"
  | "kind"
  | "standard"
  | "standardVersion"
  | "fingerprint"
  // the edition's key ("t-cssg-001.5-2020"; since issue 16, absent before): readers pick it by the fingerprint
  | "edition"
  | "workbookId"
  | "evaluator"
  | "createdAt"
  | "generator"
  // consensus workbooks only: how they were merged, so a reader can recompute from the expert columns
  | "method"
  | "inputs"
  | "meta"
  // the group's plan (4.3, 7.2), when the copy was made from one: its fingerprint and its JSON
  | "plan"
  | "planData"
  // one per item the plan fixes as 不适用: the note citing its reason, which the item's 检查 formula compares with
  | `planNote:${string}`;

/** The key/value pairs a reader checks, in sheet order. */
export function metaEntries(identity: WorkbookIdentity, evaluator: string): [MetaKey, string][] {
  return [
    ["format", WORKBOOK_FORMAT],
    ["layout", LAYOUT_VERSION],
    ["kind", identity.kind],
    ["standard", STANDARD.id],
    ["standardVersion", STANDARD.version],
    ["fingerprint", templateFingerprint()],
    ["workbookId", identity.workbookId],
    ["evaluator", evaluator],
    ["createdAt", identity.createdAt],
    ["generator", identity.generator],
    ["edition", activeEdition().key],
    ["formulas", FORMULA_EDITION],
  ];
}

/** Builds the very hidden identity sheet (with extra entries for a consensus workbook). */
export function buildMetaSheet(
  identity: WorkbookIdentity,
  evaluator: string,
  extra: readonly [MetaKey, string][] = []
): SheetModel {
  const b = new SheetBuilder(META_SHEET, "meta", [
    { header: "key", width: 16 },
    { header: "value", width: 40 },
  ]);
  [...metaEntries(identity, evaluator), ...extra].forEach(([key, value], row) => {
    b.set(row, 0, text(key), "hidden");
    b.set(row, 1, text(value), "hidden");
  });
  b.state = "veryHidden";
  return b.build();
}
