/**
 * Rectangle-layered storage for per-cell settings (formats, data validation). Each write adds a
 * layer {rect, patch}; a cell's setting is the last layer covering it. This handles whole-column
 * writes like "A:A" without allocating a million cells.
 */
import { type Rect, rectContains } from "./addresses";

interface Layer<T> {
  rect: Rect;
  patch: Partial<T>;
  /** A reset layer clears everything set before it (e.g. dataValidation.clear()). */
  reset: boolean;
}

function covers(outer: Rect, inner: Rect): boolean {
  return (
    outer.startRow <= inner.startRow &&
    outer.startCol <= inner.startCol &&
    outer.endRow >= inner.endRow &&
    outer.endCol >= inner.endCol
  );
}

/** Last-writer-wins store of partial settings over rectangles. */
export class LayeredStore<T extends object> {
  private layers: Layer<T>[] = [];

  /** Applies a patch to a rectangle; drops older layers the new one fully overrides. */
  apply(rect: Rect, patch: Partial<T>, reset = false): void {
    const keys = Object.keys(patch);
    this.layers = this.layers.filter((old) => {
      if (!covers(rect, old.rect)) return true;
      if (reset) return false;
      if (old.reset) return true;
      return !Object.keys(old.patch).every((k) => keys.includes(k));
    });
    this.layers.push({ rect, patch: { ...patch }, reset });
  }

  /** Resolves all settings of one cell (merged over the layers that cover it). */
  resolve(row: number, col: number): Partial<T> {
    let result: Partial<T> = {};
    for (const layer of this.layers) {
      if (!rectContains(layer.rect, row, col)) continue;
      result = layer.reset ? { ...layer.patch } : { ...result, ...layer.patch };
    }
    return result;
  }

  /** Resolves one setting of one cell without merging everything; used in hot loops. */
  resolveKey<K extends keyof T>(row: number, col: number, key: K): T[K] | undefined {
    for (let i = this.layers.length - 1; i >= 0; i -= 1) {
      const layer = this.layers[i];
      if (!layer || !rectContains(layer.rect, row, col)) continue;
      if (key in layer.patch) return layer.patch[key];
      if (layer.reset) return undefined;
    }
    return undefined;
  }

  /** Rectangles of every layer, so helpers can enumerate where settings exist. */
  rects(): Rect[] {
    return this.layers.map((l) => l.rect);
  }
}

/** Horizontal alignment names used by Excel.HorizontalAlignment. */
export type HAlign =
  | "General"
  | "Left"
  | "Center"
  | "Right"
  | "Fill"
  | "Justify"
  | "CenterAcrossSelection"
  | "Distributed";
/** Vertical alignment names used by Excel.VerticalAlignment. */
export type VAlign = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";

/** All per-cell format settings the simulator tracks. */
export interface CellFormat {
  bold: boolean;
  italic: boolean;
  underline: string;
  fontColor: string;
  fontSize: number;
  fontName: string;
  fill: string | null;
  wrapText: boolean;
  horizontalAlignment: HAlign;
  verticalAlignment: VAlign;
  numberFormat: string;
  locked: boolean;
  formulaHidden: boolean;
}

/** Excel's defaults for a fresh cell (Calibri 11, locked). */
export const DEFAULT_FORMAT: Readonly<CellFormat> = {
  bold: false,
  italic: false,
  underline: "None",
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  fill: null,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  numberFormat: "General",
  locked: true,
  formulaHidden: false,
};

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
};

/** Normalizes a color the way Excel reports it ("#RRGGBB", upper case). */
export function normalizeColor(color: string): string {
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toUpperCase() : color;
}
