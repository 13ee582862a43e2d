/**
 * Output checks, made before any work: an output must not be an input (compared as real files: device and inode,
 * canonical path), must not be a folder, must have an existing folder, and must not exist unless --force; even
 * with --force a read-only file (no write permission bit) is not replaced.
 */
import * as path from "path";
import { isReadOnly, sameFile } from "./files";
import { printProblems } from "./shared";
import { OutputRefused } from "./io";
import type { CliIo } from "./io";
import type { LocatedProblem } from "../engine";

/** Every reason to refuse the outputs, located at each output; empty when all may be written. */
export function outputProblems(
  outputs: readonly string[],
  inputs: readonly string[],
  force: boolean,
  io: CliIo
): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const inputInfo = inputs.map((f) => ({ file: f, info: io.info(f) }));
  const seen: { file: string; resolved: string }[] = [];
  for (const out of outputs) {
    const at = { where: { file: out } };
    const info = io.info(out);
    const resolved =
      info.kind === "missing" || info.kind === "unreadable" ? path.resolve(out) : info.real;
    const twin = seen.find((s) => s.resolved === resolved);
    seen.push({ file: out, resolved });
    if (twin) {
      problems.push({ code: "output-refused", reason: "same-output", other: twin.file, ...at });
      continue;
    }
    const input = inputInfo.find(
      (i) => sameFile(i.info, info) || path.resolve(i.file) === path.resolve(out)
    );
    if (input) {
      problems.push({ code: "output-refused", reason: "is-input", other: input.file, ...at });
      continue;
    }
    if (info.kind === "directory") {
      problems.push({ code: "output-refused", reason: "is-directory", ...at });
      continue;
    }
    if (info.kind === "missing") {
      const folder = path.dirname(path.resolve(out));
      if (io.info(folder).kind !== "directory")
        problems.push({ code: "output-refused", reason: "folder-missing", other: folder, ...at });
      continue;
    }
    if (!force) problems.push({ code: "output-refused", reason: "exists", ...at });
    // A read-only file is its owner's guard: --force replaces a file, it does not lift that guard.
    else if (isReadOnly(info))
      problems.push({ code: "output-refused", reason: "read-only", ...at });
  }
  return problems;
}

/** Checks the outputs and, when any is refused, prints why and throws OutputRefused (exit code 3). */
export function checkOutputs(
  outputs: readonly (string | undefined)[],
  inputs: readonly string[],
  force: boolean,
  io: CliIo
): void {
  const problems = outputProblems(
    outputs.filter((o): o is string => o !== undefined),
    inputs,
    force,
    io
  );
  if (problems.length === 0) return;
  printProblems(problems, io);
  throw new OutputRefused(problems.map((p) => p.where?.file ?? "").join(", "));
}
