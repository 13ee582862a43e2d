/**
 * The formula texts that tamper checks compare (scoresheet tables and 汇总, consensus 共识 and 共识汇总) belong to
 * one formula edition (metaSheet.ts FORMULA_EDITION). Changing one without a new edition makes every workbook of the
 * recorded edition read as tampered, as happened to consensus workbooks merged on 2026-11-30 (formulaEditions.test.ts).
 * This test fingerprints the texts of edition 2 for fixed inputs. When it fails after a deliberate formula change:
 * bump FORMULA_EDITION, keep the earlier edition rebuildable where a tamper check compares it (deliberation.ts shows
 * how), add it to FORMULA_EDITIONS, and record the new fingerprints here.
 */
import { createHash } from "crypto";
import { FORMULA_EDITION, SUMMARY_SHEET, buildScoresheet } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import { STANDARD } from "../../src/standard";
import { consensusOf, groupOf } from "../merge/deliberationSupport";

/** SHA-256 of every formula of the named sheets, as "sheet!row,col=formula" lines in sheet, row, column order. */
function fingerprint(model: WorkbookModel, sheets: ReadonlySet<string>): string {
  const lines: string[] = [];
  for (const sheet of model.sheets) {
    if (!sheets.has(sheet.name)) continue;
    const cells = [...sheet.cells].sort((a, b) => a.row - b.row || a.col - b.col);
    for (const c of cells)
      if (c.content.kind === "formula")
        lines.push(`${sheet.name}!${c.row},${c.col}=${c.content.formula}`);
  }
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

test(`the compared formulas are edition ${FORMULA_EDITION}'s`, () => {
  expect(FORMULA_EDITION).toBe("2");
  const scoresheet = buildScoresheet({
    identity: { workbookId: "w", createdAt: "-", generator: "-", kind: "scoresheet" },
  });
  const consensus = consensusOf(groupOf(["甲", "乙", "丙"], [0, 1, 2])).model;
  expect({
    scoresheet: fingerprint(
      scoresheet,
      new Set([...STANDARD.tables.map((t) => t.id), SUMMARY_SHEET])
    ),
    consensus: fingerprint(consensus, new Set(["共识", "共识汇总"])),
  }).toEqual({
    scoresheet: "ed06e2649710bd8cfc172a69548921981a8e1b8db8f3e0f5555fe9f248ffde19",
    consensus: "c411ce4847ed3d81ce41e38f70a14f32f02c216b583f3dced0b67774aadc4bf5",
  });
});
