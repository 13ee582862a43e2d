/**
 * `gridscore compare <before> <after> [--plan-status plan.xlsx] [--json] [-o compare.docx] [--force]`: what changed
 * between two evaluations of one unit (scoresheets, consensus workbooks or evaluation JSON, in any mix), printed,
 * and with -o also as a Word document in the report's look.
 */
import * as path from "path";
import { formatScore } from "../engine";
import { formatDateSpanZh } from "../layout/evaluationSheets";
import { compareEvaluations } from "../report/compare";
import { comparisonWarnings } from "../report/compareWarnings";
import type { Comparison, FindingChange } from "../report/compare";
import { UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { loadSoundSource } from "./evaluationSource";
import { loadPlanFile } from "./planFile";
import { printProblems, writtenLines } from "./shared";
import { checkOutputs } from "./outputs";
import { columns } from "./render";

const signed = (x: number): string => (x > 0 ? `+${formatScore(x)}` : formatScore(x));

/** The `--json` shape (issue 13): numbers rounded half up to at most 2 decimals. */
export function comparisonJson(c: Comparison): unknown {
  const n = (x: number): number => Number(formatScore(x));
  const finding = (f: FindingChange) => ({
    id: f.id,
    itemId: f.itemId,
    before: n(f.before),
    after: n(f.after),
  });
  return {
    before: { total: n(c.before.total), verdict: c.before.verdict, date: c.before.date ?? null },
    after: { total: n(c.after.total), verdict: c.after.verdict, date: c.after.date ?? null },
    delta: n(c.totalDelta),
    tables: c.tables.map((t) => ({
      id: t.id,
      before: n(t.before),
      after: n(t.after),
      delta: n(t.delta),
    })),
    items: c.items.map((i) => ({
      id: i.id,
      before: n(i.before),
      after: n(i.after),
      delta: n(i.delta),
      change: i.change,
    })),
    lines: {
      newlyLosing: c.newlyLosing.map(finding),
      recovered: c.recovered.map(finding),
      stillLosing: c.stillLosing.map(finding),
    },
    claimedFixedStillLosing: c.claimedFixed.map(finding),
  };
}

/** The comparison as text, in Chinese with English headings. */
export function renderComparison(c: Comparison, beforeFile: string, afterFile: string): string {
  const out: string[] = [];
  out.push(
    `比较 / comparison: ${beforeFile}（${formatDateSpanZh(c.before.date, "日期未填")}） → ${afterFile}（${formatDateSpanZh(c.after.date, "日期未填")}）`
  );
  out.push(
    `总分 / total: ${formatScore(c.before.total)} → ${formatScore(c.after.total)}（${signed(c.totalDelta)}），${c.before.verdict} → ${c.after.verdict}`
  );
  // Columns counted in terminal columns (CJK double width), as the score table is.
  const tableRows = [
    ["表 / table", "之前", "之后", "变化", "名称"],
    ...c.tables.map((t) => [
      t.id,
      formatScore(t.before),
      formatScore(t.after),
      signed(t.delta),
      t.title,
    ]),
  ];
  out.push("", columns(tableRows, [1, 2, 3]).trimEnd());
  // Ids padded to one width, so "A.3.3" lines up with "A.1.2.1".
  const listed = (rows: readonly (readonly [string, string])[]): void => {
    if (rows.length > 0)
      out.push(
        ...columns(rows.map(([id, text]) => ["", id, text]))
          .trimEnd()
          .split("\n")
      );
  };
  const itemList = (title: string, change: string): void => {
    const items = c.items.filter((i) => i.change === change);
    out.push("", `${title}: ${items.length}`);
    listed(
      items.map((i) => [
        i.id,
        `${formatScore(i.before)} → ${formatScore(i.after)}（${signed(i.delta)}）`,
      ])
    );
  };
  itemList("变好的项目 / improved", "improved");
  itemList("变差的项目 / worse", "worse");
  out.push("", `不变的项目 / same: ${c.items.filter((i) => i.change === "same").length}`);
  const findings = (
    title: string,
    list: readonly FindingChange[],
    show: (f: FindingChange) => string
  ) => {
    out.push("", `${title}: ${list.length}`);
    listed(list.map((f) => [f.id, show(f)]));
  };
  findings(
    "新失分的要求 / newly losing points",
    c.newlyLosing,
    (f) => `失分 ${formatScore(f.after)}`
  );
  findings("已恢复的要求 / recovered", c.recovered, (f) => `之前失分 ${formatScore(f.before)}`);
  findings(
    "仍失分的要求 / still losing",
    c.stillLosing,
    (f) => `失分 ${formatScore(f.before)} → ${formatScore(f.after)}`
  );
  findings(
    "整改台账称已完成但仍失分 / claimed fixed, still losing",
    c.claimedFixed,
    (f) => `失分 ${formatScore(f.after)}`
  );
  return out.join("\n") + "\n";
}

/** `gridscore compare`: exit 0, 1 (an input refused or with errors) or 2 (usage). */
export async function compareCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["plan-status", "out"], ["json", "force"], { "-o": "--out" });
  if (args.positional.length !== 2)
    throw new UsageError(
      "compare 需要两个评估文件（之前、之后） / compare takes two evaluations: before and after"
    );
  const [beforeFile, afterFile] = args.positional as [string, string];
  const out = args.flags.get("out")?.[0];
  if (out !== undefined && !out.toLowerCase().endsWith(".docx"))
    throw new UsageError("-o 须为 .docx 文件 / -o must name a .docx file");
  const planFile = args.flags.get("plan-status")?.[0];
  const inputs = [beforeFile, afterFile, ...(planFile ? [planFile] : [])];
  checkOutputs([out], inputs, args.flags.has("force"), io);
  const before = await loadSoundSource(beforeFile, io, ["比较", "comparison"]);
  const after = await loadSoundSource(afterFile, io, ["比较", "comparison"]);
  // The plan is the previous evaluation's: another unit's is refused, another evaluation's warned of.
  const plan = planFile
    ? await loadPlanFile(planFile, io, {
        ...(before.input.meta.organization ? { organization: before.input.meta.organization } : {}),
        ...(before.input.meta.level ? { level: before.input.meta.level } : {}),
        ...(before.input.meta.date ? { date: before.input.meta.date } : {}),
        total: before.input.report.total,
      })
    : undefined;
  printProblems(comparisonWarnings(before.input.meta, after.input.meta), io);
  const comparison = compareEvaluations(before.input, after.input, plan);
  if (out !== undefined) {
    const { renderComparisonDocx } = await import("../report/compareDocx");
    const sources = { before: path.basename(beforeFile), after: path.basename(afterFile) };
    io.writeFile(out, await renderComparisonDocx(comparison, sources));
  }
  io.out(
    args.flags.has("json")
      ? JSON.stringify(comparisonJson(comparison), null, 2) + "\n"
      : renderComparison(comparison, beforeFile, afterFile) + writtenLines([out])
  );
  return 0;
}
