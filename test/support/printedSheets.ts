/**
 * How the printed sheets of a written .xlsx come out across the page, read from the package itself (not from
 * the layout model): column widths, the page setup, the print titles and area, and the vertical page breaks.
 * Widths are taken as the widest host lays them out (printLayout.ts, hostColumnPoints).
 */
import { strFromU8, unzipSync } from "fflate";
import { A4, PRINT_MARGINS } from "../../src/layout";
import { hostColumnPoints } from "../../src/layout/printLayout";

export interface PrintedSheet {
  readonly sheet: string;
  /** The scale the host prints at: its own fit to one width (worked out here), or the sheet's fixed scale. */
  readonly scale: number;
  readonly fitted: boolean;
  /** Each band's width in points at scale 1, the repeated title columns included. */
  readonly bandWidths: readonly number[];
  /** The printable width of the page in points. */
  readonly printable: number;
  readonly columnBreaks: readonly number[];
  readonly pageOrder: string | undefined;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

const colIndex = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Every visible sheet with a page setup, as it prints across. */
export function printedSheets(bytes: Uint8Array): PrintedSheet[] {
  const files = unzipSync(bytes);
  const read = (p: string): string => strFromU8(files[p] ?? new Uint8Array());
  const workbook = read("xl/workbook.xml");
  const rels = new Map(
    [...read("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      attr(m[0], "Id")!,
      `xl/${attr(m[0], "Target")!.replace(/^\/?xl\//, "")}`,
    ])
  );
  const names = [...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)];
  const out: PrintedSheet[] = [];
  [...workbook.matchAll(/<sheet\b[^>]*>/g)].forEach((m, index) => {
    if ((attr(m[0], "state") ?? "visible") !== "visible") return;
    const xml = read(rels.get(attr(m[0], "r:id")!)!);
    const setup = /<pageSetup\b[^>]*>/.exec(xml)?.[0];
    if (!setup) return;
    const local = names.filter((n) => attr(n[1]!, "localSheetId") === String(index));
    const area = local.find((n) => attr(n[1]!, "name") === "_xlnm.Print_Area")?.[2];
    const titles = local.find((n) => attr(n[1]!, "name") === "_xlnm.Print_Titles")?.[2] ?? "";
    const lastCol = area ? colIndex(/:\$?([A-Z]+)\$?\d*$/.exec(area)![1]!) : Infinity;
    const widths: { width: number; hidden: boolean }[] = [];
    for (const c of xml.matchAll(/<col\b[^>]*>/g)) {
      for (let i = Number(attr(c[0], "min")); i <= Number(attr(c[0], "max")); i++)
        widths[i - 1] = {
          width: Number(attr(c[0], "width")),
          hidden: attr(c[0], "hidden") === "1",
        };
    }
    const span = (from: number, to: number): number => {
      let w = 0;
      for (let i = from; i < Math.min(to, lastCol + 1, widths.length); i++)
        if (widths[i] && !widths[i]!.hidden) w += hostColumnPoints(widths[i]!.width);
      return w;
    };
    const titleCols = /\$([A-Z]+):\$([A-Z]+)/.exec(titles);
    const titleWidth = titleCols ? span(colIndex(titleCols[1]!), colIndex(titleCols[2]!) + 1) : 0;
    const breaks = [
      ...(/<colBreaks\b[\s\S]*?<\/colBreaks>/.exec(xml)?.[0] ?? "").matchAll(/<brk\b[^>]*>/g),
    ].map((b) => Number(attr(b[0], "id")));
    const starts = [0, ...breaks];
    const ends = [...breaks, Infinity];
    const bandWidths = starts.map((s, i) => span(s, ends[i]!) + (i === 0 ? 0 : titleWidth));
    const landscape = attr(setup, "orientation") === "landscape";
    const printable = (landscape ? A4.height : A4.width) - PRINT_MARGINS.left - PRINT_MARGINS.right;
    const fitted = /<pageSetUpPr\b[^>]*fitToPage="1"/.test(xml);
    const scale = fitted
      ? Math.min(1, printable / Math.max(...bandWidths))
      : Number(attr(setup, "scale") ?? 100) / 100;
    out.push({
      sheet: attr(m[0], "name")!,
      scale,
      fitted,
      bandWidths,
      printable,
      columnBreaks: breaks,
      pageOrder: attr(setup, "pageOrder"),
    });
  });
  return out;
}
