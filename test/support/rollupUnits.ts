/**
 * The roll-up tests' fixtures: the hostile names a provincial office's files have carried or could, the part of
 * them LibreOffice saves unchanged, and one builder of `RollupUnit` values. A test file imports them from here,
 * never from another *.test.ts file (jest would register that file's tests a second time).
 */
import type { RefusedFile, RollupUnit } from "../../src/rollup";
import type { Level, TableId } from "../../src/standard";
import { CELL_TEXT_LIMIT } from "../../src/engine";

/** Names a provincial office's files have carried, or could. */
export const HOSTILE_NAMES: readonly string[] = [
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
  "回车\r\n换行",
  "制表\t符",
  "表情😀𠀀𝄞",
  "עברית عربي",
  "0012",
  "1e5",
  "2026-01-01",
  "TRUE",
  "#N/A",
  "50%",
  "",
  "  ",
  "\u200b",
  "a\u2028b",
  "__proto__",
  "constructor",
  // ECMA-376 escapes: Excel, LibreOffice and ExcelJS decode them (unescaped, "_x0041_" read back as "A").
  "_x0041_",
  "file_x00_y",
  "_x005F_",
  // Characters XML cannot carry: ExcelJS wrote U+FFFE as it is (an unreadable package) and dropped C0 controls.
  "控制\u0001\u0008\u000b\u001f",
  "非字符\ufffe\uffff",
  "孤立\ud800代理",
  "满".repeat(CELL_TEXT_LIMIT),
  "超".repeat(CELL_TEXT_LIMIT + 10),
  "长名称".repeat(300),
];

/**
 * Whether `name` comes back changed once LibreOffice has saved its cell again as .xlsx, whichever writer wrote it: a
 * carriage return (LibreOffice saves it as LF), a C0 control but tab and line feed (saved as rich text), U+FFFE or
 * U+FFFF (saved as a lower-case `_xfffe_` that ExcelJS does not decode), a lone surrogate (UTF-8 cannot carry it: it
 * reads back as U+FFFD), the empty name (an empty cell reads back as no value) and text over Excel's 32,767
 * characters (the writers cut it).
 */
const libreOfficeChanges = (name: string): boolean =>
  name === "" ||
  name.length > CELL_TEXT_LIMIT ||
  [...name].some((c) => {
    const cp = c.codePointAt(0) ?? 0;
    return (
      (cp < 0x20 && c !== "\t" && c !== "\n") ||
      cp === 0xfffe ||
      cp === 0xffff ||
      (cp >= 0xd800 && cp <= 0xdfff)
    );
  });

/**
 * HOSTILE_NAMES but those LibreOffice changes when it saves (libreOfficeChanges): whatever looks like markup, a
 * formula, a number or a date, spaces, line breaks (LF, U+2028), invisible and right-to-left text, emoji, names of
 * Object.prototype's keys, ECMA-376 escapes, a long name and Excel's longest text.
 */
export const LIBREOFFICE_KEEPS: readonly string[] = HOSTILE_NAMES.filter(
  (n) => !libreOfficeChanges(n)
);

/** The four levels in the standard's order, for units that take them in turn. */
export const LEVELS: readonly Level[] = ["city", "county", "township", "village"];

/** The order of the tables A.1 … A.7. */
export const TABLE_IDS: readonly TableId[] = ["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7"];

/** A.1 … A.7, each with the exact subtotal `exact`. */
export const tablesOf = (exact: string): RollupUnit["tables"] =>
  TABLE_IDS.map((id) => ({ id, exact }));

/**
 * One evaluated unit: a single scoresheet of 甲, a city unit, on 2026-10-01, that passes with 300 and loses
 * nothing, but for what `over` gives. `level: undefined` makes a unit without a level (no `level` key at all).
 */
export function rollupUnit(over: Partial<RollupUnit> = {}): RollupUnit {
  const { level, ...unit }: Omit<RollupUnit, "level"> & { level?: Level } = {
    file: "u.xlsx",
    sha256: "",
    organization: "甲",
    level: "city",
    date: "2026-10-01",
    kind: "single",
    experts: 1,
    tables: [],
    exactTotal: "300",
    verdict: "合格",
    losses: new Map(),
    ...over,
  };
  return level === undefined ? unit : { ...unit, level };
}

/** Each name as a refused file, the name also one of its Chinese and its English reasons. */
export const refusedOf = (names: readonly string[]): RefusedFile[] =>
  names.map((n) => ({ file: n, reasons: [n, "不是评分表"], reasonsEn: [n] }));
