/**
 * The CLI's usage text: the whole of it for `gridscore help` and `--help`, one command's block for
 * `gridscore help <command>` and `gridscore <command> --help`, and the one-line hint printed after a usage error
 * (the full text would bury the error).
 */
import { REPORT_USAGE } from "../report/usage";

/** Each command's lines, in the order the full usage lists them. */
const COMMANDS: readonly (readonly [string, string])[] = [
  [
    "template",
    `  gridscore template [--json]                          附录A评分表（全部评价内容、要求、扣分标准与上限）
                                                       / the Appendix A scoresheet: every item, requirement, deduction rule and cap`,
  ],
  [
    "new",
    `  gridscore new <out.xlsx> [--inputs evaluation.json] [--plan plan.json] [--evaluator NAME]... [--organization NAME] [--force]
                                                       生成评分表工作簿（多个评估人各生成一份）
                                                       / a scoresheet workbook (one per evaluator)
  gridscore new <next.xlsx> --from <previous.xlsx|consensus.xlsx|evaluation.json> [--plan-status plan.xlsx] ...
                                                       复评：带上次的单位、层级、评估组，每行只读显示上次扣分、说明和整改状态
                                                       / re-evaluation: carries the unit, level and group; each line shows last time's deduction, note and follow-up status, read-only`,
  ],
  [
    "score",
    `  gridscore score <file.xlsx|evaluation.json> [--json] 校验并计分
                                                       / checks and scores`,
  ],
  [
    "export",
    `  gridscore export <file.xlsx> [-o evaluation.json] [--force]
                                                       导出已填工作簿的评价 JSON（gridscore-evaluation/2）
                                                       / a filled workbook's evaluation as JSON (gridscore-evaluation/2)`,
  ],
  [
    "merge",
    `  gridscore merge <file>... [--method mean|median|trimmed] [-o consensus.xlsx] [--json] [--skip-invalid] [--deviation-limit PCT] [--workers N]
                                                       合并评估组各专家的评分表，得出共识评分
                                                       / merges the group's scoresheets into the consensus score
  merge 加 --skip-invalid：排除有错误的文件，只合并其余文件，并记录排除了哪些文件及原因
  / --skip-invalid: leaves out files with errors, merges the rest, and records which were left out and why
  --deviation-limit PCT：偏离限值（%），大于0、不超过100、最多两位小数，默认30
  / the deviation limit in %: above 0, at most 100, at most 2 decimals; 30 by default`,
  ],
  ["report", REPORT_USAGE],
  [
    "plan",
    `  gridscore plan <file.xlsx|evaluation.json|consensus.xlsx> -o plan.xlsx [--force]
                                                       整改台账（每项失分的评价要求一行，可跟踪整改）
                                                       / the follow-up register: one row per requirement that lost points, to track its correction`,
  ],
  [
    "compare",
    `  gridscore compare <before> <after> [--plan-status plan.xlsx] [--json] [-o compare.docx] [--force]
                                                       比较两次评估：各表、各项的变化，新失分与已恢复的要求（-o 另存 Word）
                                                       / compares two evaluations: changes per table and item, new losses and recovered requirements (-o also writes Word)`,
  ],
  [
    "rollup",
    `  gridscore rollup <文件或文件夹 / files or folders>... [-o rollup.xlsx] [--json] [--csv units.csv] [--force] [--workers N]
                                                       汇总多个单位的评分表和共识工作簿（按层级、薄弱项、分布；16个文件起多线程读取）
                                                       / rolls up many units' scoresheets and consensus workbooks (by level, weakest requirements, distribution; worker threads from 16 files)`,
  ],
  [
    "migrate",
    `  gridscore migrate <old.xlsx> --to <edition.json> -o <new.xlsx> [--json] [--force]
                                                       把评分表迁移到另一标准版本：两版都有的行照搬，逐行列出未迁移的及原因
                                                       / moves a scoresheet to another edition: lines in both are carried, every other is listed with the reason`,
  ],
  [
    "version",
    `  gridscore --version | -V | version                   版本号，以及所用标准的编号、转录版本和模板指纹
                                                       / the version, and the standard's code, transcription version and template fingerprint`,
  ],
  [
    "help",
    `  gridscore help [命令 / command]                      全部用法，或一个命令的用法
                                                       / all usage, or one command's`,
  ],
];

const STANDARD_NOTE = `  每个命令都可加 --standard FILE：使用该标准版本文件（gridscore-edition/1）；读工作簿时按其记录的版本
  / every command takes --standard FILE: an edition file to write with; workbooks are read in the edition they record`;

const EXIT_CODES = `退出码 / exit codes:
  0 完成，1 输入有错误（已逐条列出），2 用法错误，3 输出被拒绝（已存在、是输入文件、是文件夹或文件夹不存在）
  / 0 done, 1 the input has errors (each listed), 2 usage error, 3 an output refused (it exists, is an input, is a folder or its folder is missing)`;

/** The whole usage text (`gridscore help`, `--help`). */
export const USAGE = `用法 / usage:
${COMMANDS.map(([, lines]) => lines).join("\n")}

${STANDARD_NOTE}

${EXIT_CODES}
`;

/** Whether `name` is a command with its own usage block. */
export function isCommand(name: string): boolean {
  return COMMANDS.some(([c]) => c === name);
}

/** One command's usage (`gridscore help merge`, `gridscore merge --help`). */
export function commandUsage(name: string): string {
  const block = COMMANDS.find(([c]) => c === name)?.[1] ?? "";
  return `用法 / usage:\n${block}\n\n${STANDARD_NOTE}\n\n${EXIT_CODES}\n`;
}

/**
 * What follows a usage error: where the usage is, in one line (`gridscore help merge`), never the whole text.
 * @param command the command that was run, when it is one; otherwise the hint points at `gridscore help`
 */
export function usageHint(command: string | undefined): string {
  const help =
    command !== undefined && isCommand(command) ? `gridscore help ${command}` : "gridscore help";
  return `用法见 ${help} / for usage, run ${help}\n`;
}
