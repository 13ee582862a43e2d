/**
 * The roll-up workbook recalculated by LibreOffice: the live formulas of 按层级汇总 (COUNTIFS, AVERAGEIFS, MEDIAN
 * over helper columns) and 分布 (COUNTIFS per bin) must give the model's figures, rounded as shown (README:
 * Numbers). The units include a consensus of thirds, a duplicate (not counted), a unit without a level and an
 * empty level. Both of the .xlsx writer's paths are recalculated: the document writer, and the streaming writer that
 * a roll-up of about 830 units or more takes (src/writers/xlsx/streamXlsx.ts), forced here on the same units.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { Fraction, round2 } from "../../src/engine";
import { writeXlsx } from "../../src/writers/xlsx";
import type { XlsxWriteMode } from "../../src/writers/xlsx/writeXlsx";
import {
  DISTRIBUTION_SHEET,
  SUMMARY_BY_LEVEL_SHEET,
  WEAKEST_SHEET,
  buildRollup,
  buildRollupWorkbook,
} from "../../src/rollup";
import type { RollupUnit } from "../../src/rollup";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { TABLE_IDS, rollupUnit } from "../support/rollupUnits";

const soffice = requireProgram(
  "soffice",
  "LibreOffice recalculates the roll-up workbook's summary formulas"
);
const maybe = soffice ? describe : describe.skip;

let n = 0;
/** The next unit, 单位n in un.xlsx, with `over`'s level or none: its whole total in A.1, a point lost on A.1.2. */
function unit(over: Partial<RollupUnit> & { exactTotal: string }): RollupUnit {
  n++;
  const total = new Fraction(over.exactTotal);
  return rollupUnit({
    file: `u${n}.xlsx`,
    sha256: "ab".repeat(32),
    organization: `单位${n}`,
    level: undefined,
    tables: TABLE_IDS.map((id, i) => ({ id, exact: i === 0 ? total.toFraction() : "0" })),
    verdict: total.compare(300) >= 0 ? "合格" : "不合格",
    losses: new Map([["A.1.2", "1"]]),
    ...over,
  });
}

const UNITS: RollupUnit[] = [
  unit({ level: "city", exactTotal: "1441/3", kind: "consensus", experts: 3 }),
  unit({ level: "city", exactTotal: "300" }),
  unit({ level: "city", exactTotal: "29999/100" }),
  unit({ level: "county", exactTotal: "701/2" }),
  unit({ level: "county", exactTotal: "901/3", kind: "consensus", experts: 5 }),
  unit({ level: "county", exactTotal: "280" }),
  unit({ level: "county", exactTotal: "495" }),
  unit({ level: "township", exactTotal: "1000/3", kind: "consensus", experts: 6 }),
  unit({ exactTotal: "325" }),
  // an earlier evaluation of 单位2: shown, not counted
  unit({ level: "city", organization: "单位2", date: "2026-09-01", exactTotal: "100" }),
];

const MODES: readonly XlsxWriteMode[] = ["document", "streaming"];

maybe.each(MODES)("roll-up workbook through LibreOffice, %s writer", (mode) => {
  const rollup = buildRollup(UNITS, [
    { file: "bad.txt", reasons: ["不是工作簿"], reasonsEn: ["not a workbook"] },
  ]);
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const dir = outputDir(`rollup-${mode}`);
    const file = path.join(dir, "rollup.xlsx");
    fs.writeFileSync(file, await writeXlsx(buildRollupWorkbook(rollup), mode));
    const [converted] = libreOfficeConvert(
      soffice!,
      [file],
      "xlsx",
      path.join(dir, "recalculated")
    );
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(converted!);
  });

  /** A cell's recalculated result (a cached 0 reads back as no result: 0 here). */
  const result = (sheet: string, ref: string): unknown => {
    const v = wb.getWorksheet(sheet)!.getCell(ref).value;
    if (v !== null && typeof v === "object" && "formula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      return r === undefined ? 0 : r;
    }
    return v;
  };
  const shown = (v: unknown): number | string => {
    if (typeof v === "number") return round2(Number(v.toPrecision(12)));
    if (v !== null && typeof v === "object" && "richText" in v)
      return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    return v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  };
  const exactShown = (x: string): number | string => (x === "" ? "" : round2(new Fraction(x)));

  test("the units are counted once each; the duplicate and the empty level are handled", () => {
    expect(rollup.units.filter((u) => u.duplicateOf !== undefined)).toHaveLength(1);
    expect(rollup.levels.map((l) => [l.level, l.count])).toEqual([
      ["city", 3],
      ["county", 4],
      ["township", 1],
      ["village", 0],
      ["none", 1],
      ["all", 9],
    ]);
  });

  test.each(["city", "county", "township", "village", "none", "all"])(
    "按层级汇总, %s: every live figure equals the model's",
    (level) => {
      const i = rollup.levels.findIndex((l) => l.level === level);
      const l = rollup.levels[i]!;
      const r = 4 + i;
      const row = ["A", "B", "C", "D", "E", "F", "G", "H"].map((c) =>
        shown(result(SUMMARY_BY_LEVEL_SHEET, `${c}${r}`))
      );
      // A formula's cached "" and a cached 0 both read back from ExcelJS as no result (0 here): for an empty
      // level the guarded figures (IF(count=0,"",…)) can only be checked to be no number but 0.
      const blank = (x: number | string) => (l.count === 0 && x === "" ? 0 : x);
      expect(row).toEqual([
        l.label,
        l.count,
        l.passed,
        blank(l.count ? round2(new Fraction(l.passed, l.count)) : ""),
        blank(exactShown(l.mean)),
        blank(exactShown(l.median)),
        blank(exactShown(l.min)),
        blank(exactShown(l.max)),
      ]);
    }
  );

  test("分布: the live count of every bin equals the model's", () => {
    const counts = rollup.distribution.map((_, k) => result(DISTRIBUTION_SHEET, `D${4 + k}`));
    expect(counts).toEqual(rollup.distribution.map((b) => b.count));
    expect(rollup.distribution.find((b) => b.from === 300)?.count).toBe(2); // 300 and 901/3 (1000/3 is in 325–350)
  });

  test("薄弱项: the share formula gives the model's share", () => {
    const first = rollup.weakest[0]!;
    expect(shown(result(WEAKEST_SHEET, "I4"))).toBe(
      round2(new Fraction(first.unitsLosing, first.units))
    );
  });
});
