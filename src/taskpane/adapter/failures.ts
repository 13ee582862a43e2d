/**
 * Turning adapter failures (and anything an adapter call throws) into one sentence in the pane's language.
 */
import type { LocatedProblem } from "../../engine";
import type { AdapterFailure, AdapterResult } from "../../office/types";
import type { Strings } from "../i18n";
import { presenterNow } from "../present";

/** What can go wrong on the pane's side of the contract: a failure value, or a call that threw anyway. */
export type PaneFailure =
  AdapterFailure | { readonly kind: "unexpected"; readonly message: string };

/** How many reading problems a read-failed message spells out before "…". */
const READ_PROBLEMS_SHOWN = 3;

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

/** Calls an adapter method and never throws: a rejection becomes an "unexpected" failure. */
export async function settle<T>(
  call: () => Promise<AdapterResult<T>>
): Promise<{ ok: true; value: T } | { ok: false; failure: PaneFailure }> {
  try {
    const result = await call();
    return result.ok ? { ok: true, value: result.value } : { ok: false, failure: result.failure };
  } catch (err: unknown) {
    return { ok: false, failure: { kind: "unexpected", message: errorMessage(err) } };
  }
}

/** Wraps a thrown value (from code outside the adapter, e.g. the lazy .xlsx writer) as a failure. */
export function unexpectedFailure(err: unknown): PaneFailure {
  // layout/cellText.ts's UnwritableTextError, known by its name so the first paint does not load the layout.
  if (err instanceof Error && err.name === "UnwritableTextError" && "problems" in err)
    return { kind: "unwritable-text", problems: err.problems as readonly LocatedProblem[] };
  return { kind: "unexpected", message: errorMessage(err) };
}

/**
 * One problem as the engine words it. The engine's messages are in the lazily loaded presenter, which the host
 * adapter loads before its first answer (./hostAdapter.ts); were it missing, the problem's code stands in.
 */
function problemLine(problem: LocatedProblem, strings: Strings): string {
  const presenter = presenterNow();
  return presenter ? presenter.formatProblem(problem, strings.locale) : problem.code;
}

/** The message for a failure, in the language of `strings`. */
export function describeFailure(failure: PaneFailure, strings: Strings): string {
  const f = strings.failures;
  switch (failure.kind) {
    case "unsupported":
      return f.unsupported(failure.requirement);
    case "office-error":
      return f.officeError(failure.code, failure.message);
    case "no-scoresheet":
      return f.noScoresheet;
    case "not-a-scoresheet":
      return f.notAScoresheet(failure.detail);
    case "read-failed": {
      const shown = failure.problems
        .slice(0, READ_PROBLEMS_SHOWN)
        .map((p) => problemLine(p, strings));
      if (failure.problems.length > READ_PROBLEMS_SHOWN) shown.push("…");
      return f.readFailed(failure.file, shown.join(strings.locale === "zh-CN" ? "；" : "; "));
    }
    case "sheet-exists":
      return f.sheetExists(failure.sheet);
    case "unwritable-text":
    case "entries-not-kept":
      return f.unwritableText(failure.problems.map((p) => problemLine(p, strings)).join("；"));
    case "unexpected":
      return f.unexpected(failure.message);
  }
}

/** no-scoresheet is the normal state of a fresh workbook: informational, not an error. */
export function failureIntent(failure: PaneFailure): "error" | "info" {
  return failure.kind === "no-scoresheet" ? "info" : "error";
}
