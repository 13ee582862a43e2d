/**
 * The 共识汇总 sheet: subtotals, total and verdict over the 共识 sheet's consensus column; the group's checks
 * (items to discuss, deliberation errors, the final verdict); each expert's total, deviation from the mean
 * total, the needs-explanation mark over a limit held in a cell, and an input for the written explanation
 * (issue 12); the agreement reading; the merge record and the signatures, with room for dissenting members.
 */
import { SheetBuilder, formula, num, text } from "../layout/builder";
import { a1, cellRange, colLetter, sheetRef } from "../layout";
import type { DefinedNameModel, SheetModel } from "../layout";
import { INPUT_DECIMALS, formatScore } from "../engine";
import { WARNING_FILL } from "../layout/styles";
import { DEFAULT_DEVIATION_LIMIT } from "./agreement";
import type { MergeResult } from "./consensus";
import { fileName, writeAnnex, writeRecord } from "./consensusRecord";
import { DEVIATION_LABELS as D, deviationFormula, needsExplanationFormula } from "./deliberation";

/** Where the 共识 sheet's columns are, for the summary's formulas. */
export interface ItemSheetRef {
  readonly sheet: string;
  /** First and last item rows, 0-based. */
  readonly first: number;
  readonly last: number;
  readonly columns: {
    readonly expert: (i: number) => number;
    readonly consensus: number;
    readonly check: number;
    readonly flag: number;
  };
}

const COLS = 7;
/**
 * The words of 共识汇总's pending 结论（定稿）, around the error count: unspaced, unlike PENDING_VERDICT on 汇总,
 * because they are part of the formula consensusTamper compares with every consensus workbook made so far. The
 * formula and the row fit both use them.
 */
const PENDING_BEFORE = "结论待定：有";
const PENDING_AFTER = "个错误";

/** "Krippendorff α = 0.85（区间尺度，43项、5位专家）：α ≥ 0.8，一致性良好" */
export function agreementText(result: MergeResult): string {
  const a = result.agreement;
  return `评估组一致性 Krippendorff α = ${a.alpha === null ? "无法计算" : formatScore(a.alpha)}（区间尺度，${a.units}项、${a.observers}位专家）：${a.reading}`;
}

/**
 * Builds 共识汇总 and its defined names (Total, Verdict, Subtotal_A1…7).
 *
 * @param result the merge; its deviation limit (percent) is the limit cell's starting value
 * @param items where the 共识 sheet's columns and rows are
 */
export function buildConsensusSummary(
  result: MergeResult,
  items: ItemSheetRef
): { sheet: SheetModel; names: DefinedNameModel[] } {
  const SHEET = "共识汇总";
  const s = new SheetBuilder(SHEET, "summary", [
    // Each column at least as wide as its longest fixed label (结论（定稿）, 偏离限值（%）, 满分（计算）,
    // 偏离均值（%） in the experts' table): 10 wide printed 「偏离限值（」 over 「%）」. In all no wider than 123, so the
    // portrait page keeps a scale of at least MIN_PRINT_SCALE (127 printed it at 74 %).
    { header: "表", width: 15 },
    { header: "名称", width: 30 },
    { header: "共识得分", width: 10 },
    { header: "满分（计算）", width: 13 },
    { header: "满分（标注）", width: 15 },
    // F and G hold the experts' marks and written explanations; a too-long explanation is named by its header.
    { header: D.needs, width: 12 },
    { header: D.explanation, width: 28 },
  ]);
  const names: DefinedNameModel[] = [];
  s.setMerged(cellRange(0, 0, 1, COLS), text("评估组共识评分 汇总"), "title").height(0, 28);
  ["表", "名称", "共识得分", "满分（计算）", "满分（标注）"].forEach((h, i) =>
    s.set(2, i, text(h), "header")
  );
  const ref = (col: number): string =>
    `${sheetRef(items.sheet)}!$${colLetter(col)}$${items.first + 1}:$${colLetter(col)}$${items.last + 1}`;
  const c = items.columns;
  result.tables.forEach((t, i) => {
    const row = 3 + i;
    s.set(row, 0, text(t.id), "textCenter").set(row, 1, text(t.title), "text");
    s.set(row, 2, formula(`SUMIF(${ref(0)},"${t.id}",${ref(c.consensus)})`), "score2");
    s.set(row, 3, num(t.max), "number").set(row, 4, num(t.declaredMax), "number");
    names.push({ name: `Subtotal_${t.id.replace(".", "")}`, sheet: SHEET, cell: { row, col: 2 } });
  });
  const totalRow = 3 + result.tables.length;
  s.set(totalRow, 0, text("合计"), "total").set(totalRow, 1, text("共识总分"), "total");
  s.set(totalRow, 2, formula(`SUM(C4:C${totalRow})`), "totalShown");
  s.set(totalRow, 3, num(result.max), "total").set(totalRow, 4, num(result.declaredMax), "total");
  s.set(totalRow + 1, 0, text("合格线"), "header")
    .set(totalRow + 1, 1, text("8.3 总分大于或等于300分为合格"), "text")
    .set(totalRow + 1, 2, num(result.passMark), "number");
  s.set(totalRow + 2, 0, text("结论"), "header").set(totalRow + 2, 1, text("共识评价结果"), "text");
  s.set(
    totalRow + 2,
    2,
    // 8.3 on the exact total: the exact total of 2-decimal scores over at most a few experts is a multiple of
    // 1/(100·n·(n−2)·2), far coarser than 1e-9, so ROUND(…, 9) removes only binary noise (README: Numbers).
    formula(`IF(ROUND(${a1(totalRow, 2)},9)>=${a1(totalRow + 1, 2)},"合格","不合格")`),
    "verdict"
  );
  s.set(totalRow + 3, 0, text("需讨论"), "header").set(
    totalRow + 3,
    1,
    text("极差达到分值一半或状态不一致的项目数"),
    "text"
  );
  s.set(totalRow + 3, 2, formula(`COUNTIF(${ref(c.flag)},"需讨论")`), "number");
  const errorsRow = totalRow + 4;
  s.set(errorsRow, 0, text("评议错误"), "header").set(
    errorsRow,
    1,
    text("专家分数无效、评议后得分无效或缺评议理由的项目数（见“共识”表“评议检查”列）"),
    "text"
  );
  s.set(errorsRow, 2, formula(`COUNTIF(${ref(c.check)},"错误*")`), "number");
  s.fitRow(errorsRow, [
    { col: 1, text: "专家分数无效、评议后得分无效或缺评议理由的项目数（见“共识”表“评议检查”列）" },
  ]);
  s.set(errorsRow + 1, 0, text("结论（定稿）"), "header").set(
    errorsRow + 1,
    1,
    text("有评议错误时结论待定"),
    "text"
  );
  // Merged over C:F, wrapped, and sized for the most errors the count can give (one per item): in column C alone,
  // unwrapped at 14 pt, 「结论待定：有3个错误」 was cut to its middle. The formula is the edition's (consensusTamper).
  const conclusion = cellRange(errorsRow + 1, 2, 1, 4);
  s.setMerged(
    conclusion,
    formula(
      `IF(${a1(errorsRow, 2)}>0,"${PENDING_BEFORE}"&${a1(errorsRow, 2)}&"${PENDING_AFTER}",${a1(totalRow + 2, 2)})`
    ),
    "conclusion"
  ).fitRow(errorsRow + 1, [
    { col: 2, span: 4, text: `${PENDING_BEFORE}${result.items.length}${PENDING_AFTER}` },
  ]);
  // Pending is marked as on 汇总.
  s.highlight({ range: conclusion, formula: `${a1(errorsRow, 2)}>0`, fill: WARNING_FILL });
  const limitRow = errorsRow + 2;
  s.set(limitRow, 0, text(D.limit), "header").set(
    limitRow,
    1,
    text("专家总分偏离全组平均总分超过此百分比的，须书面说明（恰好等于不算超过）"),
    "text"
  );
  s.set(limitRow, 2, num(result.deviationLimit), "input", false);
  s.validate({
    kind: "decimal",
    range: cellRange(limitRow, 2),
    min: 0,
    max: 100,
    errorTitle: "偏离限值无效",
    errorMessage: "偏离限值应为大于0、不超过100、最多两位小数的百分数（如 30 表示 ±30%）。",
    prompt: "专家总分偏离平均总分的限值（%），默认30",
  });
  s.fitRow(limitRow, [
    { col: 1, text: "专家总分偏离全组平均总分超过此百分比的，须书面说明（恰好等于不算超过）" },
  ]);
  // A limit cell that is not a number in (0, 100] with at most 2 decimals (pasted, typed as text, 12.345) is not
  // used: the default applies, as the reader applies it (and as --deviation-limit refuses it), and the cell beside
  // it says so, so the sheet and the report never disagree. ROUND is reached only for a number (nested IF).
  const typed = a1(limitRow, 2, true);
  const valid = `IF(ISNUMBER(${typed}),AND(${typed}>0,${typed}<=100,ROUND(${typed},${INPUT_DECIMALS})=${typed}),0)`;
  s.set(
    limitRow,
    3,
    formula(
      `IF(${valid},"","提示：偏离限值应为大于0、不超过100、最多两位小数的数，现按默认${DEFAULT_DEVIATION_LIMIT}%计；")`
    ),
    "check"
  );
  let row = limitRow + 1;
  s.setMerged(cellRange(row, 0, 1, COLS), text(agreementText(result)), "note");
  s.fitRow(row, [{ col: 0, text: agreementText(result), span: COLS }]);
  row += 2;
  const header = ["专家", "文件", "总分", "结论", D.header, D.needs, D.explanation];
  header.forEach((h, i) => s.set(row, i, text(h), "header"));
  const firstExpert = row + 1;
  const n = result.experts.length;
  const totals = `$C$${firstExpert + 1}:$C$${firstExpert + n}`;
  const limit = `IF(${valid},${typed},${DEFAULT_DEVIATION_LIMIT})`;
  result.experts.forEach((e, i) => {
    row++;
    const col = colLetter(c.expert(i));
    s.set(row, 0, text(e.evaluator), "text").set(row, 1, text(fileName(e.file)), "text");
    s.set(
      row,
      2,
      formula(
        `ROUND(SUM(${sheetRef(items.sheet)}!$${col}$${items.first + 1}:$${col}$${items.last + 1}),2)`
      ),
      "formula"
    );
    s.set(
      row,
      3,
      formula(`IF(${a1(row, 2)}>=${a1(totalRow + 1, 2)},"合格","不合格")`),
      "textCenter"
    );
    s.set(row, 4, formula(deviationFormula(a1(row, 2), totals)), "score2");
    s.set(row, 5, formula(needsExplanationFormula(a1(row, 2), totals, limit)), "check");
    s.set(row, 6, e.explanation ? text(e.explanation) : text(""), "inputText", false);
    if (e.explanation) s.fitRow(row, [{ col: 6, text: e.explanation }]);
  });
  s.highlight({
    range: cellRange(firstExpert, 0, n, COLS),
    formula: `$F${firstExpert + 1}="${D.needs}"`,
    fill: WARNING_FILL,
  });
  names.push(
    { name: "Total", sheet: SHEET, cell: { row: totalRow, col: 2 } },
    { name: "Verdict", sheet: SHEET, cell: { row: totalRow + 2, col: 2 } }
  );
  row = writeRecord(s, result.record, row + 2, COLS) + 1;
  const signatures = [
    "评估组组长（签字）：______________    评估组成员（签字）：______________________",
    "持不同意见的成员（签字并写明理由）：____________________________________________",
    "日期：________年____月____日",
  ];
  signatures.forEach((line, i) =>
    s.setMerged(cellRange(row + i, 0, 1, COLS), text(line), "signature").height(row + i, 30)
  );
  writeAnnex(s, result.record, row + signatures.length + 1, COLS);
  s.print = { orientation: "portrait", fitToWidth: true };
  return { sheet: s.build(), names };
}
