/**
 * The A.7 award rows and the 7.2 plan-note check (src/layout/tableRows.ts), the rules the first mutation run of
 * the layout-sheets part left untested: each row's requirement (the standard's tiers, then the text below them;
 * a level item's options from the standard only, one a line), its rule text and its dropdown messages; rows grown
 * by the 11 pt estimate (15 pt a line, 4 pt padding) for the requirement and a plan-locked note; the score and
 * check formulas naming the status and cap cells absolutely; and, evaluated in HyperFormula, the check column's
 * verdicts and the note check that accepts the plan's reason with any whitespace the reader trims around it.
 * Everything is built and evaluated inside each test.
 */
import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { STANDARD } from "../../src/standard";
import type { LevelItemDef, TieredItemDef } from "../../src/standard";
import { COL, COLUMNS } from "../../src/layout/tableColumns";
import { SheetBuilder, text, wrappedLines } from "../../src/layout/builder";
import { a1 } from "../../src/layout/a1";
import { PLAN_NOTE_CHECK, writeAwardItem } from "../../src/layout/tableRows";
import type { ItemInput } from "../../src/engine";
import type { CellModel, SheetModel } from "../../src/layout";

const tiered = (id: string): TieredItemDef =>
  STANDARD.tables.flatMap((t) => t.items).find((i) => i.id === id) as TieredItemDef;
const level = (id: string): LevelItemDef =>
  STANDARD.tables.flatMap((t) => t.items).find((i) => i.id === id) as LevelItemDef;
const ROW = 5;
/** A cell outside the row holding the plan's reason note, as the identity sheet would. */
const NOTE_AT = { row: 0, col: 20 };
const REASON = "不适用（评估方案，7.2 经评估小组界定）：本市无 APP 受理端";

function awardSheet(
  item: TieredItemDef | LevelItemDef,
  input?: ItemInput,
  fixedByPlan = false
): SheetModel {
  const b = new SheetBuilder("A.7", "table", COLUMNS("得分"));
  b.set(NOTE_AT.row, NOTE_AT.col, text(REASON), "text");
  writeAwardItem(
    b,
    item,
    input,
    ROW,
    fixedByPlan,
    fixedByPlan ? a1(NOTE_AT.row, NOTE_AT.col, true) : undefined
  );
  return b.build();
}

/** The check column's verdict with some cells of the row set as typed. */
function verdict(sheet: SheetModel, typed: Partial<Record<number, RawCellContent>>): unknown {
  const grid: RawCellContent[][] = [];
  for (const c of sheet.cells) {
    const r = (grid[c.row] ??= []);
    const k = c.content;
    r[c.col] =
      k.kind === "formula"
        ? `=${k.formula}`
        : k.kind === "number"
          ? k.value
          : k.kind === "text"
            ? `'${k.text}`
            : null;
  }
  for (const [col, v] of Object.entries(typed)) grid[ROW]![Number(col)] = v ?? null;
  // HyperFormula takes no holes: every row an array, every cell a value.
  const dense = Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
  const hf = HyperFormula.buildFromSheets({ S: dense }, { licenseKey: "gpl-v3" });
  try {
    return hf.getCellValue({ sheet: 0, row: ROW, col: COL.check });
  } finally {
    hf.destroy();
  }
}

const cell = (s: SheetModel, col: number): CellModel | undefined =>
  s.cells.find((c) => c.row === ROW && c.col === col);
const textAt = (s: SheetModel, col: number): string | undefined => {
  const c = cell(s, col)?.content;
  return c?.kind === "text" ? c.text : undefined;
};

describe("an award row's texts", () => {
  test("A.7.1 (satisfaction): the tiers, then the text below them, one a line", () => {
    const def = tiered("A.7.1");
    const s = awardSheet(def);
    const lines = textAt(s, COL.requirement)!.split("\n");
    expect(lines).toEqual([...def.tiers.map((t) => t.text), "服务对象满意度达到60%以下得0分"]);
    expect(lines.length).toBeGreaterThan(2);
    expect(textAt(s, COL.rule)).toBe("填服务对象满意度（%），按档次得分");
  });

  test("A.7.2 (time reduction): the tiers only", () => {
    const def = tiered("A.7.2");
    const s = awardSheet(def);
    expect(def.belowText).toBeUndefined();
    expect(textAt(s, COL.requirement)!.split("\n")).toEqual(def.tiers.map((t) => t.text));
    expect(textAt(s, COL.rule)).toBe("填服务效率缩短时间率（%），按档次得分");
  });

  test("A.7.3 (level): the standard's options, one a line, without the added 无 option", () => {
    const def = level("A.7.3");
    const s = awardSheet(def);
    const ours = def.options.filter((o) => o.fromStandard).map((o) => o.text);
    expect(ours.length).toBe(def.options.length - 1);
    expect(textAt(s, COL.requirement)!.split("\n")).toEqual(ours);
    expect(textAt(s, COL.rule)).toBe("从列表中选择等级");
  });
});

describe("an award row's dropdowns", () => {
  test("the status and the percentage of A.7.1", () => {
    const s = awardSheet(tiered("A.7.1"));
    expect(s.validations).toEqual([
      expect.objectContaining({
        kind: "list",
        options: ["正常评分", "不适用（满分）", "应有未有（0分）"],
        errorTitle: "状态无效",
        errorMessage:
          "A.7.1 的状态只能从列表中选择：正常评分、不适用（满分）、应有未有（0分）（7.2）。",
        prompt:
          "不适用：经评估小组界定确无需要，按满分计；应有未有：组织应有而未满足，本项0分（7.2）",
      }),
      expect.objectContaining({
        kind: "decimal",
        min: 0,
        max: 1,
        errorTitle: "百分数无效",
        errorMessage: "A.7.1 请填写0%–100%之间的百分数，如 92.5%。",
        prompt: "填百分数，如 92.5%",
      }),
    ]);
  });

  test("the level of A.7.3, its message naming the options", () => {
    const s = awardSheet(level("A.7.3"));
    const rule = s.validations[1]!;
    expect(rule).toMatchObject({ kind: "list", errorTitle: "等级无效" });
    const options = rule.kind === "list" ? rule.options : [];
    expect(options).toEqual(expect.arrayContaining(["省级（5分）", "无（0分）"]));
    expect(rule.errorMessage).toBe(`A.7.3 请从列表中选择：${options.join("、")}`);
  });

  test("a level message past 225 characters is cut to 225 (Excel's limit is 255)", () => {
    const def: LevelItemDef = { ...level("A.7.3"), id: `A.7.3${"x".repeat(300)}` };
    const message = awardSheet(def).validations[1]!.errorMessage;
    expect(message.length).toBe(225);
    expect(message).toBe(def.id.slice(0, 225));
  });
});

describe("an award row's height, by the 11 pt estimate (15 pt a line, 4 pt padding)", () => {
  test.each(["A.7.1", "A.7.3"])("%s: the requirement's lines", (id) => {
    const def = id === "A.7.1" ? tiered(id) : level(id);
    const s = awardSheet(def);
    const lines = wrappedLines(textAt(s, COL.requirement)!, 34, 11);
    expect(lines).toBeGreaterThan(2);
    expect(s.rowHeights.get(ROW)).toBe(lines * 15 + 4);
  });

  test("A.7.3 fixed by the plan: a note of ten lines", () => {
    const note = Array.from({ length: 10 }, (_, i) => `理由${i}`).join("\n");
    const s = awardSheet(level("A.7.3"), { notes: { "A.7.3": note } }, true);
    expect(cell(s, COL.note)).toMatchObject({ content: text(note), style: "text", locked: true });
    expect(s.rowHeights.get(ROW)).toBe(10 * 15 + 4);
  });
});

test("the score and check formulas name the status and cap cells absolutely", () => {
  const s = awardSheet(tiered("A.7.1"));
  for (const col of [COL.score, COL.check]) {
    const c = cell(s, col)?.content;
    const f = c?.kind === "formula" ? c.formula : "";
    expect(f).toContain(a1(ROW, COL.status, true));
    if (col === COL.score) expect(f).toContain(a1(ROW, COL.cap, true));
  }
});

test.each(["A.7.1", "A.7.3"])(
  "%s: no formula of the row has an empty argument (Excel reads one as 0, HyperFormula as empty)",
  (id) => {
    const s = awardSheet(id === "A.7.1" ? tiered(id) : level(id), undefined, true);
    const formulas = s.cells.flatMap((c) =>
      c.content.kind === "formula" ? [c.content.formula] : []
    );
    expect(formulas.length).toBe(2);
    // Outside string literals ("" doubled quotes included), no argument is left empty.
    for (const f of formulas) expect(f.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/[(,]\s*[,)]/);
  }
);

describe("an award row's check column", () => {
  const UNFILLED = "提示：未填写，本项暂按0分计；";
  const IGNORED = "提示：本项已标为不适用或应有未有，所填内容不计入；";
  test.each<[string, RawCellContent, RawCellContent, string]>([
    ["A.7.1", "正常评分", null, UNFILLED],
    ["A.7.1", "正常评分", 0.925, ""],
    ["A.7.1", "正常评分", 1.5, "错误：应为0%–100%的百分数（如 92.5%）；"],
    ["A.7.1", "不适用（满分）", 0.9, IGNORED],
    ["A.7.1", "应有未有（0分）", null, ""],
    ["A.7.3", "正常评分", "省级（5分）", ""],
    ["A.7.3", "正常评分", "乱填", "错误：请从列表中选择等级；"],
    ["A.7.3", "应有未有（0分）", "省级（5分）", IGNORED],
  ])("%s, status %p, input %p: %p", (id, status, input, expected) => {
    const s = awardSheet(id === "A.7.1" ? tiered(id) : level(id));
    expect(verdict(s, { [COL.status]: status, [COL.input]: input })).toBe(expected);
  });

  test("without a plan, a note on an item typed 不适用 is no plan-note error", () => {
    const s = awardSheet(tiered("A.7.1"));
    const typed = { [COL.status]: "不适用（满分）", [COL.note]: "自行界定" };
    expect(verdict(s, typed)).toBe("");
  });

  test("fixed by the plan: a status changed from 不适用 is an error", () => {
    const s = awardSheet(tiered("A.7.1"), undefined, true);
    expect(verdict(s, { [COL.status]: "不适用（满分）" })).toBe("");
    expect(verdict(s, { [COL.status]: "正常评分", [COL.input]: 0.9 })).toBe(
      "错误：评估方案已界定本项不适用（7.2），不得改为其他状态；请改回“不适用（满分）”，或请评估组长修改评估方案；"
    );
  });

  test.each<[string, string]>([
    [REASON, ""],
    ["", ""],
    [` \t${REASON}\r\n\u00a0\u3000`, ""],
    [
      `${REASON}改`,
      "错误：本项说明是评估方案的理由（7.2），不得改动；请改回原理由，或请评估组长修改评估方案；",
    ],
  ])("fixed by the plan, note %p: %p", (note, expected) => {
    const s = awardSheet(tiered("A.7.1"), undefined, true);
    expect(verdict(s, { [COL.status]: "不适用（满分）", [COL.note]: note })).toBe(expected);
  });
});

describe("PLAN_NOTE_CHECK: the plan's reason, trimmed as the reader trims, or nothing", () => {
  const ERROR =
    "错误：本项说明是评估方案的理由（7.2），不得改动；请改回原理由，或请评估组长修改评估方案；";
  function check(note: string, marked: boolean, status = "不适用（满分）"): unknown {
    const hf = HyperFormula.buildFromSheets(
      {
        S: [
          [`'${status}`, `'${note}`, `'${REASON}`, `=${PLAN_NOTE_CHECK("A1", "B1", "C1", marked)}`],
        ],
      },
      { licenseKey: "gpl-v3" }
    );
    try {
      return hf.getCellValue({ sheet: 0, row: 0, col: 3 });
    } finally {
      hf.destroy();
    }
  }
  test.each<[string, boolean, string]>([
    [REASON, false, ""],
    ["", false, ""],
    ["\t\r\n", false, ""],
    [`\t${REASON}`, false, ""],
    [`\n${REASON}`, false, ""],
    [`\r${REASON}`, false, ""],
    [`\u00a0${REASON}`, false, ""],
    [`\u3000${REASON}`, false, ""],
    [`${REASON}\t`, false, ""],
    [`${REASON}\u3000\n`, false, ""],
    [`${REASON}改`, false, ERROR],
    [`改${REASON}`, false, ERROR],
    ["别的", false, ERROR],
    [`【本项】${REASON}`, true, ""],
    [`【本项】\u3000${REASON}\n【本行】第一行`, true, ""],
    [`【本项】\n【本行】第一行`, true, ""],
    [`【本项】${REASON}改\n【本行】第一行`, true, ERROR],
    [`【本项】别的`, true, ERROR],
    // Without the mark the cell holds no item note: only line notes.
    [`【本行】第一行`, true, ""],
  ])("note %p, marked %p: %p", (note, marked, expected) => {
    expect(check(note, marked)).toBe(expected);
  });

  test("any note passes while the status is not 不适用", () => {
    expect(check("别的", false, "正常评分")).toBe("");
    expect(check("【本项】别的", true, "正常评分")).toBe("");
  });
});
