/**
 * A deduction item's note shares its first line's note cell (src/layout/notes.ts; README: The workbook):
 * "【本项】item note", then on a new line "【本行】line note". Writers join, readers split, and nothing is lost
 * either way; a cell that does not start with 【本项】 is the line's own note.
 */
import { ITEM_NOTE_MARK, LINE_NOTE_MARK, joinNotes, splitNotes } from "../../src/layout/notes";

test("the marks", () => {
  expect([ITEM_NOTE_MARK, LINE_NOTE_MARK]).toEqual(["【本项】", "【本行】"]);
});

test.each<[string | undefined, string | undefined, string, { item?: string; line?: string }]>([
  [undefined, undefined, "", {}],
  ["", undefined, "", {}],
  [undefined, "行", "行", { line: "行" }],
  ["", "行", "行", { line: "行" }],
  ["项", undefined, "【本项】项", { item: "项" }],
  ["项", "", "【本项】项", { item: "项" }],
  ["项", "行", "【本项】项\n【本行】行", { item: "项", line: "行" }],
  [
    "第一段\n第二段",
    "行一\n行二",
    "【本项】第一段\n第二段\n【本行】行一\n行二",
    { item: "第一段\n第二段", line: "行一\n行二" },
  ],
  ["项", "【本行】x", "【本项】项\n【本行】【本行】x", { item: "项", line: "【本行】x" }],
])("joinNotes(%p, %p) is %p and splits back", (item, line, cell, parts) => {
  expect(joinNotes(item, line)).toBe(cell);
  expect(splitNotes(cell)).toEqual(parts);
});

test.each<[string, { item?: string; line?: string }]>([
  ["  ", {}],
  ["\u3000", {}],
  [" 行 ", { line: " 行 " }],
  ["行【本项】x", { line: "行【本项】x" }],
  ["【本项】", { item: "" }],
  ["【本项】项【本行】行", { item: "项【本行】行" }],
  ["【本项】项\n【本行】", { item: "项", line: "" }],
  ["【本项】\n【本行】行", { item: "", line: "行" }],
])("splitNotes(%p) is %p", (cell, parts) => {
  expect(splitNotes(cell)).toEqual(parts);
});
