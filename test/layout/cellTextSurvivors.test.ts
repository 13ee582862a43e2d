/**
 * src/layout/cellText.ts by hand-built models (README: Inputs): a text no cell can hold as written is named by its
 * sheet, cell and column header, or, in a table sheet's note cell, by its line or item as the engine names it; texts
 * fitted or cut on purpose fit as written and never split a surrogate pair; assertWritable refuses a model so.
 */
import { CELL_TEXT_LIMIT } from "../../src/engine";
import { UnwritableTextError, assertWritable, modelTextProblems } from "../../src/layout";
import { chunkText, fitText } from "../../src/layout/cellText";
import type { ColumnModel, SheetKind, SheetModel } from "../../src/layout/model";
import { COL, COLUMNS } from "../../src/layout/tableColumns";
import { indexStandard } from "../../src/standard";
import type { DeductionItemDef } from "../../src/standard";

/** A sheet holding only the given text cells: [row, col, text]. */
const sheet = (
  name: string,
  kind: SheetKind,
  cells: readonly (readonly [number, number, string])[],
  columns: readonly ColumnModel[] = []
): SheetModel => ({
  name,
  kind,
  state: "visible",
  columns,
  rowHeights: new Map(),
  cells: cells.map(([row, col, text]) => ({
    row,
    col,
    content: { kind: "text", text },
    style: "header",
    locked: true,
  })),
  merges: [],
  validations: [],
  conditionalFormats: [],
  protect: false,
  charts: [],
});
const problems = (...sheets: SheetModel[]) => modelTextProblems({ sheets });

/** A deduction item with two lines or more, and its first line (whose note cell holds the item note too). */
const item = [...indexStandard().items.values()].find(
  (i): i is DeductionItemDef => i.kind === "deduction" && i.lines.length > 1
)!;
const line = item.lines[0]!.id;
const limit = CELL_TEXT_LIMIT;
const long = "长".repeat(40000);
/** `_x41_` is written `_x005F_x41_`: 5 characters typed, 11 written. */
const escaped = "_x41_".repeat(7000);

describe("a cell outside a table's note column is named by sheet, cell and header", () => {
  it.each<[string, SheetModel, object[]]>([
    [
      "a plain text under a header",
      sheet(
        "封面",
        "cover",
        [[4, 1, long]],
        [
          { header: "项目", width: 9 },
          { header: "内容", width: 9 },
        ]
      ),
      [{ code: "text-too-long", field: "封面!B5（内容）", length: 40000, limit }],
    ],
    [
      "an escaped text in a column without header, with its typed length",
      sheet("封面", "cover", [[1, 5, escaped]]),
      [{ code: "text-too-long", field: "封面!F2", length: 77000, limit, typed: 35000 }],
    ],
    [
      "a note column cell of a sheet that is no table, beside a line id",
      sheet("共识", "consensus", [
        [2, COL.id, line],
        [2, COL.note, long],
      ]),
      [{ code: "text-too-long", field: "共识!H3", length: 40000, limit }],
    ],
    [
      "a table sheet's 评价要求 cell on a line's row",
      sheet(
        "A.1",
        "table",
        [
          [3, COL.id, line],
          [3, COL.requirement, long],
        ],
        COLUMNS("得分")
      ),
      [{ code: "text-too-long", field: "A.1!C4（评价要求）", length: 40000, limit }],
    ],
    ["a text that fits", sheet("封面", "cover", [[0, 0, "长".repeat(limit)]]), []],
  ])("%s", (_, s, expected) => {
    expect(problems(s)).toEqual(expected);
  });
});

describe("a table sheet's note cell is named as the engine names the notes", () => {
  const noteCell = (id: string, text: string) =>
    sheet(
      "表",
      "table",
      [
        [5, COL.id, id],
        [5, COL.note, text],
      ],
      COLUMNS("得分")
    );
  /** 【本项】 item, then a line break and 【本行】 line: 4 + item + 1 + 4 + line characters. */
  const both = (i: string, l: string) => `【本项】${i}\n【本行】${l}`;
  it.each<[string, string, string, object]>([
    [
      "an item note too long alone names the item, with its own length",
      line,
      both(long, "行说明"),
      { field: `${item.id} 扣分说明`, length: 40000 },
    ],
    [
      "a line note too long alone names the line, with its own length",
      line,
      both("项", long),
      { field: `${line} 扣分说明`, length: 40000 },
    ],
    [
      "an item note of exactly the limit alone, which its mark takes over, is named as the engine names it",
      line,
      `【本项】${"项".repeat(limit)}`,
      { field: `${item.id} 扣分说明`, length: limit + 4, sharedWith: line, markOnly: true },
    ],
    [
      "an escaped item note too long alone gives both its lengths",
      line,
      both(escaped, "行"),
      { field: `${item.id} 扣分说明`, length: 77000, typed: 35000 },
    ],
    [
      "a line id the standard does not know: the whole cell, named by the line id",
      "X.9",
      both(long, "行"),
      { field: "X.9 扣分说明", length: 40010 },
    ],
    [
      "a line id the standard does not know, a line note of exactly the limit: the whole cell",
      "X.9",
      both("项", "行".repeat(limit)),
      { field: "X.9 扣分说明", length: limit + 10 },
    ],
  ])("%s", (_, id, text, named) => {
    expect(problems(noteCell(id, text))).toEqual([{ code: "text-too-long", ...named, limit }]);
  });
});

describe("fitText and chunkText", () => {
  it("fitText returns a text of exactly the limit as written as it is", () => {
    const text = "长".repeat(limit);
    expect(fitText(text, () => "…")).toBe(text);
  });

  it.each<[string, string, number, string[]]>([
    ["nothing", "", 4, []],
    ["plain characters", "abc", 2, ["ab", "c"]],
    ["a unit costing more than the size, alone", "\u0001b", 3, ["\u0001", "b"]],
    ["a pair the size would split", "a😀b", 2, ["a", "😀", "b"]],
    ["the first high surrogate, U+D800", "a\uD800\uDC00", 2, ["a", "\uD800\uDC00"]],
    ["the last high surrogate, U+DBFF", "a\uDBFF\uDFFF", 2, ["a", "\uDBFF\uDFFF"]],
    ["a lone high surrogate ending the text, which is no pair", "ab\uD83D", 3, ["ab\uD83D"]],
  ])("chunkText: %s", (_, text, size, chunks) => {
    expect(chunkText(text, size)).toEqual(chunks);
  });
});

describe("assertWritable", () => {
  const ok = sheet("封面", "cover", [[0, 0, "短"]]);
  const bad = sheet(
    "封面",
    "cover",
    [
      [4, 1, long],
      [5, 5, escaped],
    ],
    [
      { header: "项目", width: 9 },
      { header: "内容", width: 9 },
    ]
  );

  it("lets a model whose texts all fit pass", () => {
    expect(() => assertWritable({ sheets: [ok] }, { sheets: [ok] })).not.toThrow();
  });

  it("throws UnwritableTextError naming every field of every model, writing nothing", () => {
    let thrown: unknown;
    try {
      assertWritable({ sheets: [ok] }, { sheets: [bad] });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UnwritableTextError);
    const error = thrown as UnwritableTextError;
    expect(error.name).toBe("UnwritableTextError");
    expect(error.message).toBe("text too long for a cell: 封面!B5（内容）, 封面!F6");
    expect(error.problems).toEqual([
      { code: "text-too-long", field: "封面!B5（内容）", length: 40000, limit },
      { code: "text-too-long", field: "封面!F6", length: 77000, limit, typed: 35000 },
    ]);
  });
});
