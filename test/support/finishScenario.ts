/**
 * Issue 11's scenario, as a new user would make it: five experts (dated, with notes, one status conflict, a
 * filled 评估组 sheet in one workbook) merged by trimmed mean into a consensus workbook, its Word report, and
 * a filled scoresheet with errors. Written through the real CLI commands into a folder; temporary long paths
 * on purpose (the consensus must print file names, with paths only in its small-print annex).
 */
import * as fs from "fs";
import * as path from "path";
import type { Evaluation } from "../../src/engine";
import { buildScoresheet } from "../../src/layout";
import type { GroupMember } from "../../src/layout/evaluationSheets";
import { writeXlsx } from "../../src/writers/xlsx";
import { main } from "../../src/cli/main";
import { processIo } from "../../src/cli/io";
import type { CliIo } from "../../src/cli/io";
import { KNOWN } from "../report/fixtures";

const GROUP: GroupMember[] = [
  { name: "王建国", field: "standardization", unit: "市标准化研究院", role: "leader" },
  { name: "李秀英", field: "industry", unit: "市网格化服务管理中心", role: "member" },
  { name: "张伟", field: "management", unit: "区政务服务中心", role: "member" },
  { name: "刘洋", field: "standardization", unit: "省质量技术研究所", role: "member" },
  { name: "陈静", field: "industry", unit: "街道综合治理办公室", role: "member" },
];

/** Expert k's evaluation: A.1.1 lost 1, 1, 1, 0, 0 (a third in the mean); A.2.2 not applicable for one. */
export function expertEvaluation(k: number): Evaluation {
  const name = GROUP[k]!.name;
  return {
    format: "gridscore-evaluation/1",
    meta: {
      organization: "示例区网格化服务管理中心",
      level: "county",
      evaluator: name,
      role: "expert",
      date: k < 3 ? "2026-06-02" : "2026-06-03",
    },
    items: {
      "A.1.1": {
        lines: { "A.1.1.1": k < 3 ? 1 : 0 },
        notes: k < 3 ? { "A.1.1.1": `${name}：方针未正式发布，仅有征求意见稿，未见发布文件` } : {},
      },
      "A.1.2": {
        lines: { "A.1.2.1": k === 0 ? 2 : 1.5 },
        notes: { "A.1.2.1": "机构图未含标准化机构，部门职责划分未覆盖标准化工作" },
      },
      "A.2.2": k === 4 ? { status: "na", notes: { "A.2.2": "本级不制定导则" } } : { lines: {} },
      "A.3.3": { status: "absent" },
      "A.7.1": { value: 85 + k },
      "A.7.2": { value: 90 },
      "A.7.3": { level: "provincial" },
      "A.7.4": { level: "significant" },
    },
  };
}

/**
 * One scoresheet per name, filled as {@link expertEvaluation} k mod 5 with that evaluator, written into dir:
 * groups of any size (4.2: 5–7; more for the print and worker tests).
 */
export async function writeExpertWorkbooks(
  dir: string,
  names: readonly string[],
  prefix = "专家"
): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [k, name] of names.entries()) {
    const e = expertEvaluation(k % 5);
    const file = path.join(dir, `${prefix}${k}.xlsx`);
    const model = buildScoresheet({
      identity: {
        workbookId: `${String(k).padStart(8, "5")}-1111-4222-8333-444444444444`,
        createdAt: "2026-06-01T00:00:00.000Z",
        generator: "test",
        kind: "scoresheet",
      },
      evaluation: { ...e, meta: { ...e.meta, evaluator: name } },
    });
    fs.writeFileSync(file, await writeXlsx(model));
    files.push(file);
  }
  return files;
}

function captureIo(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...processIo,
    out: (s) => void out.push(s),
    err: (s) => void err.push(s),
    now: () => new Date("2026-11-29T09:42:39.674Z"),
  };
  return { io, out, err };
}

export interface Scenario {
  readonly experts: string[];
  readonly consensus: string;
  readonly report: string;
  readonly scoresheet: string;
}

/** Writes the scenario's files into dir (made if missing) and returns their paths. */
export async function writeScenario(dir: string): Promise<Scenario> {
  const inputs = path.join(dir, "returned-by-email", "2026-06-03 expert workbooks (scanned)");
  fs.mkdirSync(inputs, { recursive: true });
  const experts: string[] = [];
  for (let k = 0; k < GROUP.length; k++) {
    const file = path.join(inputs, `评分表-${GROUP[k]!.name}.xlsx`);
    const model = buildScoresheet({
      identity: {
        workbookId: `0000000${k}-1111-4222-8333-444444444444`,
        createdAt: "2026-06-01T00:00:00.000Z",
        generator: "test",
        kind: "scoresheet",
      },
      evaluation: expertEvaluation(k),
      ...(k === 0 ? { evaluationSheets: { group: GROUP } } : {}),
    });
    fs.writeFileSync(file, await writeXlsx(model));
    experts.push(file);
  }
  const consensus = path.join(dir, "consensus.xlsx");
  const report = path.join(dir, "report.docx");
  const merge = captureIo();
  const mergeCode = await main(
    ["merge", ...experts, "--method", "trimmed", "-o", consensus, "--force"],
    merge.io
  );
  if (mergeCode !== 0) throw new Error(`merge failed: ${merge.err.join("")}`);
  const rep = captureIo();
  const repCode = await main(["report", consensus, "-o", report, "--force"], rep.io);
  if (repCode !== 0) throw new Error(`report failed: ${rep.err.join("")}`);
  // A filled scoresheet with errors and notes (the evaluator's view).
  const scoresheet = path.join(dir, "scoresheet.xlsx");
  const filled: Evaluation = {
    ...KNOWN,
    items: { ...KNOWN.items, "A.1.3": { lines: { "A.1.3.1": 99 } } },
  };
  fs.writeFileSync(
    scoresheet,
    await writeXlsx(
      buildScoresheet({
        identity: {
          workbookId: "99999999-1111-4222-8333-444444444444",
          createdAt: "2026-06-01T00:00:00.000Z",
          generator: "test",
          kind: "scoresheet",
        },
        evaluation: filled,
      })
    )
  );
  return { experts, consensus, report, scoresheet };
}
