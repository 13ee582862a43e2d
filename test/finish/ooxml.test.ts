/**
 * Excel's own rules, in CI (issue 11): a filled scoresheet, a consensus workbook and a Word report validate
 * against the ECMA-376 transitional schemas (tools/ooxml, vendored with its source and licence), with no
 * finding Excel would repair (HIGH), no overlapping data-validation ranges (exceljs #2820), unique
 * conditional-format priorities and no number format that shows a trailing dot.
 *
 * Needs /usr/bin/python3 with lxml (Debian's python3-lxml, installed by .ci/run); without it the test is
 * skipped with a loud warning, or fails under CI=true.
 */
import * as path from "path";
import { outputDir } from "../support/external";
import { writeScenario } from "../support/finishScenario";
import { OOXML_READY, ooxmlReports } from "../support/ooxml";
import type { OoxmlReport } from "../support/ooxml";

const suite = OOXML_READY ? describe : describe.skip;

suite("generated files pass Excel's and Word's rules (ECMA-376 + repair risks)", () => {
  let report: Record<string, OoxmlReport>;
  const files = ["consensus.xlsx", "scoresheet.xlsx", "report.docx"];

  beforeAll(async () => {
    const dir = outputDir("ooxml");
    const s = await writeScenario(dir);
    const byPath = ooxmlReports([s.consensus, s.scoresheet, s.report]);
    report = Object.fromEntries(
      Object.entries(byPath).map(([file, r]) => [path.basename(file), r])
    );
  });

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
