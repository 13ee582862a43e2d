/**
 * @jest-environment jsdom
 *
 * The pane's 对比 section checks the plan's source as `gridscore compare --plan-status` and `new --from
 * --plan-status` do (src/report/planIdentity.ts, test/followup/planSource.test.ts): a plan of another unit is refused
 * (not used: no comparison, no re-evaluation scoresheet), naming both units in the CLI's words; a plan of another
 * evaluation of the same unit is used, with the CLI's warning in the section's WarningList.
 */
import "./browserGlobals";
import * as fs from "fs";
import * as path from "path";
import { COMPARE_STRINGS } from "../../src/taskpane/components/ComparePanel";
import { planSourceCheck } from "../../src/taskpane/files/planSource";
import { readPlanWorkbook } from "../../src/taskpane/files/compareFiles";
import { formatProblem } from "../../src/engine";
import { EXAMPLE, runCli, tmpDir, writeJson } from "../followup/support";
import { buttonByText, text, waitFor } from "./dom";
import { fileOf, openCompare as openPair, pick, unmountCompare } from "./compareSupport";

const c = COMPARE_STRINGS["zh-CN"];
const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as {
  meta: Record<string, string>;
  items: Record<string, unknown>;
};

/** The example scores 435 on 2026-11-28, for 示例市网格化服务管理中心 at city level (省辖市). */
const OTHER_UNIT =
  "错误：文件 otherplan.xlsx：此整改台账是“另一个县中心”（县（市、区））的，而评估的被评单位是“示例市网格化服务管理中心”（省辖市）；整改状态只能来自本单位的整改台账：请改用本单位由 gridscore plan 生成的整改台账，未使用";
const OTHER_EVALUATION =
  "提示：文件 earlierplan.xlsx：此整改台账据同一单位的另一次评估制定（台账记录：日期 2025-11-20，总分 435；此次评估：日期 2026-11-28，总分 435）；已使用其整改状态，请确认是否为此次评估的台账";

afterEach(unmountCompare);

const dir = tmpDir();

/** `gridscore plan` of the example with its meta changed; returns the plan's path. */
async function planOf(name: string, meta: Record<string, string>): Promise<string> {
  const source = writeJson(dir, `${name}.json`, { ...example, meta: { ...example.meta, ...meta } });
  const out = path.join(dir, `${name}.xlsx`);
  if (fs.existsSync(out)) return out;
  expect((await runCli(["plan", source, "-o", out])).code).toBe(0);
  return out;
}

const openCompare = (): Promise<void> =>
  openPair(fileOf(EXAMPLE, "evaluation.json"), fileOf(EXAMPLE, "after.json"));

describe("the plan's source in the pane's 对比 section", () => {
  test("the adapter: another unit's plan is an error at the file, in the CLI's words", async () => {
    const plan = await planOf("otherplan", { organization: "另一个县中心", level: "county" });
    const read = await readPlanWorkbook(fs.readFileSync(plan));
    if (!read || !("facts" in read)) throw new Error("no plan read");
    expect(read.facts).toEqual({
      organization: "另一个县中心",
      level: "county",
      date: "2026-11-28",
      total: 435,
    });
    const before = {
      meta: {
        organization: "示例市网格化服务管理中心",
        level: "city" as const,
        date: "2026-11-28",
      },
      report: { total: 435 },
    };
    const problems = planSourceCheck("otherplan.xlsx", read.facts, before);
    expect(problems.map((p) => formatProblem(p, "zh-CN"))).toEqual([OTHER_UNIT]);
    // The CLI prints the same line for the same plan (there named by its path).
    const r = await runCli(["compare", EXAMPLE, EXAMPLE, "--plan-status", plan]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(OTHER_UNIT.replace("otherplan.xlsx", plan));
  });

  test("another unit's plan is refused: named, not used, no comparison and no re-evaluation", async () => {
    const plan = await planOf("otherplan", { organization: "另一个县中心", level: "county" });
    await openCompare();
    await pick("plan", fileOf(plan, "otherplan.xlsx"));
    await waitFor(
      () => document.querySelector('[data-testid="compare-message-plan"]') !== null,
      "the plan's message"
    );
    const message = text(document.querySelector('[data-testid="compare-message-plan"]'));
    expect(message).toContain(c.planOtherUnit("otherplan.xlsx"));
    expect(message).toContain(OTHER_UNIT);
    await waitFor(
      () => document.querySelector('[data-testid="compare-result"]') === null,
      "no comparison"
    );
    expect(buttonByText(c.next).disabled).toBe(true);
  });

  test("another evaluation's plan of the same unit is used, with the CLI's warning", async () => {
    const plan = await planOf("earlierplan", { date: "2025-11-20" });
    const r = await runCli(["compare", EXAMPLE, EXAMPLE, "--plan-status", plan]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(OTHER_EVALUATION.replace("earlierplan.xlsx", plan));
    await openCompare();
    await pick("plan", fileOf(plan, "earlierplan.xlsx"));
    await waitFor(
      () => text(document.querySelector('[data-testid="compare-warnings"]')).includes("另一次评估"),
      "the warning"
    );
    expect(text(document.querySelector('[data-testid="compare-warnings"]'))).toContain(
      OTHER_EVALUATION
    );
    expect(document.querySelector('[data-testid="compare-message-plan"]')).toBeNull();
    expect(document.querySelector('[data-testid="compare-result"]')).not.toBeNull();
    expect(buttonByText(c.next).disabled).toBe(false);
  });

  test("the evaluation's own plan: used without a word", async () => {
    const plan = await planOf("ownplan", {});
    await openCompare();
    await pick("plan", fileOf(plan, "ownplan.xlsx"));
    expect(document.querySelector('[data-testid="compare-message-plan"]')).toBeNull();
    expect(text(document.querySelector('[data-testid="compare-warnings"]'))).not.toContain(
      "整改台账"
    );
    expect(buttonByText(c.next).disabled).toBe(false);
  });
});
