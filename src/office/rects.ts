/**
 * Grouping cells into rectangles: the Office.js writer formats one range per rectangle of equal
 * settings instead of one cell at a time, which keeps the queued command count small.
 */
import type { RangeModel } from "../layout";

/** A rectangle of cells sharing one key. */
export interface KeyedRect<K> {
  readonly key: K;
  readonly rect: RangeModel;
}

interface OpenRun<K> {
  key: K;
  id: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Groups keyed cells into rectangles: runs along each row, then runs of equal span stacked down. */
export function groupRects<C extends { readonly row: number; readonly col: number }, K>(
  cells: Iterable<C>,
  keyOf: (cell: C) => K | undefined,
  idOf: (key: K) => string
): KeyedRect<K>[] {
  const byRow = new Map<number, { col: number; key: K; id: string }[]>();
  for (const cell of cells) {
    const key = keyOf(cell);
    if (key === undefined) continue;
    const list = byRow.get(cell.row) ?? [];
    list.push({ col: cell.col, key, id: idOf(key) });
    byRow.set(cell.row, list);
  }
  const done: OpenRun<K>[] = [];
  let open = new Map<string, OpenRun<K>>();
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  let previousRow = -2;
  for (const row of rows) {
    const list = (byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
    const runs: { col: number; cols: number; key: K; id: string }[] = [];
    for (const c of list) {
      const last = runs[runs.length - 1];
      if (last && last.id === c.id && last.col + last.cols === c.col) last.cols += 1;
      else runs.push({ col: c.col, cols: 1, key: c.key, id: c.id });
    }
    const next = new Map<string, OpenRun<K>>();
    for (const run of runs) {
      const span = `${run.col}:${run.cols}:${run.id}`;
      const above = row === previousRow + 1 ? open.get(span) : undefined;
      if (above) {
        above.rows += 1;
        open.delete(span);
        next.set(span, above);
      } else {
        next.set(span, { key: run.key, id: run.id, row, col: run.col, rows: 1, cols: run.cols });
      }
    }
    done.push(...open.values());
    open = next;
    previousRow = row;
  }
  done.push(...open.values());
  return done.map((r) => ({
    key: r.key,
    rect: { row: r.row, col: r.col, rows: r.rows, cols: r.cols },
  }));
}

/** Runs of consecutive indexes with an equal key (columns, rows), as [start, count, key]. */
export function groupRuns<K>(
  entries: readonly (readonly [number, K])[],
  idOf: (key: K) => string
): { start: number; count: number; key: K }[] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const out: { start: number; count: number; key: K; id: string }[] = [];
  for (const [index, key] of sorted) {
    const id = idOf(key);
    const last = out[out.length - 1];
    if (last && last.id === id && last.start + last.count === index) last.count += 1;
    else out.push({ start: index, count: 1, key, id });
  }
  return out.map(({ start, count, key }) => ({ start, count, key }));
}
