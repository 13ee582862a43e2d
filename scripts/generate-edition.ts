/**
 * One-time generator (issue 16): writes the built-in edition file src/standard/editions/t-cssg-001.5-2020.json
 * from the TypeScript transcription of Appendix A (src/standard/tablesA1toA3.ts, tablesA4toA7.ts) as it stood
 * before the JSON became the single source of truth. Kept for the record; after that commit the tables live
 * only in the JSON and this script has nothing left to read.
 *
 * Run: npx tsc --outDir /tmp/gen-edition --rootDir . --module commonjs --target es2020 --esModuleInterop \
 *        --resolveJsonModule --skipLibCheck scripts/generate-edition.ts && node /tmp/gen-edition/scripts/generate-edition.js
 * (from the repository's root).
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { STANDARD } from "../src/standard";
import type { ItemDef, LineDef, TableDef } from "../src/standard";

/** A line in the file's key order: id first, then what the evaluator reads, then the limits. */
function fileLine(line: LineDef): Record<string, unknown> {
  if (line.kind === "rate")
    return {
      id: line.id,
      kind: line.kind,
      requirement: line.requirement,
      rule: line.rule,
      maxDeduction: line.maxDeduction,
      tiers: line.tiers,
      belowAll: line.belowAll,
    };
  return {
    id: line.id,
    kind: line.kind,
    ...(line.group === undefined ? {} : { group: line.group }),
    requirement: line.requirement,
    rule: line.rule,
    maxDeduction: line.maxDeduction,
    ...(line.elements === undefined ? {} : { elements: line.elements }),
  };
}

function fileItem(item: ItemDef): Record<string, unknown> {
  const head = { id: item.id, kind: item.kind, number: item.number, title: item.title };
  switch (item.kind) {
    case "deduction":
      return {
        ...head,
        ...(item.parentTitle === undefined ? {} : { parentTitle: item.parentTitle }),
        cap: item.cap,
        ...(item.note === undefined ? {} : { note: item.note }),
        lines: item.lines.map(fileLine),
      };
    case "tiered":
      return {
        ...head,
        cap: item.cap,
        measure: item.measure,
        tiers: item.tiers,
        ...(item.belowText === undefined ? {} : { belowText: item.belowText }),
      };
    case "level":
      return { ...head, cap: item.cap, options: item.options };
  }
}

function fileTable(table: TableDef): Record<string, unknown> {
  return {
    id: table.id,
    title: table.title,
    heading: table.heading,
    declaredMax: table.declaredMax,
    scoreHeader: table.scoreHeader,
    items: table.items.map(fileItem),
  };
}

const edition = {
  $schema: "../edition.schema.json",
  format: "gridscore-edition/1",
  edition: "t-cssg-001.5-2020",
  id: STANDARD.id,
  title: STANDARD.title,
  version: STANDARD.version,
  scoresheet: "附录A 标准体系评价确认评分表",
  declaredTotal: STANDARD.declaredTotal,
  passMark: STANDARD.passMark,
  transcription: {
    source:
      "T/CSSG 001.5-2020 / T/CA 007.5-2020 附录A（规范性附录）表A.1–A.7, 8.2 满分500分, 8.3 总分大于或等于300分为合格",
    conventions: [
      "Text as printed, with the PDF's line breaks and its glyph-spacing around numbers removed (扣 2 分 → 扣2分).",
      "Each 10-point group of A.4 item 6 is an item of its own (A.4.6.1 … A.4.6.5).",
      "Every sub-requirement under 每缺一项扣N分 is a line of its own, with max N; headings are not lines (kept as group).",
      "A rule that names several elements under 未达到一项扣N分 stays one line, worth N × the number of elements.",
      "Where clauses are alternatives, the line's max is the largest clause; where they are independent, they add up.",
      "以上 includes the number: a tier's min is inclusive.",
      "A.7.3/A.7.4 print no bottom row: the none options are ours (fromStandard false).",
    ],
    notes: [
      {
        at: "A.4",
        text: "Table A.4 declares 120 points but its items add up to 115; scores use the items (115), the declared figure is shown beside it. The sheet therefore adds up to 495 while 8.2 declares 500; the pass mark stays 300 (8.3).",
      },
      {
        at: "A.1.2.1",
        text: "没有组织机构图 / 组织机构图不全面… are alternatives (2), 没有标准化管理机构 is independent (2): 4.",
      },
    ],
  },
  tables: STANDARD.tables.map(fileTable),
};

const out = join(process.cwd(), "src", "standard", "editions", "t-cssg-001.5-2020.json");
writeFileSync(out, `${JSON.stringify(edition, null, 2)}\n`);
