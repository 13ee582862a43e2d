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
import { REPORT_USAGE } from "../report/usage";
import { resetEditions } from "../standard";

// ExcelJS (~0.4 s to load) and docx are loaded only by the commands that need them, so `template` and `score`
// on a JSON file start as fast as Node does (issue 15).
const workbookCommands = () => import("./workbookCommands");

const USAGE = `用法 / usage:
  gridscore template [--json]                          附录A评分表（全部评价内容、要求、扣分标准与上限）
  gridscore new <out.xlsx> [--inputs evaluation.json] [--plan plan.json] [--evaluator NAME]... [--organization NAME] [--force]
                                                       生成评分表工作簿（多个评估人各生成一份）
  gridscore new <next.xlsx> --from <previous.xlsx|consensus.xlsx|evaluation.json> [--plan-status plan.xlsx] ...
                                                       复评：带上次的单位、层级、评估组，每行只读显示上次扣分、说明和整改状态
  gridscore score <file.xlsx|evaluation.json> [--json] 校验并计分
  gridscore export <file.xlsx> [-o evaluation.json]    导出已填工作簿的评价 JSON（gridscore-evaluation/2）
  gridscore merge <file>... [--method mean|median|trimmed] [-o consensus.xlsx] [--json] [--skip-invalid] [--deviation-limit PCT]
                                                       合并评估组各专家的评分表，得出共识评分
${REPORT_USAGE}
  gridscore plan <file.xlsx|evaluation.json|consensus.xlsx> -o plan.xlsx [--force]
                                                       整改台账（每项失分的评价要求一行，可跟踪整改）
  gridscore compare <before> <after> [--plan-status plan.xlsx] [--json] [-o compare.docx] [--force]
                                                       比较两次评估：各表、各项的变化，新失分与已恢复的要求（-o 另存 Word）
  gridscore rollup <文件或文件夹>... [-o rollup.xlsx] [--json] [--csv units.csv] [--force] [--workers N]
                                                       汇总多个单位的评分表和共识工作簿（按层级、薄弱项、分布；16个文件起多线程读取）
  gridscore migrate <old.xlsx> --to <edition.json> -o <new.xlsx> [--json] [--force]
                                                       把评分表迁移到另一标准版本：两版都有的行照搬，逐行列出未迁移的及原因
  gridscore help

  merge 加 --skip-invalid：排除有错误的文件，只合并其余文件，并记录排除了哪些文件及原因
  每个命令都可加 --standard FILE：使用该标准版本文件（gridscore-edition/1）；读工作簿时按其记录的版本
  / every command takes --standard FILE: an edition file to write with; workbooks are read in the edition they record

退出码 / exit codes: 0 完成, 1 输入有错误（已逐条列出）, 2 用法错误, 3 输出被拒绝（已存在、是输入文件、是文件夹或文件夹不存在）
`;

/** Runs one command; returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const [command, ...given] = argv;
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
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令“${command}” / unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`gridscore: ${e.message}\n${USAGE}`);
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
