/**
 * writeConsensus and writeReportSheet on the simulated host: the consensus sheets go in beside the scoresheet
 * and compute (HyperFormula) the MergeResult's figures under Consensus_* names; a second write replaces the
 * first in place; the user's sheets, the scoresheet's names and its identity are untouched; a user's sheet
 * with a consensus sheet's name stops the write; syncs are counted.
 */
import { buildConsensusWorkbook, mergeExperts } from "../../src/merge";
import type { ExpertInput, MergeMethod, MergeResult } from "../../src/merge";
import { a1 } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import { CONSENSUS_NAME_PREFIX, OWNED_KEY, consensusPlan } from "../../src/office";
import { buildReportModel, buildReportSheet, reportInputFromEvaluation } from "../../src/report";
import type { SimHost } from "../../src/sim";
import { loadExample } from "../support/example";
import { A12_CONSENSUS, groupExperts } from "./group";
import { must, setup, uninstallOffice } from "./helpers";

const EXPERTS: ExpertInput[] = groupExperts();

function consensus(method: MergeMethod): { result: MergeResult; model: WorkbookModel } {
  const result = mergeExperts(EXPERTS, method, "2026-11-28T08:00:00.000Z");
  const model = buildConsensusWorkbook(result, {
    workbookId: "00000000-0000-4000-8000-0000000000cc",
    createdAt: "2026-11-28T08:00:00.000Z",
    generator: "test",
    kind: "consensus",
  });
  return { result, model };
}

function nameValue(host: SimHost, name: string): unknown {
  const found = host.getNames().find((n) => n.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new Error(`no defined name ${name}`);
  return found.value;
}

/** The 共识 sheet's consensus cell of an item (column after the experts'). */
function consensusCell(host: SimHost, itemId: string, experts: number): unknown {
  const ids = host.getValues("共识", "B1:B120");
  const row = ids.findIndex((r) => r[0] === itemId);
  return host.getCell("共识", a1(row, 4 + experts)).value;
}

function sheetValues(host: SimHost, sheet: string): unknown[][] {
  return host.getValues(sheet, "A1:J60");
}

afterEach(() => uninstallOffice());

describe("writeConsensus into the workbook that holds the secretary's scoresheet", () => {
  it("adds 共识汇总 and 共识 computing the merge's figures under Consensus_ names, in three syncs", async () => {
    const { host, adapter } = setup();
    host.typeValue("Sheet1", "A1", "my own data");
    must(await adapter.writeScoresheet({ organization: "示例市" }));
    const identity = sheetValues(host, "_gridscore");
    const group = sheetValues(host, "评估组");
    const sheetsBefore = host.getSheetNames();
    const { result, model } = consensus("mean");

    host.resetSyncCount();
    const summary = must(await adapter.writeConsensus(model));
    expect(summary).toMatchObject({ mode: "created", syncs: 3, sheets: ["共识汇总", "共识"] });
    expect(host.syncCount).toBe(3);
    expect(host.getSheetNames()).toEqual([...sheetsBefore, "共识汇总", "共识"]);
    expect(host.getActiveSheetName()).toBe("共识汇总");

    // The simulator evaluates the written formulas: the same figures as the MergeResult.
    expect(nameValue(host, "Consensus_Total")).toBeCloseTo(result.total, 6);
    expect(nameValue(host, "Consensus_Verdict")).toBe(result.verdict);
    for (const t of result.tables)
      expect(nameValue(host, `Consensus_Subtotal_${t.id.replace(".", "")}`)).toBeCloseTo(
        t.score,
        6
      );
    expect(consensusCell(host, "A.1.2", 5)).toBeCloseTo(A12_CONSENSUS.mean, 6);

    // The scoresheet keeps its own names, identity, evaluation sheets and live reading; Sheet1 is untouched.
    expect(host.getNames().find((n) => n.name === "Total")?.formula).toMatch(/汇总/);
    expect(sheetValues(host, "_gridscore")).toEqual(identity);
    expect(sheetValues(host, "评估组")).toEqual(group);
    expect(host.getCell("Sheet1", "A1").value).toBe("my own data");
    const live = must(await adapter.readLive());
    expect(live.hasScoresheet).toBe(true);
    expect(live.meta.organization).toBe("示例市");
  });

  it("writes formulas over cells, never over the renamed names, and every one evaluates", async () => {
    const { host, adapter } = setup();
    const { model } = consensus("trimmed");
    must(await adapter.writeConsensus(model));
    const plan = consensusPlan(model);
    expect(plan.names.map((n) => n.name)).toEqual(
      model.names.map((n) => `${CONSENSUS_NAME_PREFIX}${n.name}`)
    );
    const names = new RegExp(`\\b(${model.names.map((n) => n.name).join("|")})\\b`);
    let formulas = 0;
    for (const { sheet } of plan.sheets) {
      for (const cell of sheet.cells) {
        if (cell.content.kind !== "formula") continue;
        formulas++;
        expect([sheet.name, cell.content.formula]).not.toEqual([
          sheet.name,
          expect.stringMatching(names),
        ]);
        const value = host.getCell(sheet.name, a1(cell.row, cell.col)).value;
        expect([sheet.name, a1(cell.row, cell.col), String(value)]).not.toEqual([
          sheet.name,
          a1(cell.row, cell.col),
          expect.stringMatching(/^#/),
        ]);
      }
    }
    expect(formulas).toBeGreaterThan(250);
  });

  it("replaces its earlier consensus sheets in place on a second write (two syncs)", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    must(await adapter.writeConsensus(consensus("mean").model));
    const sheets = host.getSheetNames();
    const { result, model } = consensus("median");

    host.resetSyncCount();
    const summary = must(await adapter.writeConsensus(model));
    expect(summary).toMatchObject({ mode: "rebuilt", syncs: 2 });
    expect(host.syncCount).toBe(2);
    expect(host.getSheetNames()).toEqual(sheets);
    expect(consensusCell(host, "A.1.2", 5)).toBe(A12_CONSENSUS.median);
    expect(nameValue(host, "Consensus_Total")).toBeCloseTo(result.total, 6);
    expect(host.getSheetInfo("共识").protected).toBe(true);
  });

  it("recomputes the consensus when an expert's score is corrected in the written sheet", async () => {
    const { host, adapter } = setup();
    const { result, model } = consensus("mean");
    must(await adapter.writeConsensus(model));
    const ids = host.getValues("共识", "B1:B120");
    const row = ids.findIndex((r) => r[0] === "A.1.2");
    // 赵四 (4th expert, column H) scored A.1.2 4; corrected to 9: the mean rises by 1.
    expect(host.typeValue("共识", a1(row, 7), "9").accepted).toBe(true);
    expect(nameValue(host, "Consensus_Total")).toBeCloseTo(result.total + 1, 6);
  });

  it("refuses to touch a user's own sheet named 共识, changing nothing", async () => {
    const { host, adapter } = setup();
    await host.run(async (context) => {
      context.workbook.worksheets.add("共识");
      await context.sync();
    });
    host.typeValue("共识", "A1", "mine");
    const sheets = host.getSheetNames();
    const result = await adapter.writeConsensus(consensus("mean").model);
    expect(result).toEqual({ ok: false, failure: { kind: "sheet-exists", sheet: "共识" } });
    expect(host.getSheetNames()).toEqual(sheets);
    expect(host.getCell("共识", "A1").value).toBe("mine");
    expect(host.getNames()).toEqual([]);
  });

  it("adds the evaluation sheets to a workbook without them, and never the identity sheet", async () => {
    const { host, adapter } = setup();
    const { model } = consensus("mean");
    const summary = must(await adapter.writeConsensus(model));
    const expected = model.sheets.filter((s) => s.kind !== "meta").map((s) => s.name);
    expect(summary.sheets).toEqual(expected);
    expect(host.getSheetNames()).toEqual(["Sheet1", ...expected]);
    expect(host.getSheetNames()).not.toContain("_gridscore");
    // A second write replaces only the consensus sheets: the evaluation sheets are the user's now.
    host.resetSyncCount();
    expect(must(await adapter.writeConsensus(model)).sheets).toEqual(["共识汇总", "共识"]);
    expect(host.syncCount).toBe(2);
  });
});

describe("writeScoresheet after writeConsensus into an empty workbook", () => {
  /** The row (0-based) of a hidden row id in column G of an evaluation sheet. */
  function rowOfId(host: SimHost, sheet: string, id: string): number {
    const row = host.getValues(sheet, "G1:G60").findIndex((r) => r[0] === id);
    if (row < 0) throw new Error(`${id} not found on ${sheet}`);
    return row;
  }

  it("records the evaluation sheets it added as its own, and the scoresheet rewrites them keeping their entries", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeConsensus(consensus("mean").model));
    const ids = ["评价条件", "评估组", "评价程序"].map((s) => host.getSheetInfo(s).id);
    const recorded: unknown = JSON.parse(String(host.state.settings.get(OWNED_KEY)));
    expect(recorded).toEqual(expect.arrayContaining(ids));
    const member = rowOfId(host, "评估组", "group.member.1");
    expect(host.typeValue("评估组", a1(member, 1), "王组长").accepted).toBe(true);

    host.resetSyncCount();
    const summary = must(await adapter.writeScoresheet({ organization: "示例市" }));
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(summary.syncs).toBe(host.syncCount);
    for (const name of ["汇总", "A.1", "_gridscore", "评价条件", "评估组", "评价程序", "共识"])
      expect(host.getSheetNames()).toContain(name);
    expect(["评价条件", "评估组", "评价程序"].map((s) => host.getSheetInfo(s).id)).toEqual(ids);
    expect(host.getCell("评估组", a1(rowOfId(host, "评估组", "group.member.1"), 1)).value).toBe(
      "王组长"
    );
    const live = must(await adapter.readLive());
    expect(live.hasScoresheet).toBe(true);
    expect(live.meta.organization).toBe("示例市");
    expect(live.evaluationSheets?.group).toContainEqual(
      expect.objectContaining({ name: "王组长" })
    );
  });

  it("still refuses a user's own sheet named 评估组 that the add-in did not write", async () => {
    const { host, adapter } = setup();
    await host.run(async (context) => {
      context.workbook.worksheets.add("评估组");
      await context.sync();
    });
    host.typeValue("评估组", "A1", "mine");
    const sheets = host.getSheetNames();
    const result = await adapter.writeScoresheet({});
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: "not-a-scoresheet",
        detail: "the workbook already has sheets named 评估组 that are not part of a scoresheet",
      },
    });
    expect(host.getSheetNames()).toEqual(sheets);
    expect(host.getCell("评估组", "A1").value).toBe("mine");
  });
});

describe("writeReportSheet", () => {
  const model = buildReportModel(reportInputFromEvaluation(loadExample()));
  const sheet = buildReportSheet(model);

  it("writes the report sheet beside the scoresheet and replaces it on the next write", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    const before = host.getSheetNames();
    host.resetSyncCount();
    expect(must(await adapter.writeReportSheet(sheet))).toMatchObject({
      mode: "created",
      syncs: 3,
      sheets: [sheet.name],
    });
    expect(host.syncCount).toBe(3);
    expect(host.getSheetNames()).toEqual([...before, sheet.name]);
    expect(host.getCell(sheet.name, "A1").value).toBe(model.title);
    host.resetSyncCount();
    expect(must(await adapter.writeReportSheet(sheet))).toMatchObject({
      mode: "rebuilt",
      syncs: 2,
    });
    expect(host.getSheetNames()).toEqual([...before, sheet.name]);
    expect(must(await adapter.readLive()).hasScoresheet).toBe(true);
  });

  it("refuses a user's own 评估报告 sheet", async () => {
    const { host, adapter } = setup({ sheets: ["Sheet1", sheet.name] });
    const result = await adapter.writeReportSheet(sheet);
    expect(result).toEqual({ ok: false, failure: { kind: "sheet-exists", sheet: sheet.name } });
    expect(host.getSheetNames()).toEqual(["Sheet1", sheet.name]);
  });
});
