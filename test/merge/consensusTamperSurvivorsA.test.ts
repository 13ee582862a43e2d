/**
 * What the merge-documents part's surviving mutants of consensusTamper.ts (its first half: the cells' names, the
 * recomputed values, the accepted formula editions and the stale-value tolerance) left unpinned
 * (test/mutation/merge-documents.json). The consensus workbook is built in memory from the layout model, its cached
 * values computed by HyperFormula (a real formula engine, as Excel would save them), and then edited cell by cell:
 * - every formula cell typed over with a constant is named by its role: each item's figures on 共识 by column header
 *   and item id, and on 共识汇总 the subtotals, total, verdicts, counts and each expert's figures by their labels;
 *   an expert named 专家 (the expert table's header label) does not move them;
 * - the untouched workbook, with the values Excel computes, raises nothing;
 * - a workbook that records formula edition 2 accepts only edition 2's formulas, one that records none accepts
 *   edition 1's as well;
 * - a cached value within the tolerance (1e-6 for exact cells) is not stale, one just beyond it is.
 * Each test builds what it checks (README, Mutation testing).
 */
import type { LocatedProblem } from "../../src/engine";
import type { GridSource, GridValue, WorkbookModel } from "../../src/layout";
import { a1 } from "../../src/layout";
import { buildConsensusWorkbook } from "../../src/merge";
import type { MergeResult } from "../../src/merge";
import { consensusTamperProblems } from "../../src/merge/consensusTamper";
import { evaluateModel } from "../support/hfWorkbook";
import { consensusOf, groupOf, headerCol, itemRow, labelRow } from "./deliberationSupport";

const FILE = "c.xlsx";
const ITEMS = "共识";
const SUMMARY = "共识汇总";
/** The first item row (0-based) on 共识: row 2 holds the headers. */
const FIRST = 3;

/** One cell typed over: a constant (formula undefined) or another formula. */
interface Edit {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: GridValue;
  readonly formula?: string;
}

/** Three experts with different totals (so lowest, highest and spread differ on the items they differ on). */
function group(): { result: MergeResult; model: WorkbookModel } {
  return consensusOf(groupOf(["甲", "乙", "丙"], [0, 20, 40]));
}

/**
 * The workbook as Excel saves it: each model cell's content, each formula cell's cached value computed by
 * HyperFormula, then the edits applied.
 */
function gridOf(model: WorkbookModel, edits: readonly Edit[] = []): GridSource {
  const key = (sheet: string, row: number, col: number) => `${sheet}|${row}|${col}`;
  const values = new Map<string, GridValue>();
  const formulas = new Map<string, string>();
  const wb = evaluateModel(model);
  for (const sheet of model.sheets)
    for (const c of sheet.cells) {
      const k = key(sheet.name, c.row, c.col);
      const content = c.content;
      if (content.kind === "formula") {
        formulas.set(k, content.formula);
        const v = wb.value(sheet.name, c.row, c.col);
        values.set(k, typeof v === "number" || typeof v === "string" ? v : undefined);
      } else if (content.kind === "number") values.set(k, content.value);
      else if (content.kind === "text") values.set(k, content.text);
    }
  wb.destroy();
  for (const e of edits) {
    const k = key(e.sheet, e.row, e.col);
    values.set(k, e.value);
    if (e.formula === undefined) formulas.delete(k);
    else formulas.set(k, e.formula);
  }
  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    rowCount: (sheet) =>
      model.sheets.find((s) => s.name === sheet)!.cells.reduce((m, c) => Math.max(m, c.row), 0) + 1,
    cell: (sheet, row, col) => values.get(key(sheet, row, col)),
    formula: (sheet, row, col) => formulas.get(key(sheet, row, col)),
  };
}

/** The model's formula (without "=") at a cell. */
function formulaAt(model: WorkbookModel, sheet: string, row: number, col: number): string {
  const content = model.sheets
    .find((s) => s.name === sheet)!
    .cells.find((c) => c.row === row && c.col === col)?.content;
  if (content?.kind !== "formula") throw new Error(`no formula at ${sheet}!${a1(row, col)}`);
  return content.formula;
}

/** Every formula cell of both sheets of the model, typed over with the number 7. */
function everyFormulaOverwritten(model: WorkbookModel): Edit[] {
  return model.sheets
    .filter((s) => s.name === ITEMS || s.name === SUMMARY)
    .flatMap((s) =>
      s.cells
        .filter((c) => c.content.kind === "formula")
        .map((c) => ({ sheet: s.name, row: c.row, col: c.col, value: 7 }))
    );
}

/** The problems' names by "sheet!cell". */
const namesOf = (problems: readonly LocatedProblem[]): Map<string, unknown> =>
  new Map(
    problems.map((p) => {
      const where = (p as { where?: { sheet: string; cell: string } }).where!;
      return [`${where.sheet}!${where.cell}`, (p as { name?: unknown }).name];
    })
  );

/** The problems of a workbook whose every formula cell was overwritten by a constant (recording edition 2). */
const overwrittenProblems = (
  result: Parameters<typeof consensusTamperProblems>[1],
  model: Parameters<typeof everyFormulaOverwritten>[0]
): LocatedProblem[] =>
  consensusTamperProblems(gridOf(model, everyFormulaOverwritten(model)), result, FILE, FIRST, "2");

describe("consensusTamperProblems names each overwritten formula cell by its role", () => {
  test("each item's figures on 共识: by column and item id, for every item row", () => {
    const { result, model } = group();
    const problems = overwrittenProblems(result, model);
    expect(problems.every((p) => p.code === "formula-overwritten")).toBe(true);
    const names = namesOf(problems);
    const roles: readonly (readonly [string, string])[] = [
      ["方法结果", "ConsensusMethod"],
      ["共识", "ConsensusItem"],
      ["最低", "ConsensusMin"],
      ["最高", "ConsensusMax"],
      ["极差", "ConsensusSpread"],
      ["分歧", "ConsensusFlag"],
      ["畸高畸低", "ConsensusOutliers"],
      ["评议检查", "ConsensusCheck"],
    ];
    // The first, a middle and the last item: each row is named by its own item.
    const ids = [result.items[0]!.id, result.items[20]!.id, result.items.at(-1)!.id];
    for (const id of ids)
      for (const [header, role] of roles) {
        const cell = a1(itemRow(model, ITEMS, id), headerCol(model, ITEMS, header));
        expect([cell, names.get(`${ITEMS}!${cell}`)]).toEqual([cell, `${role}:${id}`]);
      }
  });

  test("共识汇总's subtotals, total, verdicts, counts and each expert's figures, by their labels", () => {
    const { result, model } = group();
    const problems = overwrittenProblems(result, model);
    const names = namesOf(problems);
    const at = (row: number, col: number) => names.get(`${SUMMARY}!${a1(row, col)}`);
    for (const t of result.tables)
      expect(at(labelRow(model, SUMMARY, t.id), 2)).toBe(`Subtotal_${t.id.replace(".", "")}`);
    expect(at(labelRow(model, SUMMARY, "合计"), 2)).toBe("ConsensusTotal");
    expect(at(labelRow(model, SUMMARY, "结论"), 2)).toBe("ConsensusVerdict");
    expect(at(labelRow(model, SUMMARY, "需讨论"), 2)).toBe("ConsensusDiscuss");
    expect(at(labelRow(model, SUMMARY, "评议错误"), 2)).toBe("ConsensusReviewErrors");
    expect(at(labelRow(model, SUMMARY, "结论（定稿）"), 2)).toBe("ConsensusFinalVerdict");
    expect(at(labelRow(model, SUMMARY, "偏离限值（%）"), 3)).toBe("ConsensusLimitCheck");
    for (const name of ["甲", "乙", "丙"]) {
      const row = labelRow(model, SUMMARY, name);
      expect([at(row, 2), at(row, 3), at(row, 4), at(row, 5)]).toEqual([
        `ConsensusExpertTotal:${name}`,
        `ConsensusExpertVerdict:${name}`,
        `ConsensusDeviation:${name}`,
        `ConsensusNeedsExplanation:${name}`,
      ]);
    }
    // No formula cell of 共识汇总 is left with the generic name.
    expect(
      [...names].filter(([k, v]) => k.startsWith(`${SUMMARY}!`) && v === "ConsensusFormula")
    ).toEqual([]);
  });

  test("an expert named 专家 (the expert table's header in column A) does not move the expert rows", () => {
    const names = ["甲", "专家", "丙"];
    const { result, model } = consensusOf(groupOf(names, [0, 20, 40]));
    const problems = overwrittenProblems(result, model);
    const named = namesOf(problems);
    // The expert table's rows follow its header row, in the experts' order.
    const header = labelRow(model, SUMMARY, "专家");
    names.forEach((name, k) =>
      expect([
        named.get(`${SUMMARY}!${a1(header + 1 + k, 2)}`),
        named.get(`${SUMMARY}!${a1(header + 1 + k, 5)}`),
      ]).toEqual([`ConsensusExpertTotal:${name}`, `ConsensusNeedsExplanation:${name}`])
    );
  });

  test("a formula cell emptied or holding TRUE reports the value as empty", () => {
    const { result, model } = group();
    const total = labelRow(model, SUMMARY, "合计");
    const verdict = labelRow(model, SUMMARY, "结论");
    const problems = consensusTamperProblems(
      gridOf(model, [
        { sheet: SUMMARY, row: total, col: 2, value: undefined },
        { sheet: SUMMARY, row: verdict, col: 2, value: true },
      ]),
      result,
      FILE,
      FIRST,
      "2"
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: "formula-overwritten",
        name: "ConsensusTotal",
        value: "",
        where: { file: FILE, sheet: SUMMARY, cell: a1(total, 2) },
      }),
      expect.objectContaining({
        code: "formula-overwritten",
        name: "ConsensusVerdict",
        value: "",
        where: { file: FILE, sheet: SUMMARY, cell: a1(verdict, 2) },
      }),
    ]);
  });
});

describe("consensusTamperProblems recomputes the cached values", () => {
  test("the untouched workbook, with the values its formulas compute, raises nothing", () => {
    const { result, model } = group();
    expect(consensusTamperProblems(gridOf(model), result, FILE, FIRST, "2")).toEqual([]);
    expect(consensusTamperProblems(gridOf(model), result, FILE, FIRST)).toEqual([]);
  });

  test("each subtotal is its table's exact sum: a cached value off by 0.01 is stale, named and recomputed", () => {
    const { result, model } = group();
    const wb = evaluateModel(model);
    const rows = result.tables.map((t) => labelRow(model, SUMMARY, t.id));
    const sums = rows.map((row) => wb.value(SUMMARY, row, 2) as number);
    wb.destroy();
    const edits = rows.map((row, k) => ({
      sheet: SUMMARY,
      row,
      col: 2,
      value: sums[k]! + 0.01,
      formula: formulaAt(model, SUMMARY, row, 2),
    }));
    const problems = consensusTamperProblems(gridOf(model, edits), result, FILE, FIRST, "2");
    expect(problems).toEqual(
      result.tables.map((t, k) =>
        expect.objectContaining({
          code: "cached-mismatch",
          name: `Subtotal_${t.id.replace(".", "")}`,
          recomputed: sums[k],
          where: { file: FILE, sheet: SUMMARY, cell: a1(rows[k]!, 2) },
        })
      )
    );
  });

  test("an exact cell's cached value within 1e-6 of the recomputed one is not stale; 1e-6 + 2e-9 off is", () => {
    const { result, model } = group();
    // An item all three experts agree on: its spread is 0; and the total, which is not 0.
    const agreed = result.items.find((i) => i.min === i.max)!;
    const row = itemRow(model, ITEMS, agreed.id);
    const col = headerCol(model, ITEMS, "极差");
    const formula = formulaAt(model, ITEMS, row, col);
    const at = (value: number) =>
      consensusTamperProblems(
        gridOf(model, [{ sheet: ITEMS, row, col, value, formula }]),
        result,
        FILE,
        FIRST,
        "2"
      );
    expect(at(1e-6)).toEqual([]);
    expect(at(1e-6 + 1e-9)).toEqual([]);
    expect(at(-(1e-6 + 1e-9))).toEqual([]);
    expect(at(1e-6 + 2e-9)).toEqual([
      expect.objectContaining({
        code: "cached-mismatch",
        name: `ConsensusSpread:${agreed.id}`,
        recomputed: 0,
        where: { file: FILE, sheet: ITEMS, cell: a1(row, col) },
      }),
    ]);
  });
});

describe("consensusTamperProblems accepts the formulas of the workbook's own edition", () => {
  /** A cell whose formula edition 1 wrote otherwise than today's edition, with edition 1's text. */
  function earlierCell(result: MergeResult, model: WorkbookModel): Edit {
    const old = buildConsensusWorkbook(
      result,
      { workbookId: "-", createdAt: "-", generator: "-", kind: "consensus" },
      {},
      [],
      "1"
    );
    for (const s of model.sheets)
      for (const c of s.cells) {
        if (c.content.kind !== "formula") continue;
        const was = old.sheets
          .find((x) => x.name === s.name)
          ?.cells.find((x) => x.row === c.row && x.col === c.col)?.content;
        if (was?.kind === "formula" && was.formula !== c.content.formula)
          return { sheet: s.name, row: c.row, col: c.col, value: undefined, formula: was.formula };
      }
    throw new Error("no formula differs between editions 1 and 2");
  }

  test("one that records edition 2 refuses edition 1's formula", () => {
    const { result, model } = group();
    const edit = earlierCell(result, model);
    const problems = consensusTamperProblems(gridOf(model, [edit]), result, FILE, FIRST, "2");
    expect(problems).toEqual([
      expect.objectContaining({
        code: "formula-changed",
        found: `=${edit.formula!}`,
        where: { file: FILE, sheet: edit.sheet, cell: a1(edit.row, edit.col) },
      }),
    ]);
  });

  test("one that records no edition accepts edition 1's formula, as one that records edition 1 does", () => {
    const { result, model } = group();
    const edit = earlierCell(result, model);
    expect(consensusTamperProblems(gridOf(model, [edit]), result, FILE, FIRST)).toEqual([]);
    expect(consensusTamperProblems(gridOf(model, [edit]), result, FILE, FIRST, "1")).toEqual([]);
  });
});
