/**
 * What the merge-documents part's surviving mutants left unpinned in consensusLayout.ts (the 共识 sheet): the
 * median's formula, the header texts, the print bands, the title and explanation merges, the experts' and agreed
 * score's validation texts, the status-conflict and notes cells, the highlight's range and formula, and the 评估组
 * members carried into the consensus workbook; and, left by the run of 2d55820, the 表 and 分值 headers, the hidden
 * 数据 column, the consensus of an item the plan fixed as 不适用 and the unlocked 不同意见 cell; and, left by the run
 * of e043c6e, the identity sheet's empty 'evaluator' entry and the workbook's document properties. Each test builds what it
 * checks (README, Mutation testing).
 */
import { buildConsensusWorkbook } from "../../src/merge";
import type { CellContent, SheetModel, WorkbookModel } from "../../src/layout";
import { consensusColumns } from "../../src/merge/consensusLayout";
import { wrappedLines } from "../../src/layout/builder";
import { a1 } from "../../src/layout";
import { planReasonNote } from "../../src/engine";
import { STANDARD } from "../../src/standard";
import { CONSENSUS_IDENTITY, groupOf, itemRow, mergedOf } from "./deliberationSupport";

const sheetOf = (model: WorkbookModel, name: string): SheetModel =>
  model.sheets.find((s) => s.name === name)!;
const at = (sheet: SheetModel, row: number, col: number): CellContent | undefined =>
  sheet.cells.find((c) => c.row === row && c.col === col)?.content;

const NAMES = ["甲", "乙", "丙"];

describe("consensusLayout survivors", () => {
  it("writes the median's result as MEDIAN over the experts' values", () => {
    const result = mergedOf(groupOf(NAMES, [0, 10, 20]), "median");
    const sheet = sheetOf(buildConsensusWorkbook(result, CONSENSUS_IDENTITY), "共识");
    const c = consensusColumns(3);
    const method = at(sheet, 3, c.method);
    expect(method?.kind).toBe("formula");
    expect(method?.kind === "formula" && method.formula.startsWith("MEDIAN(")).toBe(true);
  });

  it("heads the columns 编号, 评价内容, 状态分歧 and starts the text band at 评议理由", () => {
    const sheet = sheetOf(
      buildConsensusWorkbook(mergedOf(groupOf(NAMES, [0, 0, 0])), CONSENSUS_IDENTITY),
      "共识"
    );
    const c = consensusColumns(3);
    expect(at(sheet, 2, 1)).toEqual({ kind: "text", text: "编号" });
    expect(at(sheet, 2, 2)).toEqual({ kind: "text", text: "评价内容" });
    expect(at(sheet, 2, c.status)).toEqual({ kind: "text", text: "状态分歧" });
    expect(sheet.columns[1]!.header).toBe("编号");
    expect(sheet.columns[c.reason]!.bandStart).toBe(true);
    expect(sheet.columns[c.min]!.bandStart).toBe(true);
  });

  it("merges the title and the explanation from column D to the end of the first band", () => {
    const sheet = sheetOf(
      buildConsensusWorkbook(mergedOf(groupOf(NAMES, [0, 0, 0])), CONSENSUS_IDENTITY),
      "共识"
    );
    const c = consensusColumns(3);
    // The first band is 表…分歧/畸高畸低 before 评议理由 (the second bandStart): columns 3 to c.reason − 1.
    const title = sheet.merges.find((m) => m.row === 0)!;
    const explanation = sheet.merges.find((m) => m.row === 1)!;
    const firstBandEnd = title.col + title.cols;
    expect(title).toEqual({ row: 0, col: 3, rows: 1, cols: firstBandEnd - 3 });
    expect(explanation).toEqual({ row: 1, col: 3, rows: 1, cols: firstBandEnd - 3 });
    expect(firstBandEnd).toBeGreaterThan(3);
    expect(firstBandEnd).toBeLessThanOrEqual(c.reason);
    expect(at(sheet, 0, 3)).toEqual({ kind: "text", text: "评估组共识评分" });
    expect(at(sheet, 1, 3)?.kind).toBe("text");
    // The explanation is long: its row is fitted to it (more than one line of 10 pt text).
    expect(sheet.rowHeights.get(1)!).toBeGreaterThan(30);
  });

  it("names the item, its cap and what to do in the experts' and the agreed score's validations", () => {
    const result = mergedOf(groupOf(NAMES, [0, 0, 0]));
    const sheet = sheetOf(buildConsensusWorkbook(result, CONSENSUS_IDENTITY), "共识");
    const c = consensusColumns(3);
    const item = result.items[0]!;
    const expert = sheet.validations.find(
      (v) => "range" in v && v.range.row === 3 && v.range.col === c.expert(0)
    )!;
    const agreed = sheet.validations.find(
      (v) => "range" in v && v.range.row === 3 && v.range.col === c.agreed
    )!;
    expect(expert).toMatchObject({
      errorTitle: "专家分数超出范围",
      errorMessage: `${item.id} 专家分数应为0到本项分值${item.cap}之间的数字（最多两位小数）。`,
      prompt: `${item.id} 专家分数（0–${item.cap}，最多两位小数）`,
    });
    expect(agreed).toMatchObject({
      errorTitle: "评议后得分超出范围",
      errorMessage: `${item.id} 评议后得分应为0到本项分值${item.cap}之间的数字（最多两位小数），并须填写评议理由。`,
      prompt: `${item.id} 评估组评议后改定的得分（0–${item.cap}）；留空则按共识方法的结果计`,
    });
  });

  it("lists each expert's status on its own line when the statuses differ, and the notes one per line", () => {
    const base = groupOf(NAMES, [0, 0, 0]);
    const first = [...base.items.keys()][0]!;
    const items = new Map(base.items);
    items.set(first, {
      ...items.get(first)!,
      statuses: ["normal", "na", "normal"],
      notes: [
        { evaluator: "甲", id: "1", note: "缺台账" },
        { evaluator: "乙", id: "2", note: "无记录" },
      ],
    });
    const result = mergedOf({ ...base, items });
    const row = 3 + result.items.findIndex((i) => i.id === first);
    const sheet = sheetOf(buildConsensusWorkbook(result, CONSENSUS_IDENTITY), "共识");
    const c = consensusColumns(3);
    const status = at(sheet, row, c.status);
    expect(status?.kind).toBe("text");
    const lines = status?.kind === "text" ? status.text.split("\n") : [];
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith("甲：")).toBe(true);
    expect(lines[1]!.startsWith("乙：")).toBe(true);
    expect(lines[0]!.length).toBeGreaterThan(2);
    expect(lines[1]).not.toBe(lines[0]!.replace("甲", "乙"));
    const notes = at(sheet, row, c.notes);
    const kept = result.items.find((i) => i.id === first)!.notes;
    expect(notes).toEqual({
      kind: "text",
      text: kept.map((x) => `${x.evaluator}（${x.id}）：${x.note}`).join("\n"),
    });
    expect(notes?.kind === "text" && notes.text.split("\n")).toEqual(
      kept.map((x) => `${x.evaluator}（${x.id}）：${x.note}`)
    );
  });

  it("writes beyond 20 experts the outliers' names joined by 、 as text", () => {
    const names = Array.from({ length: 21 }, (_, i) => `专家${i + 1}`);
    const result = mergedOf(groupOf(names, [...Array<number>(19).fill(0), 400, 400]));
    const sheet = sheetOf(buildConsensusWorkbook(result, CONSENSUS_IDENTITY), "共识");
    const c = consensusColumns(21);
    const item = result.items.find((i) => i.outliers.length === 2)!;
    expect(item.outliers).toEqual(["专家20", "专家21"]);
    const row = 3 + result.items.indexOf(item);
    expect(at(sheet, row, c.outliers)).toEqual({ kind: "text", text: "专家20、专家21" });
  });

  it("fits an item's row to its outliers' names as they print, joined by 、", () => {
    const names = ["欧阳一二", "欧阳三四", "欧阳五六", "司马七八", "慕容九十"];
    const result = mergedOf(groupOf(names, [0, 0, 0, 400, 400]));
    const sheet = sheetOf(buildConsensusWorkbook(result, CONSENSUS_IDENTITY), "共识");
    const item = result.items[0]!;
    expect(item.outliers.length).toBeGreaterThan(1);
    // In the 10-wide 畸高畸低 column the names with 、 take more lines than without, and more than the title.
    const lines = wrappedLines(item.outliers.join("、"), 10);
    expect(lines).toBeGreaterThan(wrappedLines(item.outliers.join(""), 10));
    expect(lines).toBeGreaterThan(wrappedLines(item.title, 20));
    expect(sheet.rowHeights.get(3)).toBe(lines * 15 + 4);
  });

  it("hides the further data columns a long note needs", () => {
    const base = groupOf(NAMES, [0, 0, 0]);
    const first = [...base.items.keys()][0]!;
    const items = new Map(base.items);
    items.set(first, {
      ...items.get(first)!,
      notes: [{ evaluator: "甲", id: "1", note: "长".repeat(40000) }],
    });
    const sheet = sheetOf(
      buildConsensusWorkbook(mergedOf({ ...base, items }), CONSENSUS_IDENTITY),
      "共识"
    );
    const c = consensusColumns(3);
    expect(sheet.columns[c.data + 1]).toEqual({ header: "数据2", width: 10, hidden: true });
  });

  it("highlights every item row across to the notes column, keyed on the 分歧 column", () => {
    const result = mergedOf(groupOf(NAMES, [0, 0, 0]));
    const sheet = sheetOf(buildConsensusWorkbook(result, CONSENSUS_IDENTITY), "共识");
    const c = consensusColumns(3);
    const flag = String.fromCharCode(65 + c.flag);
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0]).toMatchObject({
      range: { row: 3, col: 0, rows: result.items.length, cols: c.notes + 1 },
      formula: `$${flag}4="需讨论"`,
    });
  });

  it("carries the 评估组 members into the consensus workbook's group sheet", () => {
    const result = mergedOf(groupOf(NAMES, [0, 0, 0]));
    const model = buildConsensusWorkbook(result, CONSENSUS_IDENTITY, {}, [{ name: "张三丰" }]);
    const texts = model.sheets.flatMap((s) =>
      s.cells.flatMap((cell) => (cell.content.kind === "text" ? [cell.content.text] : []))
    );
    expect(texts).toContain("张三丰");
  });

  it("heads column A 表 and column D 分值, and hides the 数据 column", () => {
    const sheet = sheetOf(
      buildConsensusWorkbook(mergedOf(groupOf(NAMES, [0, 0, 0])), CONSENSUS_IDENTITY),
      "共识"
    );
    const c = consensusColumns(3);
    expect(at(sheet, 2, 0)).toEqual({ kind: "text", text: "表" });
    expect(at(sheet, 2, 3)).toEqual({ kind: "text", text: "分值" });
    expect(sheet.columns[c.data]).toEqual({ header: "数据", width: 10, hidden: true });
  });

  it("takes no agreed score on an item the plan fixed as 不适用: its consensus is the method's result", () => {
    const base = groupOf(NAMES, [0, 0, 0]);
    const items = new Map(base.items);
    const note = planReasonNote("本单位无下属机构");
    items.set("A.3.3", {
      ...items.get("A.3.3")!,
      statuses: ["na", "na", "na"],
      notes: NAMES.map((evaluator) => ({ evaluator, id: "A.3.3", note })),
    });
    const model = buildConsensusWorkbook(mergedOf({ ...base, items }), CONSENSUS_IDENTITY);
    const sheet = sheetOf(model, "共识");
    const c = consensusColumns(3);
    const locked = itemRow(model, "共识", "A.3.3");
    const other = itemRow(model, "共识", "A.3.2");
    expect(at(sheet, locked, c.consensus)).toEqual({
      kind: "formula",
      formula: a1(locked, c.method),
    });
    const check = at(sheet, locked, c.check);
    expect(check?.kind === "formula" && check.formula).toContain(
      "不能采用：评估方案已将本项界定为不适用（7.2，按满分计）"
    );
    // An ordinary item's consensus takes a valid agreed score first.
    expect(at(sheet, other, c.consensus)).not.toEqual({
      kind: "formula",
      formula: a1(other, c.method),
    });
  });

  it("leaves the 不同意见 cell open to the group, with or without a dissent", () => {
    const base = groupOf(NAMES, [0, 0, 0]);
    const items = new Map(base.items);
    items.set("A.1.1", { ...items.get("A.1.1")!, dissent: "丙：不同意，理由见记录" });
    const model = buildConsensusWorkbook(mergedOf({ ...base, items }), CONSENSUS_IDENTITY);
    const sheet = sheetOf(model, "共识");
    const c = consensusColumns(3);
    const dissent = (id: string) =>
      sheet.cells.find((x) => x.row === itemRow(model, "共识", id) && x.col === c.dissent)!;
    expect(dissent("A.1.1").content).toEqual({ kind: "text", text: "丙：不同意，理由见记录" });
    expect(dissent("A.1.1").locked).toBe(false);
    expect(dissent("A.1.2").locked).toBe(false);
  });

  it("records no single expert as its evaluator, and the chosen method, on the identity sheet", () => {
    const model = buildConsensusWorkbook(
      mergedOf(groupOf(NAMES, [0, 10, 20]), "median"),
      CONSENSUS_IDENTITY
    );
    const meta = model.sheets.find((s) => s.kind === "meta")!;
    const entry = (key: string): CellContent | undefined => {
      const keyCell = meta.cells.find(
        (x) => x.col === 0 && x.content.kind === "text" && x.content.text === key
      );
      return keyCell && at(meta, keyCell.row, 1);
    };
    // The workbook is the group's: its evaluator entry is empty, as the merge of its experts.
    expect(entry("evaluator")).toEqual({ kind: "text", text: "" });
    expect(entry("method")).toEqual({ kind: "text", text: "median" });
  });

  it("names the workbook 评估组共识评分, the standard's Appendix A, gridscore and 共识 in its properties", () => {
    const model = buildConsensusWorkbook(mergedOf(groupOf(NAMES, [0, 0, 0])), CONSENSUS_IDENTITY);
    expect(model.properties).toEqual({
      title: "评估组共识评分",
      subject: `${STANDARD.id} 附录A 共识`,
      creator: "gridscore",
      keywords: "gridscore 共识",
    });
    expect(STANDARD.id.length).toBeGreaterThan(0);
  });
});
