/**
 * Human-readable CLI output: the subtotal table, total and verdict, with the declared/computed gap shown.
 */
import { STANDARD, maxGapNote, totalGapNote } from "../standard";
import { formatScore } from "../engine";
import type { ScoreReport } from "../engine";

/**
 * East Asian wide and fullwidth characters (Unicode UAX #11: W and F), which a terminal shows in 2 columns: Hangul
 * Jamo, CJK punctuation, kana, ideographs, Hangul syllables, compatibility ideographs and forms, fullwidth forms,
 * and the supplementary ideographs. Everything else (Latin, digits, "–", "…", "%") takes 1.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The columns a text takes in a terminal: East Asian wide characters count 2. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/**
 * A text cut to at most `max` terminal columns, ending in "…" when it was cut (never silently), and never in the
 * middle of a wide character: "有完善的组织机构图…" fits 20 columns.
 */
export function fit(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = "";
  let w = 0;
  for (const ch of text) {
    const cw = WIDE.test(ch) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(text: string, w: number, right = false): string {
  const fill = " ".repeat(Math.max(0, w - width(text)));
  return right ? fill + text : text + fill;
}

/** Renders rows as aligned columns (CJK counted double width). */
export function columns(
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[] = []
): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return (
    rows
      .map((row) =>
        row
          .map((c, i) => pad(c, widths[i]!, rightAligned.includes(i)))
          .join("  ")
          .trimEnd()
      )
      .join("\n") + "\n"
  );
}

/** A score as printed: rounded half up to at most 2 decimals (README: Numbers). */
function num(n: number): string {
  return formatScore(n);
}

/** The one-line notes on declared versus computed maxima (A.4: 120 declared, 115 in its items; 500 vs 495). */
export function gapNotes(): string {
  return [...STANDARD.tables.map((t) => maxGapNote(t)), totalGapNote()]
    .filter((n): n is string => n !== undefined)
    .map((n) => `${n}\n`)
    .join("");
}

/**
 * The score report as a table a secretary can read in a terminal. `printed` is the list of warnings the command
 * printed to stderr (a scoresheet's include the reader's, e.g. `cached-mismatch`): the count says how many there
 * are to see there, so it is counted from that very list.
 */
export function renderScore(report: ScoreReport, printed: readonly unknown[]): string {
  const rows: string[][] = [["表", "名称", "得分", "满分(计算)", "满分(标注)"]];
  for (const t of report.tables)
    rows.push([t.id, t.title, num(t.score), num(t.max), num(t.declaredMax)]);
  rows.push(["合计", "", num(report.total), num(report.max), num(report.declaredMax)]);
  let text = columns(rows, [2, 3, 4]) + gapNotes();
  text += `合格线 ${report.passMark}（8.3）  总分 ${num(report.total)}  结论：${report.verdict}\n`;
  if (printed.length > 0) text += `提示 ${printed.length} 条（见标准错误输出）\n`;
  return text;
}
