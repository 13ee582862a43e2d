/**
 * Every disagreement the differential test found, as a fixed example with its right value (issue 9: "Every
 * disagreement it ever finds becomes a fixed example test"). Each is checked three ways: the reader + engine give
 * the written value, HyperFormula's evaluation of the workbook agrees with them, and so does LibreOffice's
 * recalculation (one soffice call for all of them).
 */
import * as fs from "fs";
import * as path from "path";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import type { ItemCase, Stored, WorkbookCase } from "./grammar";
import { readOk, recalculatedSide } from "./harness";
import { hfSide } from "./hfSide";
import type { RowClass, WorkbookSide } from "./oracle";
import { disagreements, engineSide, rowKey } from "./oracle";
import { targetItems } from "./targets";
import { writeCase } from "./write";

interface Example {
  readonly name: string;
  readonly item: string;
  readonly status?: Stored;
  /** Per row of the item. */
  readonly inputs?: readonly (Stored | undefined)[];
  readonly notes?: readonly (Stored | undefined)[];
  /** The row (index in the item) whose class is checked, and its class. */
  readonly row: number;
  readonly cls: RowClass;
  /** The error or warning codes the reader + engine report on that row. */
  readonly codes: readonly string[];
  readonly score: number;
  /** The row's counted deduction (deduction items). */
  readonly counted?: number;
  /** False where LibreOffice is known to differ from Excel, HyperFormula and the reader (said where). */
  readonly libreOffice?: false;
}

const n = (value: number, format?: string): Stored =>
  format === undefined ? { kind: "number", value } : { kind: "number", value, format };
const s = (text: string): Stored => ({ kind: "shared", text });
const NOTE = s("说明");

const EXAMPLES: readonly Example[] = [
  // LibreOffice's ISNUMBER(TRUE) is TRUE: it counted 1 where Excel and the reader count 0.
  ...[true, false].map((value) => ({
    name: `${String(value).toUpperCase()} in a deduction cell is not a number and counts 0`,
    item: "A.1.2",
    inputs: [{ kind: "bool", value } as const],
    notes: [NOTE],
    row: 0,
    cls: "error" as const,
    codes: ["number-as-text"],
    score: 10,
    counted: 0,
  })),
  // LibreOffice decides ISLOGICAL by the cell's format: TRUE in a %-formatted cell is 1 (100%) to it, and no
  // formula can tell them apart there. Excel, HyperFormula and the reader agree: not a number. A LibreOffice-only gap.
  {
    name: "TRUE in A.7.1 (a %-formatted cell) is not a number and scores 0",
    item: "A.7.1",
    inputs: [{ kind: "bool", value: true }],
    row: 0,
    cls: "error",
    codes: ["number-as-text"],
    score: 0,
    libreOffice: false,
  },
  // #N/A made the 检查 cell #N/A; in a status cell it made the item, the subtotal and the total #DIV/0!.
  {
    name: "#N/A in a deduction cell is an error and counts 0",
    item: "A.4.10",
    inputs: [undefined, { kind: "error", value: "#N/A" }],
    row: 1,
    cls: "error",
    codes: ["number-as-text"],
    score: 10,
    counted: 0,
  },
  {
    name: "#DIV/0! in a status cell is an invalid status; the item scores normally",
    item: "A.1.6",
    status: { kind: "error", value: "#DIV/0!" },
    inputs: [n(1)],
    notes: [NOTE],
    row: 0,
    cls: "error",
    codes: ["unknown-status"],
    score: 9,
    counted: 1,
  },
  {
    name: "#VALUE! in a level cell is an unknown level and scores 0",
    item: "A.7.3",
    inputs: [{ kind: "error", value: "#VALUE!" }],
    row: 0,
    cls: "error",
    codes: ["unknown-level"],
    score: 0,
  },
  // The engine took a typed code as the status: A.7.3 scored 10 with "na"; the workbook said 状态无效 and 0.
  {
    name: "the code 'na' typed as a status is invalid, not 不适用",
    item: "A.7.3",
    status: s("na"),
    row: 0,
    cls: "error",
    codes: ["unknown-status", "missing-value"],
    score: 0,
  },
  // Likewise a level code: 'none' typed into A.7.3 passed the engine as a valid level; 'national' would score 10.
  // The reader reports it and passes no level, so the engine adds its missing-value hint (the engine cannot tell a
  // typed code from JSON's; left to the engine's owner).
  ...["none", "national"].map((code) => ({
    name: `the code '${code}' typed as a level is an unknown level`,
    item: "A.7.3",
    inputs: [s(code)],
    row: 0,
    cls: "error" as const,
    codes: ["unknown-level", "missing-value"],
    score: 0,
  })),
  {
    name: "a status of spaces is invalid, not blank",
    item: "A.2.1",
    status: s("  "),
    row: 0,
    cls: "error",
    codes: ["unknown-status"],
    score: 10,
  },
  // The invalid status hid the beyond-cap hint and showed inputs-ignored in the workbook; the engine scores normally.
  {
    name: "an invalid status scores normally: deductions beyond the cap floor at 0",
    item: "A.2.1",
    status: s("应有未有（0分） "),
    inputs: [n(5), n(1), n(1), n(1), n(4)],
    notes: [NOTE, NOTE, NOTE, NOTE, NOTE],
    row: 0,
    cls: "error",
    codes: ["unknown-status", "beyond-cap"],
    score: 0,
    counted: 5,
  },
  // A date in a deduction cell: the workbook counted its serial, the reader read ISO text and counted 0.
  {
    name: "a date in a deduction cell counts its serial number (over the line's max)",
    item: "A.1.3",
    inputs: [{ kind: "date", iso: "2026-11-29" }],
    notes: [NOTE],
    row: 0,
    cls: "error",
    codes: ["above-line-max", "beyond-cap"],
    score: 0,
    counted: 46355,
  },
  // =0.1+0.2 is 0.3 to Excel and LibreOffice (15 digits); the engine refused it as 17 decimals.
  {
    name: "binary noise from a formula (=0.1+0.2) counts as the 0.3 a spreadsheet shows",
    item: "A.1.1",
    inputs: [undefined, undefined, { kind: "formula", formula: "0.1+0.2", cached: 0.1 + 0.2 }],
    notes: [undefined, undefined, NOTE],
    row: 2,
    cls: "ok",
    codes: [],
    score: 4.7,
    counted: 0.3,
  },
  // Excel's TRIM keeps U+3000 and line breaks: the workbook saw a note where the engine saw none.
  ...["\u3000", "\n", "\u00a0 \t"].map((note) => ({
    name: `a note of only ${JSON.stringify(note)} is missing`,
    item: "A.2.1",
    inputs: [n(1)],
    notes: [s(note)],
    row: 0,
    cls: "hint" as const,
    codes: ["missing-note"],
    score: 9,
    counted: 1,
  })),
  // The first line's note cell holding only an item note (【本项】) has no note of the line itself.
  {
    name: "an item note alone (【本项】) is not the first line's note",
    item: "A.2.1",
    inputs: [n(1)],
    notes: [s("【本项】整体说明")],
    row: 0,
    cls: "hint",
    codes: ["missing-note"],
    score: 9,
    counted: 1,
  },
  {
    name: "the first line's own note after 【本行】 is its note",
    item: "A.2.1",
    inputs: [n(1)],
    notes: [s("【本项】整体说明\n【本行】本行说明")],
    row: 0,
    cls: "ok",
    codes: [],
    score: 9,
    counted: 1,
  },
  // 7.2: an item marked 不适用 needs no notes; the workbook asked for them on every line.
  {
    name: "no note is asked for on an item marked 不适用",
    item: "A.1.2",
    status: s("不适用（满分）"),
    inputs: [undefined, n(1)],
    row: 1,
    cls: "ok",
    codes: [],
    score: 10,
    counted: 1,
  },
  // The engine settles an A.7 item marked 不适用 by its status; the workbook flagged the text typed in it as an error.
  {
    name: "text in A.7.1 marked 不适用 is only noted as not counted",
    item: "A.7.1",
    status: s("不适用（满分）"),
    inputs: [s("45%")],
    row: 0,
    cls: "hint",
    codes: ["inputs-ignored"],
    score: 20,
  },
  // The reader trimmed a level of spaces to nothing (a missing-value hint); the workbook said 请从列表中选择等级.
  {
    name: "a level of spaces is an unknown level",
    item: "A.7.4",
    inputs: [s("  ")],
    row: 0,
    cls: "error",
    codes: ["unknown-level"],
    score: 0,
  },
];

function caseOf(e: Example): WorkbookCase {
  const index = targetItems().findIndex((t) => t.def.id === e.item);
  const rows = targetItems()[index]!.rows;
  const item: ItemCase = {
    item: index,
    ...(e.status ? { status: e.status } : {}),
    inputs: rows.map((_, i) => e.inputs?.[i]),
    notes: rows.map((_, i) => e.notes?.[i]),
    merge: false,
  };
  return { items: [item] };
}

/** The example's written values against the reader + engine, then every disagreement with a workbook side. */
async function check(e: Example, side: (c: WorkbookCase) => WorkbookSide): Promise<unknown[]> {
  const c = caseOf(e);
  const engine = engineSide(await readOk(await writeCase(c), "example.xlsx"));
  const row = targetItems()[c.items[0]!.item]!.rows[e.row]!;
  const got = engine.rows.get(rowKey(row.sheet, row.row))!;
  expect({ cls: got.cls, codes: [...got.codes].sort() }).toEqual({
    cls: e.cls,
    codes: [...e.codes].sort(),
  });
  expect(engine.items.get(e.item)).toBe(e.score);
  if (e.counted !== undefined) expect(engine.counted.get(row.id)).toBe(e.counted);
  return disagreements(side(c), engine);
}

describe("every disagreement found, as a fixed example (reader + engine, HyperFormula)", () => {
  test.each(EXAMPLES.map((e) => [e.name, e] as const))("%s", async (_, e) => {
    let destroy = () => {};
    const found = await check(e, (c) => {
      const hf = hfSide(c);
      destroy = hf.destroy;
      return hf;
    });
    destroy();
    expect(found).toEqual([]);
  });
});

const LO_EXAMPLES = EXAMPLES.filter((e) => e.libreOffice !== false);

const soffice = requireProgram("soffice", "LibreOffice recalculates the fixed examples");
(soffice ? describe : describe.skip)("the fixed examples, recalculated by LibreOffice", () => {
  const dir = outputDir("differential/examples");
  let recalculated: string[] = [];

  beforeAll(async () => {
    const files: string[] = [];
    for (const [i, e] of LO_EXAMPLES.entries()) {
      const file = path.join(dir, `example-${String(i).padStart(2, "0")}.xlsx`);
      fs.writeFileSync(file, await writeCase(caseOf(e)));
      files.push(file);
    }
    recalculated = libreOfficeConvert(soffice!, files, "xlsx", path.join(dir, "recalculated"));
  });

  test.each(LO_EXAMPLES.map((e, i) => [e.name, i] as const))("%s", async (_, i) => {
    const side = await recalculatedSide(recalculated[i]!);
    expect(await check(LO_EXAMPLES[i]!, () => side)).toEqual([]);
  });
});
