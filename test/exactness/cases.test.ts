/**
 * The failed cases of issue 9 (test/fixtures/cases, copied from shared/cases), each with its right value, and
 * the rest of each kind: the verdict at exactly 300, typed percents, text in number cells, merged and formula
 * inputs, item-level and overlong notes, stale caches. README: Numbers, Inputs.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { EVALUATION_FORMAT, scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { COL, buildScoresheet } from "../../src/layout";
import { readXlsxScoresheet, writeXlsx } from "../../src/writers/xlsx";
import { readConsensusXlsx } from "../../src/merge";
import { inputRows } from "../support/layoutCells";

const CASES = path.join(__dirname, "..", "fixtures", "cases");
const identity = {
  workbookId: "x",
  createdAt: "2026-11-29",
  generator: "t",
  kind: "scoresheet" as const,
};

const read = async (file: string) => {
  const r = await readXlsxScoresheet(fs.readFileSync(file), path.basename(file));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.sheet;
};

describe("the verdict at exactly 300 (8.3) is decided on the exact total", () => {
  const files = (prefix: string) =>
    fs
      .readdirSync(path.join(CASES, "consensus-300"))
      .filter((f) => f.startsWith(prefix))
      .map((f) => path.join(CASES, "consensus-300", f));

  test.each([
    ["t5", "trimmed"],
    ["m3", "mean"],
  ])("%s experts, %s: 300 and 合格, with no float noise anywhere", async (prefix, method) => {
    const json = await runCli(["merge", ...files(prefix), "--method", method, "--json"]);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out);
    expect(result.total).toBe(300);
    expect(result.exactTotal).toBe("300");
    expect(result.pass).toBe(true);
    expect(result.verdict).toBe("合格");
    const text = await runCli(["merge", ...files(prefix), "--method", method]);
    expect(text.out).toContain("共识总分 300 /");
    // The method is named, as the workbook and the report name it (new user's review).
    expect(text.out).toContain(
      method === "mean" ? "共识方法：算术平均\n" : "共识方法：去掉一个最高分和一个最低分后平均\n"
    );
    expect(text.out).toContain("结论：合格");
    // No float noise: every JSON number has at most 2 decimals, and no printed number more (times aside).
    const numbers: number[] = [];
    JSON.parse(json.out, (_k, v: unknown) => (typeof v === "number" && numbers.push(v), v));
    for (const n of numbers) expect(String(n)).toMatch(/^-?\d+(\.\d{1,2})?$/);
    expect(text.out).not.toMatch(/(?<![\d:])\d+\.\d{3,}/);
  });

  test("the consensus workbook and the report of it say 300 and 合格 too", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-300-"));
    const out = path.join(dir, "c.xlsx");
    expect((await runCli(["merge", ...files("t5"), "--method", "trimmed", "-o", out])).code).toBe(
      0
    );
    const report = await runCli(["report", out, "-o", path.join(dir, "r.docx")]);
    expect(report.code).toBe(0);
    expect(report.out + report.err).not.toMatch(/299\.9/);
  });
});

describe("typed percents score as the percent the cell shows", () => {
  test("percent-typed.xlsx (layout 1): A.7.1 92% scores 20; the text 55% is refused, naming the cell", async () => {
    const sheet = await read(path.join(CASES, "percent-typed.xlsx"));
    expect(sheet.report.items.find((i) => i.id === "A.7.1")!.score).toBe(20);
    expect(sheet.errors.map((e) => [e.code, e.where?.sheet, e.where?.cell])).toEqual([
      ["number-as-text", "A.7", "G5"],
    ]);
    expect(sheet.warnings.map((w) => w.code)).toContain("percent-old-layout");
  });

  test.each([
    // A.1.4.4: 100% → 0, ≥50% → 1, ≥30% → 2, below → 3 (以上 includes the number)
    [0.45, 45, 2],
    [0.3, 30, 2],
    [0.29, 29, 3],
    [0.5, 50, 1],
    [0.4999, 49.99, 2],
    [1, 100, 0],
  ])("a %-formatted A.1.4.4 holding %p (%p%) deducts %p", async (f, percent, d) => {
    const blank = buildScoresheet({ identity });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(blank)).buffer as ArrayBuffer);
    const r = inputRows(blank).get("A.1.4.4")!;
    const cell = wb.getWorksheet(r.sheet)!.getCell(r.row + 1, COL.input + 1);
    expect(cell.numFmt).toContain("%");
    cell.value = f;
    wb.getWorksheet(r.sheet)!.getCell(r.row + 1, COL.note + 1).value = "n";
    const sheet = await read(await saveTmp(wb));
    expect(sheet.evaluation.items["A.1.4"]!.lines!["A.1.4.4"]).toEqual({ rate: percent });
    expect(sheet.report.items.find((i) => i.id === "A.1.4")!.score).toBe(10 - d);
  });
});

async function saveTmp(wb: ExcelJS.Workbook): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gs-case-")), "w.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("what a number is: the reader agrees with the workbook's formulas", () => {
  test("ideographic-space.xlsx: 2 followed by U+3000 is refused in that cell and counts 0", async () => {
    const sheet = await read(path.join(CASES, "ideographic-space.xlsx"));
    expect(sheet.errors.map((e) => [e.code, e.where?.cell])).toEqual([["number-as-text", "G8"]]);
    expect(sheet.report.items.find((i) => i.id === "A.1.2")!.score).toBe(10);
  });

  test("merged-input.xlsx: merged G4:G5 holding 2 deducts 2, once, and the range is named", async () => {
    const sheet = await read(path.join(CASES, "merged-input.xlsx"));
    expect(sheet.report.total).toBe(433);
    expect(sheet.warnings).toContainEqual(
      expect.objectContaining({ code: "merged-input", range: "G4:G5" })
    );
  });

  test("a formula typed into an input counts its result with a warning; with no result it is an error", async () => {
    const blank = buildScoresheet({ identity });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(blank)).buffer as ArrayBuffer);
    const r = inputRows(blank).get("A.1.1.1")!;
    const ws = wb.getWorksheet(r.sheet)!;
    ws.getCell(r.row + 1, COL.input + 1).value = { formula: "100", result: undefined };
    const uncalculated = await read(await saveTmp(wb));
    expect(uncalculated.errors.map((e) => e.code)).toEqual(["formula-uncalculated"]);
    ws.getCell(r.row + 1, COL.input + 1).value = { formula: "100", result: 100 };
    const calculated = await read(await saveTmp(wb));
    // 100 is over the line's limit, as LibreOffice's recalculation of the same cell says.
    expect(calculated.errors.map((e) => e.code)).toEqual(["above-line-max"]);
    expect(calculated.warnings.map((w) => w.code)).toContain("formula-input");
  });

  test("saved-without-recalculation.xlsx: scored from the inputs (433) with a stale warning, not refused", async () => {
    const sheet = await read(path.join(CASES, "saved-without-recalculation.xlsx"));
    expect(sheet.errors).toEqual([]);
    expect(sheet.report.total).toBe(433);
    expect(sheet.warnings).toContainEqual(
      expect.objectContaining({
        code: "cached-mismatch",
        name: "Total",
        cached: 435,
        recomputed: 433,
      })
    );
  });
});

describe("notes are never lost", () => {
  const withNotes: Evaluation = {
    format: EVALUATION_FORMAT,
    meta: {},
    items: {
      "A.1.1": {
        lines: { "A.1.1.1": 1 },
        notes: { "A.1.1": "本项整体说明\n第二行", "A.1.1.1": "缺一项" },
      },
      "A.1.3": { notes: { "A.1.3": "只有本项说明" } },
      "A.7.1": { value: 92.5, notes: { "A.7.1": "问卷" } },
    },
  };

  test("item-level notes survive workbook → reader → export", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gs-notes-")), "n.xlsx");
    fs.writeFileSync(file, await writeXlsx(buildScoresheet({ identity, evaluation: withNotes })));
    const sheet = await read(file);
    expect(sheet.evaluation.items).toEqual(withNotes.items);
    const exported = await runCli(["export", file]);
    expect(JSON.parse(exported.out).items).toEqual(withNotes.items);
  });

  test("a 40,000-character note is refused before anything is written, naming the field and the limit", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-long-"));
    const json = path.join(dir, "e.json");
    const long: Evaluation = {
      ...withNotes,
      items: { "A.1.2": { lines: { "A.1.2.1": 1 }, notes: { "A.1.2.1": "长".repeat(40000) } } },
    };
    fs.writeFileSync(json, JSON.stringify(long));
    expect(scoreEvaluation(long).errors).toEqual([
      { code: "text-too-long", field: "A.1.2.1 扣分说明", length: 40000, limit: 32767 },
    ]);
    const out = path.join(dir, "o.xlsx");
    const r = await runCli(["new", out, "--inputs", json]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("32767");
    expect(fs.existsSync(out)).toBe(false);
  });

  test("a consensus of long notes keeps every character: the shown cell is cut with a marker, the data is whole", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-longc-"));
    const files = ["甲", "乙"].map((name, i) => {
      const file = path.join(dir, `${name}.json`);
      const evaluation: Evaluation = {
        format: EVALUATION_FORMAT,
        meta: { evaluator: name },
        items: {
          "A.1.1": { lines: { "A.1.1.1": 1 }, notes: { "A.1.1.1": String(i).repeat(20000) } },
        },
      };
      fs.writeFileSync(file, JSON.stringify(evaluation));
      return file;
    });
    const out = path.join(dir, "c.xlsx");
    expect((await runCli(["merge", ...files, "-o", out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet("共识")!.eachRow((row) =>
      row.eachCell((cell) => expect(cell.text.length).toBeLessThanOrEqual(32767))
    );
    const back = await readConsensusXlsx(fs.readFileSync(out), "c.xlsx");
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const notes = back.result.items.find((i) => i.id === "A.1.1")!.notes;
    expect(notes.map((n) => n.note)).toEqual(["0".repeat(20000), "1".repeat(20000)]);
  });

  test("a control character XML forbids is refused, naming where it is", () => {
    const bad: Evaluation = {
      ...withNotes,
      items: { "A.1.2": { notes: { "A.1.2.1": "a\u0001b" } } },
    };
    expect(scoreEvaluation(bad).errors).toEqual([
      { code: "text-forbidden-char", field: "A.1.2.1 扣分说明", codePoint: 1, index: 1 },
    ]);
  });
});
