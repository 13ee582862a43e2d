/**
 * The pane on the simulated Excel host with a plan copy whose recorded plan (hidden identity sheet `plan` /
 * `planData`) cannot be read back: the live check names it at its cell, and 重建 (writeScoresheet) and the .xlsx
 * export (exportXlsx) refuse with it, writing nothing, as `gridscore export` and `new --from` refuse
 * (test/cli/planRecordCorrupt.test.ts). An unfinished rewrite whose saved plan cannot be read is refused too.
 * The pane's failure line carries the engine's words in both languages. Table-driven over the kinds of damage.
 */
import { EVALUATION_FORMAT, formatProblem } from "../../src/engine";
import type { LocatedProblem } from "../../src/engine";
import { PENDING_KEY } from "../../src/office/pending";
import { describeFailure } from "../../src/taskpane/adapter/failures";
import { loadPresenter } from "../../src/taskpane/present";
import { STRINGS } from "../../src/taskpane/i18n";
import { COMMON_WORDS, CORRUPTIONS, damaged, planCopy, planDataCell } from "../support/planRecord";
import { must, setup, uninstallOffice } from "./helpers";
import { writeModelToHost } from "./modelOnHost";

afterEach(uninstallOffice);

/** Every sheet's values, to show that nothing was written. */
function everything(host: ReturnType<typeof setup>["host"]): unknown[] {
  return ["_gridscore", "A.1", "A.3", "评估组"].map((s) => host.getValues(s, "A1:M80"));
}

const ACTIONS = [
  ["重建 (writeScoresheet)", (a: ReturnType<typeof setup>["adapter"]) => a.writeScoresheet({})],
  ["export .xlsx (exportXlsx)", (a: ReturnType<typeof setup>["adapter"]) => a.exportXlsx()],
] as const;

const CASES = ACTIONS.flatMap(([action, run]) =>
  CORRUPTIONS.map(
    ([label, damage, defect, zh, en]) => [action, label, run, damage, defect, zh, en] as const
  )
);

describe("the pane refuses to carry a plan copy on without its recorded plan", () => {
  test.each(CASES)("%s, %s", async (_action, _label, run, damage, defect, zh, en) => {
    await loadPresenter();
    const { host, adapter } = setup();
    const model = planCopy();
    await writeModelToHost(host, damaged(model, damage));
    const cell = planDataCell(model);
    const before = everything(host);

    const result = await run(adapter);
    expect(result.ok).toBe(false);
    const failure = !result.ok ? result.failure : undefined;
    expect(failure?.kind).toBe("entries-not-kept");
    const problems = (failure as { problems: readonly LocatedProblem[] }).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        code: "plan-record-corrupt",
        defect,
        where: { sheet: "_gridscore", cell },
      }),
    ]);
    const zhLine = describeFailure(failure!, STRINGS["zh-CN"]);
    const enLine = describeFailure(failure!, STRINGS["en-US"]);
    expect(zhLine).toContain(`未写入任何内容：错误：工作表 _gridscore，单元格 ${cell}：`);
    expect(zhLine).toContain(COMMON_WORDS[0]);
    expect(zhLine).toContain(zh);
    expect(zhLine).toContain("请改用发出时的评分表副本");
    expect(enLine).toContain(`Nothing was written: error: sheet _gridscore, cell ${cell}: `);
    expect(enLine).toContain(COMMON_WORDS[1]);
    expect(enLine).toContain(en);
    // Nothing written: every cell as it was.
    expect(everything(host)).toEqual(before);
  });

  test.each(CORRUPTIONS)(
    "the live check names it at its cell: %s",
    async (_label, damage, defect) => {
      const { host, adapter } = setup();
      const model = planCopy();
      await writeModelToHost(host, damaged(model, damage));
      const live = must(await adapter.readLive());
      const corrupt = live.problems.filter((p) => p.code === "plan-record-corrupt");
      expect(corrupt).toEqual([
        expect.objectContaining({
          defect,
          where: { sheet: "_gridscore", cell: planDataCell(model) },
        }),
      ]);
      expect(formatProblem(corrupt[0]!, "zh-CN")).toMatch(/^错误：/);
    }
  );

  test("a sound plan copy is rebuilt with its plan, without the problem", async () => {
    const { host, adapter } = setup();
    await writeModelToHost(host, planCopy());
    const live = must(await adapter.readLive());
    expect(live.problems.filter((p) => p.code === "plan-record-corrupt")).toEqual([]);
    expect(must(await adapter.writeScoresheet({})).mode).toBe("rebuilt");
  });

  test("an unfinished rewrite whose saved plan is no plan is refused, not finished without it", async () => {
    await loadPresenter();
    const { host, adapter } = setup();
    await writeModelToHost(host, planCopy());
    const parked = {
      evaluation: { format: EVALUATION_FORMAT, meta: { evaluator: "甲" }, items: {} },
      identity: {
        workbookId: "00000000-0000-4000-8000-000000000001",
        createdAt: "2026-11-20T08:00:00.000Z",
        generator: "gridscore add-in",
        kind: "scoresheet",
      },
      plan: { format: "gridscore-plan/1", members: "甲" },
    };
    await host.run(async (context) => {
      context.workbook.settings.add(PENDING_KEY, JSON.stringify(parked));
      await context.sync();
    });
    const before = everything(host);
    const result = await adapter.writeScoresheet({});
    expect(result.ok).toBe(false);
    const failure = !result.ok ? result.failure : undefined;
    expect(failure).toMatchObject({
      kind: "entries-not-kept",
      problems: [{ code: "plan-record-corrupt", defect: "shape", rewrite: true }],
    });
    expect(describeFailure(failure!, STRINGS["zh-CN"])).toContain(
      "加载项为未完成的重写保存的记录中记录的评估方案（4.3、7.2）无法读取：方案内容（planData）不是评估方案的格式（$.members"
    );
    expect(describeFailure(failure!, STRINGS["en-US"])).toContain(
      "recorded in the add-in's saved record of an unfinished rewrite cannot be read"
    );
    expect(everything(host)).toEqual(before);
  });
});
