/**
 * What consensusTamper.ts's surviving mutants (lines 175 on, test/mutation/merge-documents.json) left unpinned,
 * checked on the function itself with a grid built from the consensus model (no ExcelJS round trip):
 * - a workbook of an earlier formula edition is compared with that edition's texts (the one it records, or any
 *   when it records none), and another formula is still refused;
 * - a cell's role: the 共识汇总 labels, and the fallback name of a formula cell no role covers;
 * - cached values: blank (null) or right is no warning; more than STALE_LISTED stale cells list STALE_LISTED;
 * - a changed constant drops the stale-result warnings but keeps the tamper errors; each constant's role;
 * - an older layout (before the deliberation columns): only constants where a figure's formula belongs.
 * Each test builds what it checks (README, Mutation testing).
 */
import type { LocatedProblem } from "../../src/engine";
import type { GridSource, GridValue, WorkbookModel } from "../../src/layout";
import { FORMULA_EDITION } from "../../src/layout";
import { buildConsensusWorkbook, consensusColumns } from "../../src/merge/consensusLayout";
import type { MergeResult } from "../../src/merge";
import type { olderLayoutProblems as OlderLayoutProblems } from "../../src/merge/consensusTamper";
import { STALE_LISTED, consensusTamperProblems } from "../../src/merge/consensusTamper";
import { modelCellValue } from "../support/editableGrid";
import { consensusOf, groupOf, itemRow, labelRow } from "./deliberationSupport";

const FILE = "c.xlsx";
const SUMMARY = "共识汇总";
const ITEMS = "共识";
const NAMES = ["甲", "乙", "丙"];

type Key = `${string}|${number}|${number}`;
const key = (sheet: string, row: number, col: number): Key => `${sheet}|${row}|${col}`;

/** Cell edits: a value (a constant, or a formula cell's cached result) and a formula (null: none, a constant). */
interface Edits {
  readonly values?: ReadonlyMap<Key, GridValue>;
  readonly formulas?: ReadonlyMap<Key, string | null>;
}

/** A grid showing the model as written (formulas with no cached value), with cells edited. */
function modelGrid(model: WorkbookModel, edits: Edits = {}): GridSource {
  const byName = new Map(model.sheets.map((s) => [s.name, s]));
  const formulaAt = (sheet: string, row: number, col: number): string | undefined => {
    const cell = byName.get(sheet)?.cells.find((c) => c.row === row && c.col === col);
    return cell?.content.kind === "formula" ? cell.content.formula.replace(/^=/, "") : undefined;
  };
  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    rowCount: (s) => Math.max(0, ...(byName.get(s)?.cells ?? []).map((c) => c.row + 1)),
    cell: (s, r, c) => {
      const k = key(s, r, c);
      return edits.values?.has(k) ? edits.values.get(k) : modelCellValue(byName.get(s), r, c);
    },
    formula: (s, r, c) => {
      const k = key(s, r, c);
      if (edits.formulas?.has(k)) return edits.formulas.get(k) ?? undefined;
      return formulaAt(s, r, c);
    },
  };
}

/** The group's consensus (three experts losing 0, 5 and 10 points) and where its cells are. */
function setUp() {
  const { result, model } = consensusOf(groupOf(NAMES, [0, 5, 10]));
  const first = itemRow(model, ITEMS, result.items[0]!.id);
  const c = consensusColumns(NAMES.length);
  const summaryRow = (label: string) => labelRow(model, SUMMARY, label);
  return { result, model, first, c, summaryRow };
}

const check = (
  grid: GridSource,
  result: MergeResult,
  first: number,
  ...stamp: [string | undefined] | []
): LocatedProblem[] =>
  consensusTamperProblems(grid, result, FILE, first, stamp.length ? stamp[0] : FORMULA_EDITION);

/** The model of an earlier formula edition, as an earlier gridscore wrote it. */
const editionModel = (result: MergeResult, edition: "1" | "2"): WorkbookModel =>
  buildConsensusWorkbook(
    result,
    {
      workbookId: "wb-c",
      createdAt: "2026-11-28T08:00:00.000Z",
      generator: "test",
      kind: "consensus",
    },
    {},
    [],
    edition
  );

describe("formula editions", () => {
  /** Edition 1's formulas where they differ from today's (the 评议检查 column). */
  function edition1Formulas(result: MergeResult, model: WorkbookModel): Map<Key, string> {
    const old = editionModel(result, "1");
    const out = new Map<Key, string>();
    for (const s of old.sheets)
      for (const cell of s.cells) {
        if (cell.content.kind !== "formula") continue;
        const now = model.sheets
          .find((x) => x.name === s.name)!
          .cells.find((x) => x.row === cell.row && x.col === cell.col);
        if (now?.content.kind === "formula" && now.content.formula !== cell.content.formula)
          out.set(key(s.name, cell.row, cell.col), cell.content.formula.replace(/^=/, ""));
      }
    return out;
  }

  test.each<[string, string | undefined]>([
    ["records edition 1", "1"],
    ["records no edition", undefined],
  ])("a workbook that %s holding edition 1's formulas passes", (_, stamp) => {
    const { result, model, first, c } = setUp();
    const old = edition1Formulas(result, model);
    // The 评议检查 formula of every item changed between the editions.
    expect([...old.keys()]).toContain(key(ITEMS, first, c.check));
    expect(old.size).toBeGreaterThanOrEqual(result.items.length);
    expect(check(modelGrid(model, { formulas: old }), result, first, stamp)).toEqual([]);
  });

  test("a workbook that records today's edition holding edition 1's formulas is refused at each", () => {
    const { result, model, first, c } = setUp();
    const old = edition1Formulas(result, model);
    const problems = check(modelGrid(model, { formulas: old }), result, first, FORMULA_EDITION);
    expect(problems).toHaveLength(old.size);
    expect(problems).toContainEqual({
      code: "formula-changed",
      name: `ConsensusCheck:${result.items[0]!.id}`,
      found: `=${old.get(key(ITEMS, first, c.check))!}`,
      consensus: true,
      where: { file: FILE, sheet: ITEMS, cell: `R${first + 1}` },
    });
  });

  test.each<[string, string | undefined]>([
    ["records no edition", undefined],
    ["records edition 1", "1"],
  ])("a workbook that %s with a formula of no edition is refused", (_, stamp) => {
    const { result, model, first, summaryRow } = setUp();
    const row = summaryRow("合计");
    const grid = modelGrid(model, { formulas: new Map([[key(SUMMARY, row, 2), "SUM(C4:C9)"]]) });
    expect(check(grid, result, first, stamp)).toEqual([
      {
        code: "formula-changed",
        name: "ConsensusTotal",
        found: "=SUM(C4:C9)",
        consensus: true,
        where: { file: FILE, sheet: SUMMARY, cell: `C${row + 1}` },
      },
    ]);
  });
});

describe("the name of an overwritten cell", () => {
  test.each<[string, string]>([
    ["需讨论", "ConsensusDiscuss"],
    ["评议错误", "ConsensusReviewErrors"],
    ["结论（定稿）", "ConsensusFinalVerdict"],
    ["合计", "ConsensusTotal"],
  ])("共识汇总's %s cell is %s", (label, name) => {
    const { result, model, first, summaryRow } = setUp();
    const at = key(SUMMARY, summaryRow(label), 2);
    const grid = modelGrid(model, { formulas: new Map([[at, null]]), values: new Map([[at, 7]]) });
    expect(check(grid, result, first)).toEqual([
      {
        code: "formula-overwritten",
        name,
        value: "7",
        consensus: true,
        where: { file: FILE, sheet: SUMMARY, cell: `C${summaryRow(label) + 1}` },
      },
    ]);
  });

  test("a formula cell no role covers (the items said to start a row lower) is a ConsensusFormula", () => {
    const { result, model, first, c } = setUp();
    const at = key(ITEMS, first, c.consensus);
    const grid = modelGrid(model, { formulas: new Map([[at, null]]), values: new Map([[at, 0]]) });
    expect(check(grid, result, first + 1)).toEqual([
      {
        code: "formula-overwritten",
        name: "ConsensusFormula",
        value: "0",
        consensus: true,
        where: { file: FILE, sheet: ITEMS, cell: `H${first + 1}` },
      },
    ]);
  });
});

describe("cached values", () => {
  test("a blank cached value (null) or the recomputed one is no warning; another is", () => {
    const { result, model, first, summaryRow } = setUp();
    const total = key(SUMMARY, summaryRow("合计"), 2);
    // 495 − mean(0, 5, 10)
    expect(result.exactTotal).toBe("490");
    for (const v of [null, 490, 490.0000001])
      expect(check(modelGrid(model, { values: new Map([[total, v]]) }), result, first)).toEqual([]);
    expect(check(modelGrid(model, { values: new Map([[total, 491]]) }), result, first)).toEqual([
      {
        code: "cached-mismatch",
        name: "ConsensusTotal",
        cached: 491,
        recomputed: 490,
        where: { file: FILE, sheet: SUMMARY, cell: `C${summaryRow("合计") + 1}` },
      },
    ]);
  });

  test(`more than ${STALE_LISTED} stale cells: the first ${STALE_LISTED} are listed`, () => {
    const { result, model, first, c } = setUp();
    const stale = new Map<Key, GridValue>();
    for (let k = 0; k < STALE_LISTED + 2; k++) stale.set(key(ITEMS, first + k, c.consensus), 999);
    const problems = check(modelGrid(model, { values: stale }), result, first);
    expect(problems).toHaveLength(STALE_LISTED);
    expect(problems.map((p) => p.code)).toEqual(
      Array<string>(STALE_LISTED).fill("cached-mismatch")
    );
    expect(problems.map((p) => p.where?.cell)).toEqual(
      Array.from({ length: STALE_LISTED }, (_, k) => `H${first + k + 1}`)
    );
    expect(problems[0]).toEqual({
      code: "cached-mismatch",
      name: `ConsensusItem:${result.items[0]!.id}`,
      cached: 999,
      recomputed: result.items[0]!.consensus,
      where: { file: FILE, sheet: ITEMS, cell: `H${first + 1}` },
    });
  });
});

describe("changed constants", () => {
  test("a changed cap drops the stale-result warnings, not the tamper errors", () => {
    const { result, model, first, c, summaryRow } = setUp();
    const discuss = key(SUMMARY, summaryRow("需讨论"), 2);
    const grid = modelGrid(model, {
      values: new Map<Key, GridValue>([
        [key(ITEMS, first, 3), 99],
        [key(ITEMS, first + 1, c.consensus), 999],
        [discuss, 0],
      ]),
      formulas: new Map([[discuss, null]]),
    });
    const problems = check(grid, result, first);
    expect(problems.map((p) => [p.code, p.where?.sheet, p.where?.cell])).toEqual([
      ["constant-changed", ITEMS, `D${first + 1}`],
      ["formula-overwritten", SUMMARY, `C${summaryRow("需讨论") + 1}`],
    ]);
  });

  test.each<[string, (s: ReturnType<typeof setUp>) => [string, number, number], string | number]>([
    ["status-conflict", (s) => [ITEMS, s.first, s.c.status], "x"],
    ["table-id", (s) => [ITEMS, s.first, 0], "A.9"],
    ["cap", (s) => [ITEMS, s.first, 3], 99],
    ["pass-mark", (s) => [SUMMARY, s.summaryRow("合格线"), 2], 250],
  ])("%s", (role, where, value) => {
    const s = setUp();
    const [sheet, row, col] = where(s);
    const problems = check(
      modelGrid(s.model, { values: new Map([[key(sheet, row, col), value]]) }),
      s.result,
      s.first
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual(
      expect.objectContaining({
        code: "constant-changed",
        role,
        found: value,
        where: expect.objectContaining({ sheet }) as unknown,
      })
    );
    if (sheet === ITEMS)
      expect(problems[0]).toEqual(expect.objectContaining({ of: s.result.items[0]!.id }));
    else expect("of" in problems[0]!).toBe(false);
  });
});

describe("an older layout (before the deliberation columns)", () => {
  async function freshOlderLayoutProblems(): Promise<typeof OlderLayoutProblems> {
    let fresh: typeof OlderLayoutProblems | undefined;
    await jest.isolateModulesAsync(async () => {
      fresh = (await import("../../src/merge/consensusTamper")).olderLayoutProblems;
    });
    return fresh!;
  }

  /** A grid of constants, with formulas at the given cells. */
  function olderGrid(
    cells: ReadonlyMap<Key, GridValue>,
    formulas: ReadonlySet<Key>,
    sheets: readonly string[]
  ): GridSource {
    return {
      sheetNames: () => sheets,
      rowCount: (s) =>
        sheets.includes(s)
          ? Math.max(
              0,
              ...[...cells.keys()]
                .filter((k) => k.startsWith(`${s}|`))
                .map((k) => Number(k.split("|")[1]) + 1)
            )
          : 0,
      cell: (s, r, c) => cells.get(key(s, r, c)),
      formula: (s, r, c) => (formulas.has(key(s, r, c)) ? "SUM(1)" : undefined),
    };
  }

  test("each figure's cell holding a constant is named; formulas, other columns and column 65 are not", async () => {
    const olderLayoutProblems = await freshOlderLayoutProblems();
    const cells = new Map<Key, GridValue>();
    const headers = ["表", "编号", "评价内容", "分值", "共识", "最低", "最高", "极差", "分歧"];
    headers.forEach((h, col) => cells.set(key(ITEMS, 2, col), h));
    cells.set(key(ITEMS, 2, 64), "共识"); // column BM: past the 64 columns looked at
    for (const row of [3, 4])
      for (let col = 4; col <= 8; col++) cells.set(key(ITEMS, row, col), row * 10 + col);
    const labels: readonly [string, number][] = [
      ["A.1", 0],
      ["A.2", 1],
      ["合计", 2],
      ["结论", 3],
      ["需讨论", 4],
      ["合计", 5], // a second 合计 row is not checked again
      ["其他", 6],
    ];
    for (const [label, row] of labels) cells.set(key(SUMMARY, row, 0), label);
    const formulas = new Set<Key>([key(ITEMS, 3, 4), key(SUMMARY, 1, 2)]);
    const rows = new Map([
      ["A.1.1", 3],
      ["A.1.2", 4],
    ]);
    const problems = olderLayoutProblems(olderGrid(cells, formulas, [SUMMARY, ITEMS]), FILE, rows, [
      "A.1",
      "A.2",
    ]);
    const at = (sheet: string, cell: string) => ({ file: FILE, sheet, cell });
    const overwritten = (name: string, value: string, where: ReturnType<typeof at>) => ({
      code: "formula-overwritten",
      name,
      value,
      consensus: true,
      where,
    });
    expect(problems).toEqual([
      overwritten("ConsensusItem:A.1.2", "44", at(ITEMS, "E5")),
      overwritten("ConsensusMin:A.1.1", "35", at(ITEMS, "F4")),
      overwritten("ConsensusMin:A.1.2", "45", at(ITEMS, "F5")),
      overwritten("ConsensusMax:A.1.1", "36", at(ITEMS, "G4")),
      overwritten("ConsensusMax:A.1.2", "46", at(ITEMS, "G5")),
      overwritten("ConsensusSpread:A.1.1", "37", at(ITEMS, "H4")),
      overwritten("ConsensusSpread:A.1.2", "47", at(ITEMS, "H5")),
      overwritten("Subtotal_A1", "", at(SUMMARY, "C1")),
      overwritten("ConsensusTotal", "", at(SUMMARY, "C3")),
      overwritten("ConsensusVerdict", "", at(SUMMARY, "C4")),
      overwritten("ConsensusDiscuss", "", at(SUMMARY, "C5")),
    ]);
  });
});
