/**
 * What a table sheet (src/layout/tableSheet.ts) writes that the other suites did not pin: the title row, the
 * ranges and formulas of its highlights, the texts of its input validations, the first line's note read apart
 * from the item note (【本项】/【本行】), and the checks an item adds (a plan-fixed status, inputs ignored), the
 * last evaluated in HyperFormula. Every model is built inside its test (README, Mutation testing).
 */
import type { RawCellContent } from "hyperformula";
import { STANDARD } from "../../src/standard";
import type { DeductionItemDef, LineDef, TableDef } from "../../src/standard";
import { PLAN_FORMAT, emptyEvaluation } from "../../src/engine";
import { a1, buildScoresheet, buildTableSheet } from "../../src/layout";
import type { SheetModel, WorkbookModel } from "../../src/layout";
import type { ExpressionFormatModel } from "../../src/layout/model";
import { wrappedLines } from "../../src/layout/builder";
import { COL, FIRST_DATA_ROW } from "../../src/layout/tableColumns";
import { STATUS_LABELS } from "../../src/layout/labels";
import { INPUTS_IGNORED, STATUS_OK } from "../../src/layout/tableRows";
import { ITEM_NOTE_MARK, LINE_NOTE_MARK } from "../../src/layout/notes";
import { CAP_FILL, ERROR_FILL, WARNING_FILL } from "../../src/layout/styles";
import { evaluateModel } from "../support/hfWorkbook";
import { inputRows } from "../support/layoutCells";
import { parsedPlan } from "../support/plans";

const table = (id: string): TableDef => STANDARD.tables.find((t) => t.id === id)!;
const deductionItems = (t: TableDef): DeductionItemDef[] =>
  t.items.filter((i): i is DeductionItemDef => i.kind === "deduction");
const allLines = (): LineDef[] =>
  STANDARD.tables.flatMap((t) => deductionItems(t).flatMap((i) => i.lines));
const rowOfId = (sheet: SheetModel, id: string): number =>
  sheet.cells.find((c) => c.col === COL.id && c.content.kind === "text" && c.content.text === id)!
    .row;
const cellText = (sheet: SheetModel, row: number, col: number): unknown => {
  const c = sheet.cells.find((x) => x.row === row && x.col === col)?.content;
  return c?.kind === "text" ? c.text : c;
};

/** The 检查 text of a line's row after typing `set` (column → entry) into the model in HyperFormula. */
function checkAfter(
  model: WorkbookModel,
  sheet: string,
  lineId: string,
  set: readonly [row: string, col: number, value: RawCellContent][]
): string {
  const rows = inputRows(model);
  const hf = evaluateModel(model);
  try {
    for (const [id, col, value] of set) hf.set(rows.get(id)!.sheet, rows.get(id)!.row, col, value);
    return String(hf.value(sheet, rows.get(lineId)!.row, COL.check));
  } finally {
    hf.destroy();
  }
}

describe("title row and highlights", () => {
  it.each(STANDARD.tables.map((t) => [t.id, t] as const))(
    "%s: the title spans every printed column up to 检查; the input highlights cover every line",
    (_id, t) => {
      const info = buildTableSheet(t, undefined);
      const s = info.sheet;
      expect(cellText(s, 0, 0)).toBe(`表${t.id} ${t.title}`);
      expect(s.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: COL.check + 1 });
      const ids = s.cells
        .filter((c) => c.col === COL.id && c.row >= FIRST_DATA_ROW)
        .map((c) => c.row);
      const inputs = {
        row: Math.min(...ids),
        col: COL.input,
        rows: info.lastRow - FIRST_DATA_ROW + 1,
        cols: 2,
      };
      expect(inputs.row + inputs.rows - 1).toBe(Math.max(...ids));
      for (const fill of [ERROR_FILL, WARNING_FILL])
        expect(
          s.conditionalFormats
            .filter((f) => f.kind !== "dataBar" && f.fill === fill)
            .map((f) => f.range)
        ).toEqual([inputs]);
    }
  );

  it.each(STANDARD.tables.map((t) => [t.id, t] as const))(
    "%s: each deduction item's cap highlight reads its counted cells absolutely (the format covers several rows)",
    (_id, t) => {
      const s = buildTableSheet(t, undefined).sheet;
      const caps = s.conditionalFormats.filter(
        (f): f is ExpressionFormatModel => f.kind !== "dataBar" && f.fill === CAP_FILL
      );
      const items = deductionItems(t);
      expect(caps).toHaveLength(items.length);
      for (const item of items) {
        const start = rowOfId(s, item.lines[0]!.id);
        const end = start + item.lines.length - 1;
        const counted = `${a1(start, COL.counted, true)}:${a1(end, COL.counted, true)}`;
        const status = a1(start, COL.status, true);
        const cap = a1(start, COL.cap, true);
        expect(caps.find((f) => f.range.row === start)).toEqual({
          range: { row: start, col: COL.score, rows: item.lines.length, cols: 1 },
          formula: `AND(${STATUS_OK(status)},SUM(${counted})>${cap})`,
          fill: CAP_FILL,
        });
      }
    }
  );
});

describe("line cells and validations", () => {
  it.each(allLines().map((l) => [l.id, l] as const))(
    "%s: requirement (with its group), limit and the validation's title",
    (id, line) => {
      const s = buildTableSheet(table(id.split(".").slice(0, 2).join(".")), undefined).sheet;
      const row = rowOfId(s, id);
      const group = line.kind === "deduction" ? line.group : undefined;
      expect(cellText(s, row, COL.requirement)).toBe(
        group ? `${group}\n${line.requirement}` : line.requirement
      );
      const v = s.validations.find((x) => x.range.row === row && x.range.col === COL.input)!;
      if (line.kind === "rate") {
        expect(cellText(s, row, COL.limit)).toBe("0–100%");
        expect(v.errorTitle).toBe("完成率无效");
      } else {
        expect(v.errorTitle).toBe("扣分超出本行上限");
      }
      expect(v.errorMessage.startsWith(`${id} `)).toBe(true);
      expect(v.errorMessage).toContain(line.rule.slice(0, 20));
    }
  );

  it("an error message stays within Excel's 255 characters however long the rule", () => {
    const a1t = table("A.1");
    const long: TableDef = {
      ...a1t,
      items: a1t.items.map((i) =>
        i.kind === "deduction"
          ? {
              ...i,
              lines: i.lines.map((l) => ({ ...l, rule: `${l.rule}${"逐条核查".repeat(80)}` })),
            }
          : i
      ),
    };
    const s = buildTableSheet(long, undefined).sheet;
    const kinds = new Set<string>();
    for (const item of deductionItems(long))
      for (const line of item.lines) {
        const row = rowOfId(s, line.id);
        const v = s.validations.find((x) => x.range.row === row && x.range.col === COL.input)!;
        kinds.add(line.kind);
        expect(v.errorMessage.startsWith(`${line.id} `)).toBe(true);
        expect(v.errorMessage.length).toBeLessThanOrEqual(255);
      }
    expect([...kinds].sort()).toEqual(["deduction", "rate"]);
  });

  it("a note already written sizes its row at the sheet's 11 pt text", () => {
    const a11 = table("A.1");
    const note =
      "现场抽查三份记录，均缺负责人签字及日期，另有一份未按规定归档，已拍照留存。".repeat(2);
    const evaluation = { ...emptyEvaluation(), items: { "A.1.1": { notes: { "A.1.1.2": note } } } };
    const s = buildTableSheet(a11, evaluation).sheet;
    const row = rowOfId(s, "A.1.1.2");
    expect(cellText(s, row, COL.note)).toBe(note);
    const lines = wrappedLines(note, s.columns[COL.note]!.width, 11);
    expect(lines).toBeGreaterThan(2);
    expect(s.rowHeights.get(row)).toBeGreaterThanOrEqual(lines * 15 + 4);
  });
});

/** A scoresheet with nothing entered and no plan. */
const plain = (): WorkbookModel =>
  buildScoresheet({
    identity: { workbookId: "wb-table", createdAt: "-", generator: "test", kind: "scoresheet" },
  });

describe("the 检查 formulas, evaluated", () => {
  const MISSING = "提示：有扣分但缺扣分说明；";

  it.each([
    [
      "an empty line note after the item note",
      `${ITEM_NOTE_MARK}整项说明\n${LINE_NOTE_MARK}`,
      true,
    ],
    [
      "a line note after the item note",
      `${ITEM_NOTE_MARK}整项说明\n${LINE_NOTE_MARK}缺签字`,
      false,
    ],
    ["an item note alone", `${ITEM_NOTE_MARK}整项说明`, true],
    ["an unmarked note (the line's own)", "缺签字", false],
  ])(
    "first line with a deduction and %s (the line note is what the hint reads)",
    (_what, note, missing) => {
      const model = plain();
      const shown = checkAfter(model, "A.1", "A.1.1.1", [
        ["A.1.1.1", COL.input, 1],
        ["A.1.1.1", COL.note, `'${note}`],
      ]);
      expect(shown.includes(MISSING)).toBe(missing);
    }
  );

  it.each([
    [1.5, true],
    [-0.1, true],
    [0.5, false],
  ])("a 完成率 of %p is out of range: %p", (rate, error) => {
    const model = plain();
    const shown = checkAfter(model, "A.1", "A.1.4.4", [["A.1.4.4", COL.input, rate]]);
    expect(shown.includes("错误：完成率应为0%–100%（如 45%）；")).toBe(error);
  });

  it("deductions typed into an item marked 不适用 are flagged as ignored", () => {
    const model = plain();
    const shown = checkAfter(model, "A.1", "A.1.1.1", [
      ["A.1.1.1", COL.status, STATUS_LABELS.na],
      ["A.1.1.2", COL.input, 1],
    ]);
    expect(shown).toContain(INPUTS_IGNORED);
  });

  it("an item the plan fixed as 不适用 flags any other status and an edited reason", () => {
    const model = buildScoresheet({
      identity: { workbookId: "wb-plan-na", createdAt: "-", generator: "test", kind: "scoresheet" },
      plan: parsedPlan({
        format: PLAN_FORMAT,
        notApplicable: [{ item: "A.3.3", reason: "本市无此类事项" }],
      }),
    });
    expect(checkAfter(model, "A.3", "A.3.3.1", [])).toBe("");
    const shown = checkAfter(model, "A.3", "A.3.3.1", [["A.3.3.1", COL.status, "正常评分"]]);
    expect(shown).toContain("错误：评估方案已界定本项不适用（7.2）");
    const edited = checkAfter(model, "A.3", "A.3.3.1", [
      ["A.3.3.1", COL.note, `'${ITEM_NOTE_MARK}另有理由`],
    ]);
    expect(edited).toContain("错误：本项说明是评估方案的理由（7.2），不得改动");
  });
});
