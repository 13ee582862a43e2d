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
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
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

const BODY_FONT = {
  ascii: "宋体",
  hAnsi: "宋体",
  cs: "宋体",
  eastAsia: "宋体",
  hint: "eastAsia",
} as const;
const HEADING_FONT = {
  ascii: "黑体",
  hAnsi: "黑体",
  cs: "黑体",
  eastAsia: "黑体",
  hint: "eastAsia",
} as const;
const LANGUAGE = { value: "zh-CN", eastAsia: "zh-CN" } as const;
/** Page width between A4's 2.5 cm margins, in twips. */
const TEXT_WIDTH = 11906 - 2 * 1418;

function para(
  text: string,
  options: { bold?: boolean; size?: number; center?: boolean; keepNext?: boolean } = {}
): Paragraph {
  return new Paragraph({
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    spacing: { after: 60 },
    children: [
      new TextRun({
        text,
        ...(options.bold ? { bold: true } : {}),
        ...(options.size ? { size: options.size } : {}),
      }),
    ],
  });
}

function heading(text: string | undefined, level: 1 | 2 = 1): Paragraph[] {
  if (!text) return [];
  return [
    new Paragraph({
      heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      keepNext: true,
      keepLines: true,
      children: [new TextRun({ text })],
    }),
  ];
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" } as const;

/** Columns whose cells are numbers: centred, never wrapped (their widths fit "300.00"). */
function table(
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  header = true,
  numeric: readonly number[] = []
): Table {
  const total = widths.reduce((s, w) => s + w, 0);
  const twips = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: header && r === 0,
          cantSplit: true,
          children: cells.map(
            (c, i) =>
              new TableCell({
                width: { size: twips[i] ?? 0, type: WidthType.DXA },
                ...(header && r === 0 ? { shading: { fill: "D9E1F2" } } : {}),
                children: [
                  para(c, {
                    bold: header && r === 0,
                    center: (header && r === 0) || numeric.includes(i),
                  }),
                ],
              })
          ),
        })
    ),
  });
}

function suggestionParagraphs(s: Suggestion, kind: ReportModel["kind"]): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 120, after: 60 },
      keepNext: true,
      children: [
        new TextRun({ text: `${s.itemId}  ${s.title}`, bold: true }),
        new TextRun({ text: `  ${lossText(s)}` }),
      ],
    }),
    ...s.lines.flatMap((l) => [
      new Paragraph({
        indent: { left: 420 },
        children: [new TextRun({ text: `要求：${l.requirement}` })],
      }),
      new Paragraph({ indent: { left: 420 }, children: [new TextRun({ text: ruleText(l) })] }),
    ]),
    ...s.notes.map(
      (n) =>
        new Paragraph({
          indent: { left: 420 },
          children: [new TextRun({ text: noteText(n, kind), italics: true })],
        })
    ),
  ];
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
  const doc = new Document({
    creator: "gridscore",
    title: `${model.title}${model.organization ? ` - ${model.organization}` : ""}`,
    description: model.basis,
    theme: {
      fonts: {
        body: { latin: "宋体", eastAsia: "宋体", scripts: { Hans: "宋体" } },
        headings: { latin: "黑体", eastAsia: "黑体", scripts: { Hans: "黑体" } },
      },
    },
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 21, language: LANGUAGE } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true, color: "000000" } },
        heading1: {
          run: { font: HEADING_FONT, size: 28, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: HEADING_FONT, size: 24, bold: true, color: "000000" },
          paragraph: { spacing: { before: 180, after: 60 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1418, right: 1418 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [
                      `${model.title}  第 `,
                      PageNumber.CURRENT,
                      " 页 共 ",
                      PageNumber.TOTAL_PAGES,
                      " 页",
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body(model),
      },
    ],
  });
  // An ArrayBuffer, not a Node Buffer, so the same call serves the CLI and the task pane.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
