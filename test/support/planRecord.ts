/**
 * A plan copy whose recorded plan (identity sheet `plan` / `planData`, README: The evaluation plan) was damaged, in
 * each way a record can be: the kinds every path that reads it is tested over (test/cli, test/office,
 * test/plan planRecordCorrupt tests). The copy is laid out by the layout itself; only the record's cells change.
 */
import { EVALUATION_FORMAT, PLAN_FORMAT } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { META_SHEET, a1, buildScoresheet } from "../../src/layout";
import type { CellModel, WorkbookModel } from "../../src/layout";
import { parsedPlan } from "./plans";

export const REASON = "本市无跨部门联办事项";

/** The group's plan the copies are made from. */
export const PLAN_JSON = {
  format: PLAN_FORMAT,
  organization: "示例市网格化服务管理中心",
  level: "city",
  members: [
    { name: "甲", field: "标准化", role: "组长" },
    { name: "乙", field: "社会治理" },
  ],
  notApplicable: [{ item: "A.3.3", reason: REASON }],
};

/** What a kind of damage does to the record: new texts for `plan` and `planData` (undefined: unchanged). */
type Damage = (record: { plan: string; planData: string }) => {
  plan?: string;
  planData?: string;
};

/**
 * Each kind of damage, its defect, and the words (zh, en) its message must carry beside the common ones.
 * [label, damage, defect, zh words, en words]
 */
export const CORRUPTIONS: readonly (readonly [string, Damage, string, string, string])[] = [
  [
    "bad JSON",
    ({ planData }) => ({ planData: planData.replace('"format"', "format") }),
    "json",
    "不是完整的 JSON",
    "is not complete JSON",
  ],
  [
    "truncated",
    ({ planData }) => ({ planData: planData.slice(0, Math.floor(planData.length / 2)) }),
    "json",
    "内容在结束前中断",
    "is not complete JSON",
  ],
  [
    "wrong shape",
    ({ planData }) => ({
      planData: JSON.stringify({ ...(JSON.parse(planData) as object), members: "甲、乙" }),
    }),
    "shape",
    "不是评估方案的格式（$.members",
    "is not a plan ($.members",
  ],
  [
    "unknown version",
    ({ planData }) => ({
      planData: JSON.stringify({
        ...(JSON.parse(planData) as object),
        format: "gridscore-plan/2",
      }),
    }),
    "version",
    "“gridscore-plan/2”，本版本 gridscore 只能读取 gridscore-plan/1",
    '"gridscore-plan/2", and this gridscore reads only gridscore-plan/1',
  ],
  [
    "tampered (reason changed)",
    ({ planData }) => ({ planData: planData.replace(REASON, "本市有联办事项") }),
    "fingerprint",
    "与记录的方案指纹",
    "no longer matches the recorded fingerprint",
  ],
  [
    "data removed",
    () => ({ planData: "" }),
    "missing",
    "缺少“planData”一项",
    'the entry "planData" is missing',
  ],
  [
    "fingerprint removed",
    () => ({ plan: "" }),
    "missing",
    "缺少“plan”一项",
    'the entry "plan" is missing',
  ],
];

/** The words every corrupt-record message carries, whatever the damage: [zh, en]. */
export const COMMON_WORDS = [
  "记录的评估方案（4.3、7.2）无法读取",
  "the group's plan (4.3, 7.2) recorded in this scoresheet's hidden identity sheet (_gridscore) cannot be read",
] as const;

/** A copy made from {@link PLAN_JSON} for `evaluator`, with one deduction typed beside the plan's item. */
export function planCopy(evaluator = "甲"): WorkbookModel {
  const evaluation: Evaluation = {
    format: EVALUATION_FORMAT,
    meta: { evaluator, organization: PLAN_JSON.organization, level: "city" },
    items: { "A.1.2": { lines: { "A.1.2.1": 1 }, notes: { "A.1.2.1": "机构图不完整" } } },
  };
  return buildScoresheet({
    evaluation,
    identity: {
      workbookId: `00000000-0000-4000-8000-00000000000${evaluator === "甲" ? 1 : 2}`,
      createdAt: "2026-11-20T08:00:00.000Z",
      generator: "test",
      kind: "scoresheet",
    },
    plan: parsedPlan(PLAN_JSON),
  });
}

/** The row of an identity-sheet entry in a model. */
function entryRow(model: WorkbookModel, key: string): number {
  const meta = model.sheets.find((s) => s.name === META_SHEET)!;
  const cell = meta.cells.find(
    (c) => c.col === 0 && c.content.kind === "text" && c.content.text === key
  );
  if (!cell) throw new Error(`no ${key} entry`);
  return cell.row;
}

/** The A1 cell of the `planData` entry's value, where every reader names a corrupt record. */
export function planDataCell(model: WorkbookModel): string {
  return a1(entryRow(model, "planData"), 1);
}

/** The copy with its plan record damaged; every other cell as the layout wrote it. */
export function damaged(model: WorkbookModel, damage: Damage): WorkbookModel {
  const text = (key: string): string => {
    const meta = model.sheets.find((s) => s.name === META_SHEET)!;
    const row = entryRow(model, key);
    const c = meta.cells.find((x) => x.row === row && x.col === 1)!;
    return c.content.kind === "text" ? c.content.text : "";
  };
  const changed = damage({ plan: text("plan"), planData: text("planData") });
  const rows = new Map<number, string>();
  if (changed.plan !== undefined) rows.set(entryRow(model, "plan"), changed.plan);
  if (changed.planData !== undefined) rows.set(entryRow(model, "planData"), changed.planData);
  return {
    ...model,
    sheets: model.sheets.map((s) =>
      s.name !== META_SHEET
        ? s
        : {
            ...s,
            cells: s.cells.map((c): CellModel =>
              c.col === 1 && rows.has(c.row)
                ? { ...c, content: { kind: "text", text: rows.get(c.row)! } }
                : c
            ),
          }
    ),
  };
}
