/**
 * `gridscore merge <file>... [--method mean|median|trimmed] [-o consensus.xlsx] [--json]`
 */
import * as path from "path";
import { formatProblem } from "../engine";
import {
  MERGE_METHODS,
  buildConsensusWorkbook,
  checkCandidates,
  mergeExperts,
  readCandidate,
} from "../merge";
import type { ExpertInput, MergeMethod, MergeResult, MergeCandidate } from "../merge";
import { writeXlsx } from "../writers/xlsx";
import { UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { printProblems } from "./shared";
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
    max: result.max,
    declaredMax: result.declaredMax,
    pass: result.pass,
    verdict: result.verdict,
    errors: [],
    warnings: withMessages(result.warnings),
  };
}

function renderMerge(result: MergeResult): string {
  const experts = columns(
    [
      ["专家", "文件", "总分", "结论"],
      ...result.experts.map((e) => [e.evaluator, e.file, String(e.total), e.verdict]),
    ],
    [2]
  );
  const tables = columns(
    [
      ["表", "名称", "共识得分", "满分(计算)", "满分(标注)"],
      ...result.tables.map((t) => [
        t.id,
        t.title,
        String(t.score),
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
  return `${experts}\n${tables}${notes}\n共识总分 ${result.total} / ${result.max}（标注${result.declaredMax}）  合格线 ${result.passMark}  结论：${result.verdict}\n\n需讨论的项目（${flagged.length}）：\n${flaggedText}`;
}

/** Reads every input one at a time, refuses the merge with every problem listed, or writes the consensus. */
export async function mergeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["method", "out"], ["json", "force"], { "-o": "--out" });
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
  if (out && args.positional.some((f) => path.resolve(f) === path.resolve(out)))
    throw new UsageError("输出会覆盖某个输入文件，已拒绝 / the output would overwrite an input");
  const candidates: MergeCandidate[] = [];
  for (const file of args.positional) {
    if (!io.exists(file)) {
      candidates.push({
        kind: "refused",
        file,
        errors: [
          { code: "file-unreadable", reason: "file not found / 文件不存在", where: { file } },
        ],
      });
      continue;
    }
    candidates.push(await readCandidate(file, io.readFile(file)));
  }
  const errors = checkCandidates(candidates);
  if (errors.length > 0) {
    printProblems(errors, io);
    if (args.flags.has("json"))
      io.out(JSON.stringify({ method, errors: withMessages(errors) }, null, 2) + "\n");
    return 1;
  }
  const experts = candidates.flatMap((c): ExpertInput[] => (c.kind === "read" ? [c.expert] : []));
  const result = mergeExperts(experts, method, io.now().toISOString());
  printProblems(result.warnings, io);
  if (out) {
    if (io.exists(out) && !args.flags.has("force")) {
      io.err(
        `错误: 文件 ${out} 已存在，未覆盖（要覆盖请加 --force） / file exists, not overwritten (use --force)\n`
      );
      return 1;
    }
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
