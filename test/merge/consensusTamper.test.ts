/**
 * A consensus workbook's own figures are checked as a scoresheet's named results are (README: Inputs, stale vs
 * tampered). A new user overwrote 共识汇总!C11 (共识总分) with 250 and C13 (结论) with 不合格, and in another copy
 * 共识!J4 (an item's consensus) with 0; report, rollup and plan said 合格 with no word while the workbook showed
 * 250 不合格. Each is now refused, naming the file, sheet and cell and what to do; a formula replaced by another
 * is refused too; a workbook whose formulas are intact but whose cached results are stale only warns.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
import { writeExpertWorkbooks } from "../support/finishScenario";
import { readCompareSource } from "../../src/taskpane/files/compareFiles";
import { readRollupFile } from "../../src/rollup";

const NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静"];
/** Anything the tamper check prints, in either language. */
const TAMPER = /公式被|未重新计算|formula of|without recalculation/;

interface CellEdit {
  readonly sheet: string;
  readonly cell: string;
  /** A constant typed over the cell. */
  readonly value?: ExcelJS.CellValue;
  /** The cell's formula kept, its cached result replaced (saved without recalculation). */
  readonly cached?: number | string;
  /** Another formula. */
  readonly formula?: string;
}

/** Copies a workbook with cells changed through ExcelJS. */
async function editCopy(from: string, to: string, edits: readonly CellEdit[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const e of edits) {
    const cell = wb.getWorksheet(e.sheet)!.getCell(e.cell);
    if (e.formula !== undefined) cell.value = { formula: e.formula };
    else if (e.cached !== undefined) {
      if (!cell.formula) throw new Error(`${e.sheet}!${e.cell} holds no formula`);
      cell.value = { formula: cell.formula, result: e.cached };
    } else cell.value = e.value ?? null;
  }
  await wb.xlsx.writeFile(to);
  return to;
}

/** One consumer run on a file: its exit code and everything it printed. */
type Consumer = (file: string, dir: string) => Promise<{ code: number; text: string; out: string }>;

const run = async (argv: string[]) => {
  const r = await runCli(argv);
  return { code: r.code, text: r.err + r.out, out: r.out };
};
const CONSUMERS: Record<"report" | "plan" | "rollup", Consumer> = {
  report: (file, dir) =>
    run(["report", file, "-o", path.join(dir, `${path.basename(file)}.docx`), "--force"]),
  plan: (file, dir) =>
    run(["plan", file, "-o", path.join(dir, `${path.basename(file)}-plan.xlsx`), "--force"]),
  rollup: (file) => run(["rollup", file, "--json"]),
};

describe("tampering in a consensus workbook", () => {
  let dir: string;
  let consensus: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-consensus-tamper-"));
    const experts = await writeExpertWorkbooks(path.join(dir, "experts"), NAMES);
    consensus = path.join(dir, "共识.xlsx");
    const merged = await runCli(["merge", ...experts, "-o", consensus]);
    if (merged.code !== 0) throw new Error(merged.err);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(Object.keys(CONSUMERS) as (keyof typeof CONSUMERS)[])(
    "%s: the untouched consensus passes with no tamper or stale warning",
    async (name) => {
      const r = await CONSUMERS[name](consensus, dir);
      expect(r.code).toBe(0);
      expect(r.text).not.toMatch(TAMPER);
    }
  );

  const TAMPERINGS: readonly (readonly [string, CellEdit, string, string])[] = [
    [
      "共识总分 C11 = 250",
      { sheet: "共识汇总", cell: "C11", value: 250 },
      "共识总分（共识汇总页） 的公式被改成了固定值 250",
      "the formula of the consensus total (consensus summary) was replaced by the value 250",
    ],
    [
      "结论 C13 = 不合格",
      { sheet: "共识汇总", cell: "C13", value: "不合格" },
      "共识评价结果（共识汇总页） 的公式被改成了固定值 不合格",
      "the formula of the consensus verdict (consensus summary) was replaced by the value 不合格",
    ],
    [
      "共识 J4 = 0",
      { sheet: "共识", cell: "J4", value: 0 },
      "的共识得分（共识表） 的公式被改成了固定值 0",
      "consensus score (consensus sheet) was replaced by the value 0",
    ],
  ];
  const cases = TAMPERINGS.flatMap(([what, edit, zh, en], k) =>
    (Object.keys(CONSUMERS) as (keyof typeof CONSUMERS)[]).map(
      (name) => [name, what, k, edit, zh, en] as const
    )
  );

  test.each(cases)(
    "%s refuses the consensus with %s, naming the file, sheet and cell and what to do",
    async (name, _what, k, edit, zh, en) => {
      const file = await editCopy(consensus, path.join(dir, `tampered-${name}-${k}.xlsx`), [edit]);
      const r = await CONSUMERS[name](file, dir);
      expect(r.text).toContain(`错误：文件 ${file}，工作表 ${edit.sheet}，单元格 ${edit.cell}：`);
      expect(r.text).toContain(zh);
      expect(r.text).toContain(`error: file ${file}, sheet ${edit.sheet}, cell ${edit.cell}: `);
      expect(r.text).toContain(en);
      expect(r.text).toContain("请恢复该单元格的公式");
      expect(r.text).toContain("gridscore merge");
      if (name === "rollup") {
        // Listed as refused with its reason; nothing else to roll up.
        expect(r.text).toContain(`未纳入汇总：${file}`);
        expect(r.code).toBe(1);
      } else {
        // Refused: nothing written.
        expect(r.code).not.toBe(0);
        const out = name === "report" ? ".docx" : "-plan.xlsx";
        expect(fs.existsSync(path.join(dir, `${path.basename(file)}${out}`))).toBe(false);
      }
    }
  );

  test("rollup of a tampered and an untouched consensus rolls up the untouched one and lists the other as refused", async () => {
    const file = await editCopy(consensus, path.join(dir, "tampered-both.xlsx"), [
      { sheet: "共识汇总", cell: "C11", value: 250 },
      { sheet: "共识汇总", cell: "C13", value: "不合格" },
    ]);
    const r = await runCli(["rollup", file, consensus, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      units: { file: string }[];
      refused: { file: string; reasons: string[] }[];
    };
    expect(json.units.map((u) => u.file)).toEqual([consensus]);
    expect(json.refused.map((u) => u.file)).toEqual([file]);
    expect(json.refused[0]!.reasons.join("\n")).toMatch(/单元格 C11：.*固定值 250/);
    expect(json.refused[0]!.reasons.join("\n")).toMatch(/单元格 C13：.*固定值 不合格/);
  });

  test.each(Object.keys(CONSUMERS) as (keyof typeof CONSUMERS)[])(
    "%s refuses a consensus whose total has another formula",
    async (name) => {
      const file = await editCopy(consensus, path.join(dir, `changed-${name}.xlsx`), [
        { sheet: "共识汇总", cell: "C11", formula: "SUM(C4:C9)+250" },
      ]);
      const r = await CONSUMERS[name](file, dir);
      expect(r.code).not.toBe(0);
      expect(r.text).toContain(
        `错误：文件 ${file}，工作表 共识汇总，单元格 C11：共识总分（共识汇总页） 的公式被改动（现为 "=SUM(C4:C9)+250"）`
      );
    }
  );

  test.each(Object.keys(CONSUMERS) as (keyof typeof CONSUMERS)[])(
    "%s: stale cached results with intact formulas only warn, and the recomputation counts",
    async (name) => {
      const file = await editCopy(consensus, path.join(dir, `stale-${name}.xlsx`), [
        { sheet: "共识汇总", cell: "C11", cached: 250 },
        { sheet: "共识汇总", cell: "C13", cached: "不合格" },
        { sheet: "共识", cell: "J4", cached: 0.5 },
      ]);
      const r = await CONSUMERS[name](file, dir);
      expect(r.code).toBe(0);
      expect(r.text).not.toContain("错误");
      expect(r.text).toContain(
        `提示：文件 ${file}，工作表 共识汇总，单元格 C11：工作簿保存时未重新计算：共识总分（共识汇总页） 保存的结果为 250，公式完好`
      );
      expect(r.text).toMatch(
        /单元格 C13：工作簿保存时未重新计算：共识评价结果（共识汇总页） 保存的结果为 不合格，公式完好，按填写内容重新计算为 合格/
      );
      expect(r.text).toMatch(
        /工作表 共识，单元格 J4：工作簿保存时未重新计算：\S+ 的共识得分（共识表） 保存的结果为 0.5/
      );
      expect(r.text).toContain("warning: file");
      if (name === "rollup") {
        const json = JSON.parse(r.out) as { units: unknown[] };
        expect(json.units).toHaveLength(1);
      }
    }
  );

  test("compare refuses a tampered consensus and prints the stale warning of another", async () => {
    const tampered = await editCopy(consensus, path.join(dir, "compare-tampered.xlsx"), [
      { sheet: "共识", cell: "J4", value: 0 },
    ]);
    const refused = await runCli(["compare", consensus, tampered]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`错误：文件 ${tampered}，工作表 共识，单元格 J4：`);
    const stale = await editCopy(consensus, path.join(dir, "compare-stale.xlsx"), [
      { sheet: "共识汇总", cell: "C11", cached: 250 },
    ]);
    const warned = await runCli(["compare", consensus, stale]);
    expect(warned.code).toBe(0);
    expect(warned.err).toContain(
      `提示：文件 ${stale}，工作表 共识汇总，单元格 C11：工作簿保存时未重新计算`
    );
  });

  test("the task pane's readers (compare and roll-up views) refuse the tampered consensus at its cell", async () => {
    const file = await editCopy(consensus, path.join(dir, "pane.xlsx"), [
      { sheet: "共识汇总", cell: "C11", value: 250 },
    ]);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const compared = await readCompareSource("pane.xlsx", bytes);
    expect(compared.ok).toBe(false);
    expect(compared.errors).toEqual([
      expect.objectContaining({
        code: "formula-overwritten",
        value: "250",
        where: { file: "pane.xlsx", sheet: "共识汇总", cell: "C11" },
      }),
    ]);
    const rolled = await readRollupFile("pane.xlsx", bytes);
    expect(rolled.ok).toBe(false);
    if (!rolled.ok) expect(rolled.refused.reasons.join("")).toContain("单元格 C11");
  });

  test.each(["layout1", "layout2"])(
    "a consensus merged before the deliberation columns (%s in circulation): untouched it passes; a constant over its total or an item's consensus is refused",
    async (layout) => {
      const fixture = path.join(
        __dirname,
        "..",
        "fixtures",
        "circulation",
        layout,
        "consensus.xlsx"
      );
      const untouched = await runCli(["report", fixture, "-o", path.join(dir, `${layout}.docx`)]);
      expect(untouched.code).toBe(0);
      expect(untouched.err).not.toMatch(TAMPER);
      const file = await editCopy(fixture, path.join(dir, `${layout}-tampered.xlsx`), [
        { sheet: "共识汇总", cell: "C11", value: 250 },
        { sheet: "共识", cell: "H4", value: 0 },
      ]);
      const r = await runCli(["report", file, "-o", path.join(dir, `${layout}-t.docx`)]);
      expect(r.code).not.toBe(0);
      expect(r.err).toContain(
        `工作表 共识汇总，单元格 C11：共识总分（共识汇总页） 的公式被改成了固定值 250`
      );
      expect(r.err).toMatch(
        /工作表 共识，单元格 H4：\S+ 的共识得分（共识表） 的公式被改成了固定值 0/
      );
    }
  );
});
