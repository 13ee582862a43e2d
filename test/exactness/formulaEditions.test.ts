/**
 * A workbook's formulas are compared with those its own gridscore wrote (metaSheet.ts FORMULA_EDITION). A consensus
 * workbook merged at ef80229 (2026-11-30, test/fixtures/circulation/formulas1) was refused by the next day's code at
 * every 评议检查 cell as "formula changed": the check had learned to name TRUE/FALSE as a boolean, and the tamper
 * check compared the old text with the new. Each edition is now rebuildable and accepted where the workbook holds
 * it; a formula of no edition is still refused, a workbook of a newer edition is named as such, and a refusal quotes
 * the start of a long formula, not thousands of characters.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../support/cli";
import { FORMULA_EDITION, colLetter } from "../../src/layout";
import { readConsensusXlsx } from "../../src/merge";
import { agreedCheckFormula, expertsCheckFormula } from "../../src/merge/deliberation";
import { writeXlsx } from "../../src/writers/xlsx";
import { consensusOf, groupOf, headerCol, itemRow } from "../merge/deliberationSupport";

const DIR = path.join(__dirname, "..", "fixtures", "circulation", "formulas1");
const fixture = (name: string): string => path.join(DIR, name);

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "gs-editions-"));
}

/** Copies a workbook with one cell's formula (or the identity sheet's `formulas` entry) replaced. */
async function edited(
  from: Uint8Array,
  to: string,
  edit: { sheet: string; cell: string; formula?: string; value?: string }
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(from) as unknown as ExcelJS.Buffer);
  const cell = wb.getWorksheet(edit.sheet)!.getCell(edit.cell);
  cell.value = edit.formula !== undefined ? { formula: edit.formula } : (edit.value ?? null);
  await wb.xlsx.writeFile(to);
  return to;
}

describe("a consensus merged at ef80229 (formula edition 1, no `formulas` entry)", () => {
  test("is read with its total, 435 合格, and no error", async () => {
    const read = await readConsensusXlsx(fs.readFileSync(fixture("consensus.xlsx")), "c.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.errors).slice(0, 500));
    expect(read.result.total).toBe(435);
    expect(read.result.verdict).toBe("合格");
    expect(read.result.experts.map((e) => e.evaluator)).toEqual([
      "张三",
      "李四",
      "王五",
      "赵六",
      "钱七",
    ]);
  });

  test("its deliberation counts: A.1.2 agreed 7 (the experts gave 6) makes 436", async () => {
    const read = await readConsensusXlsx(fs.readFileSync(fixture("deliberated.xlsx")), "d.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.errors).slice(0, 500));
    expect(read.result.items.find((i) => i.id === "A.1.2")!.consensus).toBe(7);
    expect(read.result.total).toBe(436);
  });

  test("report, rollup and new --from take it", async () => {
    const dir = tmp();
    const report = await runCli(["report", fixture("deliberated.xlsx"), "-o", `${dir}/r.docx`]);
    expect(report.code).toBe(0);
    const docx = await JSZip.loadAsync(fs.readFileSync(`${dir}/r.docx`));
    const body = (await docx.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(body).toContain("436");
    const rollup = await runCli(["rollup", fixture("consensus.xlsx"), "--json"]);
    expect(rollup.code).toBe(0);
    const json = JSON.parse(rollup.out) as { units: { total: number }[]; refused: unknown[] };
    expect(json.units.map((u) => u.total)).toEqual([435]);
    expect(json.refused).toEqual([]);
    expect(
      (await runCli(["new", `${dir}/next.xlsx`, "--from", fixture("consensus.xlsx")])).code
    ).toBe(0);
  });

  test("edition 1 rebuilds exactly the 评议检查 ef80229 wrote (A.1.2, five experts)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture("consensus.xlsx"));
    const written = wb.getWorksheet("共识")!.getCell("T5").formula;
    const names = ["张三", "李四", "王五", "赵六", "钱七"];
    const cells = ["E5", "F5", "G5", "H5", "I5"];
    const rebuilt = (edition: "1" | "2") =>
      [
        expertsCheckFormula("A.1.2", 10, cells, "D5", names, edition),
        agreedCheckFormula("A.1.2", 10, "L5", "D5", "R5", false, edition),
      ].join("&");
    expect(rebuilt("1")).toBe(written);
    expect(rebuilt("2")).not.toBe(written);
  });

  test("a 评议检查 formula of no edition is still refused, quoting only its start", async () => {
    const dir = tmp();
    const file = await edited(fs.readFileSync(fixture("consensus.xlsx")), `${dir}/x.xlsx`, {
      sheet: "共识",
      cell: "T5",
      formula: `"${"已评议".repeat(40)}"`,
    });
    const { code, err } = await runCli(["report", file, "-o", `${dir}/r.docx`]);
    expect(code).not.toBe(0);
    expect(err).toContain("单元格 T5");
    expect(err).toContain("的公式被改动");
    // The quoted formula: "= then the string's opening quote and 78 characters of it, cut, with its length (123).
    expect(err).toContain(`（现为 "="${"已评议".repeat(26)}…"（共 123 个字符）`);
    expect(err).toContain(`(now "="${"已评议".repeat(26)}…" (123 characters)`);
    expect(fs.existsSync(`${dir}/r.docx`)).toBe(false);
  });
});

describe("a consensus merged today records its edition", () => {
  const model = () => consensusOf(groupOf(["甲", "乙", "丙"], [0, 0, 0])).model;

  test(`the identity sheet's formulas entry is ${FORMULA_EDITION}; edition 1's 评议检查 is refused there`, async () => {
    const m = model();
    const meta = m.sheets.find((s) => s.name === "_gridscore")!;
    const keys = meta.cells.filter((c) => c.col === 0 && c.content.kind === "text");
    const row = keys.find((c) => c.content.kind === "text" && c.content.text === "formulas")!.row;
    expect(meta.cells.find((c) => c.row === row && c.col === 1)!.content).toEqual({
      kind: "text",
      text: "2",
    });

    const r = itemRow(m, "共识", "A.1.2") + 1;
    const at = (header: string) => `${colLetter(headerCol(m, "共识", header))}${r}`;
    const cells = ["甲", "乙", "丙"].map(at);
    expect(cells).toEqual([`E${r}`, `F${r}`, `G${r}`]);
    // Edition 1's text, rebuilt: the same check without the boolean branch.
    const old = [
      expertsCheckFormula("A.1.2", 10, cells, `D${r}`, ["甲", "乙", "丙"], "1"),
      agreedCheckFormula("A.1.2", 10, at("评议后得分"), `D${r}`, at("评议理由"), false, "1"),
    ].join("&");
    expect(old).not.toContain("是布尔值");
    const col = colLetter(headerCol(m, "共识", "评议检查"));
    const dir = tmp();
    const file = await edited(await writeXlsx(m), `${dir}/c.xlsx`, {
      sheet: "共识",
      cell: `${col}${r}`,
      formula: old,
    });
    const read = await readConsensusXlsx(fs.readFileSync(file), file);
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.errors.map((e) => [e.code, e.where?.cell])).toEqual([
      ["formula-changed", `${col}${r}`],
    ]);
  });

  test("a workbook of a newer edition is named as such, not as tampered", async () => {
    const m = model();
    const meta = m.sheets.find((s) => s.name === "_gridscore")!;
    const row = meta.cells.find(
      (c) => c.content.kind === "text" && c.content.text === "formulas"
    )!.row;
    const dir = tmp();
    const file = await edited(await writeXlsx(m), `${dir}/c.xlsx`, {
      sheet: "_gridscore",
      cell: `B${row + 1}`,
      value: "3",
    });
    const { code, err } = await runCli(["report", file, "-o", `${dir}/r.docx`]);
    expect(code).not.toBe(0);
    expect(err).toContain(
      "此工作簿的公式版本为 3，本程序认得的最新版本为 2：它由更新版本的 gridscore 生成"
    );
    expect(err).toContain("a newer gridscore made it");
    expect(err).not.toContain("公式被改动");
  });
});
