/**
 * `gridscore new`, `export`, and `score` on a workbook: the .xlsx side of the CLI.
 */
import { randomUUID } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { buildScoresheet } from "../layout";
import type { WorkbookIdentity } from "../layout";
import { readXlsxScoresheet, writeXlsx } from "../writers/xlsx";
import type { XlsxScoresheet } from "../writers/xlsx";
import { textProblems } from "../engine";
import { LEVELS } from "../standard";
import type { Evaluation } from "../engine";
import { InputRefused, UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { loadEvaluationDocument, printProblems, refuseUnwritable, writtenLines } from "./shared";
import { loadPlan } from "./planInput";
import { openInput } from "./gate";
import { checkOutputs } from "./outputs";
import { optionClashes } from "./optionClash";

const VERSION = (
  JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  }
).version;

/** A fresh identity for a generated workbook. */
export function newIdentity(
  io: CliIo,
  kind: WorkbookIdentity["kind"] = "scoresheet"
): WorkbookIdentity {
  return {
    workbookId: randomUUID(),
    createdAt: io.now().toISOString(),
    generator: `gridscore ${VERSION}`,
    kind,
  };
}

/** A file name safe on every system, keeping Chinese names readable. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim() || "_";
}

/**
 * The files `new` writes: `out` itself for one evaluator (or none), else one personalised copy per evaluator
 * (out-张三.xlsx, …). Two evaluators whose names give the same file name are a usage error.
 */
export function evaluatorTargets(
  out: string,
  evaluators: readonly string[]
): { file: string; evaluator: string | undefined }[] {
  const targets =
    evaluators.length <= 1
      ? [{ file: out, evaluator: evaluators[0] }]
      : evaluators.map((e) => ({
          file: path.join(
            path.dirname(out),
            `${path.basename(out, path.extname(out))}-${safeFileName(e)}.xlsx`
          ),
          evaluator: e,
        }));
  // Name the two evaluators and the one file (张三 twice, or 张/三 and 张_三 once made safe).
  const twin = targets.find((t, i) => targets.findIndex((u) => u.file === t.file) !== i);
  if (twin) {
    const first = targets.find((t) => t.file === twin.file)!;
    if (first.evaluator === twin.evaluator)
      throw new UsageError(
        `--evaluator “${twin.evaluator ?? ""}”给了两次；每位评估人只写一次 / --evaluator "${twin.evaluator ?? ""}" is given twice; give each evaluator once`
      );
    throw new UsageError(
      `评估人“${first.evaluator ?? ""}”和“${twin.evaluator ?? ""}”的评分表都会写成 ${twin.file}；请去掉重复的 --evaluator，或改用能区分的姓名 / evaluators "${first.evaluator ?? ""}" and "${twin.evaluator ?? ""}" would both be written to ${twin.file}; drop the repeated --evaluator or give names that differ`
    );
  }
  return targets;
}

/** `gridscore new <out.xlsx> [--inputs e.json] [--evaluator NAME]... [--organization NAME] [--force]` */
export async function newCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const from = await import("./newFromCommand");
  if (from.isNewFrom(argv)) return from.newFromCommand(argv, io);
  const args = parseArgs(argv, ["inputs", "evaluator", "organization", "plan"], ["force"], {
    "-o": "--out",
  });
  const planFile = args.flags.get("plan")?.[0];
  const plan = planFile ? loadPlan(planFile, io) : undefined;
  if (args.positional.length !== 1)
    throw new UsageError("new 只接受一个输出文件 / new takes exactly one output file");
  const out = args.positional[0]!;
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError("输出文件名须以 .xlsx 结尾 / the output file must end in .xlsx");
  const inputs = args.flags.get("inputs")?.[0];
  const organization = args.flags.get("organization")?.[0];
  // With a plan and no --evaluator, one copy per member of the group.
  const evaluators =
    args.flags.get("evaluator") ?? plan?.members.map((m) => m.name).filter((n) => n.trim()) ?? [];
  const targets = evaluatorTargets(out, evaluators);
  checkOutputs(
    targets.map((t) => t.file),
    [inputs, planFile].filter((f): f is string => f !== undefined),
    args.flags.has("force"),
    io
  );
  // Version 1 or 2; version 2 also fills the eligibility, group and procedure sheets.
  const doc = inputs ? loadEvaluationDocument(inputs, io) : undefined;
  const base: Evaluation = doc?.evaluation ?? {
    format: "gridscore-evaluation/1",
    meta: {},
    items: {},
  };
  // An option that names what the file already records must agree with it: nothing typed is silently replaced.
  const optionErrors = inputs
    ? optionClashes(inputs, "--inputs", [
        {
          option: "--organization",
          given: organization ? [organization] : [],
          recorded: base.meta.organization,
        },
        {
          option: "--evaluator",
          given: evaluators,
          recorded: base.meta.evaluator,
          ...(!args.flags.has("evaluator") && planFile ? { fromPlan: planFile } : {}),
        },
      ])
    : [];
  if (optionErrors.length > 0) {
    for (const c of optionErrors) io.err(c);
    return 1;
  }
  const evaluationSheets = {
    ...(doc?.eligibility ? { eligibility: doc.eligibility } : {}),
    ...(doc?.group ? { group: doc.group } : {}),
    ...(doc?.procedure ? { procedure: doc.procedure } : {}),
  };
  // The plan decides the organization and level (4.3): a different one given with it is refused, naming both.
  if (plan) {
    const clashes = [
      ...[
        ["--organization", organization],
        [inputs ?? "--inputs", base.meta.organization],
      ]
        .filter(
          ([, v]) =>
            v !== undefined &&
            plan.organization !== undefined &&
            v.trim() !== plan.organization.trim()
        )
        .map(
          ([from, v]) =>
            `错误：被评单位与评估方案不一致：${from} 为“${v}”，评估方案 ${planFile} 为“${plan.organization}”；请改用方案中的单位，或去掉 ${from === "--organization" ? "--organization" : "该文件中的单位"}\n` +
            `  error: the organization differs from the plan's: ${from} gives "${v}", the plan ${planFile} "${plan.organization}"; use the plan's organization, or ${from === "--organization" ? "leave out --organization" : "remove it from that file"}\n`
        ),
      ...(base.meta.level !== undefined &&
      plan.level !== undefined &&
      base.meta.level !== plan.level
        ? [
            `错误：层级与评估方案不一致：${inputs ?? "--inputs"} 为“${LEVELS[base.meta.level].zh}”，评估方案 ${planFile} 为“${LEVELS[plan.level].zh}”\n` +
              `  error: the level differs from the plan's: ${inputs ?? "--inputs"} gives ${LEVELS[base.meta.level].en}, the plan ${planFile} ${LEVELS[plan.level].en}\n`,
          ]
        : []),
    ];
    if (clashes.length > 0) {
      for (const c of clashes) io.err(c);
      return 1;
    }
  }
  // A text no cell can hold is refused before anything is written (README: Inputs): nothing is cut.
  const unwritable = textProblems({
    ...base,
    meta: {
      ...base.meta,
      ...(organization ? { organization } : {}),
      ...(evaluators.length ? { evaluator: evaluators.join("") } : {}),
    },
  }).map((p) => (inputs ? { ...p, where: { file: inputs } } : p));
  if (unwritable.length > 0) {
    printProblems(unwritable, io);
    return 1;
  }
  const models = targets.map((t) => {
    const meta = {
      ...base.meta,
      ...(organization ? { organization } : {}),
      ...(t.evaluator ? { evaluator: t.evaluator } : {}),
    };
    return buildScoresheet({
      evaluation: { ...base, meta },
      identity: newIdentity(io),
      evaluationSheets,
      ...(plan ? { plan } : {}),
    });
  });
  // The cells as written (joined notes, a plan's reasons, escapes counted): every copy checked before any is written.
  if (refuseUnwritable(models, io, inputs)) return 1;
  for (const [i, t] of targets.entries()) {
    io.writeFile(t.file, await writeXlsx(models[i]!));
    io.out(`${t.file}\n`);
  }
  return 0;
}

/** Reads a workbook for a command through the input gate, printing every problem; refuses it when it cannot be scored. */
export async function loadWorkbook(file: string, io: CliIo): Promise<XlsxScoresheet> {
  const opened = openInput(file, io, ["workbook"]);
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(file);
  }
  return loadWorkbookBytes(file, opened.bytes, io);
}

/** Reads workbook bytes the gate let through, printing every problem; refuses it when it cannot be scored. */
export async function loadWorkbookBytes(
  file: string,
  bytes: Uint8Array,
  io: CliIo
): Promise<XlsxScoresheet> {
  const result = await readXlsxScoresheet(bytes, file);
  if (!result.ok) {
    printProblems(result.errors, io);
    throw new InputRefused(file);
  }
  return result.sheet;
}

/** `gridscore export <file.xlsx> [-o evaluation.json]`: the evaluation JSON of a filled workbook. */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["out"], ["force"], { "-o": "--out" });
  if (args.positional.length !== 1)
    throw new UsageError("export 只接受一个工作簿 / export takes exactly one workbook");
  const file = args.positional[0]!;
  const out = args.flags.get("out")?.[0];
  checkOutputs([out], [file], args.flags.has("force"), io);
  // Version 2: the inputs with the eligibility, group and procedure sheets' data.
  const exporting = await import("./exportDocument");
  const sheet = await exporting.exportDocument(file, io);
  printProblems([...sheet.errors, ...sheet.warnings], io);
  const lostInputs = exporting.refuseLostInputs(sheet, file, io);
  if (exporting.refusePlanLost(sheet, file, io) || lostInputs) return 1;
  const json = JSON.stringify(sheet.json, null, 2) + "\n";
  if (out) {
    io.writeFile(out, json);
    io.out(writtenLines([out]));
  } else io.out(json);
  return sheet.errors.length > 0 ? 1 : 0;
}
