/**
 * The look every gridscore Word document shares (the report, the comparison): A4 with 2.5 cm margins, 宋体 for
 * text and 黑体 for headings in every font slot, keep-with-next headings, tables whose rows never split and whose
 * header rows repeat, page numbers in the footer. See src/report/docx.ts for why.
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

/** A paragraph of body text. */
export function para(
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

/** A heading (level 1 or 2) that keeps with the next paragraph; nothing for no text. */
export function heading(text: string | undefined, level: 1 | 2 = 1): Paragraph[] {
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

/**
 * A full-width table; widths are relative. Columns whose cells are numbers are centred, never wrapped (their
 * widths fit "300.00").
 */
export function table(
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

/** What a document says about itself, and its body. */
export interface DocxContent {
  /** The document's title property. */
  readonly title: string;
  readonly description: string;
  /** The footer's text before the page numbers. */
  readonly footer: string;
  readonly children: readonly (Paragraph | Table)[];
}

/** Renders a document to .docx bytes (A4, page numbers in the footer) in the shared look. */
export async function renderDocx(content: DocxContent): Promise<Uint8Array> {
  const doc = new Document({
    creator: "gridscore",
    title: content.title,
    description: content.description,
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
                      `${content.footer}  第 `,
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
        children: [...content.children],
      },
    ],
  });
  // An ArrayBuffer, not a Node Buffer, so the same call serves the CLI and the task pane.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
