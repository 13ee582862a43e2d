/**
 * The grammar of what people put into a scoresheet's input cells, as a spreadsheet stores it (issue 9, "A
 * differential test that proves the kind is gone"): numbers with or without a % format, shared and inline strings,
 * formulas with and without a cached result, booleans, error values and dates; statuses, levels and notes.
 * Drawn with fast-check, biased toward the edges the workbook's formulas and the engine compare against.
 */
import fc from "fast-check";
import { shiftDecimal } from "../../src/engine";
import { LEVEL_LABELS, STATUS_LABELS } from "../../src/layout";
import type { TargetItem, TargetRow } from "./targets";
import { targetItems } from "./targets";

/** A cell's content as the .xlsx file stores it. */
export type Stored =
  | { readonly kind: "number"; readonly value: number; readonly format?: string }
  | { readonly kind: "shared"; readonly text: string }
  | { readonly kind: "inline"; readonly text: string }
  | { readonly kind: "formula"; readonly formula: string; readonly cached?: number | string }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: "#N/A" | "#VALUE!" | "#DIV/0!" }
  | { readonly kind: "date"; readonly iso: string };

/** What is typed into one item: its status, each row's input and note, and whether its inputs are merged. */
export interface ItemCase {
  /** Index into targetItems(). */
  readonly item: number;
  readonly status?: Stored;
  /** Per row of the item; undefined leaves the blank workbook's cell. */
  readonly inputs: readonly (Stored | undefined)[];
  readonly notes: readonly (Stored | undefined)[];
  /** Merge the input cells of the item's first two rows (the sheet is unprotected first). */
  readonly merge: boolean;
}

export interface WorkbookCase {
  readonly items: readonly ItemCase[];
}

/** What the generator may draw; the HyperFormula tier cannot hold a formula without a cached result apart. */
export interface GrammarOptions {
  readonly uncalculatedFormulas: boolean;
  /**
   * LibreOffice decides ISLOGICAL by the cell's format, so TRUE stored in a %-formatted cell is the number 1 to
   * it (Excel, HyperFormula and the reader: not a number). The LibreOffice tier leaves that one combination out.
   */
  readonly booleansInPercentCells: boolean;
}

const text = (t: fc.Arbitrary<string>): fc.Arbitrary<Stored> =>
  fc.tuple(fc.constantFrom<"shared" | "inline">("shared", "inline"), t).map(([kind, s]) => ({
    kind,
    text: s,
  }));

const FULL_WIDTH = (s: string): string =>
  s.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The ways a person types a number as text: plain, full-width, with Chinese/Western spaces, with a unit. */
function numberSpellings(n: number): string[] {
  const s = String(n);
  return [
    s,
    FULL_WIDTH(s),
    `${s}\u3000`,
    `\u3000${s}`,
    `${s}\u00a0`,
    ` ${s} `,
    `${s}分`,
    `${s}%`,
    `${s} %`,
    `${s}%\u3000`,
    `+${s}`,
  ];
}

/** Text that is not a number at all. */
const NOT_NUMBERS = ["", " ", "  ", "\u3000", "二", "无", "N/A", "TRUE", "-", "1,5", "=1+1"];

/** Formulas a person might type, with the result a spreadsheet computes and caches. */
function formulas(max: number): { formula: string; result: number | string }[] {
  return [
    { formula: "1+1", result: 2 },
    { formula: "0.5*3", result: 1.5 },
    { formula: "1/3", result: 1 / 3 },
    { formula: `${max}+1`, result: max + 1 },
    { formula: "10/100", result: 0.1 },
    { formula: '"2"&""', result: "2" },
    { formula: "0", result: 0 },
    { formula: "-1", result: -1 },
  ];
}

function formula(max: number, options: GrammarOptions): fc.Arbitrary<Stored> {
  return fc
    .tuple(fc.constantFrom(...formulas(max)), fc.boolean())
    .map(([f, cached]): Stored =>
      cached || !options.uncalculatedFormulas
        ? { kind: "formula", formula: f.formula, cached: f.result }
        : { kind: "formula", formula: f.formula }
    );
}

const bool: fc.Arbitrary<Stored> = fc.boolean().map((value): Stored => ({ kind: "bool", value }));

/** Values a spreadsheet stores that are neither numbers nor strings (booleans apart). */
const oddNotBool: fc.Arbitrary<Stored> = fc.oneof(
  fc.constantFrom<Stored>(
    { kind: "error", value: "#N/A" },
    { kind: "error", value: "#VALUE!" },
    { kind: "error", value: "#DIV/0!" }
  ),
  fc.constantFrom("2026-11-29", "1900-01-02", "2024-02-29").map((iso): Stored => ({
    kind: "date",
    iso,
  }))
);

const odd: fc.Arbitrary<Stored> = fc.oneof(bool, oddNotBool);

const num = (value: number, format?: string): Stored =>
  format === undefined ? { kind: "number", value } : { kind: "number", value, format };

/** A deduction line's input: numbers at and around its maximum, steps of 1, 0.5, 0.25 and 0.001, and the rest. */
function deductionInput(max: number, options: GrammarOptions): fc.Arbitrary<Stored> {
  const edges = [0, max, max + 0.5, max + 0.01, Math.max(0, max - 0.5), 0.5, 0.25, 0.01, -0.5, -1];
  const odds = [0.125, 1.005, 2.345, 1e-7, 1e6, 0.1 + 0.2];
  const value = fc.oneof(
    fc.constantFrom(...edges),
    fc.integer({ min: 0, max }),
    fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2),
    fc.integer({ min: 0, max: max * 4 }).map((n) => n / 4),
    fc.integer({ min: 0, max: max * 1000 }).map((n) => shiftDecimal(n, -3)),
    fc.constantFrom(...odds)
  );
  return fc.oneof(
    { weight: 6, arbitrary: value.map((v) => num(v)) },
    { weight: 1, arbitrary: value.map((v) => num(v, "0%")) },
    {
      weight: 3,
      arbitrary: text(
        fc.oneof(
          fc.constantFrom(0.5, 1, 2, max).chain((n) => fc.constantFrom(...numberSpellings(n))),
          fc.constantFrom(...NOT_NUMBERS)
        )
      ),
    },
    { weight: 1, arbitrary: formula(max, options) },
    { weight: 1, arbitrary: odd }
  );
}

/** The percent edges a rate or tiered cell is compared with (its tiers, 0 and 100). */
function percentEdges(item: TargetItem): number[] {
  const def = item.def;
  const mins =
    def.kind === "tiered"
      ? def.tiers.map((t) => t.min)
      : def.kind === "deduction"
        ? def.lines.flatMap((l) => (l.kind === "rate" ? l.tiers.map((t) => t.min) : []))
        : [];
  return [0, 100, ...mins];
}

/** A %-formatted cell's input: the fraction a typed percent stores, at and around every tier, and the rest. */
function percentInput(item: TargetItem, options: GrammarOptions): fc.Arbitrary<Stored> {
  const edges = percentEdges(item).flatMap((e) => [e, e - 0.01, e - 0.1, e + 0.01]);
  const percent = fc.oneof(
    fc.constantFrom(...edges),
    fc.integer({ min: 0, max: 10000 }).map((n) => shiftDecimal(n, -2)),
    fc.integer({ min: 0, max: 100 }),
    fc.constantFrom(92.555, 100.5, -1, 9250)
  );
  const fraction = percent.map((p) => shiftDecimal(p, -2));
  return fc.oneof(
    { weight: 6, arbitrary: fraction.map((v) => num(v, "0.00%")) },
    { weight: 1, arbitrary: fraction.map((v) => num(v)) },
    { weight: 1, arbitrary: fc.constantFrom(45, 92.5, 0.45).map((v) => num(v)) },
    {
      weight: 3,
      arbitrary: text(
        fc.oneof(
          fc.constantFrom(45, 92.5, 0.45).chain((n) => fc.constantFrom(...numberSpellings(n))),
          fc.constantFrom(...NOT_NUMBERS, "45%", "４５％", "92.5 %")
        )
      ),
    },
    { weight: 1, arbitrary: formula(1, options) },
    { weight: 1, arbitrary: options.booleansInPercentCells ? odd : oddNotBool }
  );
}

const ALL_LEVELS = Object.values(LEVEL_LABELS);

function levelInput(item: TargetItem): fc.Arbitrary<Stored> {
  const own =
    item.def.kind === "level" ? item.def.options.map((o) => LEVEL_LABELS[o.level]) : ALL_LEVELS;
  return fc.oneof(
    { weight: 5, arbitrary: text(fc.constantFrom(...own)) },
    {
      weight: 3,
      arbitrary: text(
        fc.oneof(
          fc.constantFrom(...ALL_LEVELS),
          fc.constantFrom(...own).map((l) => `${l} `),
          fc.constantFrom(...own).map((l) => `\u3000${l}`),
          fc.constantFrom("", " ", "国家级", "省级", "none", "national", "over10", "10")
        )
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(num(10), num(0)) },
    { weight: 1, arbitrary: odd }
  );
}

const STATUSES = Object.values(STATUS_LABELS);

const status: fc.Arbitrary<Stored> = fc.oneof(
  { weight: 6, arbitrary: text(fc.constantFrom(...STATUSES)) },
  {
    weight: 3,
    arbitrary: text(
      fc.oneof(
        fc.constantFrom(...STATUSES).map((s) => `${s} `),
        fc.constantFrom("", " ", "\u3000", "不适用", "应有未有", "na", "absent", "normal")
      )
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(num(0), num(1)) },
  { weight: 1, arbitrary: odd }
);

/** Notes: plain, blank-looking, odd Unicode (emoji, combining marks, right-to-left), item-note marks, very long. */
const note: fc.Arbitrary<Stored> = text(
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.constantFrom(
        "说明",
        "",
        " ",
        "\u3000",
        "\u00a0",
        "\n",
        "依据不足👍🏽👨‍👩‍👧",
        "e\u0301\u0302 cafe\u0301",
        "\u202eمرحبا بالعالم\u202c שלום",
        "【本项】整体说明",
        "【本项】整体说明\n【本行】本行说明",
        "【本项】",
        "a\tb"
      ),
    },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom(300, 300, 300, 32767).map((n) => "长".repeat(n)) }
  )
);

function rowInput(item: TargetItem, row: TargetRow, options: GrammarOptions): fc.Arbitrary<Stored> {
  switch (row.kind) {
    case "deduction":
      return deductionInput(row.max, options);
    case "rate":
    case "tiered":
      return percentInput(item, options);
    case "level":
      return levelInput(item);
  }
}

/** What one item gets: each row's input and note drawn or left alone, a status sometimes, a merge sometimes. */
export function itemCase(index: number, options: GrammarOptions): fc.Arbitrary<ItemCase> {
  const item = targetItems()[index]!;
  const inputs = fc.tuple(
    ...item.rows.map((r) => fc.option(rowInput(item, r, options), { nil: undefined, freq: 4 }))
  );
  const notes = fc.tuple(...item.rows.map(() => fc.option(note, { nil: undefined, freq: 2 })));
  return fc
    .record({
      status: fc.option(status, { nil: undefined, freq: 2 }),
      inputs,
      notes,
      merge:
        item.rows.length > 1
          ? fc.integer({ min: 0, max: 5 }).map((k) => k === 0)
          : fc.constant(false),
    })
    .map(({ status: s, inputs: i, notes: n, merge }) => ({
      item: index,
      ...(s ? { status: s } : {}),
      inputs: i,
      notes: n,
      merge,
    }));
}

/** A workbook carrying `size` items, each drawn independently (distinct items, so rows never collide). */
export function workbookCase(size: number, options: GrammarOptions): fc.Arbitrary<WorkbookCase> {
  const n = targetItems().length;
  return fc
    .uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: size, maxLength: size })
    .chain((indexes) => fc.tuple(...indexes.map((i) => itemCase(i, options))))
    .map((items) => ({ items }));
}
