/**
 * Every scoring and validation problem as a typed value. Messages live in one table (messages.ts).
 */
import type { CellValue, ItemStatus } from "./evaluation";
import type { EvaluationSheetProblem } from "./sheetProblem";

export type InputKind = "deduction" | "rate" | "value" | "level" | "status" | "note";

/** What a refused file is, by its content (not its name): each has its own advice. */
/** The JSON a command reads: an evaluation (score, new --inputs…), an edition (--standard), the group's plan (--plan). */
export type JsonNeeded = "evaluation" | "edition" | "plan";

export type ForeignKind =
  | "xls"
  | "et"
  | "doc"
  | "ole"
  | "ods"
  | "odf"
  | "docx"
  | "pptx"
  | "zip"
  | "pdf"
  | "json"
  | "workbook"
  | "binary";

/** What is wrong with a copy's recorded plan (`plan-record-corrupt`). */
export type PlanRecordDefect = "json" | "shape" | "version" | "fingerprint" | "missing";

/** Why a path is not a readable file. */
export type NotAFile = "missing" | "directory" | "special" | "unreadable";

/** External content a workbook may pull in, found from relationships, content types or part names. */
export type ExternalKind =
  | "external-link"
  | "ole-object"
  | "remote-template"
  | "data-connection"
  | "query-table"
  | "external-target";

/** Text encodings recognised in an evaluation JSON. */
export type TextEncoding = "gb18030" | "utf-16" | "unknown";

/** Why an output path is refused before any work is done. */
export type OutputRefusal =
  | "exists"
  | "is-input"
  | "is-directory"
  | "folder-missing"
  | "same-output"
  /** --force over a file whose permission bits let no one write it. */
  | "read-only";

export type Problem =
  // errors
  | {
      readonly code: "bad-format";
      readonly found: unknown;
      /** The format the file should name, when it is not an evaluation's (a plan's: gridscore-plan/1). */
      readonly expected?: string;
    }
  | { readonly code: "bad-structure"; readonly path: string; readonly expected: string }
  | {
      readonly code: "bad-meta";
      readonly field: string;
      readonly value: unknown;
      readonly allowed?: readonly string[];
    }
  | {
      readonly code: "unknown-item";
      readonly itemId: string;
      /** The JSON path of the id, when it comes from a JSON document (a plan's `$.notApplicable[1].item`). */
      readonly path?: string;
      /** When the id is a requirement line's: the item it belongs to, whose id is wanted instead. */
      readonly lineOf?: string;
    }
  | { readonly code: "unknown-line"; readonly itemId: string; readonly lineId: string }
  | {
      readonly code: "line-of-other-item";
      readonly itemId: string;
      readonly lineId: string;
      readonly ownerId: string;
    }
  | {
      readonly code: "wrong-input-kind";
      readonly itemId: string;
      readonly lineId?: string;
      readonly expected: InputKind;
      readonly got: string;
    }
  | {
      readonly code: "not-a-number";
      readonly itemId: string;
      readonly lineId?: string;
      readonly value: CellValue;
    }
  | {
      readonly code: "negative";
      readonly itemId: string;
      readonly lineId?: string;
      readonly value: number;
      /** A percent input (A.1.4.4, A.7.1, A.7.2): the message shows it as the cell does, with %. */
      readonly percent?: true;
    }
  | {
      readonly code: "above-line-max";
      readonly itemId: string;
      readonly lineId: string;
      readonly value: number;
      readonly max: number;
    }
  | {
      readonly code: "percent-out-of-range";
      readonly itemId: string;
      readonly lineId?: string;
      readonly value: number;
    }
  | { readonly code: "unknown-status"; readonly itemId: string; readonly value: CellValue }
  | {
      readonly code: "unknown-level";
      readonly itemId: string;
      readonly value: CellValue;
      readonly allowed: readonly string[];
    }
  | { readonly code: "missing-row"; readonly itemId: string; readonly lineId?: string }
  | { readonly code: "duplicate-row"; readonly itemId: string; readonly lineId?: string }
  // whole-file problems (readers)
  | { readonly code: "file-unreadable"; readonly reason: string }
  | { readonly code: "not-xlsx"; readonly detail: string }
  | { readonly code: "encrypted" }
  | { readonly code: "too-large"; readonly size: number; readonly limit: number }
  | { readonly code: "zip-bomb"; readonly limit: number }
  | { readonly code: "macro-workbook" }
  | {
      readonly code: "external-links";
      readonly kind?: ExternalKind;
      /** The zip part the reference was found in. */
      readonly part?: string;
      /** The external target (file, URL), cut to 200 characters. */
      readonly target?: string;
    }
  | { readonly code: "not-a-file"; readonly what: NotAFile; readonly detail?: string }
  | { readonly code: "empty-file" }
  | {
      readonly code: "foreign-file";
      readonly kind: ForeignKind;
      /** What JSON the command needed, when it takes only JSON (an evaluation when absent). */
      readonly needed?: JsonNeeded;
    }
  | { readonly code: "too-many-entries"; readonly count: number; readonly limit: number }
  | { readonly code: "unsafe-entry"; readonly entry: string }
  | { readonly code: "xml-doctype"; readonly part: string }
  | { readonly code: "xml-too-deep"; readonly part: string; readonly limit: number }
  | {
      readonly code: "json-invalid";
      readonly detail: string;
      /** What JSON the command needed (an evaluation when absent): the advice differs. */
      readonly needed?: JsonNeeded;
    }
  | { readonly code: "json-too-deep"; readonly limit: number }
  | { readonly code: "encoding-refused"; readonly encoding: TextEncoding }
  | { readonly code: "consensus-workbook" }
  // after the verdict (issue 13)
  | { readonly code: "not-a-remediation-plan" }
  | { readonly code: "different-units"; readonly before: string; readonly after: string }
  | {
      /**
       * compare's second (after) evaluation is dated on or before its first (before) one: the same evaluation given
       * twice, or the two in the wrong order. Dates as recorded (ISO, or a consensus's span).
       */
      readonly code: "compare-not-later";
      readonly before: string;
      readonly after: string;
    }
  | {
      /** A remediation plan (整改台账, `--plan-status`) made for another unit than the evaluation it is used with. */
      readonly code: "remediation-other-unit";
      /** The plan's unit and level code, as it records them. */
      readonly organization: string;
      readonly level: string;
      /** The evaluation's unit and level code. */
      readonly expectedOrganization: string;
      readonly expectedLevel: string;
    }
  | {
      /**
       * A remediation plan of the same unit that records another evaluation (date or total) than the one it is used
       * with, or (planTotal absent) records none, being made before plans recorded it.
       */
      readonly code: "remediation-other-evaluation";
      /** The evaluation's total and date. */
      readonly total: number;
      readonly date?: string;
      /** What the plan records; null or "" when it records none. */
      readonly planTotal?: number | null;
      readonly planDate?: string;
    }
  | { readonly code: "output-refused"; readonly reason: OutputRefusal; readonly other?: string }
  | { readonly code: "corrupt"; readonly detail: string }
  | { readonly code: "not-a-scoresheet" }
  /** A workbook gridscore wrote that is not a scoresheet: a remediation plan or a roll-up. */
  | { readonly code: "gridscore-other-workbook"; readonly kind: "remediation" | "rollup" }
  | {
      readonly code: "other-template";
      readonly field: string;
      readonly found: string;
      readonly expected: string;
      /** For field "fingerprint": the edition the file records (its key), when it records one or is known. */
      readonly foundEdition?: string;
      /** For field "fingerprint": the edition this run reads in (the first file's, or --standard's). */
      readonly expectedEdition?: string;
      /** The file's edition is known to this run: a second edition in one run (compare or merge of mixed editions). */
      readonly known?: true;
    }
  | {
      readonly code: "formula-overwritten";
      readonly name: string;
      readonly value: string;
      /** In a consensus workbook (src/merge/consensusTamper.ts): the message says how to mend it. */
      readonly consensus?: true;
    }
  | {
      readonly code: "cached-mismatch";
      readonly name: string;
      readonly cached: number | string;
      readonly recomputed: number | string;
    }
  // merging (section 4.2's group)
  | { readonly code: "no-inputs" }
  | { readonly code: "missing-evaluator" }
  | { readonly code: "duplicate-workbook"; readonly other: string }
  | { readonly code: "duplicate-evaluator"; readonly evaluator: string; readonly other: string }
  | { readonly code: "trimmed-fallback"; readonly experts: number }
  | {
      readonly code: "status-conflict";
      readonly itemId: string;
      /** Each expert's status, in input order (codes; messages show them as 正常评分/不适用/应有未有). */
      readonly statuses: readonly ItemStatus[];
      /** The experts, in the same order, when known. */
      readonly evaluators?: readonly string[];
    }
  | { readonly code: "group-size"; readonly experts: number }
  | { readonly code: "merge-excluded"; readonly errors: number }
  /** An expert copy with no entries at all (src/merge/blankCopy.ts): it merges as deducting nothing, so probably the wrong file. */
  | { readonly code: "no-entries" }
  // warnings
  | { readonly code: "encoding-converted"; readonly encoding: TextEncoding }
  | {
      readonly code: "beyond-cap";
      readonly itemId: string;
      readonly deduction: number;
      readonly cap: number;
    }
  | { readonly code: "missing-note"; readonly itemId: string; readonly lineId: string }
  | { readonly code: "missing-value"; readonly itemId: string }
  | { readonly code: "inputs-ignored"; readonly itemId: string; readonly status: "na" | "absent" }
  | {
      readonly code: "number-as-text";
      readonly itemId: string;
      readonly lineId?: string;
      readonly value: string;
      /** What a workbook cell really held when it was no text: a boolean (TRUE/FALSE) or an error value (#N/A). */
      readonly found?: "boolean" | "error";
      /**
       * An expert's score on a consensus workbook's 共识 sheet, whose formulas (N) count a boolean as 1 or 0 and
       * spread an error value to the consensus, subtotal, total and verdict: the message says so, not 按0计.
       */
      readonly inConsensus?: true;
    }
  // the number and input model (README: Numbers, Inputs)
  | {
      readonly code: "too-many-decimals";
      readonly itemId: string;
      readonly lineId?: string;
      readonly value: number;
      readonly limit: number;
      /** A percent input: the message shows the value as the cell does, with % (hundredths of a percent). */
      readonly percent?: true;
      /** A corrected expert score on 共识: the sheet counts it as typed (not 0) and flags it; the verdict waits. */
      readonly asTyped?: true;
      /** The day a date-formatted cell shows (YYYY-MM-DD); `value` is then its serial, which the formulas count. */
      readonly date?: string;
    }
  | {
      /**
       * A text a workbook cell cannot hold (Excel: 32,767 characters, as written: `_xHHHH_` escapes counted).
       * `field` names it: a line id, an item id, meta.x, or a sheet's cell.
       */
      readonly code: "text-too-long";
      readonly field: string;
      /** The characters as written (escapes counted). */
      readonly length: number;
      readonly limit: number;
      /** The characters as typed, when the escapes a workbook needs make the text longer. */
      readonly typed?: number;
      /** An item note (`field`) that shares its cell with this first line's note: the two together are too long. */
      readonly sharedWith?: string;
      /** With `sharedWith`: the line's note is empty; the item note alone, with its 【本项】 mark, is too long. */
      readonly markOnly?: true;
    }
  | {
      /** A character XML 1.0 forbids (control characters, U+FFFE/U+FFFF, lone surrogates): no workbook can hold it. */
      readonly code: "text-forbidden-char";
      readonly field: string;
      readonly codePoint: number;
      readonly index: number;
    }
  | {
      readonly code: "formula-changed";
      readonly name: string;
      readonly found: string;
      /** In a consensus workbook (src/merge/consensusTamper.ts): the message says how to mend it. */
      readonly consensus?: true;
    }
  | {
      /**
       * A constant the workbook's formulas read (the pass mark, an item's 分值, a table id…) that is not the
       * layout's (README: Inputs): the workbook's own figures no longer follow the standard (src/layout/logicConstants.ts).
       */
      readonly code: "constant-changed";
      readonly role: ConstantRole;
      /** The item or table the cell belongs to, when it belongs to one. */
      readonly of?: string;
      readonly expected: string | number;
      /** The cell's value ("" when empty), or its formula ("=…") when one replaced the constant. */
      readonly found: string | number;
      /** In a consensus workbook: the message says how to mend it. */
      readonly consensus?: true;
    }
  | { readonly code: "merged-input"; readonly range: string }
  | {
      readonly code: "formula-input";
      readonly itemId: string;
      readonly lineId?: string;
      readonly formula: string;
      readonly result?: string;
    }
  | {
      readonly code: "formula-uncalculated";
      readonly itemId: string;
      readonly lineId?: string;
      readonly formula: string;
    }
  | {
      readonly code: "score-out-of-range";
      readonly itemId: string;
      readonly value: number;
      readonly cap: number;
      /** The day a date-formatted cell shows (YYYY-MM-DD); `value` is then its serial, which the formulas count. */
      readonly date?: string;
    }
  | {
      /** A consensus item's 评议后得分 that is not applied (issue 12): text, over 2 decimals, or outside [0, cap]. */
      readonly code: "agreed-score-invalid";
      readonly itemId: string;
      readonly value: string | number;
      readonly cap: number;
      /** text, or TRUE/FALSE (a boolean) or an error value (#N/A), each named as what it is, as the sheet's 评议检查 names it. */
      readonly why: "text" | "boolean" | "error" | "decimals" | "range";
      /** The day a date-formatted cell shows (YYYY-MM-DD); `value` is then its serial, which the formulas judge. */
      readonly date?: string;
    }
  | {
      /** A consensus item's 评议后得分 without its 评议理由 (6.6: the group records why). */
      readonly code: "agreed-without-reason";
      readonly itemId: string;
      readonly value: number;
    }
  | {
      /**
       * 共识汇总's 偏离限值 cell holds no valid limit (blank, text, a boolean, 0, above 100, more than 2 decimals):
       * the sheet's own formulas and gridscore both use the default, and say so.
       */
      readonly code: "deviation-limit-invalid";
      /** The cell as found; null when blank. */
      readonly value: CellValue;
      /** The limit used instead (percent): the default, 30. */
      readonly used: number;
    }
  | {
      /** A consensus item's 评议理由 typed without a 评议后得分: kept and shown, the method's result counts. */
      readonly code: "reason-without-agreed";
      readonly itemId: string;
      readonly reason: string;
    }
  | {
      readonly code: "plan-mismatch";
      readonly found: string;
      readonly expected: string;
      readonly other: string;
    }
  | {
      /**
       * A roll-up holding two evaluations of one unit that nothing but the order of the files tells apart (the same
       * last day, kind and number of experts), with different totals: the later file counts, and a person must say
       * which one is final. Located at the file that does not count.
       */
      readonly code: "rollup-undecided";
      readonly organization: string;
      readonly date: string;
      readonly counted: string;
      readonly countedTotal: string;
      readonly otherTotal: string;
    }
  | {
      /**
       * 4.2, 6.6: the experts of one group score one unit. A copy naming another organization or level than the one
       * most copies name (the first file's when tied); `other` is a file naming the group's unit.
       */
      readonly code: "unit-mismatch";
      readonly organization: string;
      readonly level: string;
      readonly expectedOrganization: string;
      readonly expectedLevel: string;
      readonly other: string;
    }
  | {
      /** An item the group's plan fixed as 不适用 (7.2) that the copy no longer marks 不适用. */
      readonly code: "plan-overridden";
      readonly itemId: string;
      /** The status the copy holds instead (the status cell's text, or the status code in JSON). */
      readonly found: string;
      /** The group's reason, from the plan. */
      readonly reason: string;
      /** When the status is still 不适用 but the item's note no longer cites the plan's reason: the note found. */
      readonly note?: string;
    }
  | {
      /**
       * A consensus item's 评议后得分 on an item the group's plan fixed as 不适用 (4.3, 7.2): never applied; the plan
       * is changed by the group leader remaking the copies, not by an agreed score.
       */
      readonly code: "agreed-on-plan-na";
      readonly itemId: string;
      readonly value: string | number;
      /** The group's reason, from the plan. */
      readonly reason: string;
    }
  | {
      /**
       * An entry of the 评价条件, 评估组 or 评价程序 sheet that what reads it could not keep as typed (a 领域 or
       * 组内角色 off the list, a row with a unit but no name, a copied row): a rebuild or a merge would drop it, so
       * they refuse it, as export and migrate do. `words` are the sheet problem's own (describeSheetProblem in
       * src/layout/evaluationSheets/sheetProblems.ts), carried so the engine does not import the layout.
       */
      readonly code: "sheet-entry-not-kept";
      readonly entry: EvaluationSheetProblem;
      readonly words: { readonly zh: string; readonly en: string };
    }
  | {
      /**
       * The group's plan a copy records (identity sheet `plan` and `planData`, written by `new --plan` and the
       * pane) cannot be read back: `json` not parseable (cut short or edited), `shape` not a plan (`cause` is the
       * plan parser's first problem), `version` a plan format this gridscore does not know (`detail`), `fingerprint`
       * data that no longer matches the recorded fingerprint (`detail`), `missing` one of the two entries gone
       * (`detail` names it). Every reader refuses the copy: its 7.2 items cannot be checked and no export or rebuild
       * may carry the copy on without its plan. `rewrite`: the record is the pane's saved unfinished rewrite.
       */
      readonly code: "plan-record-corrupt";
      readonly defect: PlanRecordDefect;
      readonly detail?: string;
      readonly cause?: Problem;
      readonly rewrite?: true;
    }
  | { readonly code: "old-layout"; readonly found: string; readonly current: string }
  | {
      readonly code: "percent-old-layout";
      readonly itemId: string;
      readonly lineId?: string;
      readonly shown: string;
      readonly counted: number;
    }
  | {
      /**
       * A scoresheet input cell holding a date (a date-formatted number): the sheet's formulas count its serial
       * and so does the reader; the warning names it as a date, almost certainly a typing slip.
       */
      readonly code: "date-input";
      readonly itemId: string;
      readonly lineId?: string;
      /** The day the cell shows, YYYY-MM-DD. */
      readonly date: string;
      /** Its 1900-system serial, what the formulas count. */
      readonly serial: number;
    };

export type ProblemCode = Problem["code"];

/** What a constant the formulas read is (`constant-changed`): its words in messages (src/engine/constantMessages.ts). */
export type ConstantRole =
  "pass-mark" | "cap" | "max" | "table-id" | "blank" | "status-conflict" | "constant";
export type Severity = "error" | "warning";

/** Where a problem sits outside the engine (a file, a sheet, a cell), added by readers and the add-in. */
export interface Where {
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export type LocatedProblem = Problem & { readonly where?: Where };

const SEVERITY: Record<ProblemCode, Severity> = {
  "bad-format": "error",
  "bad-structure": "error",
  "bad-meta": "error",
  "unknown-item": "error",
  "unknown-line": "error",
  "line-of-other-item": "error",
  "wrong-input-kind": "error",
  "not-a-number": "error",
  negative: "error",
  "above-line-max": "error",
  "percent-out-of-range": "error",
  "unknown-status": "error",
  "unknown-level": "error",
  "missing-row": "error",
  "duplicate-row": "error",
  "file-unreadable": "error",
  "not-xlsx": "error",
  encrypted: "error",
  "too-large": "error",
  "zip-bomb": "error",
  "macro-workbook": "error",
  "external-links": "error",
  "not-a-file": "error",
  "empty-file": "error",
  "foreign-file": "error",
  "too-many-entries": "error",
  "unsafe-entry": "error",
  "xml-doctype": "error",
  "xml-too-deep": "error",
  "json-invalid": "error",
  "json-too-deep": "error",
  "encoding-refused": "error",
  "consensus-workbook": "error",
  "not-a-remediation-plan": "error",
  "different-units": "warning",
  "compare-not-later": "warning",
  "remediation-other-unit": "error",
  "remediation-other-evaluation": "warning",
  "output-refused": "error",
  "merge-excluded": "warning",
  "no-entries": "warning",
  "encoding-converted": "warning",
  corrupt: "error",
  "not-a-scoresheet": "error",
  "gridscore-other-workbook": "error",
  "other-template": "error",
  "formula-overwritten": "error",
  "cached-mismatch": "warning",
  "no-inputs": "error",
  "missing-evaluator": "error",
  "duplicate-workbook": "error",
  "duplicate-evaluator": "error",
  "trimmed-fallback": "warning",
  "status-conflict": "warning",
  "group-size": "warning",
  "beyond-cap": "warning",
  "missing-note": "warning",
  "missing-value": "warning",
  "inputs-ignored": "warning",
  "number-as-text": "error",
  "too-many-decimals": "error",
  "text-too-long": "error",
  "text-forbidden-char": "error",
  "formula-changed": "error",
  "constant-changed": "error",
  "merged-input": "warning",
  "formula-input": "warning",
  "formula-uncalculated": "error",
  "score-out-of-range": "error",
  "agreed-score-invalid": "error",
  "agreed-without-reason": "error",
  "reason-without-agreed": "warning",
  "deviation-limit-invalid": "warning",
  "plan-mismatch": "error",
  "unit-mismatch": "error",
  "rollup-undecided": "warning",
  "plan-overridden": "error",
  "agreed-on-plan-na": "error",
  "sheet-entry-not-kept": "error",
  "plan-record-corrupt": "error",
  "old-layout": "warning",
  "percent-old-layout": "warning",
  "date-input": "warning",
};

/** Errors refuse an input; warnings are carried along. */
export function severityOf(problem: Problem): Severity {
  return SEVERITY[problem.code];
}

/** Splits a list into errors and warnings, keeping order. */
export function partitionProblems<P extends Problem>(
  problems: readonly P[]
): { errors: P[]; warnings: P[] } {
  const errors: P[] = [];
  const warnings: P[] = [];
  for (const p of problems) (severityOf(p) === "error" ? errors : warnings).push(p);
  return { errors, warnings };
}

/** Thrown for programmer errors only (a broken definition, an impossible state); user input never throws. */
export class GridscoreInternalError extends Error {
  override readonly name = "GridscoreInternalError";
}

/** Exhaustiveness guard for switches over closed unions. */
export function assertNever(value: never): never {
  throw new GridscoreInternalError(`Unexpected value: ${JSON.stringify(value)}`);
}

/**
 * How many errors and warnings a list holds: the one count the pane's problem list, its verdict badge and the
 * 汇总 sheet's 错误/提示 cells agree on (one problem per line as the sheet's 检查 column shows it).
 */
export function problemCounts(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (severityOf(p) === "error") errors++;
  return { errors, warnings: problems.length - errors };
}
