/**
 * The second oracle, for the fast tier: the blank scoresheet's formulas in HyperFormula with a drawn case typed
 * into the same cells, as a WorkbookSide. HyperFormula has no cell formats, so a %-formatted number is its
 * fraction, a date its serial number; text stays text (a leading apostrophe), an error value is a formula giving it.
 */
import type { RawCellContent } from "hyperformula";
import { COL } from "../../src/layout";
import { evaluateModel } from "../support/hfWorkbook";
import type { Stored, WorkbookCase } from "./grammar";
import type { WorkbookSide } from "./oracle";
import { blankModel, targetItems } from "./targets";

const ERROR_FORMULAS: Record<"#N/A" | "#VALUE!" | "#DIV/0!", string> = {
  "#N/A": "=NA()",
  "#VALUE!": '="a"+1',
  "#DIV/0!": "=1/0",
};

/** What HyperFormula is given for a stored value. */
export function rawContent(v: Stored): RawCellContent {
  switch (v.kind) {
    case "number":
      return v.value;
    case "shared":
    case "inline":
      return `'${v.text}`;
    case "formula":
      return `=${v.formula}`;
    case "bool":
      return v.value;
    case "error":
      return ERROR_FORMULAS[v.value];
    case "date":
      return 25569 + Date.parse(`${v.iso}T00:00:00Z`) / 86400000;
  }
}

/** HyperFormula's evaluation of the blank scoresheet with the case typed in; call destroy() when done. */
export function hfSide(c: WorkbookCase): WorkbookSide & { destroy(): void } {
  const wb = evaluateModel(blankModel());
  for (const ic of c.items) {
    const item = targetItems()[ic.item]!;
    const first = item.rows[0]!.row;
    if (ic.status) wb.set(item.sheet, first, COL.status, rawContent(ic.status));
    ic.inputs.forEach((v, i) => {
      if (v && !(ic.merge && i === 1))
        wb.set(item.sheet, item.rows[i]!.row, COL.input, rawContent(v));
    });
    ic.notes.forEach((v, i) => v && wb.set(item.sheet, item.rows[i]!.row, COL.note, rawContent(v)));
  }
  const plain = (v: unknown): unknown =>
    v !== null && typeof v === "object" && "value" in v ? String(v.value) : v;
  return {
    cell: (sheet, row, col) => plain(wb.value(sheet, row, col)) ?? undefined,
    name: (name) => plain(wb.name(name)),
    destroy: () => wb.destroy(),
  };
}
