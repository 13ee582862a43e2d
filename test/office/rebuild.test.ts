import { scoreEvaluation } from "../../src/engine";
import { COL, COVER_COL, a1 } from "../../src/layout";
import { PENDING_KEY } from "../../src/office/pending";
import { loadExample } from "../support/example";
import { cellOf, must, rowOf, setup, typeEvaluation } from "./helpers";
import type { Setup } from "./helpers";

const HYPERLINK = '=HYPERLINK("http://evil.example/x","点我")';

describe("writeScoresheet on a workbook that holds a scoresheet", () => {
  it("reads every input first and rebuilds the layout around it (mode rebuilt, two syncs)", async () => {
    const example = loadExample();
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet(example.meta));
    expect(typeEvaluation(host, example).every((r) => r.accepted)).toBe(true);
    const note = cellOf(host, "A.1", "A.1.1.1", COL.note);
    expect(host.typeValue("A.1", note, HYPERLINK).accepted).toBe(true);
    const input = cellOf(host, "A.1", "A.1.1.2", COL.input);
    // Validation stops typing text into a deduction cell; a paste gets it in.
    expect(host.typeValue("A.1", input, "'=1+1").accepted).toBe(false);
    expect(host.paste("A.1", input, [["'=1+1"]]).accepted).toBe(true);
    const before = must(await adapter.readLive());

    host.resetSyncCount();
    const summary = must(await adapter.writeScoresheet({ evaluator: "李四" }));
    expect(summary).toMatchObject({ mode: "rebuilt", syncs: 2 });
    expect(host.syncCount).toBe(2);
    // 8 example items: 3 deductions, 3 notes, 2 statuses, 2 values, 2 levels; plus the note and the text.
    expect(summary.keptInputs).toBe(14);

    const after = must(await adapter.readLive());
    expect(after.report).toEqual(before.report);
    expect(after.meta).toEqual({ ...example.meta, evaluator: "李四" });
    for (const cell of [note, input])
      expect(host.getCell("A.1", cell)).toMatchObject({ hasFormula: false });
    expect(host.getCell("A.1", note).value).toBe(HYPERLINK);
    expect(host.getCell("A.1", input).value).toBe("=1+1");
    expect(after.problems).toContainEqual(
      // Text in a number cell is an error (the exact number model): "=1+1" pasted as text counts as nothing.
      expect.objectContaining({ code: "number-as-text", where: { sheet: "A.1", cell: input } })
    );
    for (const name of ["A.1", "汇总", "_gridscore"])
      expect(host.getSheetInfo(name).protected).toBe(true);
    expect(host.getSheetNames().filter((n) => n === "A.1")).toHaveLength(1);
  });

  it("rebuilds from the inputs an interrupted rewrite parked in the document, then removes them", async () => {
    const example = loadExample();
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    expect(host.state.settings.has(PENDING_KEY)).toBe(false);
    // A rewrite that Excel stopped half way: the inputs are parked, A.1 and the identity are already cleared.
    const identity = {
      workbookId: "parked-id",
      createdAt: "2026-01-01T00:00:00.000Z",
      generator: "gridscore add-in",
      kind: "scoresheet",
    };
    await host.run(async (context) => {
      context.workbook.settings.add(PENDING_KEY, JSON.stringify({ evaluation: example, identity }));
      for (const name of ["A.1", "_gridscore"]) {
        const ws = context.workbook.worksheets.getItem(name);
        ws.protection.unprotect();
        ws.getRange().clear("All");
      }
      await context.sync();
    });
    const summary = must(await adapter.writeScoresheet({}));
    expect(summary).toMatchObject({ mode: "rebuilt", keptInputs: 12 });
    expect(host.state.settings.has(PENDING_KEY)).toBe(false);
    const live = must(await adapter.readLive());
    expect(live.report.total).toBe(scoreEvaluation(example).total);
    expect(live.meta).toEqual(example.meta);
    const id = host.getValues("_gridscore", "A1:B10").find((r) => r[0] === "workbookId")?.[1];
    expect(id).toBe("parked-id");
  });

  it("keeps the workbook id and creation time of the identity sheet", async () => {
    const { host, adapter } = setup();
    const identity = (): unknown[] =>
      ["workbookId", "createdAt"].map(
        (key) => host.getValues("_gridscore", "A1:B10").find((r) => r[0] === key)?.[1]
      );
    must(await adapter.writeScoresheet({}));
    // The first write minted them (the helper's first id and tick).
    expect(identity()).toEqual([
      "00000000-0000-4000-8000-000000000001",
      "2026-03-01T08:00:00.000Z",
    ]);
    // The helper would give …0002 and 08:00:01 if asked again: a rebuild must not ask.
    const summary = must(await adapter.writeScoresheet({ evaluator: "李四" }));
    expect(summary.mode).toBe("rebuilt");
    expect(identity()).toEqual([
      "00000000-0000-4000-8000-000000000001",
      "2026-03-01T08:00:00.000Z",
    ]);
  });

  it("matches inputs by line id, not by row position", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({}));
    const r1 = rowOf(host, "A.1", "A.1.2.1");
    const r3 = rowOf(host, "A.1", "A.1.2.3");
    host.typeValue("A.1", a1(r1, COL.input), "2");
    host.typeValue("A.1", a1(r1, COL.note), "第一行");
    host.typeValue("A.1", a1(r3, COL.input), "1");
    // Someone swaps the two rows' inputs and ids (as an older layout with another order would have them).
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("A.1");
      ws.protection.unprotect();
      const put = (row: number, input: number, note: string, id: string) => {
        ws.getRangeByIndexes(row, COL.input, 1, 2).values = [[input, note]];
        ws.getRangeByIndexes(row, COL.id, 1, 1).values = [[id]];
      };
      put(r1, 1, "", "A.1.2.3");
      put(r3, 2, "第一行", "A.1.2.1");
      await context.sync();
    });
    expect(rowOf(host, "A.1", "A.1.2.1")).toBe(r3);
    const summary = must(await adapter.writeScoresheet({}));
    expect(summary.keptInputs).toBe(3);
    expect(rowOf(host, "A.1", "A.1.2.1")).toBe(r1);
    expect(host.getCell("A.1", a1(r1, COL.input)).value).toBe(2);
    expect(host.getCell("A.1", a1(r1, COL.note)).value).toBe("第一行");
    expect(host.getCell("A.1", a1(r3, COL.input)).value).toBe(1);
  });

  it("writes meta text into the cover as text, never as a formula", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({ organization: HYPERLINK, evaluator: "+86 123" }));
    const cover = host.getSheetNames()[1]!;
    const org = a1(4, COVER_COL.value);
    expect(host.getCell(cover, org)).toMatchObject({ hasFormula: false, value: HYPERLINK });
    const live = must(await adapter.readLive());
    expect(live.meta).toMatchObject({ organization: HYPERLINK, evaluator: "+86 123" });
  });

  it("rebuilds sheets the user unprotected or reformatted, and leaves other sheets alone", async () => {
    const { host, adapter } = setup({ sheets: ["数据", "Sheet2"] });
    host.typeValue("数据", "B2", "=1+2");
    must(await adapter.writeScoresheet({}));
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("A.2");
      ws.protection.unprotect();
      ws.getRange("A1").format.fill.color = "#FF0000";
      ws.getRange("G4").dataValidation.clear();
      await context.sync();
    });
    const summary = must(await adapter.writeScoresheet({}));
    expect(summary.mode).toBe("rebuilt");
    expect(host.getSheetInfo("A.2").protected).toBe(true);
    expect(host.getCell("A.2", "A1").format.fill).toBeNull();
    expect(host.getCell("A.2", "G4").validation?.rule).toMatchObject({
      kind: "decimal",
      operator: "Between",
      formula1: 0,
    });
    expect(host.getCell("数据", "B2")).toMatchObject({ hasFormula: true, value: 3 });
    expect(host.getSheetNames().slice(0, 2)).toEqual(["数据", "Sheet2"]);
  });
});

describe("rebuilding keeps the evaluation sheets' entries", () => {
  /** The row (0-based) of a hidden row id in column G of an evaluation sheet. */
  function rowOfId(host: Setup["host"], sheet: string, id: string): number {
    const row = host.getValues(sheet, "G1:G60").findIndex((r) => r[0] === id);
    if (row < 0) throw new Error(`${id} not found on ${sheet}`);
    return row;
  }

  it("writes 评价条件, 评估组 and 评价程序 again with what was entered", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({ organization: "示例市" }));
    const member = rowOfId(host, "评估组", "group.member.1");
    const step = rowOfId(host, "评价程序", "procedure.6.1");
    const start = rowOfId(host, "评价条件", "eligibility.operationStart");
    for (const [sheet, cell, value] of [
      ["评估组", a1(member, 1), "王组长"],
      ["评估组", a1(member, 3), "市标准化研究院"],
      ["评估组", a1(member, 4), "组长"],
      ["评价程序", a1(step, 2), "2026-06-02"],
      ["评价程序", a1(step, 3), "李四"],
      ["评价条件", a1(start, 2), "2024-01-05"],
    ] as const)
      expect(host.paste(sheet, cell, [[value]]).accepted).toBe(true);
    const sheets = ["评价条件", "评估组", "评价程序"];
    const before = sheets.map((s) => host.getValues(s, "A1:H40"));
    expect(must(await adapter.readLive()).evaluationSheets?.group).toEqual([
      expect.objectContaining({ name: "王组长", unit: "市标准化研究院", role: "leader" }),
    ]);

    must(await adapter.writeScoresheet({}));
    expect(sheets.map((s) => host.getValues(s, "A1:H40"))).toEqual(before);
  });
});
