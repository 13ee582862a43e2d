/**
 * The roll-up as `--json` and as a units CSV. Numbers are rounded half up to 2 decimals (README: Numbers), totals
 * and the levels' mean, median, min and max of totals as a total is shown (never the pass mark for a total below
 * it: 89999/300 is 299.99); rates and shares are percentages with 2 decimals.
 */
import { Fraction, describeProblem, round2, shownTotal } from "../engine";
import { STANDARD } from "../standard";
import { levelLabel } from "./compute";
import type { LevelSummary, Rollup, RolledUnit, WeakSpot } from "./types";

const shown = (exact: string): number | null => (exact === "" ? null : round2(new Fraction(exact)));
/** A total, or a figure of totals, as shown (README: Numbers). */
const shownOfTotals = (exact: string): number | null =>
  exact === "" ? null : shownTotal(new Fraction(exact), STANDARD.passMark);
const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : round2(new Fraction(part * 100, whole));

function unitJson(u: RolledUnit) {
  return {
    file: u.file,
    sha256: u.sha256,
    organization: u.organization,
    level: u.level ?? null,
    date: u.date || null,
    kind: u.kind,
    experts: u.experts,
    tables: u.tables.map((t) => ({ id: t.id, score: shown(t.exact) })),
    total: shownOfTotals(u.exactTotal),
    exactTotal: u.exactTotal,
    verdict: u.verdict,
    duplicateOf: u.duplicateOf ?? null,
  };
}

function levelJson(l: LevelSummary) {
  return {
    level: l.level,
    label: l.label,
    count: l.count,
    passed: l.passed,
    passRate: percent(l.passed, l.count),
    mean: shownOfTotals(l.mean),
    median: shownOfTotals(l.median),
    min: shownOfTotals(l.min),
    max: shownOfTotals(l.max),
  };
}

function itemJson(s: WeakSpot) {
  return {
    id: s.id,
    kind: s.kind,
    tableId: s.tableId,
    units: s.units,
    unitsLosing: s.unitsLosing,
    shareLosing: percent(s.unitsLosing, s.units),
    meanLost: shown(s.meanLost),
  };
}

/** The `rollup --json` shape (issue 14), plus exact totals, the distribution and every refusal's causes. */
export function rollupJson(rollup: Rollup): unknown {
  return {
    passMark: rollup.passMark,
    units: rollup.units.map(unitJson),
    levels: rollup.levels.map(levelJson),
    items: rollup.weakest.map(itemJson),
    distribution: rollup.distribution,
    warnings: rollup.warnings.map((w) => ({
      ...w,
      message: describeProblem(w, "zh-CN"),
      messageEn: describeProblem(w, "en-US"),
    })),
    refused: rollup.refused.map((r) => ({
      file: r.file,
      reason: r.reasons.join("；"),
      reasons: r.reasons,
      reasonsEn: r.reasonsEn,
    })),
  };
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180); imported text that starts with
 * = + - @, a tab or a carriage return is prefixed with an apostrophe so no spreadsheet runs it as a formula
 * (OWASP, CSV injection).
 */
export function csvField(value: string | number, imported = true): string {
  let s = String(value);
  if (imported && typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The units as CSV: UTF-8 with a BOM (so Excel reads Chinese), CRLF line ends, one row per file read. */
export function unitsCsv(rollup: Rollup): string {
  const header = [
    "序号",
    "单位",
    "层级",
    "评价日期",
    "方式",
    "专家数",
    ...STANDARD.tables.map((t) => t.id),
    "总分",
    "结论",
    "计入",
    "重复于",
    "文件",
    "SHA-256",
  ];
  const fixed = (exact: string) => (shown(exact) ?? 0).toFixed(2);
  const rows = rollup.units.map((u, k) => [
    csvField(k + 1),
    csvField(u.organization),
    csvField(levelLabel(u.level ?? "none")),
    csvField(u.date),
    csvField(u.kind === "consensus" ? `共识（${u.experts}名专家）` : "单人评分"),
    csvField(u.experts),
    ...u.tables.map((t) => csvField(fixed(t.exact), false)),
    csvField((shownOfTotals(u.exactTotal) ?? 0).toFixed(2), false),
    csvField(u.verdict),
    csvField(u.duplicateOf === undefined ? "是" : "重复"),
    csvField(u.duplicateOf ?? ""),
    csvField(u.file),
    csvField(u.sha256),
  ]);
  return `\uFEFF${[header.map((h) => csvField(h)), ...rows].map((r) => r.join(",")).join("\r\n")}\r\n`;
}
