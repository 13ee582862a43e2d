/**
 * The comparison of two evaluations as a Word document (`gridscore compare -o compare.docx`), in the report's
 * look (src/report/docxStyle.ts): both totals and verdicts, every table's change, the items that improved, got
 * worse or stayed the same, the requirements newly losing, recovered and still losing points, and the plan rows
 * claimed 已完成 that still lose points. Numbers are shown rounded half up to at most 2 decimals.
 */
import type { Paragraph, Table } from "docx";
import { STANDARD, indexStandard } from "../standard";
import { formatScore } from "../engine";
import { formatDateSpanZh } from "../layout/evaluationSheets";
import { itemTitle } from "./build";
import type { Comparison, FindingChange, ItemChange } from "./compare";
import { heading, para, renderDocx, table } from "./docxStyle";

/** The file names (or other labels) of the two sides, as the document names them. */
export interface ComparisonSources {
  readonly before: string;
  readonly after: string;
}

const signed = (x: number): string => (x > 0 ? `+${formatScore(x)}` : formatScore(x));

/** The document's title. */
export const COMPARISON_TITLE = "两次评估比较";

function titleOf(id: string): string {
  const index = indexStandard();
  const item = index.items.get(id);
  if (item) return itemTitle(item);
  const line = index.lines.get(id);
  return line ? `${itemTitle(line.item)}：${line.line.requirement}` : id;
}

function itemTable(items: readonly ItemChange[]): (Paragraph | Table)[] {
  if (items.length === 0) return [para("无。")];
  return [
    table(
      [
        ["编号", "评价项目", "之前", "之后", "变化"],
        ...items.map((i) => [
          i.id,
          titleOf(i.id),
          formatScore(i.before),
          formatScore(i.after),
          signed(i.delta),
        ]),
      ],
      [11, 47, 14, 14, 14],
      true,
      [2, 3, 4]
    ),
  ];
}

/** Ids in a grid of 8 columns (a run of ids in a paragraph would wrap inside an id such as "A.4.1"). */
function idGrid(ids: readonly string[]): (Paragraph | Table)[] {
  if (ids.length === 0) return [para("无。")];
  const rows: string[][] = [];
  for (let k = 0; k < ids.length; k += 8) {
    const row = ids.slice(k, k + 8);
    rows.push([...row, ...Array<string>(8 - row.length).fill("")]);
  }
  return [table(rows, Array<number>(8).fill(1), false, [0, 1, 2, 3, 4, 5, 6, 7])];
}

function findingTable(
  list: readonly FindingChange[],
  columns: readonly string[],
  cells: (f: FindingChange) => readonly string[]
): (Paragraph | Table)[] {
  if (list.length === 0) return [para("无。")];
  return [
    table(
      [["编号", "评价要求", ...columns], ...list.map((f) => [f.id, titleOf(f.id), ...cells(f)])],
      [12, 58, ...columns.map(() => 15)],
      true,
      columns.map((_, k) => 2 + k)
    ),
  ];
}

/** The body of the comparison document. */
export function comparisonBody(c: Comparison, sources: ComparisonSources): (Paragraph | Table)[] {
  const unit = c.after.organization ?? c.before.organization;
  const date = (d: string | undefined): string => formatDateSpanZh(d);
  const same = c.items.filter((i) => i.change === "same");
  return [
    para(`${COMPARISON_TITLE}${unit ? ` — ${unit}` : ""}`, { bold: true, size: 36, center: true }),
    para(`依据 ${STANDARD.id} 附录A；之前：${sources.before}；之后：${sources.after}`, {
      center: true,
    }),
    ...heading("一、总分与结论"),
    table(
      [
        ["", "之前", "之后", "变化"],
        ["评估日期", date(c.before.date), date(c.after.date), ""],
        ["总分", formatScore(c.before.total), formatScore(c.after.total), signed(c.totalDelta)],
        ["结论", c.before.verdict, c.after.verdict, ""],
      ],
      [25, 25, 25, 25],
      true,
      [1, 2, 3]
    ),
    ...heading("二、各表得分"),
    table(
      [
        ["表", "名称", "之前", "之后", "变化"],
        ...c.tables.map((t) => [
          t.id,
          t.title,
          formatScore(t.before),
          formatScore(t.after),
          signed(t.delta),
        ]),
      ],
      [9, 49, 14, 14, 14],
      true,
      [2, 3, 4]
    ),
    ...heading("三、各项变化"),
    ...heading(`变好的项目（${c.items.filter((i) => i.change === "improved").length}）`, 2),
    ...itemTable(c.items.filter((i) => i.change === "improved")),
    ...heading(`变差的项目（${c.items.filter((i) => i.change === "worse").length}）`, 2),
    ...itemTable(c.items.filter((i) => i.change === "worse")),
    ...heading(`不变的项目（${same.length}）`, 2),
    ...idGrid(same.map((i) => i.id)),
    ...heading("四、失分的评价要求"),
    ...heading(`新失分（${c.newlyLosing.length}）`, 2),
    ...findingTable(c.newlyLosing, ["失分"], (f) => [formatScore(f.after)]),
    ...heading(`已恢复（${c.recovered.length}）`, 2),
    ...findingTable(c.recovered, ["之前失分"], (f) => [formatScore(f.before)]),
    ...heading(`仍失分（${c.stillLosing.length}）`, 2),
    ...findingTable(c.stillLosing, ["之前", "之后"], (f) => [
      formatScore(f.before),
      formatScore(f.after),
    ]),
    ...heading(`五、整改台账称已完成但仍失分（${c.claimedFixed.length}）`),
    ...findingTable(c.claimedFixed, ["失分"], (f) => [formatScore(f.after)]),
  ];
}

/** Renders the comparison to .docx bytes (A4, the report's fonts, page numbers in the footer). */
export async function renderComparisonDocx(
  c: Comparison,
  sources: ComparisonSources
): Promise<Uint8Array> {
  const unit = c.after.organization ?? c.before.organization;
  return renderDocx({
    title: `${COMPARISON_TITLE}${unit ? ` - ${unit}` : ""}`,
    description: `${STANDARD.id} ${sources.before} → ${sources.after}`,
    footer: COMPARISON_TITLE,
    children: comparisonBody(c, sources),
  });
}
