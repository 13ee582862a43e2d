/**
 * What a rendered PDF shows, from poppler's `pdftotext -bbox-layout`: every word with its box, per page, and
 * checks a person would make by looking (issue 11): no two words on top of each other, nothing past the page
 * edge, no number with more than 2 decimals, no raw ISO timestamp.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export interface Word {
  readonly page: number;
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The pages and words of a PDF (pdftotext -bbox-layout's XHTML, read with regular expressions). */
export function pdfWords(pdftotext: string, pdf: string): PdfPage[] {
  const html = execFileSync(pdftotext, ["-bbox-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe =
    /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (let m = pageRe.exec(html); m; m = pageRe.exec(html)) {
    const words: Word[] = [];
    for (let w = wordRe.exec(m[3]!); w; w = wordRe.exec(m[3]!))
      words.push({
        page: pages.length + 1,
        text: unescape(w[5]!),
        x0: Number(w[1]),
        y0: Number(w[2]),
        x1: Number(w[3]),
        y1: Number(w[4]),
      });
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/**
 * Pairs of words whose boxes overlap by more than `share` of the smaller box (overprinted text). Boxes touch
 * and kern by a little in good output, so a small share is allowed.
 */
export function overlaps(page: PdfPage, share = 0.25): string[] {
  const out: string[] = [];
  const ws = [...page.words].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i]!;
    for (let j = i + 1; j < ws.length; j++) {
      const b = ws[j]!;
      if (b.y0 >= a.y1) break;
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w <= 0 || h <= 0) continue;
      const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (smaller > 0 && (w * h) / smaller > share)
        out.push(
          `p${a.page}: "${a.text}" (${a.x0.toFixed(0)},${a.y0.toFixed(0)}) over "${b.text}" (${b.x0.toFixed(0)},${b.y0.toFixed(0)})`
        );
    }
  }
  return out;
}

/** Words that run past the page's edge. */
export function offPage(page: PdfPage): string[] {
  return page.words
    .filter((w) => w.x0 < -1 || w.y0 < -1 || w.x1 > page.width + 1 || w.y1 > page.height + 1)
    .map((w) => `p${w.page}: "${w.text}" at (${w.x0.toFixed(0)},${w.y0.toFixed(0)})`);
}

/** The plain text of all pages, each page's words in reading order joined without spaces. */
export function pageText(pages: readonly PdfPage[]): string {
  return pages.map((p) => p.words.map((w) => w.text).join("")).join("\n");
}

/** Numbers printed with more than 2 decimals (hashes and ids excluded: they are hex runs, not decimals). */
export function longDecimals(pages: readonly PdfPage[]): string[] {
  return pages.flatMap((p) =>
    p.words
      .filter((w) => /(^|[^\w.])\d+\.\d{3,}(?![\w.-])/.test(w.text))
      .map((w) => `p${w.page}: ${w.text}`)
  );
}

/** Raw ISO timestamps ("2026-11-29T17:42:39.674Z"). */
export function isoTimestamps(pages: readonly PdfPage[]): string[] {
  return pages.flatMap((p) =>
    p.words
      .filter((w) => /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(w.text))
      .map((w) => `p${w.page}: ${w.text}`)
  );
}

/** Renders a PDF's pages to PNG (pdftoppm, low resolution) next to it; returns the files. */
export function pdfPngs(pdftoppm: string, pdf: string, dpi = 60): string[] {
  const prefix = pdf.replace(/\.pdf$/, "");
  const dir = path.dirname(pdf);
  for (const f of fs.readdirSync(dir))
    if (f.startsWith(`${path.basename(prefix)}-`) && f.endsWith(".png"))
      fs.unlinkSync(path.join(dir, f));
  execFileSync(pdftoppm, ["-r", String(dpi), "-png", pdf, prefix]);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${path.basename(prefix)}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => path.join(dir, f));
}
