/**
 * No row is taller than Excel takes (409 pt): a wrapped text of many lines (a long 扣分说明, a long organization
 * name in a roll-up) asks for more, and Excel repairs such a file while Office.js refuses the height. The layout
 * caps it (SheetBuilder.height), so every writer writes what the model holds.
 */
import * as fs from "fs";
import * as path from "path";
import type { Evaluation } from "../../src/engine";
import { MAX_ROW_HEIGHT, buildScoresheet } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import { SheetBuilder } from "../../src/layout/builder";
import { buildRollup, buildRollupWorkbook } from "../../src/rollup";
import { rollupUnit } from "../support/rollupUnits";

const EXAMPLE = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "examples", "evaluation.json"), "utf8")
) as Evaluation;
const identity = {
  workbookId: "heights",
  createdAt: "2026-11-30T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};

function heights(model: WorkbookModel): number[] {
  return model.sheets.flatMap((s) => [...s.rowHeights.values()]);
}

test("the builder keeps the tallest height asked for, up to 409 pt", () => {
  const b = new SheetBuilder("s", "report", [{ width: 10, header: "a" }]);
  b.height(0, 20).height(0, 30).height(0, 25);
  b.height(1, 409).height(2, 410).height(3, 5000);
  b.fitRow(4, [{ col: 0, text: "长".repeat(3000) }]);
  const sheet = b.build();
  expect([0, 1, 2, 3, 4].map((r) => sheet.rowHeights.get(r))).toEqual([30, 409, 409, 409, 409]);
  expect(MAX_ROW_HEIGHT).toBe(409);
});

test("a scoresheet with a 扣分说明 of 10,000 characters: no row over 409 pt", () => {
  const evaluation: Evaluation = {
    ...EXAMPLE,
    items: {
      ...EXAMPLE.items,
      "A.1.2": {
        lines: { "A.1.2.1": 1 },
        notes: { "A.1.2.1": "机构图未含标准化机构，".repeat(1000) },
      },
    },
  };
  const all = heights(buildScoresheet({ evaluation, identity }));
  expect(Math.max(...all)).toBe(MAX_ROW_HEIGHT);
});

test("a roll-up of a unit with a 5,000-character name: no row over 409 pt", () => {
  const unit = rollupUnit({
    file: `${"很长的文件夹/".repeat(200)}单位.xlsx`,
    sha256: "ab".repeat(32),
    organization: "某某市某某区某某街道网格化服务管理中心".repeat(250),
  });
  const all = heights(buildRollupWorkbook(buildRollup([unit], [])));
  expect(all.length).toBeGreaterThan(0);
  expect(Math.max(...all)).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
});
