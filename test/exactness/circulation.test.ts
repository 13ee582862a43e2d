/**
 * Workbooks in circulation keep working (issue 9): every layout gridscore has written is recognised, scored,
 * exported, merged and reported, and scores what it scored when it was made (test/fixtures/circulation).
 */
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { LAYOUT_VERSION, READABLE_LAYOUTS } from "../../src/layout";
import { readConsensusXlsx } from "../../src/merge";
import { readXlsxScoresheet } from "../../src/writers/xlsx";
import { loadExample } from "../support/example";

const DIR = path.join(__dirname, "..", "fixtures", "circulation");

test("every readable layout has its fixtures, and today's layout is among them", () => {
  expect(READABLE_LAYOUTS).toContain(LAYOUT_VERSION);
  for (const layout of READABLE_LAYOUTS)
    expect(fs.readdirSync(path.join(DIR, `layout${layout}`)).sort()).toEqual([
      "blank.xlsx",
      "consensus.xlsx",
      "filled-libreoffice.xlsx",
      "filled.xlsx",
    ]);
});

describe.each(READABLE_LAYOUTS.map((l) => [l]))("layout %s", (layout) => {
  const file = (name: string) => path.join(DIR, `layout${layout}`, name);

  test.each([
    ["blank.xlsx", 435],
    ["filled.xlsx", 435],
    ["filled-libreoffice.xlsx", 435],
  ])("%s still scores %p with no errors", async (name, total) => {
    const r = await readXlsxScoresheet(fs.readFileSync(file(name)), name);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.sheet.errors).toEqual([]);
    expect(r.sheet.report.total).toBe(total);
    expect(r.sheet.warnings.some((w) => w.code === "old-layout")).toBe(layout !== LAYOUT_VERSION);
  });

  test("the filled workbooks export the example evaluation", async () => {
    const example = loadExample();
    for (const name of ["filled.xlsx", "filled-libreoffice.xlsx"]) {
      const { code, out } = await runCli(["export", file(name)]);
      expect(code).toBe(0);
      expect(JSON.parse(out).items).toEqual(example.items);
    }
  });

  test("they merge with today's workbooks, and their consensus is read back and reported", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-circ-"));
    const today = path.join(dir, "today.xlsx");
    // The example's inputs without its evaluator (张三), so the copy can name its own: a differing --evaluator is refused.
    const example = loadExample();
    const { evaluator: _evaluator, ...meta } = example.meta;
    const inputs = path.join(dir, "inputs.json");
    fs.writeFileSync(inputs, JSON.stringify({ ...example, meta }));
    expect((await runCli(["new", today, "--inputs", inputs, "--evaluator", "今天"])).code).toBe(0);
    const merged = await runCli(["merge", file("filled.xlsx"), today, "--json"]);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.out).total).toBe(435);
    const consensus = await readConsensusXlsx(fs.readFileSync(file("consensus.xlsx")), "c.xlsx");
    if (!consensus.ok) throw new Error(JSON.stringify(consensus.errors));
    expect(consensus.result.total).toBe(435);
    expect(consensus.result.verdict).toBe("合格");
    const report = await runCli(["report", file("consensus.xlsx"), "-o", path.join(dir, "r.docx")]);
    expect(report.code).toBe(0);
    const docx = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "r.docx")));
    const body = (await docx.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(body).toContain("435");
    expect(body).toContain("合格");
  });
});
