/**
 * The cover sheet (说明): what the workbook is, the rules of sections 7 and 8, how to fill it, and the metadata inputs.
 */
import { LEVELS, ROLES, STANDARD, totalGapNote } from "../standard";
import type { EvaluationMeta } from "../engine";
import { cellRange } from "./a1";
import { EMPTY, SheetBuilder, num, text } from "./builder";
import { isoToExcelSerial } from "./dates";
import { LEVEL_NAMES, ROLE_NAMES } from "./labels";
import type { SheetModel } from "./model";

export const COVER_SHEET = "说明";
/** Columns of the cover sheet: label, input, hidden field id. */
export const COVER_COL = { label: 0, value: 1, id: 2 } as const;

export type MetaField = keyof EvaluationMeta;
export const META_FIELDS: readonly { field: MetaField; label: string }[] = [
  { field: "organization", label: "被评单位" },
  { field: "level", label: "层级" },
  { field: "evaluator", label: "评估人" },
  { field: "role", label: "角色" },
  { field: "date", label: "日期" },
];

const RULES = [
  "7.1 按附录A评分标准表进行打分。",
  "7.2 本评分标准为通用要求，不同网格化治理组织的业务类型特点，某些项目确无需要，经评估小组界定可不扣分，按满分计算。组织应有的评价项目而未满足，则该项目的实际得分为0。",
  "7.3 评分表中的每项评价内容的规定得分为最高扣分限，扣完为止。",
  "8.1 评价结果分为合格、不合格。",
  "8.2 按附录评分标准表进行评分，满分500分。",
  "8.3 总分大于或等于300分为合格，小于300分为不合格。",
];

const HOW_TO = [
  "1. 在本页填写被评单位、层级、评估人、角色和日期。",
  "2. 在表A.1至表A.7中，黄色单元格为填写区：每行“扣分/填写”填本行扣分（0至“上限”），并在“扣分说明”写明扣分理由。",
  "3. 表A.1第4项第4行填全员培训计划完成率（%），扣分按档自动计算；表A.7第1、2项填百分数，第3、4项从列表选择等级。",
  "4. 某项确无需要且经评估小组界定的，“状态”选“不适用（满分）”；组织应有而未满足的，选“应有未有（0分）”。",
  "5. “检查”列随填写自动提示错误（如粘贴的超限扣分）和遗漏（如缺扣分说明）；“汇总”页给出各表小计、总分和结论。",
  "6. 工作表已保护（无密码）以防误改公式和标准原文，只有填写区可编辑。",
];

/** Metadata cells: which row holds which field, so writers, readers and the add-in agree. */
export const META_FIRST_ROW = 4;

/** Builds the cover sheet, pre-filling the metadata given. */
export function buildCoverSheet(meta: EvaluationMeta): SheetModel {
  const b = new SheetBuilder(COVER_SHEET, "cover", [
    { header: "项目", width: 16 },
    { header: "内容", width: 90 },
    { header: "字段", width: 12, hidden: true },
  ]);
  b.setMerged(cellRange(0, 0, 1, 2), text("市域网格化治理标准体系评价确认评分表"), "title").height(
    0,
    32
  );
  b.setMerged(
    cellRange(1, 0, 1, 2),
    text(`依据 ${STANDARD.id}《${STANDARD.title}》附录A“标准体系评价确认评分表”`),
    "subtitle"
  ).height(1, 20);
  b.setMerged(cellRange(3, 0, 1, 2), text("评价信息"), "header");
  META_FIELDS.forEach(({ field, label }, i) => {
    const row = META_FIRST_ROW + i;
    b.set(row, COVER_COL.label, text(label), "header");
    b.set(row, COVER_COL.id, text(`meta.${field}`), "hidden");
    const value = meta[field];
    const shown =
      field === "level" && value
        ? LEVELS[value as keyof typeof LEVELS].zh
        : field === "role" && value
          ? ROLES[value as keyof typeof ROLES].zh
          : value;
    if (field === "date")
      b.set(row, COVER_COL.value, value ? num(isoToExcelSerial(value)) : EMPTY, "inputDate", false);
    else b.set(row, COVER_COL.value, shown ? text(shown) : EMPTY, "inputText", false);
  });
  const levelRow = META_FIRST_ROW + 1;
  const roleRow = META_FIRST_ROW + 3;
  const dateRow = META_FIRST_ROW + 4;
  b.validate({
    kind: "list",
    range: cellRange(levelRow, 1),
    options: LEVEL_NAMES,
    errorTitle: "层级无效",
    errorMessage: `请从列表中选择：${LEVEL_NAMES.join("、")}（标准第1章）`,
  });
  b.validate({
    kind: "list",
    range: cellRange(roleRow, 1),
    options: ROLE_NAMES,
    errorTitle: "角色无效",
    errorMessage: `请从列表中选择：${ROLE_NAMES.join("、")}`,
  });
  b.validate({
    kind: "date",
    range: cellRange(dateRow, 1),
    errorTitle: "日期无效",
    errorMessage: "请填写日期，如 2026-11-28",
    prompt: "日期，如 2026-11-28",
  });
  let row = META_FIRST_ROW + META_FIELDS.length + 1;
  b.setMerged(cellRange(row++, 0, 1, 2), text("评分规则（标准第7章、第8章原文）"), "header");
  for (const rule of RULES) {
    b.setMerged(cellRange(row, 0, 1, 2), text(rule), "text").fitRow(row, [
      { col: 0, text: rule, span: 2 },
    ]);
    row++;
  }
  const gap = totalGapNote();
  if (gap) {
    b.setMerged(cellRange(row, 0, 1, 2), text(gap), "note").height(row, 30);
    row++;
  }
  row++;
  b.setMerged(cellRange(row++, 0, 1, 2), text("填写方法"), "header");
  for (const step of HOW_TO) {
    b.setMerged(cellRange(row, 0, 1, 2), text(step), "text").fitRow(row, [
      { col: 0, text: step, span: 2 },
    ]);
    row++;
  }
  b.print = { orientation: "portrait", fitToWidth: true };
  b.tabColor = "#4472C4";
  return b.build();
}
