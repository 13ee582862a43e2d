/**
 * The hostile roll-up (streamingHostile.test.ts) through LibreOffice: both writers' packages open, and every
 * organization and refused file name comes back as the text it was (never a formula, number or date), after
 * LibreOffice saves the workbook again as .xlsx.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { REFUSED_SHEET, buildRollup, buildRollupWorkbook } from "../../src/rollup";
import type { RollupUnit } from "../../src/rollup";
import { UNITS_FIRST_ROW, UNITS_SHEET, U } from "../../src/rollup/unitsSheet";
import { writeXlsx } from "../../src/writers/xlsx";
import type { XlsxWriteMode } from "../../src/writers/xlsx/writeXlsx";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";

/**
 * streamingHostile.test.ts's names but those LibreOffice itself changes when it saves (CR as LF, C0 controls as rich
 * text, U+FFFE as a lower-case `_xfffe_` that ExcelJS does not decode): whatever looks like markup, a formula, a
 * number or a date, spaces, emoji, right-to-left text, ECMA-376 escapes and Excel's longest text.
 */
const NAMES: readonly string[] = [
  `<b>&"'单位</b>`,
  "a]]>b",
  "=1+1",
  '=HYPERLINK("http://x","y")',
  "+86 街道",
  "-1",
  "@SUM(A1)",
  " 前导空格",
  "尾随空格 ",
  "\u3000全角空格\u3000",
  "两行\n名称",
  "制表\t符",
  "表情😀𠀀𝄞",
  "עברית عربي",
  "0012",
  "1e5",
  "2026-01-01",
  "TRUE",
  "#N/A",
  "50%",
  "  ",
  "__proto__",
  "_x0041_",
  "file_x00_y",
  "_x005F_",
  "满".repeat(32_767),
];

const soffice = requireProgram("soffice", "LibreOffice opens the hostile roll-up of both writers");
const maybe = soffice ? describe : describe.skip;

const unit = (i: number, organization: string): RollupUnit => ({
  file: `returns/${i}/${organization}.xlsx`,
  sha256: "ab".repeat(32),
  organization,
  level: "county",
  date: "2026-11-01",
  kind: "single",
  experts: 1,
  tables: (["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7"] as const).map((id) => ({
    id,
    exact: "10",
  })),
  exactTotal: "70",
  verdict: "不合格",
  losses: new Map(),
});

const MODES: readonly XlsxWriteMode[] = ["document", "streaming"];

maybe("the hostile roll-up through LibreOffice", () => {
  const model = buildRollupWorkbook(
    buildRollup(
      NAMES.map((n, i) => unit(i, n)),
      NAMES.map((n) => ({
        file: n,
        reasons: ["不是评分表"],
        reasonsEn: ["not a scoresheet"],
      }))
    )
  );
  const saved = new Map<XlsxWriteMode, ExcelJS.Workbook>();

  beforeAll(async () => {
    const dir = outputDir("rollup-hostile");
    const files = await Promise.all(
      MODES.map(async (mode) => {
        const file = path.join(dir, `hostile-${mode}.xlsx`);
        fs.writeFileSync(file, await writeXlsx(model, mode));
        return file;
      })
    );
    const converted = libreOfficeConvert(soffice!, files, "xlsx", path.join(dir, "saved"));
    for (const [k, mode] of MODES.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(converted[k]!);
      saved.set(mode, wb);
    }
  }, 240000);

  /** A cell as LibreOffice saved it: its text, or a description of what else it became. */
  const shown = (v: ExcelJS.CellValue): string => {
    if (typeof v === "string") return v;
    if (v !== null && typeof v === "object" && "richText" in v)
      return v.richText.map((r) => r.text).join("");
    return `not text: ${JSON.stringify(v)}`;
  };

  it.each(MODES)("%s writer: every organization and refused file stays its text", (mode) => {
    const wb = saved.get(mode)!;
    const units = wb.getWorksheet(UNITS_SHEET)!;
    const refused = wb.getWorksheet(REFUSED_SHEET)!;
    const wrong = NAMES.flatMap((name, k) => {
      const want = name;
      const got = [
        units.getCell(UNITS_FIRST_ROW + k + 1, U.organization + 1).value,
        refused.getCell(3 + k, 1).value,
      ];
      return got
        .filter((v) => shown(v) !== want)
        .map((v) => [k, JSON.stringify(want).slice(0, 40), JSON.stringify(v).slice(0, 40)]);
    });
    expect(wrong).toEqual([]);
  });
});
