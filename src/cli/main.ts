/**
 * The `gridscore` command line: template and score (new, export, merge and report join as they are built).
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import { InputRefused, OutputRefused, UsageError, optionPart, parseArgs, processIo } from "./io";
import type { CliIo } from "./io";
import { templateJson, templateText } from "./template";
import { USAGE, commandUsage, isCommand, usageHint } from "./usage";
import { BUILT_IN_EDITION, activeEdition, resetEditions } from "../standard";
import { setSha256 } from "../standard/sha256";
import { installNodeInflate } from "./nodeInflate";

// ExcelJS (~0.4 s to load) and docx are loaded only by the commands that need them, so `template` and `score`
// on a JSON file start as fast as Node does (issue 15); `score` itself (the input gate, the schema) only by score.
const workbookCommands = () => import("./workbookCommands");

// Node's native SHA-256 for workbook hashes: the pure one (the task pane's) took ~2 ms a workbook (issue 15).
setSha256((data) => createHash("sha256").update(data).digest("hex"));
// And Node's zlib for the input gate's inflating, pako staying for what zlib does not inflate whole (issue 15).
installNodeInflate();

/** Runs one command; returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...given] = argv;
  try {
    // `gridscore merge --help`: that command's usage, as `gridscore help merge` gives it (not a file named
    // --help after `--`, which ends the options: README "Command line").
    const options = optionPart(given);
    if (
      command !== undefined &&
      isCommand(command) &&
      options.some((a) => a === "--help" || a === "-h")
    ) {
      io.out(commandUsage(command));
      return 0;
    }
    // `--standard FILE` (issue 16) for every command; Ajv loads only when it is given. Each run starts from the
    // built-in edition (tests run many commands in one process).
    const { argv: rest, edition } = options.includes("--standard")
      ? (await import("./editionFile")).takeStandardOption(given, io)
      : { argv: given, edition: undefined };
    resetEditions(edition);
    switch (command) {
      case "template":
        return template(rest, io);
      case "score":
        return await (await import("./scoreCommand")).score(rest, io);
      case "new":
        return await (await workbookCommands()).newCommand(rest, io);
      case "export":
        return await (await workbookCommands()).exportCommand(rest, io);
      case "merge":
        return await (await import("./mergeCommand")).mergeCommand(rest, io);
      case "plan":
        return await (await import("./planCommand")).planCommand(rest, io);
      case "compare":
        return await (await import("./compareCommand")).compareCommand(rest, io);
      case "migrate":
        return await (await import("./migrateCommand")).migrateCommand(rest, io);
      case "rollup":
        return await (await import("./rollupCommand")).rollupCommand(rest, io);
      case "report":
        (await import("./scoreCommand")).reportPreflight(rest, io);
        return await (await import("./reportCommand")).reportCommand(rest, io);
      case "help":
        return help(rest, io);
      case "version":
      case "--version":
      case "-V":
        return version(rest, io);
      case undefined:
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令“${command}” / unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // The error and where the usage is; the whole usage only on --help (it would bury the error).
      io.err(`gridscore: ${e.message}\n${usageHint(command)}`);
      return 2;
    }
    if (e instanceof InputRefused) return 1;
    if (e instanceof OutputRefused) return 3;
    const errno = e as NodeJS.ErrnoException | undefined;
    if (typeof errno?.code === "string" && typeof errno.path === "string") {
      // A file system failure the gate could not foresee (a file vanishing mid-run, a full disk): no stack trace.
      io.err(
        `错误：文件 ${errno.path}：系统错误 ${errno.code}，未完成\n` +
          `  error: file ${errno.path}: system error ${errno.code}; not done\n`
      );
      return 1;
    }
    throw e;
  }
}

/**
 * The version in package.json, read when asked (no JSON module is loaded at start-up): lib/cli and src/cli both sit
 * two folders below it.
 */
function packageVersion(): string {
  try {
    const json = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof json.version === "string" ? json.version : "（未知 / unknown）";
  } catch {
    return "（未知 / unknown）";
  }
}

/**
 * `gridscore --version`, `-V`, `version`: the program's version and the edition of the standard it scores by (the
 * built-in one, or the one given with --standard), with the fingerprint its workbooks record.
 */
function version(argv: readonly string[], io: CliIo): number {
  if (argv.length > 0) throw new UsageError("version 不接受参数 / version takes no arguments");
  const edition = activeEdition();
  const { id, title, version: transcription } = edition.standard;
  const builtIn = edition.fingerprint === BUILT_IN_EDITION.fingerprint;
  const from = builtIn ? "内置" : `文件 ${edition.file ?? ""}`;
  const fromEn = builtIn ? "built-in" : `file ${edition.file ?? ""}`;
  io.out(
    `gridscore ${packageVersion()}\n` +
      `标准版本（${from}）：${id} ${title}，${edition.scoresheet} 转录版本 ${transcription}，模板指纹 ${edition.fingerprint}\n` +
      `  standard edition (${fromEn}): ${id}, Appendix A transcription ${transcription}, template fingerprint ${edition.fingerprint}\n`
  );
  return 0;
}

/** `gridscore help [command]`: the whole usage, or one command's. */
function help(argv: readonly string[], io: CliIo): number {
  const [name, ...extra] = argv;
  if (name === undefined) {
    io.out(USAGE);
    return 0;
  }
  if (extra.length > 0 || !isCommand(name))
    throw new UsageError(`没有命令“${name}” / there is no command "${name}"`);
  io.out(commandUsage(name));
  return 0;
}

function template(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, [], ["json"]);
  if (args.positional.length > 0)
    throw new UsageError("template 不接受文件参数 / template takes no file");
  io.out(args.flags.has("json") ? JSON.stringify(templateJson(), null, 2) + "\n" : templateText());
  return 0;
}

// `node lib/cli/main.js score x.json` runs the command as bin/gridscore.js does; before, it loaded the module,
// printed nothing and exited 0. Required by the launcher or by tests, this module only exports main.
if (require.main === module)
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
