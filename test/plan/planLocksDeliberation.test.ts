/**
 * What the group's plan locks (4.3, 7.2) is not overturned downstream: an agreed score (评议后得分) on an item the
 * plan fixed as 不适用 is an error in the consensus workbook's 评议检查, in the reader (and so in `report`) and in
 * the pane's form, never applied; a plan reason edited in an expert's copy is refused as `plan-overridden` at its
 * note cell; the report cites the plan's reason once, not once per expert.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { PLAN_FORMAT, planOverrides, planReasonNote } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { parsedPlan } from "../support/plans";
import { COL } from "../../src/layout";
import {
  CONSENSUS_SHEET,
  agreedCheckFormula,
  checkAgreed,
  consensusWithAgreed,
  readConsensusXlsx,
} from "../../src/merge";
import { planNotApplicableReason } from "../../src/merge/deliberation";
import { buildReportModel, reportInputFromConsensus } from "../../src/report";

const REASON = "本市无跨部门联办事项";
const PLAN = {
  format: PLAN_FORMAT,
  organization: "示例市网格化服务管理中心",
  level: "city",
  members: [
    { name: "甲", role: "组长" },
    { name: "乙" },
    { name: "丙" },
    { name: "丁" },
    { name: "戊" },
  ],
  notApplicable: [{ item: "A.3.3", reason: REASON }],
};
const NAMES = PLAN.members.map((m) => m.name);

/** Makes the five copies from the plan in a fresh folder and merges them; returns the folder and the consensus. */
async function mergedFromPlan(): Promise<{
  dir: string;
  copy: (n: string) => string;
  cons: string;
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-planlock-"));
  const planFile = path.join(dir, "plan5.json");
  fs.writeFileSync(planFile, JSON.stringify(PLAN));
  expect((await runCli(["new", path.join(dir, "评分表.xlsx"), "--plan", planFile])).code).toBe(0);
  const copy = (n: string): string => path.join(dir, `评分表-${n}.xlsx`);
  const cons = path.join(dir, "cons.xlsx");
  const merged = await runCli(["merge", ...NAMES.map(copy), "-o", cons]);
  expect(merged.code).toBe(0);
  return { dir, copy, cons };
}

/** Writes values into the 共识 sheet's row of an item, by header; returns the agreed-score cell's address. */
async function setDeliberation(
  file: string,
  itemId: string,
  values: Readonly<Record<string, string | number>>
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(CONSENSUS_SHEET)!;
  const headers = new Map<string, number>();
  ws.getRow(3).eachCell((cell, col) => headers.set(cell.text, col));
  let address = "";
  ws.eachRow((row) => {
    if (row.getCell(2).value !== itemId) return;
    for (const [header, v] of Object.entries(values)) row.getCell(headers.get(header)!).value = v;
    address = row.getCell(headers.get("评议后得分")!).address;
  });
  await wb.xlsx.writeFile(file);
  return address;
}

describe("an agreed score on an item the plan fixed as 不适用", () => {
  test("the reader refuses it, naming the item, the cell and that the plan must be changed", async () => {
    const { cons } = await mergedFromPlan();
    const cell = await setDeliberation(cons, "A.3.3", {
      评议后得分: 0,
      评议理由: "评议认为应有未有",
    });
    // The row of A.3.3 after the items the merge puts first: its agreed score sits in column L for 5 experts.
    expect(cell).toMatch(/^L\d+$/);
    const read = await readConsensusXlsx(new Uint8Array(fs.readFileSync(cons)), cons);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      {
        code: "agreed-on-plan-na",
        itemId: "A.3.3",
        value: 0,
        reason: REASON,
        where: { file: cons, sheet: CONSENSUS_SHEET, cell },
      },
    ]);
    const report = await runCli(["report", cons, "-o", path.join(path.dirname(cons), "r.docx")]);
    expect(report.code).not.toBe(0);
    expect(report.err).toContain(`单元格 ${cell}`);
    expect(report.err).toContain("A.3.3");
    expect(report.err).toContain("请由评估组长修改评估方案");
    expect(report.out).not.toContain("296.67");
  });

  test("a reason alone on it is still only a hint, and the consensus keeps full marks", async () => {
    const { cons } = await mergedFromPlan();
    await setDeliberation(cons, "A.3.3", { 评议理由: "讨论过" });
    const read = await readConsensusXlsx(new Uint8Array(fs.readFileSync(cons)), cons);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.result.items.find((i) => i.id === "A.3.3")!.consensus).toBe(40);
    expect(read.result.warnings.map((w) => w.code)).toContain("reason-without-agreed");
  });

  test("the workbook's formulas: the consensus is the method's result, and 评议检查 names the error", () => {
    expect(consensusWithAgreed("L19", "D19", "K19", true)).toBe("K19");
    const check = agreedCheckFormula("A.3.3", 40, "L19", "D19", "R19", true);
    expect(check).toContain("错误：A.3.3 评议后得分不能采用：评估方案已将本项界定为不适用");
    expect(check).toContain("请由评估组长修改评估方案并重新生成评分表");
    // Without the plan's lock the formula is the ordinary rule, which has no such message.
    expect(agreedCheckFormula("A.3.3", 40, "L19", "D19", "R19")).not.toContain("评估方案");
  });

  test("the pane's form checks by the same rule: any agreed score is refused, a blank one is not", () => {
    expect(checkAgreed("A.3.3", 40, 0, "评议认为应有未有", REASON)).toEqual({
      problems: [{ code: "agreed-on-plan-na", itemId: "A.3.3", value: 0, reason: REASON }],
    });
    expect(checkAgreed("A.3.3", 40, null, "", REASON)).toEqual({ problems: [] });
    expect(checkAgreed("A.3.3", 40, 40, "x")).toEqual({ agreed: 40, problems: [] });
  });

  test("an item is plan-locked only when every expert marks it 不适用 and its note is the plan's", () => {
    const note = [{ evaluator: "甲", id: "A.3.3", note: planReasonNote(REASON) }];
    expect(planNotApplicableReason("A.3.3", ["na", "na"], note)).toBe(REASON);
    expect(planNotApplicableReason("A.3.3", ["na", "normal"], note)).toBeUndefined();
    expect(
      planNotApplicableReason("A.3.3", ["na", "na"], [{ id: "A.3.3", note: "x" }])
    ).toBeUndefined();
    expect(planNotApplicableReason("A.3.3", [], note)).toBeUndefined();
  });
});

describe("the plan's reason in the report", () => {
  test("cited once, as the plan's, not once per expert", async () => {
    const { cons } = await mergedFromPlan();
    const read = await readConsensusXlsx(new Uint8Array(fs.readFileSync(cons)), cons);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const model = buildReportModel(reportInputFromConsensus(read.result, read.meta));
    const na = model.notApplicable.find((i) => i.itemId === "A.3.3")!;
    expect(na.notes).toEqual([{ evaluator: "评估方案", note: planReasonNote(REASON) }]);
    expect(na.decidedBy).toEqual(NAMES);
  });
});

describe("a plan reason edited in an expert's copy", () => {
  test("is refused at its note cell, naming the plan's reason and the changed one", async () => {
    const { copy } = await mergedFromPlan();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy("乙"));
    const ws = wb.getWorksheet("A.3")!;
    let cell = "";
    ws.eachRow((row) => {
      if (row.getCell(COL.id + 1).value !== "A.3.3.1") return;
      const note = row.getCell(COL.note + 1);
      note.value = "【本项】不适用（评估方案）：我改了理由";
      cell = note.address;
    });
    expect(cell).toMatch(/^H\d+$/);
    await wb.xlsx.writeFile(copy("乙"));
    const r = await runCli(["score", copy("乙")]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(`单元格 ${cell}`);
    expect(r.err).toContain(REASON);
    expect(r.err).toContain("我改了理由");
    const merged = await runCli(["merge", ...NAMES.map(copy)]);
    expect(merged.code).not.toBe(0);
  });

  test("planOverrides: the note must be the plan's, trimmed; no note at all is no other reason", () => {
    const plan = parsedPlan(PLAN);
    const evaluation = (note?: string): Evaluation => ({
      format: "gridscore-evaluation/1",
      meta: {},
      items: {
        "A.3.3": { status: "na", ...(note !== undefined ? { notes: { "A.3.3": note } } : {}) },
      },
    });
    expect(planOverrides(evaluation(planReasonNote(REASON)), plan)).toEqual([]);
    expect(planOverrides(evaluation(`${planReasonNote(REASON)} `), plan)).toEqual([]);
    expect(planOverrides(evaluation("我改了理由"), plan)).toEqual([
      { code: "plan-overridden", itemId: "A.3.3", found: "na", reason: REASON, note: "我改了理由" },
    ]);
    expect(planOverrides(evaluation(), plan)).toEqual([]);
    expect(planOverrides(evaluation(" "), plan)).toEqual([]);
  });
});
