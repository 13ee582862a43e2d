/**
 * `gridscore plan`: the remediation plan of a known evaluation through the real CLI: exact rows and order, the
 * input cells, validation, the overdue rule and the progress summary (recalculated by LibreOffice), printing and
 * protection.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  EXAMPLE,
  FULL_A7,
  internals,
  loadWorkbook,
  runCli,
  textOf,
  tmpDir,
  writeJson,
} from "./support";
import { libreOfficeConvert, requireProgram } from "../support/external";

const HEADER_ROW = 7; // 1-based rows and columns below, as ExcelJS addresses them
const FIRST = 8;

/** The example's findings (README): A.1.2 lost 4 on two lines, A.1.4.4 2 (45% trained), A.7.3/A.7.4 5 each,
 * A.7.2 4 (55%: 16 of 20), then A.3.3 (应有未有) its whole 40. */
const EXAMPLE_ROWS: [string, string, number][] = [
  ["A.1.2.1", "A.1 2、组织机构图有职责划分", 2],
  ["A.1.2.3", "A.1 2、组织机构图有职责划分", 2],
  ["A.1.4.4", "A.1 4、标准化培训", 2],
  ["A.7.3", "A.7 3、品牌效应", 5],
  ["A.7.4", "A.7 4、社会效益", 5],
  ["A.7.2", "A.7 2、服务效率", 4],
  ["A.3.3", "A.3 3、服务提供规程", 40],
];

async function plan(input: string): Promise<{ file: string; ws: ExcelJS.Worksheet; out: string }> {
  const dir = tmpDir();
  const file = path.join(dir, "整改台账.xlsx");
  const r = await runCli(["plan", input, "-o", file]);
  expect(r.err).not.toContain("错误");
  expect(r.code).toBe(0);
  const wb = await loadWorkbook(file);
  return { file, ws: wb.getWorksheet("整改台账")!, out: r.out };
}

function dataRows(ws: ExcelJS.Worksheet): [string, string, number][] {
  const rows: [string, string, number][] = [];
  for (let r = FIRST; ; r++) {
    const key = textOf(ws.getCell(r, 2));
    if (!/^A\./.test(key)) break;
    rows.push([key, textOf(ws.getCell(r, 3)), ws.getCell(r, 6).value as number]);
  }
  return rows;
}

describe("gridscore plan", () => {
  test("one row per line that lost points, in the report's order, with notes and empty inputs", async () => {
    const { ws, out } = await plan(EXAMPLE);
    expect(out).toContain("整改事项 7 项，失分合计 60 分");
    expect(dataRows(ws)).toEqual(EXAMPLE_ROWS);
    expect([...Array(14).keys()].map((c) => textOf(ws.getCell(HEADER_ROW, c + 1)))).toEqual([
      "序号",
      "编号",
      "评价项目",
      "评价要求",
      "扣分标准",
      "失分",
      "评估意见",
      "整改措施",
      "责任部门",
      "完成期限",
      "状态",
      "佐证材料",
      "复核意见",
      "逾期",
    ]);
    expect(textOf(ws.getCell(FIRST, 7))).toBe("评估意见（张三，A.1.2.1）：机构图未含标准化机构");
    expect(textOf(ws.getCell(FIRST, 5))).toContain("（本行扣2分）");
    expect(textOf(ws.getCell(FIRST + 2, 4))).toBe("完成全员培训计划量的100%");
    expect(textOf(ws.getCell(1, 1))).toBe("整改台账 — 示例市网格化服务管理中心");
    for (let r = FIRST; r < FIRST + 7; r++) {
      // Inputs: empty except 状态, which starts as 未开始; unlocked; everything else locked.
      for (const c of [8, 9, 10, 12, 13]) expect(ws.getCell(r, c).value).toBeNull();
      expect(ws.getCell(r, 11).value).toBe("未开始");
      for (const c of [8, 9, 10, 11, 12, 13])
        expect(ws.getCell(r, c).protection?.locked).toBe(false);
      for (const c of [1, 2, 3, 4, 5, 6, 7, 14])
        expect(ws.getCell(r, c).protection?.locked).not.toBe(false);
      expect(ws.getCell(r, 6).numFmt).toBe("0.00");
      expect(ws.getCell(r, 10).numFmt).toBe("yyyy-mm-dd");
      expect(ws.getCell(r, 14).formula).toBe(
        `IF(AND(K${r}<>"已完成",ISNUMBER(J${r}),J${r}<TODAY()),"逾期","")`
      );
      expect(ws.getCell(r, 11).dataValidation).toMatchObject({
        type: "list",
        formulae: ['"未开始,进行中,已完成"'],
        showErrorMessage: true,
      });
      expect(ws.getCell(r, 10).dataValidation).toMatchObject({
        type: "date",
        showErrorMessage: true,
      });
    }
  });

  test("progress summary, overdue highlighting, printing and protection", async () => {
    const { ws } = await plan(EXAMPLE);
    const halfDown = (sum: string) =>
      `INT(ROUND(${sum},9))+1-ROUND(INT(ROUND(${sum},9))+1-ROUND(${sum},9),2)`;
    const range = (col: string) => `$${col}$${FIRST}:$${col}$${FIRST + 6}`;
    expect(
      ["A5", "B5", "C5", "D5", "E5", "F5", "G5", "H5", "I5"].map((a) => ws.getCell(a).formula)
    ).toEqual([
      `COUNTA(${range("B")})`,
      `COUNTIF(${range("K")},"未开始")`,
      `COUNTIF(${range("K")},"进行中")`,
      `COUNTIF(${range("K")},"已完成")`,
      "A5-B5-C5-D5",
      `COUNTIF(${range("N")},"逾期")`,
      // The hidden column O holds exact losses (a consensus's thirds), added and rounded once as shownLoss
      // (README: Numbers). N − ROUND(N − S, 2) with N = INT(S) + 1: half down, as Excel's ROUND is half up for
      // positives only.
      halfDown(`SUM(${range("O")})`),
      halfDown(`SUMIF(${range("K")},"已完成",${range("O")})`),
      'IF(G5>0,H5/G5,"")',
    ]);
    const cf = internals(ws).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0]!.ref).toBe(`A${FIRST}:N${FIRST + 6}`);
    expect(cf[0]!.rules[0]).toMatchObject({
      type: "expression",
      formulae: [`AND($K${FIRST}<>"已完成",ISNUMBER($J${FIRST}),$J${FIRST}<TODAY())`],
    });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    });
    // Protected, yet an unlocked 佐证材料 cell can take a hyperlink to the evidence.
    expect(internals(ws).sheetProtection).toMatchObject({ sheet: true, insertHyperlinks: true });
  });

  test("a consensus's item-level losses are fractions, shown with 2 decimals", async () => {
    const dir = tmpDir();
    const expert = (name: string, d: number) =>
      writeJson(dir, `${name}.json`, {
        format: "gridscore-evaluation/1",
        meta: { organization: "示例市", evaluator: name },
        items: {
          "A.1.2": { lines: { "A.1.2.1": d }, notes: { "A.1.2.1": `${name}意见` } },
          ...FULL_A7,
        },
      });
    const files = [expert("甲", 1), expert("乙", 1), expert("丙", 2)];
    const consensus = path.join(dir, "共识.xlsx");
    expect((await runCli(["merge", ...files, "-o", consensus])).code).toBe(0);
    const { ws } = await plan(consensus);
    const rows = dataRows(ws);
    // Mean of 9, 9, 8 is 26/3 = 8.666…: 4/3 points lost, shown 1.33 (10 − 8.67), kept exact in the hidden column
    // O so that the sheet's 失分合计 adds exact values; one row for the item (the lines' consensus is unknown).
    expect(rows.map(([k, t]) => [k, t])).toEqual([["A.1.2", "A.1 2、组织机构图有职责划分"]]);
    expect(rows[0]![2]).toBe(1.33);
    expect(ws.getCell(FIRST, 15).value as number).toBeCloseTo(4 / 3, 12);
    expect(ws.getCell(FIRST, 6).numFmt).toBe("0.00");
    expect(textOf(ws.getCell(FIRST, 7)).split("\n")).toEqual([
      "评估意见（甲，A.1.2.1）：甲意见",
      "评估意见（乙，A.1.2.1）：乙意见",
      "评估意见（丙，A.1.2.1）：丙意见",
    ]);
  });

  test.each([
    [["plan", EXAMPLE], 2, "plan 需要 -o"],
    [["plan", "-o", "x.xlsx"], 2, "plan 只接受一个输入文件"],
    [["plan", EXAMPLE, "-o", "x.docx"], 2, "须以 .xlsx 结尾"],
  ])("usage %j exits %d", async (argv, code, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });

  test("refuses to overwrite without --force (exit 3) and an evaluation with errors (exit 1)", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "plan.xlsx");
    fs.writeFileSync(out, "x");
    expect((await runCli(["plan", EXAMPLE, "-o", out])).code).toBe(3);
    expect((await runCli(["plan", EXAMPLE, "-o", out, "--force"])).code).toBe(0);
    const bad = writeJson(dir, "bad.json", {
      format: "gridscore-evaluation/1",
      items: { "A.1.2": { lines: { "A.1.2.1": 99 } } },
    });
    const r = await runCli(["plan", bad, "-o", path.join(dir, "p2.xlsx")]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(dir, "p2.xlsx"))).toBe(false);
  });

  test("LibreOffice recalculates the progress summary and the overdue flags", async () => {
    const soffice = requireProgram(
      "soffice",
      "the plan's summary and overdue formulas are recalculated by LibreOffice"
    );
    if (!soffice) return;
    const { file } = await plan(EXAMPLE);
    const wb = await loadWorkbook(file);
    const ws = wb.getWorksheet("整改台账")!;
    const past = new Date(Date.UTC(2001, 0, 1));
    const future = new Date(Date.UTC(2999, 0, 1));
    // Row 1 done (past deadline: not overdue); row 2 in progress, past: overdue; row 3 not started, future;
    // row 4 not started, past: overdue; row 5 done; rows 6 and 7 left as generated.
    const set: [number, string, Date | undefined][] = [
      [FIRST, "已完成", past],
      [FIRST + 1, "进行中", past],
      [FIRST + 2, "未开始", future],
      [FIRST + 3, "未开始", past],
      [FIRST + 4, "已完成", undefined],
    ];
    for (const [r, status, date] of set) {
      ws.getCell(r, 11).value = status;
      if (date) ws.getCell(r, 10).value = date;
    }
    const filled = path.join(path.dirname(file), "filled.xlsx");
    await wb.xlsx.writeFile(filled);
    const [converted] = libreOfficeConvert(
      soffice,
      [filled],
      "xlsx",
      path.join(path.dirname(file), "lo")
    );
    const back = (await loadWorkbook(converted!)).getWorksheet("整改台账")!;
    const result = (a: string): unknown => {
      const cell = back.getCell(a);
      return cell.formula ? (cell.result ?? "") : cell.value;
    };
    // 7 rows: 4 未开始 (rows 3, 4, 6, 7), 1 进行中, 2 已完成; overdue rows 2 and 4;
    // lost 60, covered by completed rows 2 (A.1.2.1) + 5 (A.7.4) = 7, 7/60.
    expect(["A5", "B5", "C5", "D5", "E5", "F5", "G5", "H5"].map(result)).toEqual([
      7, 4, 1, 2, 0, 2, 60, 7,
    ]);
    expect(result("I5") as number).toBeCloseTo(7 / 60, 10);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => result(`N${FIRST + k}`))).toEqual([
      "",
      "逾期",
      "",
      "逾期",
      "",
      "",
      "",
    ]);
  });
});
