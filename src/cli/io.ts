/**
 * The CLI's view of the outside world, injectable so tests run commands in-process.
 */
import * as fs from "fs";
import { pathInfo, writeFileAtomic } from "./files";
import type { PathInfo } from "./files";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Buffer;
  /** The first `bytes` bytes of a file (fewer when it is shorter), for classifying it before reading it whole. */
  readHead(path: string, bytes: number): Buffer;
  /** What a path is (file, folder, missing…), its size and identity, without reading it. */
  info(path: string): PathInfo;
  /** Writes a whole file; the real one goes through a temporary file and a rename. */
  writeFile(path: string, data: Uint8Array | string): void;
  exists(path: string): boolean;
  fileSize(path: string): number;
  now(): Date;
}

/** The real process streams and file system. */
export const processIo: CliIo = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  readFile: (p) => fs.readFileSync(p),
  readHead: (p, n) => {
    const fd = fs.openSync(p, "r");
    try {
      const buf = Buffer.alloc(n);
      return buf.subarray(0, fs.readSync(fd, buf, 0, n, 0));
    } finally {
      fs.closeSync(fd);
    }
  },
  info: pathInfo,
  writeFile: writeFileAtomic,
  exists: (p) => fs.existsSync(p),
  fileSize: (p) => fs.statSync(p).size,
  now: () => new Date(),
};

/** A usage error: exit code 2 with the message. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A refused input: exit code 1, every problem already printed. */
export class InputRefused extends Error {
  override readonly name = "InputRefused";
}

/** A refused output (exists, is an input, is a folder…): exit code 3, checked before any work. */
export class OutputRefused extends Error {
  override readonly name = "OutputRefused";
}

export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string[]>;
}

/**
 * The arguments before a lone `--` (all of them without one): the part where options may be, for the scans that
 * look for one option before a command parses its arguments (`--help`, `--standard`, `--from`).
 */
export function optionPart(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf("--");
  return end < 0 ? argv : argv.slice(0, end);
}

/**
 * Splits argv into positionals and `--flag value` / `--flag` / `--flag=value` options, rejecting unknown ones.
 * A lone `--` ends the options, as POSIX utilities take it: everything after it is a positional, so a file named
 * `-2+3.xlsx` or `--json` can be given as `-- -2+3.xlsx`.
 * @throws UsageError for an unknown option, a value given to a boolean option or a valued option without one.
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  boolean: readonly string[],
  aliases: Record<string, string> = {}
): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const given = argv[i]!;
    if (given === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const arg = aliases[given] ?? given;
    // "-x" is an option this command lacks, not a file named -x ("-" alone stays a positional).
    if (/^-[^-]/.test(arg)) throw new UsageError(`未知选项 ${given} / unknown option ${given}`);
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (boolean.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name} 不带参数值 / --${name} takes no value`);
      flags.set(name, ["true"]);
    } else if (valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      // Named as typed: `-o` with nothing after it is "-o needs a value", not "--out".
      const typed = eq > 0 ? `--${name}` : given;
      if (value === undefined) throw new UsageError(`${typed} 需要参数值 / ${typed} needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else throw new UsageError(`未知选项 --${name} / unknown option --${name}`);
  }
  return { positional, flags };
}
