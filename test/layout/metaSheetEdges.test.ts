/**
 * The identity sheet (src/layout/metaSheet.ts): a very hidden sheet of key/value rows that survives email, WPS
 * and LibreOffice. Its entries in sheet order, a consensus workbook's extra entries after them, and the layout
 * versions a reader accepts.
 */
import { STANDARD, activeEdition, templateFingerprint } from "../../src/standard";
import {
  LAYOUT_VERSION,
  META_SHEET,
  READABLE_LAYOUTS,
  WORKBOOK_FORMAT,
  metaEntries,
} from "../../src/layout";
import type { MetaKey } from "../../src/layout";
import { buildMetaSheet } from "../../src/layout/metaSheet";
import { modelCellValue } from "../support/editableGrid";

const IDENTITY = {
  workbookId: "4f1c",
  createdAt: "2026-11-30T08:00:00Z",
  generator: "gridscore 1.0",
  kind: "consensus",
} as const;

const ENTRIES = (evaluator: string): [string, string][] => [
  ["format", "gridscore-workbook/1"],
  ["layout", "2"],
  ["kind", "consensus"],
  ["standard", "T/CSSG 001.5-2020 / T/CA 007.5-2020"],
  ["standardVersion", STANDARD.version],
  ["fingerprint", templateFingerprint()],
  ["workbookId", "4f1c"],
  ["evaluator", evaluator],
  ["createdAt", "2026-11-30T08:00:00Z"],
  ["generator", "gridscore 1.0"],
  ["edition", "t-cssg-001.5-2020"],
  ["formulas", "2"],
];

test("the constants a reader checks", () => {
  expect([META_SHEET, WORKBOOK_FORMAT, LAYOUT_VERSION]).toEqual([
    "_gridscore",
    "gridscore-workbook/1",
    "2",
  ]);
  expect(READABLE_LAYOUTS).toEqual(["1", "2"]);
  expect(activeEdition().key).toBe("t-cssg-001.5-2020");
});

test.each<[string, [MetaKey, string][]]>([
  ["张三", []],
  [
    "",
    [
      ["method", "trimmed-mean"],
      ["inputs", "3"],
    ],
  ],
])("evaluator %p with extra entries %p", (evaluator, extra) => {
  expect(metaEntries(IDENTITY, evaluator)).toEqual(ENTRIES(evaluator));
  // Without extra entries, the default is taken.
  const sheet =
    extra.length === 0
      ? buildMetaSheet(IDENTITY, evaluator)
      : buildMetaSheet(IDENTITY, evaluator, extra);
  const rows = [...ENTRIES(evaluator), ...extra];
  expect(rows.map((_, r) => [modelCellValue(sheet, r, 0), modelCellValue(sheet, r, 1)])).toEqual(
    rows
  );
  expect(sheet.cells).toHaveLength(rows.length * 2);
  expect(new Set(sheet.cells.map((c) => c.style))).toEqual(new Set(["hidden"]));
  expect([sheet.name, sheet.kind, sheet.state, sheet.protect]).toEqual([
    "_gridscore",
    "meta",
    "veryHidden",
    true,
  ]);
  expect(sheet.columns.map((c) => [c.header, c.width])).toEqual([
    ["key", 16],
    ["value", 40],
  ]);
  expect(sheet).not.toHaveProperty("print");
});
