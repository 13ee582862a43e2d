/**
 * `gridscore merge <file>... [--method mean|median|trimmed] [-o consensus.xlsx] [--json]`
 */
import { Fraction, describeProblem, exact, formatProblem, formatScore, sumExact } from "../engine";
import type { LocatedProblem } from "../engine";
import {
  MERGE_METHODS,
  buildConsensusWorkbook,
  checkCandidates,
  mergeExperts,
  readCandidate,
} from "../merge";
import type { ExpertInput, MergeMethod, MergeRecord, MergeResult, MergeCandidate } from "../merge";
import { writeXlsx } from "../writers/xlsx";
import { UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { printProblems } from "./shared";
import { openInput } from "./gate";
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
    experts: result.experts.map(({ file, evaluator, total, pass }) => ({
      file,
      evaluator,
      total,
      pass,
    })),
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

/**
 * README: Numbers. Shown figures are rounded half up to 2 decimals, the verdict is decided on the exact total,
 * and rounded subtotals may not add up to the rounded total: say so where that happens.
 */
export function roundingNote(result: Pick<MergeResult, "tables" | "total" | "exactTotal">): string {
  const shown = sumExact(result.tables.map((t) => t.score));
  const notes: string[] = [];
  if (shown !== result.total)
    notes.push(
      `注：各表共识得分四舍五入到两位小数，相加为 ${formatScore(shown)}，与总分 ${formatScore(result.total)} 不同；总分和结论按精确值（${result.exactTotal}）计算。`
    );
  else if (!new Fraction(result.exactTotal).equals(exact(result.total)))
    notes.push(`注：总分四舍五入到两位小数显示，结论按精确值（${result.exactTotal}）判定。`);
  return notes.map((n) => `${n}\n`).join("");
}

function renderMerge(result: MergeResult): string {
  const experts = columns(
    [
      ["专家", "文件", "总分", "结论"],
      ...result.experts.map((e) => [e.evaluator, e.file, formatScore(e.total), e.verdict]),
    ],
    [2]
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
            `  ${i.id} ${i.title}：共识 ${i.consensus}，最低 ${i.min}（${i.lowest.join("、")}），最高 ${i.max}（${i.highest.join("、")}）${i.statusConflict ? "，状态不一致" : ""}`
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
  return `${excludedText}${experts}\n${tables}${notes}${roundingNote(result)}\n共识总分 ${formatScore(result.total)} / ${result.max}（标注${result.declaredMax}）  合格线 ${result.passMark}  结论：${result.verdict}\n\n需讨论的项目（${flagged.length}）：\n${flaggedText}`;
}

/**
 * Reads one input through the gate (folder, missing, size, JSON bounds), then as a workbook or JSON by content.
 */
async function readInput(file: string, io: CliIo): Promise<MergeCandidate> {
  const opened = openInput(file, io, ["workbook", "json"]);
  if (!opened.ok) return { kind: "refused", file, errors: opened.problems };
  const candidate = await readCandidate(file, opened.bytes);
  return opened.kind === "json" && candidate.kind === "read"
    ? {
        ...candidate,
        expert: {
          ...candidate.expert,
          warnings: [...opened.warnings, ...candidate.expert.warnings],
        },
      }
    : candidate;
}

/** The files --skip-invalid leaves out: every file with an error, with its errors as reasons. */
export function excludedFiles(
  candidates: readonly MergeCandidate[],
  errors: readonly LocatedProblem[]
): NonNullable<MergeRecord["excluded"]> {
  const byFile = new Map<string, LocatedProblem[]>();
  for (const e of errors) {
    const file = e.where?.file;
    if (file !== undefined) byFile.set(file, [...(byFile.get(file) ?? []), e]);
  }
  return candidates.flatMap((c) => {
    const file = c.kind === "read" ? c.expert.file : c.file;
    const problems = byFile.get(file);
    if (!problems) return [];
    byFile.delete(file); // a file named twice is listed once
    return [
      {
        file,
        ...(c.kind === "read" ? { sha256: c.expert.sha256 } : {}),
        reasons: problems.map((p) => describeProblem(p, "zh-CN")),
      },
    ];
  });
}

/** Reads every input one at a time, refuses the merge with every problem listed, or writes the consensus. */
export async function mergeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["method", "out"], ["json", "force", "skip-invalid"], {
    "-o": "--out",
  });
  const method = (args.flags.get("method")?.[0] ?? "mean") as MergeMethod;
  if (!MERGE_METHODS.includes(method))
    throw new UsageError(
      `--method 只能是 ${MERGE_METHODS.join(", ")} / --method must be one of ${MERGE_METHODS.join(", ")}`
    );
  if (args.positional.length === 0)
    throw new UsageError("merge 至少需要一个文件 / merge needs at least one file");
  const out = args.flags.get("out")?.[0];
  if (out && !out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError("-o 须为 .xlsx 文件 / -o must name an .xlsx file");
  checkOutputs([out], args.positional, args.flags.has("force"), io);
  const candidates: MergeCandidate[] = [];
  for (const file of args.positional) candidates.push(await readInput(file, io));
  const errors = checkCandidates(candidates);
  const skip = args.flags.has("skip-invalid");
  const excluded = skip ? excludedFiles(candidates, errors) : [];
  const left = new Set(excluded.map((x) => x.file));
  const experts = candidates.flatMap((c): ExpertInput[] =>
    c.kind === "read" && !left.has(c.expert.file) ? [c.expert] : []
  );
  if (errors.length > 0 && (!skip || experts.length === 0)) {
    printProblems(errors, io);
    if (skip) printProblems([{ code: "no-inputs" }], io);
    if (args.flags.has("json"))
      io.out(JSON.stringify({ method, errors: withMessages(errors) }, null, 2) + "\n");
    return 1;
  }
  const merged = mergeExperts(experts, method, io.now().toISOString());
  const result: MergeResult = excluded.length
    ? {
        ...merged,
        record: { ...merged.record, excluded },
        warnings: [
          ...excluded.map((x): LocatedProblem => ({
            code: "merge-excluded",
            errors: x.reasons.length,
            where: { file: x.file },
          })),
          ...merged.warnings,
        ],
      }
    : merged;
  if (excluded.length) printProblems(errors, io);
  printProblems(result.warnings, io);
  if (out) {
    // The group evaluates one unit: the consensus carries the first expert's unit and level, dated today.
    const first = experts[0]?.evaluation.meta ?? {};
    const meta = {
      ...(first.organization ? { organization: first.organization } : {}),
      ...(first.level ? { level: first.level } : {}),
      date: io.now().toISOString().slice(0, 10),
    };
    io.writeFile(
      out,
      await writeXlsx(buildConsensusWorkbook(result, newIdentity(io, "consensus"), meta))
    );
  }
  io.out(
    args.flags.has("json") ? JSON.stringify(mergeJson(result), null, 2) + "\n" : renderMerge(result)
  );
  return 0;
}
