/**
 * The group sheet (评估组): the members of section 4.2's evaluation group, with a formula cell that warns when
 * the group is not 5–7 members, has no standardization expert, or no single leader (the rule of checkGroup).
 */
import { a1, cellRange } from "../a1";
import { EMPTY, SheetBuilder, formula, num, text } from "../builder";
import { str } from "../formulas";
import type { SheetModel } from "../model";
import { WARNING_FILL } from "../styles";
import { CLAUSE_4_2 } from "./clauses";
import { EVAL_ID_COL, dropLast, readerTrim } from "./common";
import {
  FIELD_LABELS,
  GROUP_MAX,
  GROUP_MIN,
  GROUP_OK_TEXT,
  ROLE_LABELS,
  groupWarningText,
} from "./group";
import type { GroupMember } from "./group";

export const GROUP_SHEET = "评估组";
export const GROUP_COL = {
  index: 0,
  name: 1,
  field: 2,
  unit: 3,
  role: 4,
  source: 5,
  id: EVAL_ID_COL,
  counted: 7,
  standardization: 8,
  leader: 9,
} as const;
/** Rows offered for members: room for more than 7, so an oversized group can be entered and warned about. */
export const GROUP_ROWS = 10;
export const GROUP_IDS = {
  member: (n: number) => `group.member.${n}`,
  check: "group.check",
} as const;

const FIRST_ROW = 3;

/** Builds the group sheet, pre-filled with the members given. */
export function buildGroupSheet(members: readonly GroupMember[] = []): SheetModel {
  const C = GROUP_COL;
  const b = new SheetBuilder(GROUP_SHEET, "group", [
    { header: "序号", width: 6 },
    { header: "姓名", width: 12 },
    { header: "领域", width: 12 },
    { header: "工作单位", width: 30 },
    { header: "组内角色", width: 10 },
    { header: "专家来源/备注", width: 24 },
    { header: "编号", width: 10, hidden: true },
    { header: "计人", width: 6, hidden: true },
    { header: "标准化", width: 6, hidden: true },
    { header: "组长", width: 6, hidden: true },
  ]);
  b.setMerged(cellRange(0, 0, 1, 6), text("评估组（标准4.2）"), "title").height(0, 30);
  b.setMerged(cellRange(1, 0, 1, 6), text(CLAUSE_4_2), "subtitle").height(1, 32);
  ["序号", "姓名", "领域", "工作单位", "组内角色", "专家来源/备注"].forEach((h, col) =>
    b.set(2, col, text(h), "header")
  );
  const rows = Math.max(GROUP_ROWS, members.length);
  const last = FIRST_ROW + rows - 1;
  for (let i = 0; i < rows; i++) {
    const row = FIRST_ROW + i;
    const m = members[i];
    const put = (col: number, value: string | undefined): void =>
      void b.set(row, col, value ? text(value) : EMPTY, "inputText", false);
    b.set(row, C.index, num(i + 1), "textCenter");
    put(C.name, m?.name);
    put(C.field, m?.field ? FIELD_LABELS[m.field] : undefined);
    put(C.unit, m?.unit);
    put(C.role, m?.role ? ROLE_LABELS[m.role] : undefined);
    put(C.source, m?.source);
    b.set(row, C.id, text(GROUP_IDS.member(i + 1)), "hidden");
    const counted = a1(row, C.counted);
    b.set(row, C.counted, formula(`IF(${readerTrim(a1(row, C.name))}="",0,1)`), "hidden");
    b.set(
      row,
      C.standardization,
      formula(
        `IF(AND(${counted}=1,${readerTrim(a1(row, C.field))}=${str(FIELD_LABELS.standardization)}),1,0)`
      ),
      "hidden"
    );
    b.set(
      row,
      C.leader,
      formula(
        `IF(AND(${counted}=1,${readerTrim(a1(row, C.role))}=${str(ROLE_LABELS.leader)}),1,0)`
      ),
      "hidden"
    );
  }
  b.validate({
    kind: "list",
    range: cellRange(FIRST_ROW, C.field, rows, 1),
    options: Object.values(FIELD_LABELS),
    errorTitle: "领域无效",
    errorMessage: `请从列表中选择：${Object.values(FIELD_LABELS).join("、")}（4.2）`,
  });
  b.validate({
    kind: "list",
    range: cellRange(FIRST_ROW, C.role, rows, 1),
    options: Object.values(ROLE_LABELS),
    errorTitle: "角色无效",
    errorMessage: `请从列表中选择：${Object.values(ROLE_LABELS).join("、")}`,
  });
  const sum = (col: number): string => `SUM(${a1(FIRST_ROW, col)}:${a1(last, col)})`;
  const n = sum(C.counted);
  const s = sum(C.standardization);
  const l = sum(C.leader);
  const sizeText = groupWarningText({ code: "group-size", count: 0 }).replace(/0人$/, "");
  const several = groupWarningText({ code: "several-leaders", count: 0 }).split("0");
  const checkRow = last + 1;
  const helper = a1(checkRow, C.counted);
  b.set(
    checkRow,
    C.counted,
    formula(
      `IF(OR(${n}<${GROUP_MIN},${n}>${GROUP_MAX}),${str(sizeText)}&${n}&"人；","")` +
        `&IF(${s}=0,${str(groupWarningText({ code: "no-standardization-expert" }) + "；")},"")` +
        `&IF(${l}=0,${str(groupWarningText({ code: "no-leader" }) + "；")},IF(${l}>1,${str(several[0]!)}&${l}&${str(several[1]! + "；")},""))`
    ),
    "hidden"
  );
  b.set(checkRow, C.index, text("检查"), "header");
  b.setMerged(
    cellRange(checkRow, C.name, 1, 5),
    formula(`IF(${helper}="",${str(GROUP_OK_TEXT)},${dropLast(helper)})`),
    "check"
  );
  b.set(checkRow, C.id, text(GROUP_IDS.check), "hidden");
  b.height(checkRow, 30);
  b.highlight({
    range: cellRange(checkRow, C.name, 1, 5),
    formula: `${a1(checkRow, C.counted, true)}<>""`,
    fill: WARNING_FILL,
  });
  b.setMerged(
    cellRange(checkRow + 2, 0, 1, 6),
    text("评估组组长（签字）：______________    日期：________年____月____日"),
    "signature"
  ).height(checkRow + 2, 30);
  b.print = { orientation: "portrait", fitToWidth: true };
  b.tabColor = "#7030A0";
  return b.build();
}
