/**
 * Reading many files (issues 14, 15): a roll-up's, each through the input gate then as a unit row or a refusal,
 * and a merge's, each as a merge candidate (mergeRead.ts). Serially for a few files; in parallel on worker
 * threads (one per core) for many. Either way the results come back in the order of the files, one at a time,
 * so the output is the same as a serial run's and nothing but the results is kept: a worker holds one workbook
 * at a time.
 */
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { readRollupFile, refusal } from "../rollup";
import { BUILT_IN_EDITION, activeEdition, knownEditions } from "../standard";
import type { Edition } from "../standard";
import type { RollupRead } from "../rollup";
import type { MergeCandidate } from "../merge";
import { openInput } from "./gate";
import { UsageError } from "./io";
import type { CliIo } from "./io";
import { readMergeInput } from "./mergeRead";

/** What a pool reads its files as: a roll-up's unit rows, or a merge's candidates. */
export type ReadKind = "rollup" | "merge";
/** The result of reading one file as `K`. */
export type ReadResult<K extends ReadKind> = K extends "rollup" ? RollupRead : MergeCandidate;

/**
 * The young generation of a reading worker's V8 heap, in MB (three semi-spaces of a third each). Reading one
 * workbook allocates some megabytes of short-lived strings and saxes events; with V8's default young generation
 * (16 MB semi-spaces) a quarter of a worker's time went to scavenges. Larger semi-spaces let most of it die young
 * between collections (issues 14, 15; `npm run bench merge` and `rollup` measure it, with peak RSS).
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

/** Below this many files they are read on the main thread (starting workers costs more). */
export const SERIAL_BELOW = 16;

/** One file through the gate and the reader; never throws for bad input. */
export async function readOne(file: string, io: CliIo): Promise<RollupRead> {
  const opened = openInput(file, io, ["workbook", "json"]);
  return opened.ok
    ? readRollupFile(file, opened.bytes)
    : { ok: false, refused: refusal(file, opened.problems) };
}

export interface ReadOptions {
  /** Worker threads; 0 or 1 reads on the main thread. Default: one per core when there are many files. */
  readonly workers?: number;
}

/**
 * The read options from `--workers N` (0–999; 0 reads on the main thread), as merge and rollup take it.
 * @throws UsageError naming the value, the range and an example
 */
export function workersOption(value: string | undefined): ReadOptions {
  if (value === undefined) return {};
  if (!/^\d{1,3}$/.test(value))
    throw new UsageError(
      `--workers 的值“${value}”无效：应为 0 至 999 的整数（0 表示不用多线程）；请改填如 4 / --workers "${value}" is invalid: give a whole number from 0 to 999 (0 reads on the main thread), e.g. 4`
    );
  return { workers: Number(value) };
}

/** Reads one file as `kind` on this thread; never throws for bad input. */
export async function readAs<K extends ReadKind>(
  kind: K,
  file: string,
  io: CliIo
): Promise<ReadResult<K>> {
  switch (kind) {
    case "rollup":
      return (await readOne(file, io)) as ReadResult<K>;
    case "merge":
      return (await readMergeInput(file, io)) as ReadResult<K>;
  }
  throw new Error(`unknown read kind ${String(kind)}`);
}

/** How many workers a roll-up or merge of `count` files uses. */
export function workerCount(count: number, options: ReadOptions = {}): number {
  const wanted = options.workers ?? (count < SERIAL_BELOW ? 0 : os.availableParallelism());
  return Math.max(0, Math.min(wanted, count));
}

/** The worker's script and, when it is TypeScript (tests run the sources), the compiler to load it with. */
function workerEntry(): { entry: string; typescript?: string } {
  const ext = path.extname(__filename);
  const entry = path.join(__dirname, `readWorker${ext}`);
  return ext === ".ts" ? { entry, typescript: require.resolve("typescript") } : { entry };
}

/**
 * What a worker needs to read in this run's edition (`--standard FILE`): the editions known besides the built-in
 * one, as plain data, and the active one's fingerprint. A worker starts with only the built-in edition.
 */
function editionsForWorkers(): { editions: Edition[]; active: string } {
  return {
    editions: knownEditions().filter((e) => e.fingerprint !== BUILT_IN_EDITION.fingerprint),
    active: activeEdition().fingerprint,
  };
}

/** Loads the worker; TypeScript sources are transpiled on require (tests only: the CLI runs compiled code). */
const BOOT = `
const { workerData } = require("worker_threads");
if (workerData.typescript) {
  const ts = require(workerData.typescript);
  const fs = require("fs");
  require.extensions[".ts"] = (m, file) => m._compile(ts.transpileModule(fs.readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText, file);
}
require(workerData.entry);
`;

interface Reply<K extends ReadKind> {
  readonly index: number;
  readonly read?: ReadResult<K>;
  readonly error?: string;
}

/**
 * Reads every file as `kind` and hands each result to `each` in the files' order. With workers, each worker reads
 * the next file not yet taken as soon as it is free; results that arrive early wait for their turn.
 */
export async function readFilesInOrder<K extends ReadKind>(
  kind: K,
  files: readonly string[],
  io: CliIo,
  each: (read: ReadResult<K>, index: number) => void,
  options: ReadOptions = {}
): Promise<void> {
  const count = workerCount(files.length, options);
  if (count <= 1) {
    for (const [i, file] of files.entries()) each(await readAs(kind, file, io), i);
    return;
  }
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(BOOT, {
        eval: true,
        workerData: { ...workerEntry(), ...editionsForWorkers() },
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      })
  );
  const early = new Map<number, ReadResult<K>>();
  let next = 0;
  let emitted = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const give = (w: Worker) => {
        if (next < files.length) w.postMessage({ index: next, file: files[next++], kind });
      };
      for (const w of workers) {
        w.on("message", (reply: Reply<K>) => {
          if (reply.error !== undefined || !reply.read) {
            reject(new Error(`${files[reply.index]}: ${reply.error ?? "no result"}`));
            return;
          }
          early.set(reply.index, reply.read);
          while (early.has(emitted)) {
            const read = early.get(emitted)!;
            early.delete(emitted);
            each(read, emitted++);
          }
          if (emitted === files.length) resolve();
          else give(w);
        });
        w.on("error", reject);
        give(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
