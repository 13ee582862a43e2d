/**
 * What the differential test can type into: every item of Appendix A with the rows of its inputs in a blank
 * generated scoresheet (found by the hidden ids, never by hard-coded rows).
 */
import { STANDARD } from "../../src/standard";
import type { ItemDef, LineDef } from "../../src/standard";
import { buildScoresheet } from "../../src/layout";
import type { WorkbookIdentity, WorkbookModel } from "../../src/layout";
import { inputRows } from "../support/layoutCells";

export const IDENTITY: WorkbookIdentity = {
  workbookId: "differential",
  createdAt: "2026-11-29T00:00:00Z",
  generator: "differential-test",
  kind: "scoresheet",
};

/** One input row of a table sheet: a requirement line, or an A.7 award item's single row. */
export interface TargetRow {
  /** The line id, or the item id of an award item. */
  readonly id: string;
  readonly sheet: string;
  /** Zero-based row. */
  readonly row: number;
  /** deduction / rate lines of a deduction item; tiered / level award items. */
  readonly kind: "deduction" | "rate" | "tiered" | "level";
  /** A deduction line's maximum (0 for the others). */
  readonly max: number;
}

/** An item and its rows, in the standard's order. */
export interface TargetItem {
  readonly def: ItemDef;
  readonly sheet: string;
  readonly rows: readonly TargetRow[];
}

let blank: WorkbookModel | undefined;

/** The blank scoresheet every generated workbook starts from. */
export function blankModel(): WorkbookModel {
  return (blank ??= buildScoresheet({ identity: IDENTITY }));
}

let items: readonly TargetItem[] | undefined;

function lineKind(line: LineDef): "deduction" | "rate" {
  return line.kind;
}

/** Every item of the standard with its input rows in the blank scoresheet. */
export function targetItems(): readonly TargetItem[] {
  if (items) return items;
  const rows = inputRows(blankModel());
  const at = (id: string) => {
    const r = rows.get(id);
    if (!r) throw new Error(`no row for ${id} in the blank scoresheet`);
    return r;
  };
  items = STANDARD.tables.flatMap((t) =>
    t.items.map((def): TargetItem => {
      const targets: TargetRow[] =
        def.kind === "deduction"
          ? def.lines.map((l) => ({
              id: l.id,
              ...at(l.id),
              kind: lineKind(l),
              max: l.maxDeduction,
            }))
          : [{ id: def.id, ...at(def.id), kind: def.kind, max: 0 }];
      return { def, sheet: targets[0]!.sheet, rows: targets };
    })
  );
  return items;
}

/** Every input row of the scoresheet. */
export function targetRows(): readonly TargetRow[] {
  return targetItems().flatMap((i) => i.rows);
}
