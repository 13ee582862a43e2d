/**
 * `gridscore template`: Appendix A as the engine holds it, for people and for other tools.
 */
import {
  STANDARD,
  activeEdition,
  computedMax,
  computedTotal,
  maxGapNote,
  templateFingerprint,
  totalGapNote,
} from "../standard";
import type { ItemDef } from "../standard";
// The file itself, not the layout's index: `template` loads nothing it does not print (issue 15).
import { LEVEL_LABELS } from "../layout/labels";

/** The JSON form: tables → items → lines, with declared and computed maxima side by side. */
export function templateJson(): unknown {
  return {
    standard: {
      id: STANDARD.id,
      title: STANDARD.title,
      version: STANDARD.version,
      edition: activeEdition().key,
      fingerprint: templateFingerprint(),
      declaredMax: STANDARD.declaredTotal,
      max: computedTotal(),
      passMark: STANDARD.passMark,
      note: totalGapNote() ?? null,
      scoresheet: activeEdition().scoresheet,
      transcription: activeEdition().transcription,
    },
    tables: STANDARD.tables.map((t) => ({
      id: t.id,
      title: t.title,
      heading: t.heading,
      declaredMax: t.declaredMax,
      max: computedMax(t),
      note: maxGapNote(t) ?? null,
      items: t.items,
    })),
  };
}

function itemLines(item: ItemDef): string[] {
  switch (item.kind) {
    case "deduction":
      return item.lines.map(
        (l) =>
          `    ${l.id}  ${l.kind === "deduction" && l.group ? `${l.group} ` : ""}${l.requirement} | ${l.rule} | 最多扣${l.maxDeduction}分${l.kind === "rate" ? "（填完成率%）" : ""}`
      );
    case "tiered":
      return [
        ...item.tiers.map((t) => `    ≥${t.min}% → ${t.points}分  ${t.text}`),
        `    其余 → 0分${item.belowText ? `  ${item.belowText}` : ""}`,
      ];
    case "level":
      // As the workbook's dropdown shows the level, then the standard's sentence, then the code a JSON file takes.
      return item.options.map(
        (o) => `    ${LEVEL_LABELS[o.level]} → ${o.points}分  ${o.text}  [JSON: ${o.level}]`
      );
  }
}

/** The human form: every table, item and line with its limit. */
export function templateText(): string {
  const out: string[] = [`${STANDARD.id} ${STANDARD.title} 附录A（模板 ${templateFingerprint()}）`];
  for (const t of STANDARD.tables) {
    out.push("", `表${t.id} ${t.title}（标注${t.declaredMax}分，各项合计${computedMax(t)}分）`);
    const note = maxGapNote(t);
    if (note) out.push(note);
    for (const item of t.items) {
      out.push(`  ${item.id} ${item.title}（${item.cap}分）`);
      out.push(...itemLines(item));
    }
  }
  out.push("", totalGapNote() ?? "", `合格线：${STANDARD.passMark}分（8.3）`);
  return out.join("\n") + "\n";
}
