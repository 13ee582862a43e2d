/**
 * buildScoresheet with the group's plan (src/layout/workbook.ts, tableSheet.ts, tableRows.ts; 4.3 评估方案, 7.2
 * 经评估小组界定), which the layout-sheets part's other tests never give it: an item the plan fixes as 不适用 gets a
 * locked status and its first note cell the group's reason, locked too; its check flags any other status (evaluated
 * with HyperFormula, as Excel would); the identity sheet records the plan; the plan's members fill 评估组 in its
 * order, a field or role the lists do not offer kept as a note; the plan's first date fills the cover's 日期 where
 * the evaluation has none. Every model is built inside its test.
 */
import { PLAN_FORMAT, planFingerprint } from "../../src/engine";
import type { Evaluation, Plan } from "../../src/engine";
import { COL, COVER_SHEET, META_FIRST_ROW, META_SHEET, buildScoresheet } from "../../src/layout";
import type { CellModel, WorkbookModel } from "../../src/layout";
import { GROUP_COL, GROUP_IDS, GROUP_SHEET } from "../../src/layout/evaluationSheets";
import { planGroup } from "../../src/layout/workbook";
import { modelCellValue } from "../support/editableGrid";
import { evaluateModel } from "../support/hfWorkbook";
import { inputRows } from "../support/layoutCells";

const IDENTITY = {
  workbookId: "wb-plan",
  createdAt: "2026-11-30T00:00:00Z",
  generator: "test",
  kind: "scoresheet",
} as const;
const REASON = "不适用（评估方案，7.2 经评估小组界定）：";
const PLAN_ERROR =
  "错误：评估方案已界定本项不适用（7.2），不得改为其他状态；请改回“不适用（满分）”，或请评估组长修改评估方案；";

const plan = (over: Partial<Plan> = {}): Plan => ({
  format: PLAN_FORMAT,
  organization: "示例市网格化服务管理中心",
  level: "city",
  dates: { start: "2026-12-01", end: "2026-12-03" },
  members: [],
  notApplicable: [
    { item: "A.3.3", reason: "本市无跨部门联办事项" },
    { item: "A.7.4", reason: "未开展效益评估" },
  ],
  ...over,
});

function cell(
  model: WorkbookModel,
  sheet: string,
  row: number,
  col: number
): CellModel | undefined {
  return model.sheets
    .find((s) => s.name === sheet)
    ?.cells.find((c) => c.row === row && c.col === col);
}
function sheetOf(model: WorkbookModel, name: string) {
  return model.sheets.find((s) => s.name === name)!;
}

describe("an item the plan fixes as 不适用", () => {
  test.each<[string, string, string]>([
    ["A.3.3", "A.3.3.1", "A.3.3.2"],
    ["A.7.4", "A.7.4", ""],
  ])("%s: status and the group's reason locked, not offered as a list", (itemId, first, second) => {
    const model = buildScoresheet({ identity: IDENTITY, plan: plan() });
    const rows = inputRows(model);
    const { sheet, row } = rows.get(first)!;
    const reason = plan().notApplicable.find((n) => n.item === itemId)!.reason;
    expect(cell(model, sheet, row, COL.status)).toMatchObject({
      content: { kind: "text", text: "不适用（满分）" },
      style: "textCenter",
      locked: true,
    });
    const note = itemId.startsWith("A.7") ? `${REASON}${reason}` : `【本项】${REASON}${reason}`;
    expect(cell(model, sheet, row, COL.note)).toMatchObject({
      content: { kind: "text", text: note },
      style: "text",
      locked: true,
    });
    const validated = sheetOf(model, sheet).validations.filter(
      (v) => v.range.row === row && v.range.col === COL.status
    );
    expect(validated).toEqual([]);
    if (second) {
      const next = rows.get(second)!;
      expect(cell(model, sheet, next.row, COL.note)).toMatchObject({
        style: "inputText",
        locked: false,
      });
    }
  });

  test("an item the plan does not fix keeps its status input and list", () => {
    const model = buildScoresheet({ identity: IDENTITY, plan: plan() });
    const { sheet, row } = inputRows(model).get("A.3.4.1")!;
    expect(cell(model, sheet, row, COL.status)).toMatchObject({
      content: { kind: "text", text: "正常评分" },
      style: "input",
      locked: false,
    });
    expect(cell(model, sheet, row, COL.note)).toMatchObject({ style: "inputText", locked: false });
    expect(
      sheetOf(model, sheet).validations.filter(
        (v) => v.range.row === row && v.range.col === COL.status
      )
    ).toHaveLength(1);
  });

  test.each<[string, string, string, string]>([
    ["A.3.3", "A.3.3.1", "不适用（满分）", ""],
    ["A.3.3", "A.3.3.1", "正常评分", PLAN_ERROR],
    ["A.3.3", "A.3.3.1", "应有未有（0分）", PLAN_ERROR],
    ["A.3.3", "A.3.3.1", "", PLAN_ERROR],
    ["A.7.4", "A.7.4", "不适用（满分）", ""],
    ["A.7.4", "A.7.4", "正常评分", `${PLAN_ERROR}提示：未填写，本项暂按0分计；`],
    ["A.7.4", "A.7.4", "应有未有（0分）", PLAN_ERROR],
    ["A.3.4", "A.3.4.1", "正常评分", ""],
    ["A.7.3", "A.7.3", "应有未有（0分）", ""],
  ])("%s, row %s, status %p: check %p", (_, id, status, check) => {
    const model = buildScoresheet({ identity: IDENTITY, plan: plan() });
    const { sheet, row } = inputRows(model).get(id)!;
    const wb = evaluateModel(model);
    try {
      wb.set(sheet, row, COL.status, status === "" ? null : status);
      expect(wb.value(sheet, row, COL.check)).toBe(check);
    } finally {
      wb.destroy();
    }
  });
});

describe("the plan around the tables", () => {
  test("the identity sheet records the plan's fingerprint and its JSON", () => {
    const p = plan();
    const meta = sheetOf(buildScoresheet({ identity: IDENTITY, plan: p }), META_SHEET);
    const value = (key: string) => {
      const keyCell = meta.cells.find(
        (c) => c.col === 0 && c.content.kind === "text" && c.content.text === key
      );
      return keyCell ? modelCellValue(meta, keyCell.row, 1) : undefined;
    };
    expect(value("plan")).toBe(planFingerprint(p));
    expect(JSON.parse(value("planData") as string)).toEqual(p);
    const without = sheetOf(buildScoresheet({ identity: IDENTITY }), META_SHEET);
    expect(
      without.cells.filter((c) => c.col === 0).map((c) => modelCellValue(without, c.row, 0))
    ).not.toContain("plan");
  });

  test.each<[string, Plan["dates"], string | undefined, number | undefined]>([
    ["start", { start: "2026-12-01", end: "2026-12-03" }, undefined, 46357],
    ["end when no start", { end: "2026-12-03" }, undefined, 46359],
    ["none", undefined, undefined, undefined],
    ["the evaluation's own", { start: "2026-12-01" }, "2027-01-01", 46388],
  ])("the cover's date: %s", (_, dates, own, serial) => {
    const evaluation: Evaluation = {
      format: "gridscore-evaluation/1",
      meta: own ? { date: own } : {},
      items: {},
    };
    const model = buildScoresheet({ identity: IDENTITY, evaluation, plan: plan({ dates }) });
    expect(modelCellValue(sheetOf(model, COVER_SHEET), META_FIRST_ROW + 4, 1)).toBe(serial);
  });

  test("the plan's organization names the workbook; its evaluator is the creator, else gridscore", () => {
    const bare = buildScoresheet({ identity: IDENTITY, plan: plan() });
    expect([bare.properties.title, bare.properties.creator]).toEqual([
      "标准体系评价确认评分表 - 示例市网格化服务管理中心",
      "gridscore",
    ]);
    const evaluation: Evaluation = {
      format: "gridscore-evaluation/1",
      meta: { organization: "本单位", evaluator: "张三" },
      items: {},
    };
    const own = buildScoresheet({ identity: IDENTITY, evaluation, plan: plan() });
    expect([own.properties.title, own.properties.creator]).toEqual([
      "标准体系评价确认评分表 - 本单位",
      "张三",
    ]);
    const none = buildScoresheet({ identity: IDENTITY });
    expect(none.properties.title).toBe("标准体系评价确认评分表");
  });
});

describe("the plan's members on 评估组 (4.2)", () => {
  test.each<[Plan["members"][number], ReturnType<typeof planGroup>[number]]>([
    [
      { name: " 甲 ", field: "标准化", unit: " 市标准化院 ", role: "组长" },
      { name: "甲", field: "standardization", unit: "市标准化院", role: "leader" },
    ],
    [
      { name: "乙", field: "industry", role: " member " },
      { name: "乙", field: "industry", role: "member" },
    ],
    [
      { name: "丙", field: "法律", role: "副组长" },
      { name: "丙", source: "领域：法律；角色：副组长" },
    ],
    [
      { name: "丁", field: " 网格化 ", unit: "  " },
      { name: "丁", source: "领域：网格化" },
    ],
    [
      { name: "戊", role: "toString" },
      { name: "戊", source: "角色：toString" },
    ],
    [{ name: "己" }, { name: "己" }],
  ])("%p", (member, row) => {
    expect(planGroup([member])).toEqual([row]);
  });

  test("in the plan's order; a group the evaluation sheets give is kept instead", () => {
    const members = [{ name: "乙" }, { name: "甲", role: "组长" }];
    const nameAt = (model: WorkbookModel, n: number) => {
      const sheet = sheetOf(model, GROUP_SHEET);
      const id = sheet.cells.find(
        (c) => c.content.kind === "text" && c.content.text === GROUP_IDS.member(n)
      )!;
      return [
        modelCellValue(sheet, id.row, GROUP_COL.name),
        modelCellValue(sheet, id.row, GROUP_COL.role),
      ];
    };
    const fromPlan = buildScoresheet({ identity: IDENTITY, plan: plan({ members }) });
    expect([nameAt(fromPlan, 1), nameAt(fromPlan, 2), nameAt(fromPlan, 3)]).toEqual([
      ["乙", undefined],
      ["甲", "组长"],
      [undefined, undefined],
    ]);
    const given = buildScoresheet({
      identity: IDENTITY,
      plan: plan({ members }),
      evaluationSheets: { group: [{ name: "庚" }] },
    });
    expect([nameAt(given, 1), nameAt(given, 2)]).toEqual([
      ["庚", undefined],
      [undefined, undefined],
    ]);
    const empty = buildScoresheet({ identity: IDENTITY, plan: plan({ members: [] }) });
    expect(nameAt(empty, 1)).toEqual([undefined, undefined]);
  });
});
