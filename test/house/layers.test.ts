/**
 * The house rules of src/ (issue 16), checked on the import statements themselves:
 * - every top folder of src/ has a rank in the pipeline standard → engine → layout → writers / office (and the
 *   simulated host that stands in for Office) → merge / report / rollup → cli / taskpane → preview (the page that
 *   runs the task pane over the simulated host), and no import, runtime or type-only, static or dynamic, goes from
 *   a folder to one of higher rank;
 * - the core (src/standard, src/engine, src/layout) never imports the outer layers (writers, office, taskpane, cli,
 *   and the preview and simulated host that stand in for Office);
 * - no module imports itself back through others at run time: no cycle among the runtime imports of src/.
 *   Type-only imports (`import type`, or every name marked `type`) are erased by the compiler and dynamic
 *   `import()` loads lazily, after every module is initialised, so neither can make a module see another
 *   half-initialised; they are left out of the cycle check.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.join(__dirname, "..", "..", "src");
const CORE = ["standard", "engine", "layout"];
const OUTER = ["writers", "office", "taskpane", "cli", "preview", "sim"];
/**
 * The pipeline's order (README: Architecture). A folder imports only folders of its own rank or below. sim stands
 * in for Office (rank of office); preview is the page that runs the task pane over sim, so it sits above the pane.
 */
const RANK: Readonly<Record<string, number>> = {
  standard: 0,
  engine: 1,
  layout: 2,
  writers: 3,
  office: 3,
  sim: 3,
  merge: 4,
  report: 4,
  rollup: 4,
  cli: 5,
  taskpane: 5,
  preview: 6,
};

interface Edge {
  readonly to: string;
  /** The 1-based line of the import (or export) keyword. */
  readonly line: number;
  readonly typeOnly: boolean;
  readonly dynamic: boolean;
}

function* sources(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) yield p;
  }
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ].find((f) => fs.existsSync(f));
}

const STATIC = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+["']([^"']+)["']/g;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;
const SIDE_EFFECT = /(?:^|\n)\s*import\s+["']([^"']+)["']/g;

/** Every relative import of a file, with whether it is type-only or dynamic. */
function edges(file: string): Edge[] {
  const text = fs.readFileSync(file, "utf8");
  const lineAt = (at: number) => text.slice(0, at).split("\n").length;
  const out: Edge[] = [];
  for (const m of text.matchAll(STATIC)) {
    const to = resolve(file, m[4]!);
    if (!to) continue;
    const names = m[3]!.match(/\{([^}]*)\}/)?.[1];
    const allTyped =
      names !== undefined &&
      !/^\s*\w+\s*,/.test(m[3]!) && // no default import beside the braces
      names
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith("type "));
    const line = lineAt(m.index + m[0].indexOf(m[1]!));
    out.push({ to, line, typeOnly: m[2] !== undefined || allTyped, dynamic: false });
  }
  for (const m of text.matchAll(SIDE_EFFECT)) {
    const to = resolve(file, m[1]!);
    if (to)
      out.push({
        to,
        line: lineAt(m.index + m[0].indexOf("import")),
        typeOnly: false,
        dynamic: false,
      });
  }
  for (const m of text.matchAll(DYNAMIC)) {
    const to = resolve(file, m[1]!);
    if (to) out.push({ to, line: lineAt(m.index), typeOnly: false, dynamic: true });
  }
  return out;
}

const FILES = [...sources(SRC)];
const GRAPH = new Map(FILES.map((f) => [f, edges(f)]));
const rel = (f: string) => path.relative(SRC, f).split(path.sep).join("/");
const layerOf = (f: string) => rel(f).split("/")[0]!;

/** Strongly connected components with more than one file (Tarjan), over the given edges. */
function cycles(keep: (e: Edge) => boolean): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const { to } of (GRAPH.get(v) ?? []).filter(keep)) {
      if (!index.has(to)) {
        visit(to);
        low.set(v, Math.min(low.get(v)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(rel(w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const f of FILES) if (!index.has(f)) visit(f);
  return found;
}

test("the import scanner sees the imports it must (a check that checks nothing passes anything)", () => {
  expect(FILES.length).toBeGreaterThan(100);
  const range = GRAPH.get(path.join(SRC, "sim", "proxy-range.ts"))!;
  expect(range.map((e) => rel(e.to))).toContain("sim/proxy-cf.ts");
  expect(range.find((e) => rel(e.to) === "sim/proxy-worksheet.ts")?.typeOnly).toBe(true);
  const main = GRAPH.get(path.join(SRC, "cli", "main.ts"))!;
  expect(main.filter((e) => e.dynamic).map((e) => rel(e.to))).toContain("cli/mergeCommand.ts");
  // with type-only edges counted, Range and Worksheet name each other in their public API: the detector finds it
  expect(cycles((e) => !e.dynamic)).toContainEqual([
    "sim/proxy-range.ts",
    "sim/proxy-worksheet.ts",
  ]);
});

test("the core (standard, engine, layout) imports nothing from writers, office, taskpane, cli, preview or sim", () => {
  const offending = FILES.filter((f) => CORE.includes(layerOf(f))).flatMap((f) =>
    GRAPH.get(f)!
      .filter((e) => OUTER.includes(layerOf(e.to)))
      .map((e) => `${rel(f)} → ${rel(e.to)}`)
  );
  expect(offending).toEqual([]);
});

/** Every import from a folder of src/ to a folder of higher rank, as "file:line → target". */
function upward(graph: ReadonlyMap<string, readonly Edge[]>): string[] {
  return [...graph].flatMap(([f, out]) =>
    out
      .filter((e) => RANK[layerOf(e.to)]! > RANK[layerOf(f)]!)
      .map((e) => `${rel(f)}:${e.line} → ${rel(e.to)}`)
  );
}

test("every top folder of src/ has a rank, and the ranks are the pipeline's order", () => {
  const folders = fs
    .readdirSync(SRC, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  expect(folders).toEqual(Object.keys(RANK).sort());
  expect(FILES.every((f) => layerOf(f) in RANK)).toBe(true);
  expect(CORE.map((l) => RANK[l])).toEqual([0, 1, 2]);
  expect(Math.min(...OUTER.map((l) => RANK[l]!))).toBeGreaterThan(RANK.layout!);
});

test("the rank check finds an upward import, at its file and line (a check that checks nothing passes anything)", () => {
  const readXlsx = path.join(SRC, "writers", "xlsx", "readXlsx.ts");
  const planRead = path.join(SRC, "report", "planRead.ts");
  const engineText = path.join(SRC, "engine", "text.ts");
  const layoutNotes = path.join(SRC, "layout", "notes.ts");
  const planted = new Map<string, readonly Edge[]>([
    [readXlsx, [{ to: planRead, line: 35, typeOnly: false, dynamic: false }]],
    [engineText, [{ to: layoutNotes, line: 7, typeOnly: true, dynamic: false }]],
    [planRead, [{ to: readXlsx, line: 3, typeOnly: false, dynamic: true }]],
  ]);
  expect(upward(planted)).toEqual([
    "writers/xlsx/readXlsx.ts:35 → report/planRead.ts",
    "engine/text.ts:7 → layout/notes.ts",
  ]);
  // Lines are counted from the file: a multi-line import is named at its keyword.
  const agreed = GRAPH.get(path.join(SRC, "office", "agreed.ts"))!;
  const lines = fs.readFileSync(path.join(SRC, "office", "agreed.ts"), "utf8").split("\n");
  for (const e of agreed) expect(lines[e.line - 1]).toMatch(/^\s*(import|export)\b/);
});

test("no import, runtime or type-only, goes up the pipeline: standard → engine → layout → writers / office / sim → merge / report / rollup → cli / taskpane → preview", () => {
  expect(upward(GRAPH)).toEqual([]);
});

test("no cycle among the runtime imports of src/ (the sim's proxies included)", () => {
  expect(cycles((e) => !e.typeOnly && !e.dynamic)).toEqual([]);
});
