/**
 * 7.2 on the simulated Excel host: the pane's rebuild of a plan copy (a scoresheet `gridscore new --plan` made from
 * the group's plan) writes the plan again, as new --plan wrote it: the identity sheet keeps `plan`, `planData` and
 * `planNote:<item>`, the plan's 不适用 item keeps its locked status and reason, and its 检查 formula still reads the
 * reason held in the identity sheet. A plan item typed over (protection taken off) refuses the rebuild at its cell
 * instead of being set back to 不适用 over what was typed.
 */
import { EVALUATION_FORMAT, PLAN_FORMAT } from "../../src/engine";
import { buildScoresheet } from "../../src/layout";
import { COL } from "../../src/layout/tableColumns";
import type { SimHost } from "../../src/sim";
import { PENDING_KEY } from "../../src/office/pending";
import { parsedPlan } from "../support/plans";
import { cellOf, must, setup, uninstallOffice } from "./helpers";
import { writeModelToHost } from "./modelOnHost";

afterEach(uninstallOffice);

const REASON = "本市无跨部门联办事项";
/** planReasonNote(REASON), written out by hand. */
const NOTE = `不适用（评估方案，7.2 经评估小组界定）：${REASON}`;

const PLAN = () =>
  parsedPlan({ format: PLAN_FORMAT, notApplicable: [{ item: "A.3.3", reason: REASON }] });

/** The plan copy written into the simulated workbook, with one ordinary deduction typed beside the plan. */
async function planCopy(host: SimHost): Promise<void> {
  const model = buildScoresheet({
    evaluation: {
      format: EVALUATION_FORMAT,
      meta: { evaluator: "张一", organization: "示例市网格化服务管理中心" },
      items: { "A.1.2": { lines: { "A.1.2.1": 1 }, notes: { "A.1.2.1": "机构图不完整" } } },
    },
    identity: {
      workbookId: "00000000-0000-4000-8000-000000000777",
      createdAt: "2026-11-20T08:00:00.000Z",
      generator: "test",
      kind: "scoresheet",
    },
    plan: PLAN(),
  });
  await writeModelToHost(host, model);
}

/** The identity sheet's entries, key → value. */
function identity(host: SimHost): Map<string, unknown> {
  return new Map(
    host
      .getValues("_gridscore", "A1:B60")
      .filter((r) => typeof r[0] === "string" && r[0] !== "")
      .map((r) => [r[0] as string, r[1]])
  );
}

describe("rebuilding a plan copy in the pane keeps the plan (7.2)", () => {
  test("plan, planData and the reason note stay; the 不适用 item stays locked and checked", async () => {
    const { host, adapter } = setup();
    await planCopy(host);
    const before = identity(host);
    expect(before.get("planNote:A.3.3")).toBe(NOTE);
    const status = cellOf(host, "A.3", "A.3.3.1", COL.status);
    const note = cellOf(host, "A.3", "A.3.3.1", COL.note);
    const check = cellOf(host, "A.3", "A.3.3.1", COL.check);
    expect(host.getCell("A.3", status).value).toBe("不适用（满分）");

    const written = must(await adapter.writeScoresheet({}));
    expect(written.mode).toBe("rebuilt");

    const after = identity(host);
    // The same plan, recorded as new --plan recorded it.
    expect(after.get("plan")).toBe(before.get("plan"));
    expect(typeof after.get("plan")).toBe("string");
    expect(after.get("planData")).toBe(before.get("planData"));
    expect(JSON.parse(String(after.get("planData")))).toMatchObject({
      notApplicable: [{ item: "A.3.3", reason: REASON }],
    });
    expect(after.get("planNote:A.3.3")).toBe(NOTE);
    // The item: 不适用 and the group's reason, locked; its 检查 reads the reason note in the identity sheet.
    expect(host.getCell("A.3", status)).toMatchObject({ value: "不适用（满分）", locked: true });
    expect(host.getCell("A.3", note)).toMatchObject({ value: `【本项】${NOTE}`, locked: true });
    expect(host.typeValue("A.3", status, "").accepted).toBe(false);
    const formula = host.getCell("A.3", check).formula;
    expect(String(formula)).toContain("评估方案已界定本项不适用（7.2）");
    expect(String(formula)).toContain("_gridscore!$B$");
    expect(host.getCell("A.3", check).value).toBe("");
    // The ordinary input beside the plan is kept, and the copy reads without a plan problem.
    expect(host.getCell("A.1", cellOf(host, "A.1", "A.1.2.1", COL.input)).value).toBe(1);
    const live = must(await adapter.readLive());
    expect(live.problems.filter((p) => p.code === "plan-overridden")).toEqual([]);
  });

  test("a plan item typed over refuses the rebuild at its cell; nothing is written", async () => {
    const { host, adapter } = setup();
    await planCopy(host);
    const status = cellOf(host, "A.3", "A.3.3.1", COL.status);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("A.3").protection.unprotect();
      await context.sync();
    });
    expect(host.typeValue("A.3", status, "").accepted).toBe(true);
    const result = await adapter.writeScoresheet({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe("entries-not-kept");
    const problems = "problems" in result.failure ? result.failure.problems : [];
    expect(problems).toEqual([
      expect.objectContaining({
        code: "plan-overridden",
        itemId: "A.3.3",
        where: expect.objectContaining({ sheet: "A.3", cell: status }) as unknown,
      }),
    ]);
    // Nothing written: the cleared status stays as typed.
    expect(host.getCell("A.3", status).value).toBe("");
  });

  test("a rewrite stopped half way is finished from its record with the plan", async () => {
    const { host, adapter } = setup();
    await planCopy(host);
    const planned = identity(host);
    // The record a stopped rewrite leaves, then the identity sheet and A.3 half cleared.
    const parked = {
      evaluation: {
        format: EVALUATION_FORMAT,
        meta: { evaluator: "张一" },
        items: { "A.3.3": { status: "na", notes: { "A.3.3": NOTE } } },
      },
      identity: {
        workbookId: "00000000-0000-4000-8000-000000000777",
        createdAt: "2026-11-20T08:00:00.000Z",
        generator: "gridscore add-in",
        kind: "scoresheet",
      },
      plan: PLAN(),
    };
    await host.run(async (context) => {
      context.workbook.settings.add(PENDING_KEY, JSON.stringify(parked));
      for (const name of ["A.3", "_gridscore"]) {
        const ws = context.workbook.worksheets.getItem(name);
        ws.protection.unprotect();
        ws.getRange().clear("All");
      }
      await context.sync();
    });
    expect(must(await adapter.writeScoresheet({})).mode).toBe("rebuilt");
    const after = identity(host);
    expect(after.get("plan")).toBe(planned.get("plan"));
    expect(after.get("planNote:A.3.3")).toBe(NOTE);
    const status = cellOf(host, "A.3", "A.3.3.1", COL.status);
    expect(host.getCell("A.3", status)).toMatchObject({ value: "不适用（满分）", locked: true });
  });
});
