/**
 * A new user's finding 10: `new --from 整改台账.xlsx` said "不是 gridscore 生成的评分表（缺少识别信息）" of a workbook
 * gridscore made. A remediation plan (plan, report --sheet) and a roll-up are named as what they are, with what to
 * pass instead, by every command that reads an evaluation.
 */
import * as path from "path";
import { EXAMPLE, runCli, tmpDir } from "../followup/support";

const PLAN_ZH =
  "这是整改台账（gridscore plan 或 report --sheet 的输出），不是评分表；请给评分表、共识工作簿或评价 JSON（复评 new --from 给上次的评分表或共识工作簿）。整改台账用 --plan-status 传入";
const PLAN_EN =
  "this is a remediation plan (made by gridscore plan or report --sheet), not a scoresheet: give a scoresheet, a consensus workbook or an evaluation JSON";
const ROLLUP_ZH =
  "这是多个单位的汇总工作簿（gridscore rollup 的输出），不是评分表；请给某个单位的评分表、共识工作簿或评价 JSON";

describe("a gridscore workbook that is not a scoresheet says what it is", () => {
  let dir: string;
  let plan: string;
  let reportSheet: string;
  let rollup: string;
  beforeAll(async () => {
    dir = tmpDir();
    plan = path.join(dir, "整改台账.xlsx");
    reportSheet = path.join(dir, "报告.xlsx");
    rollup = path.join(dir, "汇总.xlsx");
    expect((await runCli(["plan", EXAMPLE, "-o", plan])).code).toBe(0);
    expect(
      (await runCli(["report", EXAMPLE, "-o", path.join(dir, "r.docx"), "--sheet", reportSheet]))
        .code
    ).toBe(0);
    expect((await runCli(["rollup", EXAMPLE, "-o", rollup])).code).toBe(0);
  });

  test("new --from a remediation plan: named, with --plan-status as the way to pass it", async () => {
    const run = await runCli(["new", path.join(dir, "next.xlsx"), "--from", plan]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`错误：文件 ${plan}：${PLAN_ZH}`);
    expect(run.err).toContain(`error: file ${plan}: ${PLAN_EN}`);
    expect(run.err).toContain(
      "gridscore new 新表.xlsx --from 上次.xlsx --plan-status 整改台账.xlsx"
    );
    expect(run.err).not.toContain("缺少识别信息");
  });

  test.each([
    ["score", (f: string) => ["score", f]],
    ["merge", (f: string) => ["merge", f]],
    ["export", (f: string) => ["export", f]],
    ["compare", (f: string) => ["compare", EXAMPLE, f]],
    ["report", (f: string) => ["report", f, "-o", path.join(dir, "x.docx")]],
  ])("%s of a report --sheet workbook (report and plan) says the same", async (_name, argv) => {
    const run = await runCli(argv(reportSheet));
    expect(run.code).toBe(1);
    expect(run.err).toContain(PLAN_ZH);
  });

  test("a roll-up is named as one", async () => {
    const run = await runCli(["score", rollup]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`错误：文件 ${rollup}：${ROLLUP_ZH}`);
  });
});
