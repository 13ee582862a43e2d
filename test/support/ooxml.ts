/**
 * tools/ooxml/validate.py from the tests: ECMA-376 schema errors and Excel's repair risks of generated packages.
 * Needs /usr/bin/python3 with lxml (Debian's python3-lxml, installed by .ci/run). Without it the tests that need it
 * are skipped with a loud line, and fail under CI=true.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { HANG_GUARD_MS } from "./hangGuard";

const PYTHON = "/usr/bin/python3";
const VALIDATE = path.join(__dirname, "..", "..", "tools", "ooxml", "validate.py");

/** One finding of Excel's repair checks: [severity, rule, detail]. */
export type OoxmlFinding = [string, string, string];

/** What validate.py found in one package. */
export interface OoxmlReport {
  readonly schema: readonly unknown[];
  readonly risk: readonly OoxmlFinding[];
}

function lxmlThere(): boolean {
  if (!fs.existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", "import lxml"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** Whether validate.py can run here; under CI=true its absence is an error, not a skip. */
export const OOXML_READY: boolean = (() => {
  const ready = lxmlThere();
  if (!ready) {
    const message = "python3-lxml is not installed: generated files are validated against ECMA-376";
    if (process.env.CI === "true") throw new Error(`${message} (CI=true: .ci/run installs it)`);
    process.stderr.write(`\n\n!!!!! SKIPPED: ${message}. apt-get install python3-lxml !!!!!\n\n`);
  }
  return ready;
})();

/**
 * Runs validate.py once over `files`, writing its JSON beside the first; returns each file's report by its path
 * as given. Absent lists are read as empty.
 */
export function ooxmlReports(files: readonly string[]): Record<string, OoxmlReport> {
  const json = `${files[0]!}.validate.json`;
  execFileSync(PYTHON, [VALIDATE, ...files, "--json", json], {
    stdio: "pipe",
    timeout: HANG_GUARD_MS,
  });
  const raw = JSON.parse(fs.readFileSync(json, "utf8")) as Record<
    string,
    { schema?: unknown[]; risk?: OoxmlFinding[] }
  >;
  return Object.fromEntries(
    files.map((f) => [f, { schema: raw[f]?.schema ?? [], risk: raw[f]?.risk ?? [] }])
  );
}

/** The findings Excel acts on in one file: schema errors and repair risks above LOW. */
export function ooxmlProblems(report: OoxmlReport): [readonly unknown[], OoxmlFinding[]] {
  return [report.schema, report.risk.filter((f) => f[0] !== "LOW")];
}
