/**
 * Issue 16: an invented edition (test/fixtures/editions/test-invented-2027.json: table A.2 changed, item A.5.4
 * added, pass mark 280) goes through the whole pipeline with no code change: template, new, LibreOffice
 * recalculation, score, merge and report. Workbooks record their edition; readers pick it by that record among the
 * known editions (the built-in one and the one given with --standard), and refuse it otherwise.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { runCli } from "../support/cli";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { zipEntry } from "../report/support";

const EDITION = path.join(__dirname, "..", "fixtures", "editions", "test-invented-2027.json");
const EXPERTS = ["甲", "乙", "丙"];
const INPUTS = {
  format: "gridscore-evaluation/1",
  meta: { organization: "测试单位", level: "city", date: "2026-11-28" },
  items: {
    "A.2.1": { lines: { "A.2.1.1": 6 }, notes: { "A.2.1.1": "没有体系表" } },
    "A.5.4": {
      lines: { "A.5.4.1": 3, "A.5.4.2": 1 },
      notes: { "A.5.4.1": "没有数据安全管理标准", "A.5.4.2": "分级不全" },
    },
    "A.7.1": { value: 92 },
    "A.7.2": { value: 55 },
    "A.7.3": { level: "provincial" },
    "A.7.4": { level: "over10" },
  },
};
/** 502 (the invented edition's items) − 6 − 4 (deductions) − 4 (A.7.2 16/20) − 5 (A.7.3) − 5 (A.7.4). */
const TOTAL = 478;

const dir = outputDir("editions/pipeline");
const inputs = path.join(dir, "inputs.json");

async function identityOf(file: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, string> = {};
  wb.getWorksheet("_gridscore")!.eachRow((row) => {
    out[row.getCell(1).text] = row.getCell(2).text;
  });
  return out;
}

beforeAll(() => {
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { recursive: true });
  fs.writeFileSync(inputs, JSON.stringify(INPUTS));
});

/**
 * The experts' workbooks of the invented edition (all of them, or the ones a test reads), made inside the test that
 * calls it, in a folder of its own; returns where each expert's is. Stryker credits a test only with the code run
 * while the test runs, not in `describe` or `beforeAll` (README, Mutation testing), so each test makes what it
 * checks. `new` writes one evaluator's copy to the file it is given, several as s-<name>.xlsx.
 */
async function workbooks(
  folder: string,
  experts: readonly string[] = EXPERTS
): Promise<(name: string) => string> {
  fs.mkdirSync(path.join(dir, folder));
  const made = await runCli([
    "new",
    path.join(dir, folder, experts.length === 1 ? `s-${experts[0]}.xlsx` : "s.xlsx"),
    "--standard",
    EDITION,
    "--inputs",
    inputs,
    ...experts.flatMap((e) => ["--evaluator", e]),
  ]);
  expect(made.err).toBe("");
  expect(made.code).toBe(0);
  return (name) => path.join(dir, folder, `s-${name}.xlsx`);
}

test("template --standard shows the edition: its key, the changed table, the added item, its pass mark", async () => {
  const { code, out } = await runCli(["template", "--json", "--standard", EDITION]);
  expect(code).toBe(0);
  const json = JSON.parse(out);
  expect(json.standard).toMatchObject({ edition: "test-invented-2027", passMark: 280, max: 502 });
  expect(json.standard.transcription.notes.map((n: { at: string }) => n.at)).toContain("A.5.4");
  const a2 = json.tables.find((t: { id: string }) => t.id === "A.2");
  expect(a2).toMatchObject({ title: "基础标准体系要求（测试版）", declaredMax: 32, max: 32 });
  const a5 = json.tables.find((t: { id: string }) => t.id === "A.5");
  expect(a5.items.map((i: { id: string }) => i.id)).toContain("A.5.4");
  const text = await runCli(["template", "--standard", EDITION]);
  expect(text.out).toContain("合格线：280分");
  // the next command without --standard is back on the built-in edition
  expect(JSON.parse((await runCli(["template", "--json"])).out).standard.passMark).toBe(300);
});

test("every workbook records its edition: key, standard id and fingerprint", async () => {
  const workbook = await workbooks("identity", ["甲"]);
  const identity = await identityOf(workbook("甲"));
  expect(identity).toMatchObject({
    edition: "test-invented-2027",
    standard: "T/TEST 999.5-2027（虚构）",
  });
  const builtIn = JSON.parse((await runCli(["template", "--json"])).out).standard.fingerprint;
  const invented = JSON.parse((await runCli(["template", "--json", "--standard", EDITION])).out)
    .standard.fingerprint;
  expect(identity.fingerprint).toBe(invented);
  expect(invented).not.toBe(builtIn);
});

test("score reads the workbook in its recorded edition when that edition is known, and refuses it otherwise", async () => {
  const workbook = await workbooks("score", ["甲"]);
  const refused = await runCli(["score", workbook("甲")]);
  expect(refused.code).toBe(1);
  expect(refused.err).toContain("test-invented-2027");
  expect(refused.err).toContain("made from another template");
  const scored = await runCli(["score", workbook("甲"), "--json", "--standard", EDITION]);
  expect(scored.code).toBe(0);
  const json = JSON.parse(scored.out);
  expect(json).toMatchObject({ total: TOTAL, max: 502, passMark: 280, pass: true });
  expect(json.items.find((i: { id: string }) => i.id === "A.5.4")).toMatchObject({ score: 1 });
  // JSON inputs have no record: they are read in the edition given
  expect((await runCli(["score", inputs, "--json", "--standard", EDITION])).code).toBe(0);
  const builtIn = await runCli(["score", inputs]);
  expect(builtIn.code).toBe(1);
  expect(builtIn.err).toContain("A.5.4");
});

test("merge and report work in the edition; a built-in workbook is not merged with them", async () => {
  const workbook = await workbooks("merge");
  const consensus = path.join(dir, "consensus.xlsx");
  const merged = await runCli([
    "merge",
    ...EXPERTS.map(workbook),
    "-o",
    consensus,
    "--json",
    "--standard",
    EDITION,
  ]);
  expect(merged.code).toBe(0);
  expect(JSON.parse(merged.out)).toMatchObject({ total: TOTAL, max: 502, pass: true });
  expect((await identityOf(consensus)).edition).toBe("test-invented-2027");

  const report = path.join(dir, "report.docx");
  const reported = await runCli(["report", consensus, "-o", report, "--standard", EDITION]);
  expect(reported.code).toBe(0);
  const xml = zipEntry(fs.readFileSync(report), "word/document.xml");
  expect(xml).toContain("T/TEST 999.5-2027");
  expect(xml).toContain("数据安全标准（测试新增）");

  const builtIn = path.join(dir, "builtin.xlsx");
  expect((await runCli(["new", builtIn])).code).toBe(0);
  const mixed = await runCli([
    "merge",
    workbook("甲"),
    builtIn,
    "-o",
    path.join(dir, "mixed.xlsx"),
    "--standard",
    EDITION,
  ]);
  expect(mixed.code).toBe(1);
  expect(mixed.err).toContain("builtin.xlsx");
});

const soffice = requireProgram(
  "soffice",
  "LibreOffice recalculates a workbook of the invented edition"
);
(soffice ? test : test.skip)(
  "LibreOffice recalculates the edition's workbook to the engine's total and verdict",
  async () => {
    const workbook = await workbooks("libreoffice", ["乙"]);
    const [recalculated] = libreOfficeConvert(
      soffice!,
      [workbook("乙")],
      "xlsx",
      path.join(dir, "recalculated")
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated!);
    const cached = (name: string): unknown => {
      const [sheet, cell] = wb.definedNames.getRanges(name).ranges[0]!.split("!");
      const value = wb.getWorksheet(sheet!.replace(/^'|'$/g, ""))!.getCell(cell!.replace(/\$/g, ""))
        .value as ExcelJS.CellFormulaValue;
      return value.result;
    };
    expect(cached("Total")).toBe(TOTAL);
    expect(cached("Subtotal_A2")).toBe(26);
    expect(cached("Subtotal_A5")).toBe(51);
    expect(cached("Verdict")).toBe("合格");
    const scored = await runCli(["score", recalculated!, "--json", "--standard", EDITION]);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.out).warnings).toEqual([]);
  }
);
