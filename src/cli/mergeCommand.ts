/**
 * `gridscore merge <file>... [--method mean|median|trimmed] [-o consensus.xlsx] [--json]`
 */
import { formatProblem, formatScore, formatSignedPercent } from "../engine";
import {
  DEFAULT_DEVIATION_LIMIT,
  MERGE_METHODS,
  METHOD_ZH,
  buildConsensusWorkbook,
  checkCandidates,
  consensusGroup,
  consensusMeta,
  mergeExperts,
  roundingNote,
  validExperts,
  withExcluded,
} from "../merge";
import type { MergeMethod, MergeResult, MergeCandidate } from "../merge";
import { writeXlsx } from "../writers/xlsx";
import { UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { printProblems, refuseUnwritable, writtenLines } from "./shared";
import { readFilesInOrder, workersOption } from "./readPool";
import { checkOutputs } from "./outputs";
import { columns, gapNotes } from "./render";
import { newIdentity } from "./workbookCommands";

function withMessages<T extends object>(
  ps: readonly T[]
): (T & { message: string; messageEn: string })[] {
  return ps.map((p) => ({
    ...p,
    message: formatProblem(p as Parameters<typeof formatProblem>[0], "zh-CN"),
    messageEn: formatProblem(p as Parameters<typeof formatProblem>[0], "en-US"),
  }));
}

/** The `--json` shape of a merge. */
export function mergeJson(result: MergeResult): unknown {
  return {
    method: result.record.method,
    applied: result.record.applied,
    record: result.record,
    experts: result.experts.map(
      ({ file, evaluator, total, pass, deviationPct, needsExplanation }) => ({
        file,
        evaluator,
        total,
        pass,
        deviationPct,
        needsExplanation,
      })
    ),
    agreement: result.agreement,
    deviationLimit: result.deviationLimit,
    // Everything of an item but what template --json already gives (title, table, cap).
    items: result.items.map(({ title, tableId, cap, ...item }) => item),
    tables: result.tables.map(({ id, max, declaredMax, score }) => ({
      id,
      max,
      declaredMax,
      score,
    })),
    total: result.total,
    exactTotal: result.exactTotal,
    max: result.max,
    declaredMax: result.declaredMax,
    pass: result.pass,
    verdict: result.verdict,
    errors: [],
    warnings: withMessages(result.warnings),
  };
}

/** The rounding note as a CLI line ("" when there is none). */
export function roundingLine(result: MergeResult): string {
  const note = roundingNote(result);
  return note ? `${note}\n` : "";
}

function renderMerge(result: MergeResult): string {
  const experts = columns(
    [
      ["专家", "文件", "总分", "结论", "偏离均值"],
      ...result.experts.map((e) => [
        e.evaluator,
        e.file,
        formatScore(e.total),
        e.verdict,
        `${formatSignedPercent(e.deviationPct)}${e.needsExplanation ? `（超过±${formatScore(result.deviationLimit)}%，须书面说明）` : ""}`,
      ]),
    ],
    [2, 4]
  );
  const tables = columns(
    [
      ["表", "名称", "共识得分", "满分(计算)", "满分(标注)"],
      ...result.tables.map((t) => [
        t.id,
        t.title,
        formatScore(t.score),
        String(t.max),
        String(t.declaredMax),
      ]),
    ],
    [2, 3, 4]
  );
  const flagged = result.items.filter((i) => i.flagged);
  const flaggedText = flagged.length
    ? flagged
        .map(
          (i) =>
            `  ${i.id} ${i.title}：共识 ${formatScore(i.consensus)}，最低 ${formatScore(i.min)}（${i.lowest.join("、")}），最高 ${formatScore(i.max)}（${i.highest.join("、")}）${i.statusConflict ? "，状态不一致" : ""}${i.outliers.length ? `，畸高畸低：${i.outliers.join("、")}` : ""}`
        )
        .join("\n") + "\n"
    : "  无\n";
  const notes = gapNotes();
  const excluded = result.record.excluded ?? [];
  const excludedText = excluded.length
    ? `\n未计入合并的文件（${excluded.length}，--skip-invalid）：\n${excluded
        .map((x) => `  ${x.file}：${x.reasons.join("；")}`)
        .join("\n")}\n`
    : "";
  const alpha = result.agreement.alpha;
  const agreement = `评估组一致性（Krippendorff α，区间尺度）：${alpha === null ? "无法计算" : formatScore(alpha)}；${result.agreement.reading}\n`;
  // The method, as the workbook and the report name it (the default is the mean: README, merge).
  const method = `共识方法：${METHOD_ZH[result.record.applied]}${result.record.applied !== result.record.method ? `（所选为${METHOD_ZH[result.record.method]}，专家不足5位，改用算术平均）` : ""}\n`;
  return `${excludedText}${method}${experts}\n${agreement}${tables}${notes}${roundingLine(result)}\n共识总分 ${formatScore(result.total)} / ${result.max}（标注${result.declaredMax}）  合格线 ${result.passMark}  结论：${result.verdict}\n\n需讨论的项目（${flagged.length}）：\n${flaggedText}`;
}

/** Reads every input (in order; on worker threads when there are many), refuses the merge with every problem listed, or writes the consensus. */
export async function mergeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv,
    ["method", "out", "deviation-limit", "workers"],
    ["json", "force", "skip-invalid"],
    { "-o": "--out" }
  );
  const limitText = args.flags.get("deviation-limit")?.[0];
  const deviationLimit = limitText === undefined ? DEFAULT_DEVIATION_LIMIT : Number(limitText);
  // A plain decimal with at most 2 decimals, as every input (README: Numbers): not 12.345, 1e1, 0x1E or " 30".
  if (
    limitText !== undefined &&
    !(/^\d{1,3}(\.\d{1,2})?$/.test(limitText) && deviationLimit > 0 && deviationLimit <= 100)
  )
    throw new UsageError(
      `--deviation-limit 的值“${limitText}”无效：偏离限值是百分数，应大于0、不超过100，最多两位小数；请改填如 30 或 12.35 / --deviation-limit "${limitText}" is invalid: the limit is a percent above 0 and at most 100, with at most 2 decimals; give e.g. 30 or 12.35`
    );
  // Many files are read on worker threads, one per core (readPool.ts).
  const workers = workersOption(args.flags.get("workers")?.[0]);
  const method = (args.flags.get("method")?.[0] ?? "mean") as MergeMethod;
  if (!MERGE_METHODS.includes(method))
    throw new UsageError(
      `--method 的值“${method}”无效：只能是 mean（算术平均）、median（中位数）或 trimmed（去掉一个最高分和一个最低分后平均） / --method "${method}" is invalid: give mean, median or trimmed`
    );
  if (args.positional.length === 0)
    throw new UsageError("merge 至少需要一个文件 / merge needs at least one file");
  const out = args.flags.get("out")?.[0];
  if (out && !out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError("-o 须为 .xlsx 文件 / -o must name an .xlsx file");
  checkOutputs([out], args.positional, args.flags.has("force"), io);
  const candidates: MergeCandidate[] = [];
  await readFilesInOrder("merge", args.positional, io, (c) => void candidates.push(c), workers);
  const errors = checkCandidates(candidates);
  const skip = args.flags.has("skip-invalid");
  const valid = validExperts(candidates, errors);
  const excluded = skip ? valid.excluded : [];
  const experts = skip
    ? valid.experts
    : candidates.flatMap((c) => (c.kind === "read" ? [c.expert] : []));
  if (errors.length > 0 && (!skip || experts.length === 0)) {
    printProblems(errors, io);
    if (skip) printProblems([{ code: "no-inputs" }], io);
    if (args.flags.has("json"))
      io.out(JSON.stringify({ method, errors: withMessages(errors) }, null, 2) + "\n");
    return 1;
  }
  const merged = mergeExperts(experts, method, io.now().toISOString(), deviationLimit);
  const result: MergeResult = withExcluded(merged, excluded);
  if (excluded.length) printProblems(errors, io);
  printProblems(result.warnings, io);
  if (out) {
    // The group evaluates one unit: the consensus carries the unit and level most experts name, the evaluation's
    // own date (the experts' dates, not today's), and the merged experts as the group.
    const consensus = buildConsensusWorkbook(
      result,
      newIdentity(io, "consensus"),
      consensusMeta(experts),
      consensusGroup(experts)
    );
    // Long notes are continued or fitted by the layout; any other text no cell holds is refused, not cut.
    if (refuseUnwritable([consensus], io)) return 1;
    io.writeFile(out, await writeXlsx(consensus));
  }
  io.out(
    args.flags.has("json")
      ? JSON.stringify(mergeJson(result), null, 2) + "\n"
      : renderMerge(result) + writtenLines([out])
  );
  return 0;
}
