/**
 * Errors raised by the simulated Excel host. They mimic OfficeExtension.Error: `name` is
 * "RichApi.Error" and `code` carries the Excel error code (e.g. "ItemNotFound"), so add-in code
 * that switches on `error.code` behaves the same against the simulator and against Excel.
 */

/** Error codes the simulator can raise (a subset of Excel.ErrorCodes). */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "AccessDenied"
  | "BadPassword"
  | "InvalidObjectPath"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException";

/** Debug information shaped like OfficeExtension.DebugInfo. */
export interface SimDebugInfo {
  code: SimErrorCode;
  message: string;
  errorLocation?: string;
}

/** Error class shaped like OfficeExtension.Error so add-in error handling can be tested. */
export class SimExcelError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Builds the exact error Office.js throws when reading a property that was not loaded and synced. */
export function propertyNotLoaded(property: string, entity: string): SimExcelError {
  return new SimExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`
  );
}

/** Builds Excel's ItemNotFound error (raised at sync time for getItem on a missing item). */
export function itemNotFound(location: string): SimExcelError {
  return new SimExcelError("ItemNotFound", "The requested resource doesn't exist.", location);
}

/** Builds Excel's InvalidArgument error (bad address, wrong array size, bad rule...). */
export function invalidArgument(location: string, detail?: string): SimExcelError {
  const base = "The argument is invalid or missing or has an incorrect format.";
  return new SimExcelError(
    "InvalidArgument",
    detail === undefined ? base : `${base} ${detail}`,
    location
  );
}

/**
 * Builds Excel's InvalidOperation error with the message the Office docs list for that code ("The operation
 * attempted is invalid on the object.", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
 * raised, for instance, by Worksheet.activate() or Range.select() on a hidden or very hidden sheet, which Excel
 * cannot show.
 */
export function invalidOperation(location: string): SimExcelError {
  return new SimExcelError(
    "InvalidOperation",
    "The operation attempted is invalid on the object.",
    location
  );
}

/** Message Excel shows when a locked cell of a protected sheet is edited. */
export const PROTECTED_CELL_MESSAGE =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet. You might be requested to enter a password.";

/** Builds the error raised at sync when an API write hits a protected sheet. */
export function accessDenied(location: string): SimExcelError {
  return new SimExcelError("AccessDenied", PROTECTED_CELL_MESSAGE, location);
}

/** Narrows an unknown caught value to a SimExcelError. */
export function isSimExcelError(error: unknown): error is SimExcelError {
  return error instanceof SimExcelError;
}
