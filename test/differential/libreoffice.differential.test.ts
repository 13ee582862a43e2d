/**
 * The differential test (issue 9): typed inputs drawn from the grammar of what people enter are written into
 * generated scoresheets the way a spreadsheet stores them, LibreOffice recalculates the workbooks in one headless
 * call, and for every input row the workbook's 检查 class, 计入扣分 and 实得分, then the subtotals, the total and
 * the verdict must equal what the .xlsx reader and the engine say about the ORIGINAL file.
 *
 * CI runs 200 item cases (20 workbooks); `npm run differential -- --cases 5000` runs thousands.
 */
import * as fs from "fs";
import * as path from "path";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import type { WorkbookCase } from "./grammar";
import {
  calculated,
  caseCount,
  drawWorkbooks,
  readOk,
  readerOnlyMisses,
  recalculatedSide,
  uncalculatedCells,
  writeCases,
} from "./harness";
import { disagreements, engineSide } from "./oracle";
import { writeCase } from "./write";

const soffice = requireProgram(
  "soffice",
  "LibreOffice (libreoffice-calc-nogui) recalculates the differential test's workbooks"
);
const maybe = soffice ? describe : describe.skip;

/**
 * Files per soffice call: CI's 20 workbooks are one call; big runs are cut into calls of 25. No call has a time
 * limit of its own but the hang guard (test/support/hangGuard.js).
 */
const FILES_PER_CALL = 25;

maybe(
  "the workbook (recalculated by LibreOffice) and the reader + engine agree on typed inputs",
  () => {
    const dir = outputDir("differential/libreoffice");
    const cases: WorkbookCase[] = drawWorkbooks(
      caseCount(200),
      { uncalculatedFormulas: true, booleansInPercentCells: false },
      0
    );
    let files: string[] = [];
    let recalculated: string[] = [];

    beforeAll(async () => {
      fs.rmSync(dir, { recursive: true, force: true });
      files = await writeCases(cases, dir);
      const started = Date.now();
      for (let i = 0; i < files.length; i += FILES_PER_CALL)
        recalculated.push(
          ...libreOfficeConvert(
            soffice!,
            files.slice(i, i + FILES_PER_CALL),
            "xlsx",
            path.join(dir, "recalculated")
          )
        );
      // A figure to look at, never an assertion.
      const timing = {
        workbooks: files.length,
        libreOfficeSeconds: (Date.now() - started) / 1000,
      };
      fs.writeFileSync(path.join(dir, "timing.json"), JSON.stringify(timing));
    });

    afterAll(() => {
      recalculated = [];
    });

    test.each(cases.map((_, i) => [i]))("workbook case-%i", async (i) => {
      const file = files[i]!;
      const c = cases[i]!;
      const original = await readOk(fs.readFileSync(file), path.basename(file));
      const afterLo = await readOk(fs.readFileSync(recalculated[i]!), path.basename(file));
      const side = await recalculatedSide(recalculated[i]!);
      // A formula without a cached result is the reader's error and counts 0 there, while LibreOffice computes it:
      // the figures are compared with the same case written with the results LibreOffice computed as cached values.
      const expected =
        uncalculatedCells(c).length > 0
          ? await readOk(await writeCase(calculated(c, side)), path.basename(file))
          : original;
      const found = [
        ...readerOnlyMisses(c, original).map((m) => ({ where: "reader", workbook: "", engine: m })),
        ...disagreements(side, engineSide(expected)),
      ];
      // The file LibreOffice saved reads back to the same figures.
      const again = engineSide(afterLo);
      for (const [name, v] of engineSide(expected).names)
        if (again.names.get(name) !== v)
          found.push({
            where: `${name} read from LibreOffice's file`,
            workbook: again.names.get(name),
            engine: v,
          });
      if (found.length > 0)
        fs.writeFileSync(
          file.replace(/\.xlsx$/, ".disagreements.json"),
          JSON.stringify(found, null, 1)
        );
      expect(found).toEqual([]);
    });
  }
);
