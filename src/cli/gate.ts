/**
 * The input gate for every command: a path is looked at (missing, folder, device, size) before it is read, then
 * classified by its content (a workbook container or JSON text), never by its name, and refused with one typed
 * problem naming the file, what it is and what to do. Workbooks then go through the container guard (zipGuard:
 * OLE/xls/et, ods, docx, macros, entry count, zip bombs, DTDs, external content) as they are loaded.
 */
import type { JsonNeeded, LocatedProblem, Problem } from "../engine";
import { DEFAULT_LIMITS } from "../writers/xlsx/zipGuard";
import { JSON_LIMITS, readJsonBytes, sniff } from "../writers/input";
import type { CliIo } from "./io";

/** What a command takes. */
export type Accepts = "workbook" | "json";

export type GateResult =
  | { readonly ok: true; readonly kind: "workbook"; readonly bytes: Uint8Array }
  | {
      readonly ok: true;
      readonly kind: "json";
      readonly bytes: Uint8Array;
      /** JSON.parse's result: own keys only, `__proto__` included (parseEvaluation keeps them apart). */
      readonly value: unknown;
      /** Warnings about the file itself (a GB18030 encoding read as such), located at the file. */
      readonly warnings: readonly LocatedProblem[];
    }
  | { readonly ok: false; readonly problems: readonly LocatedProblem[] };

const HEAD_BYTES = 4096;

/**
 * Opens one input for a command. Limits, enforced before the file is read whole: workbooks
 * DEFAULT_LIMITS.maxFileBytes (20 MB), JSON JSON_LIMITS.maxBytes (5 MB) and JSON_LIMITS.maxDepth (64).
 * Never throws for a bad path or bad content; never writes.
 */
export function openInput(
  file: string,
  io: CliIo,
  accepts: readonly Accepts[],
  needed: JsonNeeded = "evaluation"
): GateResult {
  // A command taking only JSON says which JSON, so that the advice fits (an edition or plan is no export).
  const named = (p: Problem): Problem =>
    needed === "evaluation" || (p.code !== "foreign-file" && p.code !== "json-invalid")
      ? p
      : { ...p, needed };
  const refuse = (...problems: Problem[]): GateResult => ({
    ok: false,
    problems: problems.map((p) => ({ ...named(p), where: { file } })),
  });
  const info = io.info(file);
  switch (info.kind) {
    case "missing":
      return refuse({ code: "not-a-file", what: "missing" });
    case "unreadable":
      return refuse({ code: "not-a-file", what: "unreadable", detail: info.detail });
    case "directory":
      return refuse({ code: "not-a-file", what: "directory" });
    case "special":
      return refuse({ code: "not-a-file", what: "special" });
    case "file":
      break;
  }
  if (info.size === 0) return refuse({ code: "empty-file" });
  let head: Uint8Array;
  try {
    head = io.readHead(file, HEAD_BYTES);
  } catch (e) {
    return refuse({ code: "not-a-file", what: "unreadable", detail: errorCode(e) });
  }
  const sniffed = sniff(head);
  // Where only JSON is taken, anything but an Office container is read as JSON: its syntax error is the finding.
  const isJson =
    sniffed === "json" || (!accepts.includes("workbook") && sniffed !== "zip" && sniffed !== "ole");
  if (isJson && !accepts.includes("json")) return refuse({ code: "foreign-file", kind: "json" });
  if (!isJson && !accepts.includes("workbook"))
    return refuse({ code: "foreign-file", kind: "workbook" });
  const limit = isJson ? JSON_LIMITS.maxBytes : DEFAULT_LIMITS.maxFileBytes;
  if (info.size > limit) return refuse({ code: "too-large", size: info.size, limit });
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    return refuse({ code: "not-a-file", what: "unreadable", detail: errorCode(e) });
  }
  if (!isJson) return { ok: true, kind: "workbook", bytes };
  const json = readJsonBytes(bytes);
  if (!json.ok) return refuse(...json.problems);
  const warnings = json.warnings.map((p) => ({ ...p, where: { file } }));
  return { ok: true, kind: "json", bytes, value: json.value, warnings };
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : "read failed";
}
