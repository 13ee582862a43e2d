import { a1, buildScoresheet } from "../../src/layout";
import type { SheetModel } from "../../src/layout";
import { columnWidthPoints, randomWorkbookId } from "../../src/office";
import { formulaEntry } from "../../src/office/cellText";
import { columnSpan, touchesInputs } from "../../src/office/layoutInfo";
import { groupRects, groupRuns } from "../../src/office/rects";
import { toFailure } from "../../src/office/failures";
import {
  ALERT_MESSAGE_MAX,
  CHART_NAME,
  clip,
  queueCharts,
  queueSheetView,
  validationRule,
} from "../../src/office/writeExtras";
import { queueFormats } from "../../src/office/writeSheet";
import { recordingWorksheet } from "./recorder";

const model = buildScoresheet({
  identity: { workbookId: "x", createdAt: "x", generator: "x", kind: "scoresheet" },
});
const sheet = (kind: SheetModel["kind"]): SheetModel => model.sheets.find((s) => s.kind === kind)!;

describe("cell text", () => {
  it.each(['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "1-2", "TRUE", "50%", "'q"])(
    "keeps %j text in a General cell with a leading apostrophe, verbatim in a text cell",
    (text) => {
      expect(formulaEntry({ kind: "text", text }, "General")).toBe(`'${text}`);
      expect(formulaEntry({ kind: "text", text }, "@")).toBe(text);
    }
  );
  it("writes formulas with =, numbers as numbers and empties as empty strings", () => {
    expect(formulaEntry({ kind: "formula", formula: "SUM(A1:A2)" }, "0.##")).toBe("=SUM(A1:A2)");
    expect(formulaEntry({ kind: "number", value: 2.5 }, "General")).toBe(2.5);
    expect(formulaEntry({ kind: "empty" }, "@")).toBe("");
    expect(formulaEntry({ kind: "text", text: "" }, "General")).toBe("");
  });
});

describe("rectangles and runs", () => {
  it("merges equal keys into row runs stacked into rectangles", () => {
    const cells = [
      { row: 0, col: 0, k: "a" },
      { row: 0, col: 1, k: "a" },
      { row: 1, col: 0, k: "a" },
      { row: 1, col: 1, k: "a" },
      { row: 1, col: 2, k: "b" },
      { row: 3, col: 0, k: "a" },
    ];
    const rects = groupRects(
      cells,
      (c) => c.k,
      (k) => k
    );
    expect(rects).toEqual(
      expect.arrayContaining([
        { key: "a", rect: { row: 0, col: 0, rows: 2, cols: 2 } },
        { key: "b", rect: { row: 1, col: 2, rows: 1, cols: 1 } },
        { key: "a", rect: { row: 3, col: 0, rows: 1, cols: 1 } },
      ])
    );
    expect(rects).toHaveLength(3);
  });
  it("groups consecutive indexes with equal keys", () => {
    expect(
      groupRuns(
        [
          [2, 10],
          [0, 10],
          [1, 10],
          [4, 10],
        ],
        String
      )
    ).toEqual([
      { start: 0, count: 3, key: 10 },
      { start: 4, count: 1, key: 10 },
    ]);
  });
});

describe("change addresses", () => {
  it("parses the column span of an event address", () => {
    expect(columnSpan("G5")).toEqual({ from: 6, to: 6 });
    expect(columnSpan("$G$5:$H$254")).toEqual({ from: 6, to: 7 });
    expect(columnSpan("'A.1'!C:D")).toEqual({ from: 2, to: 3 });
    expect(columnSpan("5:9")).toBe("all");
    expect(columnSpan("nonsense!")).toBeUndefined();
  });
  it("knows the input columns of table sheets and the cover", () => {
    expect(touchesInputs("table", "G4")).toBe(true);
    expect(touchesInputs("table", "H4:H9")).toBe(true);
    expect(touchesInputs("table", "I4")).toBe(true);
    expect(touchesInputs("table", "A1:F9")).toBe(false);
    expect(touchesInputs("table", "J4:N9")).toBe(false);
    expect(touchesInputs("table", "A4:N4")).toBe(true);
    expect(touchesInputs("table", "4:4")).toBe(true);
    expect(touchesInputs("cover", "B5")).toBe(true);
    expect(touchesInputs("cover", "A5,C5")).toBe(false);
    expect(touchesInputs("summary", "C5")).toBe(false);
    expect(touchesInputs("table", "???")).toBe(true);
  });
});

describe("conversions", () => {
  it("converts character widths to points as (7 px × chars + 5 px) × 0.75", () => {
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
  });
  it("clips alert texts to Excel's limits", () => {
    expect(clip("x".repeat(300), ALERT_MESSAGE_MAX)).toHaveLength(255);
    expect(clip("short", ALERT_MESSAGE_MAX)).toBe("short");
  });
  it("turns model validations into Office.js rules", () => {
    const table = sheet("table");
    const decimal = table.validations.find((v) => v.kind === "decimal")!;
    expect(validationRule(decimal)).toEqual({
      decimal: { operator: "Between", formula1: 0, formula2: expect.anything() as unknown },
    });
    expect(validationRule({ ...decimal, kind: "decimal", max: "F4" }).decimal?.formula2).toBe(
      "=$F$4"
    );
    const list = table.validations.find((v) => v.kind === "list")!;
    expect(validationRule(list).list?.source).toBe(
      list.kind === "list" ? list.options.join(",") : ""
    );
    const date = sheet("cover").validations.find((v) => v.kind === "date")!;
    expect(validationRule(date)).toEqual({
      date: { operator: "GreaterThan", formula1: "=DATE(2000,1,1)" },
    });
  });
  it("maps errors to failures and makes random ids", () => {
    expect(
      toFailure({
        code: "AccessDenied",
        message: "no",
        debugInfo: { errorLocation: "Range.values" },
      })
    ).toEqual({ kind: "office-error", code: "AccessDenied", message: "no (Range.values)" });
    expect(toFailure("boom")).toEqual({ kind: "office-error", code: "Unknown", message: "boom" });
    expect(randomWorkbookId()).toMatch(/^[0-9a-f-]{32,36}$/);
    const saved = globalThis.crypto;
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      expect(randomWorkbookId()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      Object.defineProperty(globalThis, "crypto", { value: saved, configurable: true });
    }
  });
});

describe("what the simulator cannot show: page layout, chart, borders", () => {
  it("queues A4, orientation, fit to width, print titles and the footer", () => {
    const { ws, log } = recordingWorksheet();
    expect(queueSheetView(ws, sheet("table"), false)).toEqual([]);
    const sets = Object.fromEntries(
      log.filter((e) => e.op === "set").map((e) => [e.path, e.value])
    );
    expect(sets).toMatchObject({
      "ws.pageLayout.orientation": "Landscape",
      "ws.pageLayout.paperSize": "A4",
      "ws.pageLayout.zoom": { horizontalFitToPages: 1, verticalFitToPages: 0 },
      "ws.pageLayout.headersFooters.defaultForAllPages.centerFooter": "表A.1 第 &P 页 共 &N 页",
    });
    expect(log).toContainEqual({
      op: "call",
      path: "ws.pageLayout.setPrintTitleRows",
      value: ['"$3:$3"'],
    });
    expect(log).toContainEqual({ op: "call", path: "ws.freezePanes.freezeRows", value: ["3"] });
  });
  it("queues a banded sheet at its scale, across then down, with its title columns and vertical breaks", () => {
    const { ws, log } = recordingWorksheet();
    const base = sheet("table");
    const banded: SheetModel = {
      ...base,
      print: {
        ...base.print!,
        titleColumns: { from: 0, to: 2 },
        columnBreaks: [14],
        scale: 0.84,
      },
    };
    expect(queueSheetView(ws, banded, false)).toEqual([]);
    const sets = Object.fromEntries(
      log.filter((e) => e.op === "set").map((e) => [e.path, e.value])
    );
    expect(sets).toMatchObject({
      "ws.pageLayout.zoom": { scale: 84 },
      "ws.pageLayout.printOrder": "OverThenDown",
    });
    expect(log).toContainEqual({
      op: "call",
      path: "ws.pageLayout.setPrintTitleColumns",
      value: ['"$A:$C"'],
    });
    expect(log).toContainEqual({
      op: "call",
      path: "ws.verticalPageBreaks.removePageBreaks",
      value: [],
    });
    const added = log.filter((e) => e.path === "ws.verticalPageBreaks.add");
    expect(added).toHaveLength(1);
  });
  it("draws the summary chart: values, categories as the x axis, anchored and named", () => {
    const { ws, log } = recordingWorksheet();
    const summary = sheet("summary");
    expect(queueCharts(ws, summary)).toEqual([]);
    const add = log.find((e) => e.path === "ws.charts.add");
    expect(add?.value).toEqual(['"ColumnClustered"', "<object>", '"Columns"']);
    const chart = `ws.charts.add("ColumnClustered",<object>,"Columns")`;
    expect(log).toContainEqual({ op: "set", path: `${chart}.name`, value: CHART_NAME });
    expect(log).toContainEqual({
      op: "set",
      path: `${chart}.title.text`,
      value: summary.charts[0]!.title,
    });
    expect(log.some((e) => e.path.endsWith("getItemAt(0).setXAxisValues"))).toBe(true);
    const { anchor } = summary.charts[0]!;
    expect(log).toContainEqual({
      op: "call",
      path: `${chart}.setPosition`,
      value: [
        JSON.stringify(a1(anchor.row, anchor.col)),
        JSON.stringify(a1(anchor.row + anchor.rows - 1, anchor.col + anchor.cols - 1)),
      ],
    });
  });
  it("borders thin cells with continuous thin lines on every edge", () => {
    const { ws, log } = recordingWorksheet();
    expect(queueFormats(ws, sheet("table"), model)).toEqual([]);
    const styles = log.filter((e) => e.op === "set" && e.path.endsWith(".style"));
    expect(styles.length).toBeGreaterThan(20);
    expect(new Set(styles.map((e) => e.value))).toEqual(new Set(["Continuous"]));
    expect(log.some((e) => e.path.includes('borders.getItem("InsideHorizontal")'))).toBe(true);
    expect(log.some((e) => e.path.endsWith("format.protection.locked") && e.value === false)).toBe(
      true
    );
  });
});
