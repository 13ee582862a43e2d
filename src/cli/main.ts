/**
 * The `gridscore` command line: template and score (new, export, merge and report join as they are built).
 */
import { scoreEvaluation } from "../engine";
import type { LocatedProblem, ScoreReport } from "../engine";
import { InputRefused, OutputRefused, UsageError, parseArgs, processIo } from "./io";
import { printProblems, scoreJson } from "./shared";
import { openEvaluationSource } from "./openSource";
import type { CliIo } from "./io";
import { renderScore } from "./render";
import { templateJson, templateText } from "./template";
import { openInput } from "./gate";
import { checkOutputs } from "./outputs";
import { USAGE, commandUsage, isCommand, usageHint } from "./usage";
import { resetEditions } from "../standard";

// ExcelJS (~0.4 s to load) and docx are loaded only by the commands that need them, so `template` and `score`
// on a JSON file start as fast as Node does (issue 15).
const workbookCommands = () => import("./workbookCommands");

/** Runs one command; returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...given] = argv;
  try {
    // `gridscore merge --help`: that command's usage, as `gridscore help merge` gives it.
    if (
      command !== undefined &&
      isCommand(command) &&
      given.some((a) => a === "--help" || a === "-h")
    ) {
      io.out(commandUsage(command));
      return 0;
    }
    // `--standard FILE` (issue 16) for every command; Ajv loads only when it is given. Each run starts from the
    // built-in edition (tests run many commands in one process).
    const { argv: rest, edition } = given.includes("--standard")
      ? (await import("./editionFile")).takeStandardOption(given, io)
      : { argv: given, edition: undefined };
    resetEditions(edition);
    switch (command) {
      case "template":
        return template(rest, io);
      case "score":
        return await score(rest, io);
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
        reportPreflight(rest, io);
        return await (await import("./reportCommand")).reportCommand(rest, io);
      case "help":
        return help(rest, io);
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
        `错误: 文件 ${errno.path}：系统错误 ${errno.code}，未完成 / file ${errno.path}: system error ${errno.code}; not done\n`
      );
      return 1;
    }
    throw e;
  }
}

/**
 * The report command's input and outputs through the same gate as every other command, before it reads anything:
 * a folder, a missing or foreign file, or an output that is the input is refused here with its own message.
 * Argument errors are left to the report command itself.
 */
function reportPreflight(argv: readonly string[], io: CliIo): void {
  let args;
  try {
    args = parseArgs(argv, ["out", "sheet"], ["force"], { "-o": "--out" });
  } catch {
    return;
  }
  const file = args.positional[0];
  const out = args.flags.get("out")?.[0];
  if (args.positional.length !== 1 || file === undefined || out === undefined) return;
  if (!out.toLowerCase().endsWith(".docx")) return;
  checkOutputs([out, args.flags.get("sheet")?.[0]], [file], args.flags.has("force"), io);
  const opened = openInput(file, io, ["workbook", "json"]);
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(file);
  }
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

async function score(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [], ["json"]);
  if (args.positional.length !== 1)
    throw new UsageError("score 只接受一个文件 / score takes exactly one file");
  const file = args.positional[0]!;
  let report: ScoreReport;
  let errors: readonly LocatedProblem[];
  let warnings: readonly LocatedProblem[];
  // The one opener every command shares; a consensus is refused here (score is for one evaluator's inputs).
  const opened = await openEvaluationSource(file, io, ["json", "scoresheet"]);
  if (opened.kind === "json") {
    report = scoreEvaluation(opened.document.evaluation);
    errors = report.errors.map((p) => ({ ...p, where: { file } }));
    warnings = [...opened.fileWarnings, ...report.warnings.map((p) => ({ ...p, where: { file } }))];
  } else if (opened.kind === "scoresheet") {
    ({ report, errors, warnings } = opened.sheet);
  } else throw new InputRefused(file); // not reached: consensus workbooks are refused by the opener
  printProblems([...errors, ...warnings], io);
  if (args.flags.has("json"))
    io.out(JSON.stringify(scoreJson({ ...report, errors, warnings }), null, 2) + "\n");
  else if (errors.length === 0) io.out(renderScore(report));
  return errors.length > 0 ? 1 : 0;
}
