/**
 * Turning whatever Office.js throws into an AdapterFailure value, so the pane always has something to show.
 */
import type { AdapterFailure, AdapterResult } from "./types";

interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: { readonly errorLocation?: string };
}

function isOfficeError(error: unknown): error is OfficeErrorLike {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

/** Maps an OfficeExtension.Error (code, message, debugInfo.errorLocation) or anything else to a failure. */
export function toFailure(error: unknown): AdapterFailure {
  if (isOfficeError(error)) {
    const location = error.debugInfo?.errorLocation;
    return {
      kind: "office-error",
      code: error.code,
      message: location ? `${error.message} (${location})` : error.message,
    };
  }
  if (error instanceof Error)
    return { kind: "office-error", code: error.name || "Error", message: error.message };
  return { kind: "office-error", code: "Unknown", message: String(error) };
}

/** A successful result. */
export function ok<T>(value: T): AdapterResult<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T>(failure: AdapterFailure): AdapterResult<T> {
  return { ok: false, failure };
}

/** Runs an adapter step and returns its result, or the caught error as a failure value (never a throw). */
export async function attempt<T>(step: () => Promise<AdapterResult<T>>): Promise<AdapterResult<T>> {
  try {
    return await step();
  } catch (error: unknown) {
    return fail(toFailure(error));
  }
}
