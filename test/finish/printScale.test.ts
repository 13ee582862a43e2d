/**
 * Every printed sheet of every workbook gridscore writes is legible on A4 (issue 11): fitted to one page width
 * it prints at MIN_PRINT_SCALE (10 pt text at 7.5 pt) or more in the widest host's column widths; a sheet too
 * wide for that prints in bands of columns at one fixed scale, each band (with its repeated title columns)
 * within the page, across then down. The 共识 sheet of a consensus had printed at 48%.
 *
 * Read from the written packages, as a host reads them.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MIN_PRINT_SCALE } from "../../src/layout";
import { writeExpertWorkbooks, writeScenario } from "../support/finishScenario";
import { runCli } from "../support/cli";
import { writeCorpus } from "../rollup/corpus";
import { printedSheets } from "../support/printedSheets";
import type { PrintedSheet } from "../support/printedSheets";

/** Runs the CLI; `ok` lists the exit codes expected (a roll-up with refused files ends with 1). */
async function run(args: string[], ok: readonly number[] = [0]): Promise<void> {
  const { code, err } = await runCli(args);
  if (!ok.includes(code)) throw new Error(`gridscore ${args[0]} failed (${code}): ${err}`);
}

/** Seven experts (4.2's largest group): the widest 共识 sheet. */
const SEVEN = ["甲一", "乙二", "丙三", "丁四", "戊五", "己六", "庚七"];

describe("printed sheets are legible on A4", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-print-"));
  const workbooks = new Map<string, PrintedSheet[]>();

  beforeAll(async () => {
    const s = await writeScenario(path.join(dir, "scenario"));
    const seven = await writeExpertWorkbooks(path.join(dir, "scenario"), SEVEN, "expert-");
    const out = (name: string) => path.join(dir, name);
    await run(["new", out("template.xlsx")]);
    await run(["merge", ...seven, "-o", out("consensus-7.xlsx")]);
    await run(["plan", s.consensus, "-o", out("plan.xlsx")]);
    await run(["report", s.consensus, "-o", out("report.docx"), "--sheet", out("report.xlsx")]);
    await run(["new", out("next.xlsx"), "--from", s.consensus]);
    const corpus = path.join(dir, "corpus");
    await writeCorpus(corpus);
    await run(["rollup", corpus, "-o", out("rollup.xlsx")], [0, 1]);
    const files: Record<string, string> = {
      "consensus-5": s.consensus,
      scoresheet: s.scoresheet,
      ...Object.fromEntries(
        ["template", "consensus-7", "plan", "report", "next", "rollup"].map((n) => [
          n,
          out(`${n}.xlsx`),
        ])
      ),
    };
    for (const [name, file] of Object.entries(files))
      workbooks.set(name, printedSheets(new Uint8Array(fs.readFileSync(file))));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const all = (): [string, PrintedSheet][] =>
    [...workbooks].flatMap(([name, sheets]) =>
      sheets.map((s): [string, PrintedSheet] => [name, s])
    );

  it("writes every workbook, each with printed sheets", () => {
    expect([...workbooks.keys()].sort()).toEqual(
      [
        "consensus-5",
        "consensus-7",
        "next",
        "plan",
        "report",
        "rollup",
        "scoresheet",
        "template",
      ].sort()
    );
    for (const sheets of workbooks.values()) expect(sheets.length).toBeGreaterThan(0);
  });

  it("prints no sheet below the smallest scale", () => {
    const small = all()
      .filter(([, s]) => s.scale < MIN_PRINT_SCALE)
      .map(([w, s]) => `${w}/${s.sheet}: ${Math.round(s.scale * 100)}%`);
    expect(small).toEqual([]);
  });

  it("fits every band of a banded sheet within the page at its scale, across then down", () => {
    const banded = all().filter(([, s]) => s.columnBreaks.length > 0);
    expect(banded.map(([w, s]) => `${w}/${s.sheet}`).sort()).toEqual(
      [
        "consensus-5/共识",
        "consensus-7/共识",
        "rollup/单位",
        // A re-evaluation's table sheets: the previous evaluation's columns print as a second band.
        ...["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7"].map((t) => `next/${t}`),
      ].sort()
    );
    for (const [, s] of banded) {
      expect(s.fitted).toBe(false);
      expect(s.pageOrder).toBe("overThenDown");
      for (const w of s.bandWidths) expect(w * s.scale).toBeLessThanOrEqual(s.printable);
    }
  });

  it("cuts the 共识 sheet into the figures and the texts, the statistics with the figures up to 7 experts", () => {
    for (const name of ["consensus-5", "consensus-7"]) {
      const sheet = workbooks.get(name)!.find((s) => s.sheet === "共识")!;
      expect(sheet.columnBreaks).toHaveLength(1);
      expect(sheet.scale).toBeGreaterThanOrEqual(0.8);
    }
  });
});
