import { scoreEvaluation } from "../../src/engine";
import { COL, a1, buildScoresheet, rangeA1 } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import { columnWidthPoints } from "../../src/office";
import { loadExample } from "../support/example";
import { must, setup, typeEvaluation } from "./helpers";

const IDENTITY = {
  workbookId: "00000000-0000-4000-8000-000000000001",
  createdAt: "2026-03-01T08:00:00.000Z",
  generator: "gridscore add-in",
  kind: "scoresheet",
} as const;

/** The model the adapter renders for a first write with this meta (same id and clock as the helper). */
function expectedModel(meta = {}): WorkbookModel {
  return buildScoresheet({
    evaluation: { format: "gridscore-evaluation/1", meta, items: {} },
    identity: IDENTITY,
  });
}

describe("writeScoresheet on a new workbook", () => {
  it("writes every layout sheet after the user's sheets in two syncs", async () => {
    const { host, adapter } = setup();
    host.typeValue("Sheet1", "A1", "my own data");
    host.resetSyncCount();
    const summary = must(await adapter.writeScoresheet({ organization: "示例市" }));
    expect(summary.mode).toBe("created");
    expect(summary.keptInputs).toBe(0);
    expect(summary.syncs).toBe(2);
    expect(host.syncCount).toBe(2);
    const model = expectedModel({ organization: "示例市" });
    expect(host.getSheetNames()).toEqual(["Sheet1", ...model.sheets.map((s) => s.name)]);
    expect(host.getCell("Sheet1", "A1").value).toBe("my own data");
    expect(host.getActiveSheetName()).toBe(model.sheets[0]!.name);
  });

  it("puts every model cell into the workbook: formulas as formulas, text as text, numbers as numbers", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({ organization: "示例市" }));
    const model = expectedModel({ organization: "示例市" });
    let formulas = 0;
    for (const sheet of model.sheets) {
      for (const cell of sheet.cells) {
        const got = host.getCell(sheet.name, a1(cell.row, cell.col));
        const where = `${sheet.name}!${a1(cell.row, cell.col)}`;
        switch (cell.content.kind) {
          case "formula":
            formulas++;
            expect([where, got.hasFormula]).toEqual([where, true]);
            break;
          case "text":
            expect([where, got.hasFormula, got.value]).toEqual([where, false, cell.content.text]);
            break;
          case "number":
            expect([where, got.value]).toEqual([where, cell.content.value]);
            break;
          case "empty":
            expect([where, got.value]).toEqual([where, ""]);
            break;
        }
        expect([where, got.locked]).toEqual([where, cell.locked]);
        expect([where, got.numberFormat]).toEqual([
          where,
          model.styles[cell.style].numberFormat ?? "General",
        ]);
      }
    }
    expect(formulas).toBeGreaterThan(200);
    expect(host.getCell("A.1", "K36").formula).toMatch(/^=ROUND\(SUM\(K4:K35\),2\)$/);
  });

  it("renders formats, columns, rows, merges, freeze panes, visibility, tab colours and protection", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    const model = expectedModel();
    for (const sheet of model.sheets) {
      const info = host.getSheetInfo(sheet.name);
      expect(info.protected).toBe(sheet.protect);
      expect(info.visibility).toBe(
        { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" }[sheet.state]
      );
      expect(info.tabColor).toBe(sheet.tabColor ?? "");
      expect(info.frozenRows).toBe(sheet.freeze?.rows ?? 0);
      sheet.columns.forEach((c, i) =>
        expect(info.columnWidths[i]).toBe(columnWidthPoints(c.width))
      );
      expect(info.hiddenColumns).toEqual(sheet.columns.flatMap((c, i) => (c.hidden ? [i] : [])));
      for (const [row, h] of sheet.rowHeights) expect(info.rowHeights[row]).toBe(h);
      expect([...info.merges].sort()).toEqual(sheet.merges.map((m) => rangeA1(m)).sort());
      expect(host.getConditionalFormats(sheet.name)).toHaveLength(sheet.conditionalFormats.length);
    }
    const title = host.getCell("A.1", "A1").format;
    expect(title).toMatchObject({ bold: true, fontSize: 16, horizontalAlignment: "Center" });
    const input = host.getCell("A.1", "G4").format;
    expect(input).toMatchObject({ fill: "#FFF9E0", locked: false, fontName: "宋体" });
    const cf = host.getConditionalFormats("A.1")[0]!;
    expect(cf.type).toBe("Custom");
    expect(cf.formula.startsWith("=")).toBe(true);
  });

  it("adds data validation with Stop alerts, and the defined names", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    const model = expectedModel();
    const a11 = model.sheets.find((s) => s.name === "A.1")!;
    const decimal = a11.validations.find((v) => v.kind === "decimal")!;
    const cell = host.getCell("A.1", a1(decimal.range.row, decimal.range.col));
    expect(cell.validation?.rule).toMatchObject({
      kind: "decimal",
      operator: "Between",
      formula1: 0,
    });
    expect(cell.validation?.errorAlert).toEqual({
      showAlert: true,
      style: "Stop",
      title: decimal.errorTitle,
      message: decimal.errorMessage,
    });
    const status = a11.validations.find((v) => v.kind === "list")!;
    const list = host.getCell("A.1", a1(status.range.row, status.range.col)).validation;
    expect(list?.listItems).toEqual(status.kind === "list" ? status.options : []);
    // Every cell of every model rule carries that rule (not just "something"): kind, bounds, list items.
    let cells = 0;
    for (const sheet of model.sheets)
      for (const v of sheet.validations)
        for (let r = v.range.row; r < v.range.row + v.range.rows; r++)
          for (let c = v.range.col; c < v.range.col + v.range.cols; c++) {
            cells++;
            const got = host.getCell(sheet.name, a1(r, c)).validation;
            const where = `${sheet.name}!${a1(r, c)}`;
            expect([where, got?.rule?.kind]).toEqual([where, v.kind]);
            if (v.kind === "decimal")
              expect([where, got?.rule]).toEqual([
                where,
                expect.objectContaining({
                  operator: "Between",
                  formula1: v.min,
                  ...(typeof v.max === "number" ? { formula2: v.max } : {}),
                }),
              ]);
            if (v.kind === "list") expect([where, got?.listItems]).toEqual([where, v.options]);
            expect([where, got?.errorAlert.title]).toEqual([where, v.errorTitle]);
          }
    expect(cells).toBeGreaterThan(100);
    // Every input cell of every table sheet (each A.x sheet, not just A.1) is validated: deductions, rates, A.7
    // values and levels, statuses.
    for (const sheet of model.sheets.filter((s) => s.kind === "table")) {
      const inputs = sheet.cells.filter((c) => !c.locked && c.col === COL.input);
      expect([sheet.name, inputs.length > 0]).toEqual([sheet.name, true]);
      for (const c of inputs) {
        const where = `${sheet.name}!${a1(c.row, c.col)}`;
        expect([
          where,
          host.getCell(sheet.name, where.split("!")[1]!).validation?.rule?.kind,
        ]).toEqual([where, expect.stringMatching(/^(decimal|list)$/)]);
      }
    }
    const names = host.getNames();
    expect(names.map((n) => n.name).sort()).toEqual(model.names.map((n) => n.name).sort());
    const total = model.names.find((n) => n.name === "Total")!;
    expect(names.find((n) => n.name === "Total")?.formula).toBe(
      `='汇总'!${a1(total.cell.row, total.cell.col, true)}`
    );
  });

  it("lets the workbook's formulas compute the engine's scores for an evaluation typed in", async () => {
    const example = loadExample();
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet(example.meta));
    const typed = typeEvaluation(host, example);
    expect(typed.filter((r) => !r.accepted)).toEqual([]);
    const report = scoreEvaluation(example);
    const names = new Map(host.getNames().map((n) => [n.name, n.value]));
    expect(names.get("Total")).toBeCloseTo(report.total, 6);
    expect(names.get("Verdict")).toBe(report.verdict);
    for (const t of report.tables)
      expect(names.get(`Subtotal_${t.id.replace(".", "")}`)).toBeCloseTo(t.score, 6);
    const live = must(await adapter.readLive());
    expect(live.report.total).toBeCloseTo(report.total, 6);
    expect(live.meta).toEqual(example.meta);
    expect(live.progress.itemsWithDeductions).toBe(
      report.items.filter((i) => i.deduction > 0).length
    );
    // The id column is hidden, the input column is where the engine's problems point.
    expect(COL.input).toBe(6);
  });
});
