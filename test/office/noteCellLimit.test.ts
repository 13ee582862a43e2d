/**
 * The Office.js adapter refuses, as the CLI does, a note cell no workbook file can hold as written (README: Inputs):
 * an item note and its first line's note share one cell, and the `_xHHHH_` escapes a file needs count. Nothing is
 * rebuilt and no .xlsx is exported; the failure names the item and the line.
 */
import { CELL_TEXT_LIMIT } from "../../src/engine";
import { COL } from "../../src/layout";
import { joinNotes } from "../../src/layout/notes";
import { indexStandard } from "../../src/standard";
import type { DeductionItemDef } from "../../src/standard";
import { cellOf, must, setup, uninstallOffice } from "./helpers";

afterAll(uninstallOffice);

const index = indexStandard();
const item = [...index.items.values()].find(
  (i): i is DeductionItemDef => i.kind === "deduction" && i.lines.length > 1
)!;
const line = item.lines[0]!.id;
const sheet = [...index.tables.values()].find((t) => t.items.some((i) => i.id === item.id))!.id;
/** The two marks and the line break the shared cell adds to the two notes. */
const JOIN = joinNotes("a", "b").length - 2;

/** A scoresheet whose first line's note cell of `item` holds `text`, typed in the host. */
async function withNoteCell(text: string) {
  const s = setup();
  must(await s.adapter.writeScoresheet({ organization: "示例市" }));
  const cell = cellOf(s.host, sheet, line, COL.note);
  s.host.typeValue(sheet, cell, text);
  return { ...s, cell };
}

describe("the adapter and a shared note cell too long as written", () => {
  test("fits the host as typed, not a file as written: rebuild and export refused, naming both", async () => {
    // 27,009 characters in the host; the line note's `_x41_` escapes take the cell to 35,409 as written.
    const text = joinNotes("项".repeat(20000), "_x41_".repeat(1400));
    expect(text.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    const { host, adapter, cell } = await withNoteCell(text);
    const shared = {
      code: "text-too-long",
      field: `${item.id} 扣分说明`,
      length: text.length + 1400 * 6,
      limit: CELL_TEXT_LIMIT,
      sharedWith: line,
    };

    const rebuilt = await adapter.writeScoresheet({ organization: "别的市" });
    expect(!rebuilt.ok && rebuilt.failure).toEqual({ kind: "unwritable-text", problems: [shared] });
    expect(host.getValues(sheet, cell)[0]![0]).toBe(text);
    expect(must(await adapter.inspect()).meta.organization).toBe("示例市");

    const exported = await adapter.exportXlsx();
    expect(!exported.ok && exported.failure).toEqual({
      kind: "unwritable-text",
      problems: [shared],
    });
  });

  test("20,000 + 20,000 characters in the cell: refused, as the CLI refuses them", async () => {
    const { adapter } = await withNoteCell(joinNotes("项".repeat(20000), "行".repeat(20000)));
    const rebuilt = await adapter.writeScoresheet({});
    expect(!rebuilt.ok && rebuilt.failure).toMatchObject({
      kind: "unwritable-text",
      problems: [{ code: "text-too-long", field: `${item.id} 扣分说明`, sharedWith: line }],
    });
    const exported = await adapter.exportXlsx();
    expect(!exported.ok && exported.failure).toMatchObject({ kind: "unwritable-text" });
  });

  test("a cell of exactly 32,767 characters as written is rebuilt and exported", async () => {
    const text = joinNotes("项".repeat(20000), "行".repeat(CELL_TEXT_LIMIT - 20000 - JOIN));
    expect(text.length).toBe(CELL_TEXT_LIMIT);
    const { host, adapter, cell } = await withNoteCell(text);
    must(await adapter.writeScoresheet({}));
    expect(host.getValues(sheet, cell)[0]![0]).toBe(text);
    expect(must(await adapter.exportXlsx())).toBeInstanceOf(Uint8Array);
  });
});
