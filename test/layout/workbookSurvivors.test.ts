/**
 * buildScoresheet (src/layout/workbook.ts) and referenceScoresheet (src/layout/referenceScoresheet.ts) where the
 * layout-sheets part's other tests pass by: the 检查 formula of every item the plan fixes as 不适用 reads that
 * item's own reason note in the identity sheet, by an absolute reference (7.2); the workbook's document properties
 * name the standard; a role the 评估组 lists do not offer is kept trimmed as a note; the blank reference scoresheet
 * is built once per edition and kept. Every model is built inside its test.
 */
import { PLAN_FORMAT, planReasonNote } from "../../src/engine";
import { COL, META_SHEET, buildScoresheet, referenceScoresheet } from "../../src/layout";
import type { SheetModel } from "../../src/layout";
import { planGroup } from "../../src/layout/workbook";
import { STANDARD } from "../../src/standard";
import { inputRows } from "../support/layoutCells";
import { parsedPlan } from "../support/plans";

const IDENTITY = {
  workbookId: "wb-survivors",
  createdAt: "2026-12-01T00:00:00Z",
  generator: "test",
  kind: "scoresheet",
} as const;

const sheetOf = (sheets: readonly SheetModel[], name: string): SheetModel =>
  sheets.find((s) => s.name === name)!;

describe("the plan's reason notes and the 检查 formulas that read them (7.2)", () => {
  test("each fixed item's check reads its own note's row in the identity sheet, absolutely", () => {
    const plan = parsedPlan({
      format: PLAN_FORMAT,
      notApplicable: [
        { item: "A.3.3", reason: "本市无跨部门联办事项" },
        { item: "A.7.4", reason: "未开展效益评估" },
      ],
    });
    const model = buildScoresheet({ identity: IDENTITY, plan });
    const meta = sheetOf(model.sheets, META_SHEET);
    const rows = inputRows(model);
    for (const [item, first] of [
      ["A.3.3", "A.3.3.1"],
      ["A.7.4", "A.7.4"],
    ] as const) {
      const key = meta.cells.find(
        (c) => c.col === 0 && c.content.kind === "text" && c.content.text === `planNote:${item}`
      )!;
      const held = meta.cells.find((c) => c.row === key.row && c.col === 1)!;
      const reason = plan.notApplicable.find((n) => n.item === item)!.reason;
      expect(held.content).toEqual({ kind: "text", text: planReasonNote(reason) });
      const { sheet, row } = rows.get(first)!;
      const check = sheetOf(model.sheets, sheet).cells.find(
        (c) => c.row === row && c.col === COL.check
      )!;
      const formula = check.content.kind === "formula" ? check.content.formula : "";
      // Column B of the note's row, fixed by $ on both: 1-based row in A1 notation.
      expect(formula).toContain(`'${META_SHEET}'!$B$${key.row + 1}`);
      expect(formula).not.toMatch(new RegExp(`'${META_SHEET}'!B\\d`));
    }
  });
});

describe("the workbook's document properties", () => {
  test("its subject names the standard and its Appendix A; its keywords name gridscore", () => {
    const model = buildScoresheet({ identity: IDENTITY });
    expect(model.properties.subject).toContain(STANDARD.id);
    expect(model.properties.subject).toContain(STANDARD.title);
    expect(model.properties.subject).toContain("附录A");
    expect(model.properties.keywords).toContain("gridscore");
  });
});

describe("planGroup", () => {
  test("a role the lists do not offer is kept as a note without the spaces around it", () => {
    expect(planGroup([{ name: "丙", role: "  副组长 " }])).toEqual([
      { name: "丙", source: "角色：副组长" },
    ]);
  });
});

describe("referenceScoresheet", () => {
  test("is built on first use and then kept: every caller gets the same model", () => {
    const first = referenceScoresheet();
    expect(referenceScoresheet()).toBe(first);
    expect(first.sheets.map((s) => s.name)).toContain(META_SHEET);
  });
});
