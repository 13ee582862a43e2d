/**
 * The editions this process knows: the built-in one (src/standard/editions/t-cssg-001.5-2020.json) and any given
 * with `--standard FILE`, and the active one, which every function that takes an optional definition uses by
 * default. Readers pick a workbook's edition by the fingerprint its identity sheet records.
 *
 * The active edition is one per process (the CLI serves one command; the task pane one workbook), set at the
 * boundary: by `--standard`, or by the reader when a workbook records a known edition other than the built-in one.
 */
import builtInFile from "./editions/t-cssg-001.5-2020.json";
import { editionFromFile } from "./edition";
import type { Edition, EditionFile } from "./edition";
import type { StandardDef } from "./types";

/**
 * The built-in edition's fingerprint, written down: hashing its 33 KB definition in plain JavaScript cost tens of
 * milliseconds at every start of the CLI and the pane, for a value that never changes (workbooks in circulation
 * carry it). test/unit/editions.test.ts recomputes it from the definition.
 */
export const BUILT_IN_FINGERPRINT = "cddbebe7c6698529";

/** The built-in edition: T/CSSG 001.5-2020 Appendix A as published (A.4 declares 120, its items add to 115). */
export const BUILT_IN_EDITION: Edition = editionFromFile(
  builtInFile as unknown as EditionFile,
  undefined,
  BUILT_IN_FINGERPRINT
);

const known = new Map<string, Edition>([[BUILT_IN_EDITION.fingerprint, BUILT_IN_EDITION]]);
let active: Edition = BUILT_IN_EDITION;
/** The edition a reader took from a workbook's record in this run: every later workbook must record the same one. */
let picked: Edition | undefined;

/**
 * The active edition's definition. A live binding: it follows {@link activateEdition}, so code written before editions
 * existed scores, lays out and reports the active edition without change.
 */
export let STANDARD: StandardDef = BUILT_IN_EDITION.standard;

/** The edition every default argument uses. */
export function activeEdition(): Edition {
  return active;
}

/** Makes an edition known (a reader may then pick it by a workbook's record) without activating it. */
export function addEdition(edition: Edition): void {
  if (!known.has(edition.fingerprint)) known.set(edition.fingerprint, edition);
}

/** Makes an edition known and active: from now on, default arguments mean this edition. */
export function activateEdition(edition: Edition): void {
  addEdition(edition);
  active = known.get(edition.fingerprint) ?? edition;
  STANDARD = active.standard;
}

/** Every known edition, the built-in one first. */
export function knownEditions(): readonly Edition[] {
  return [...known.values()];
}

/** The known edition whose definition has this fingerprint (a workbook's `fingerprint` record), if any. */
export function editionByFingerprint(fingerprint: string): Edition | undefined {
  return known.get(fingerprint);
}

/** The edition whose definition this is, if it is a known one. */
export function editionOf(standard: StandardDef): Edition | undefined {
  for (const edition of known.values()) if (edition.standard === standard) return edition;
  return undefined;
}

/**
 * Back to the start of a run: the built-in edition known and active, plus `extra` (from `--standard`) known and
 * active when given; no workbook's edition picked yet. The CLI calls it once per command.
 */
export function resetEditions(extra?: Edition): void {
  known.clear();
  known.set(BUILT_IN_EDITION.fingerprint, BUILT_IN_EDITION);
  picked = undefined;
  activateEdition(extra ?? BUILT_IN_EDITION);
}

/** The edition a reader picked from a workbook's record in this run, if any. */
export function pickedEdition(): Edition | undefined {
  return picked;
}

/**
 * A reader has read a workbook that records this known edition: it becomes the active one, so the engine, the merge
 * and the report work in it. Returns false, changing nothing, when an earlier workbook of this run recorded another.
 */
export function pickEdition(edition: Edition): boolean {
  if (picked && picked.fingerprint !== edition.fingerprint) return false;
  picked = edition;
  activateEdition(edition);
  return true;
}
