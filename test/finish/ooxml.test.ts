/**
 * Excel's own rules, in CI (issue 11): a filled scoresheet, a consensus workbook and a Word report validate
 * against the ECMA-376 transitional schemas (tools/ooxml, vendored with its source and licence), with no
 * finding Excel would repair (HIGH), no overlapping data-validation ranges (exceljs #2820), unique
 * conditional-format priorities and no number format that shows a trailing dot.
 *
 * Needs /usr/bin/python3 with lxml (Debian's python3-lxml, installed by .ci/run); without it the test is
 * skipped with a loud warning, or fails under CI=true.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { outputDir } from "../support/external";
import { writeScenario } from "../support/finishScenario";

const PYTHON = "/usr/bin/python3";
const VALIDATE = path.join(__dirname, "..", "..", "tools", "ooxml", "validate.py");

function hasLxml(): boolean {
  if (!fs.existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", "import lxml"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

const ready = hasLxml();
if (!ready) {
  const message = "python3-lxml is not installed: generated files are validated against ECMA-376";
  if (process.env.CI === "true") throw new Error(`${message} (CI=true: .ci/run installs it)`);
  process.stderr.write(`\n\n!!!!! SKIPPED: ${message}. apt-get install python3-lxml !!!!!\n\n`);
}
const suite = ready ? describe : describe.skip;

type Finding = [string, string, string];
interface FileReport {
  readonly schema: readonly unknown[];
  readonly risk: readonly Finding[];
}

suite("generated files pass Excel's and Word's rules (ECMA-376 + repair risks)", () => {
  let report: Record<string, FileReport>;
  const files = ["consensus.xlsx", "scoresheet.xlsx", "report.docx"];

  beforeAll(async () => {
    const dir = outputDir("ooxml");
    const s = await writeScenario(dir);
    const json = path.join(dir, "validate.json");
    execFileSync(PYTHON, [VALIDATE, s.consensus, s.scoresheet, s.report, "--json", json], {
      stdio: "pipe",
      timeout: 120000,
    });
    const byPath = JSON.parse(fs.readFileSync(json, "utf8")) as Record<string, FileReport>;
    report = Object.fromEntries(
      Object.entries(byPath).map(([file, r]) => [path.basename(file), r])
    );
  }, 180000);

  it.each(files)("%s: 0 schema errors", (file) => {
    expect(report[file]!.schema).toEqual([]);
  });

  it.each(files)("%s: nothing Excel or Word would repair (no HIGH finding)", (file) => {
    expect(report[file]!.risk.filter(([grade]) => grade === "HIGH")).toEqual([]);
  });

  it.each(files)(
    "%s: no overlapping validations, unique cf priorities, no trailing-dot formats",
    (file) => {
      const kinds = /dataValidation ranges overlap|cfRule priority|number format/i;
      expect(report[file]!.risk.filter(([, , text]) => kinds.test(text))).toEqual([]);
    }
  );
});
