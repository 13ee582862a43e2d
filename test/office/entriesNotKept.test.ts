/**
 * Nothing typed in 评估组 is dropped by the pane's rebuild or by merge (README: Inputs): a 组内角色 or 领域 off the
 * list, or a row with a unit but no name, refuses the rebuild (nothing written) and the expert's copy in merge,
 * with the words `gridscore export` and `migrate` print for the same cell (test/cli/droppedInput.test.ts).
 */
import ExcelJS from "exceljs";
import { formatProblem } from "../../src/engine";
import type { LocatedProblem } from "../../src/engine";
import { readCandidate } from "../../src/merge";
import { describeFailure } from "../../src/taskpane/adapter/failures";
import { loadPresenter } from "../../src/taskpane/present";
import { STRINGS } from "../../src/taskpane/i18n";
import { expertWorkbook } from "./group";
import { must, setup, uninstallOffice } from "./helpers";

afterAll(uninstallOffice);

const ROLE_WORDS_ZH =
  "错误：工作表 评估组，单元格 E4：组内角色“副组长”不是下拉列表中的值（组长 / 成员）；请从列表中选择";
const NO_NAME_ZH =
  "错误：工作表 评估组，单元格 B5：此行填写了工作单位“市标准化研究院”，但没有姓名，不计为评估组成员；请填写姓名，或清空此行";

describe("the pane's rebuild refuses a 评估组 entry it would drop", () => {
  it("a role off the list and a unit without a name: nothing is written, each cell is named", async () => {
    await loadPresenter();
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({ organization: "示例市" }));
    // Member 1 sits on row 4, member 2 on row 5 (B 姓名, C 领域, D 工作单位, E 组内角色).
    expect(host.paste("评估组", "B4", [["王组长"]]).accepted).toBe(true);
    expect(host.paste("评估组", "E4", [["副组长"]]).accepted).toBe(true);
    expect(host.paste("评估组", "D5", [["市标准化研究院"]]).accepted).toBe(true);
    const before = host.getValues("评估组", "A1:H20");

    const result = await adapter.writeScoresheet({ evaluator: "李四" });
    expect(result.ok).toBe(false);
    const failure = !result.ok ? result.failure : undefined;
    expect(failure?.kind).toBe("entries-not-kept");
    const problems = (failure as { problems: readonly LocatedProblem[] }).problems;
    expect(problems.map((p) => p.where)).toEqual([
      { sheet: "评估组", cell: "E4" },
      { sheet: "评估组", cell: "B5" },
    ]);
    expect(problems.map((p) => formatProblem(p, "zh-CN"))).toEqual([ROLE_WORDS_ZH, NO_NAME_ZH]);
    expect(formatProblem(problems[0]!, "en-US")).toBe(
      'error: sheet 评估组, cell E4: role "副组长" is not one of the list\'s values (组长 / 成员); pick one from the list'
    );
    expect(describeFailure(failure!, STRINGS["zh-CN"])).toBe(
      `未写入任何内容：${ROLE_WORDS_ZH}；${NO_NAME_ZH}`
    );
    // Nothing was rewritten: the sheet and the evaluator are as they were.
    expect(host.getValues("评估组", "A1:H20")).toEqual(before);
    expect(must(await adapter.readLive()).meta.evaluator).toBeUndefined();
  });

  it("the same rows with a listed role and a name rebuild and keep them", async () => {
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet({ organization: "示例市" }));
    host.paste("评估组", "B4", [["王组长"]]);
    host.paste("评估组", "E4", [["组长"]]);
    host.paste("评估组", "B5", [["李四"]]);
    host.paste("评估组", "D5", [["市标准化研究院"]]);
    must(await adapter.writeScoresheet({}));
    expect(must(await adapter.readLive()).evaluationSheets?.group).toEqual([
      { name: "王组长", role: "leader" },
      { name: "李四", unit: "市标准化研究院" },
    ]);
  });
});

describe("merge refuses an expert copy whose 评估组 holds an entry the consensus would drop", () => {
  async function withGroupCells(cells: Record<string, string>): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await expertWorkbook(0)).buffer as ArrayBuffer);
    const ws = wb.getWorksheet("评估组")!;
    for (const [cell, v] of Object.entries(cells)) ws.getCell(cell).value = v;
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("a field off the list on the expert's own row is an error at file, sheet and cell", async () => {
    const bytes = await withGroupCells({ B4: "张一", C4: "法律专家" });
    const c = await readCandidate("张一.xlsx", bytes);
    expect(c.kind).toBe("read");
    expect(c.errors.map((p) => formatProblem(p, "zh-CN"))).toEqual([
      "错误：文件 张一.xlsx，工作表 评估组，单元格 C4：领域“法律专家”不是下拉列表中的值（标准化 / 行业专家 / 管理人员）；请从列表中选择",
    ]);
  });

  it("a unit without a name is an error; the same copy with the name merges with the row kept", async () => {
    const bad = await readCandidate("a.xlsx", await withGroupCells({ D4: "市标准化研究院" }));
    expect(bad.errors.map((p) => [p.code, p.where])).toEqual([
      ["sheet-entry-not-kept", { file: "a.xlsx", sheet: "评估组", cell: "B4" }],
    ]);
    const good = await readCandidate(
      "a.xlsx",
      await withGroupCells({ B4: "张一", C4: "标准化", D4: "市标准化研究院" })
    );
    expect(good.errors).toEqual([]);
    expect(good.kind === "read" && good.expert.group).toEqual([
      { name: "张一", field: "standardization", unit: "市标准化研究院" },
    ]);
  });
});
