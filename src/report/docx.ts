/**
 * The report as a Word document (.docx) with the `docx` package: headings, the subtotal table, the
 * suggestions, the 7.2 lists and the signature block.
 *
 * Fonts: one family for Chinese and digits, so a score never sits in a Latin serif beside sans-serif Chinese.
 * Body text is 宋体 (SimSun) and headings 黑体 (SimHei) in every slot (ascii, hAnsi, eastAsia, cs): Word and WPS
 * ship both on Windows and substitute their own Song/Hei elsewhere; LibreOffice maps them to its CJK fallback
 * (Noto Serif/Sans CJK SC on Debian with fonts-noto-cjk), which has Latin digits too.
 *
 * Layout: headings keep with the next paragraph, table rows never split across pages, header rows repeat, and
 * number columns are wide enough for "300.00" so scores never wrap.
 */
import { AlignmentType, HeadingLevel, Paragraph, Table, TextRun } from "docx";
import { heading, para, renderDocx, table } from "./docxStyle";
import { points } from "./build";
import {
  basicsRows,
  conditionTexts,
  consensusTexts,
  lossText,
  memberCells,
  noteText,
  provisionalText,
  ruleText,
  sectionTitles,
  signatureLines,
} from "./text";
import type { ReportModel, StatusItem, Suggestion } from "./types";

/**
 * One item's suggestion: its title, each requirement and rule, and the evaluators' notes. Every paragraph but the
 * last keeps with the next, and none splits, so an item is not cut across pages (tester's finding: A.5.3 ran from
 * page 2 onto page 3).
 */
function suggestionParagraphs(s: Suggestion, kind: ReportModel["kind"]): Paragraph[] {
  const blocks: { text: string; bold?: boolean; italics?: boolean; extra?: string }[] = [
    { text: `${s.itemId}  ${s.title}`, bold: true, extra: `  ${lossText(s)}` },
    ...s.lines.flatMap((l) => [{ text: `要求：${l.requirement}` }, { text: ruleText(l) }]),
    ...s.notes.map((n) => ({ text: noteText(n, kind), italics: true })),
  ];
  return blocks.map(
    (b, i) =>
      new Paragraph({
        ...(i === 0 ? { spacing: { before: 120, after: 60 } } : { indent: { left: 420 } }),
        keepNext: i < blocks.length - 1,
        keepLines: true,
        children: [
          new TextRun({
            text: b.text,
            ...(b.bold ? { bold: true } : {}),
            ...(b.italics ? { italics: true } : {}),
          }),
          ...(b.extra ? [new TextRun({ text: b.extra })] : []),
        ],
      })
  );
}

function statusTable(items: readonly StatusItem[], withDecider: boolean): (Paragraph | Table)[] {
  if (items.length === 0) return [para("无。")];
  const rows = [
    ["编号", "评价内容", "分值", withDecider ? "界定人" : "得分"],
    ...items.map((i) => [
      i.itemId,
      i.notes.length > 0 ? `${i.title}（${i.notes.map((n) => n.note).join("；")}）` : i.title,
      points(i.cap),
      withDecider ? i.decidedBy.join("、") || "（未记录）" : "0",
    ]),
  ];
  return [table(rows, [11, 49, 8, 16], true, [2])];
}

/** How a consensus was reached: method, experts, where they differed, and the rounding note. */
function consensusParagraphs(model: ReportModel): Paragraph[] {
  const c = model.consensus;
  if (!c) return [];
  return consensusTexts(c).map((t, i) => para(t, { size: i === 0 ? 21 : 19 }));
}

function body(model: ReportModel): (Paragraph | Table)[] {
  const t = sectionTitles(model);
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: model.title })],
    }),
    para(model.basis, { center: true, size: 20 }),
    ...heading(t.basics),
    table(basicsRows(model), [20, 60], false),
  ];
  if (model.group) {
    out.push(
      ...heading(t.group),
      table(
        [
          ["序号", "姓名", "领域", "工作单位", "组内角色", "来源/备注"],
          ...model.group.members.map((m, i) => [String(i + 1), ...memberCells(m)]),
        ],
        [8, 12, 12, 30, 12, 18],
        true,
        [0]
      ),
      para(model.group.check)
    );
  }
  out.push(
    ...heading(t.scores),
    table(
      [
        ["表", "名称", "得分", "满分（计算）", "满分（标注）"],
        ...model.subtotals.map((s) => [
          s.tableId,
          s.title,
          points(s.score),
          points(s.max),
          points(s.declaredMax),
        ]),
        ["合计", "总分", points(model.total), points(model.max), points(model.declaredMax)],
      ],
      [7, 35, 12, 15, 15],
      true,
      [2, 3, 4]
    ),
    para(`评价结果：${model.verdictShown}`, { bold: true, size: 28 }),
    para(model.verdictText),
    ...consensusParagraphs(model),
    ...[...model.subtotals.map((s) => s.note), model.totalNote]
      .filter((n): n is string => n !== undefined)
      .map((n) => para(n, { size: 18 }))
  );
  const provisional = provisionalText(model);
  if (provisional) out.push(para(provisional, { bold: true }));
  if (t.eligibility) {
    out.push(...heading(t.eligibility), ...conditionTexts(model).map((c) => para(c)));
    if (model.eligibility) out.push(para(`结论：${model.eligibility.text}`, { bold: true }));
    if (model.application)
      out.push(para(`是否可以申请评估：${model.application.text}`, { bold: true }));
  }
  out.push(...heading(t.suggestions));
  if (model.flagged.length > 0)
    out.push(
      ...heading("（一）需评估组重点讨论的项目（评估专家意见分歧）", 2),
      ...model.flagged.flatMap((s) => suggestionParagraphs(s, model.kind))
    );
  if (model.flagged.length === 0 && model.suggestions.length === 0)
    out.push(para("各评价项目均未失分。"));
  for (const g of model.suggestions)
    out.push(
      ...heading(`表${g.tableId} ${g.title}`, 2),
      ...g.items.flatMap((s) => suggestionParagraphs(s, model.kind))
    );
  out.push(...heading(t.absent), ...statusTable(model.absent, false));
  out.push(...heading(t.na), ...statusTable(model.notApplicable, true));
  if (model.procedure)
    out.push(
      ...heading(t.procedure),
      table(
        [
          ["条款", "评价程序", "日期", "负责人/参加人员", "记录/说明"],
          ...model.procedure.map((s) => [
            s.id,
            s.text,
            s.date ?? "",
            s.people ?? "",
            s.notes ?? "",
          ]),
        ],
        [7, 36, 12, 16, 24]
      )
    );
  out.push(
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    ...signatureLines(model).map(
      (s) =>
        new Paragraph({
          spacing: { before: 240, after: 240 },
          children: [new TextRun({ text: s })],
        })
    )
  );
  return out;
}

/** Renders the report to .docx bytes (A4, page numbers in the footer). */
export async function renderReportDocx(model: ReportModel): Promise<Uint8Array> {
  return renderDocx({
    title: `${model.title}${model.organization ? ` - ${model.organization}` : ""}`,
    description: model.basis,
    footer: model.title,
    children: body(model),
  });
}
