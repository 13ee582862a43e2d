/**
 * The words of `constant-changed` (src/engine/constantMessages.ts), which engine-rest's mutation run (2aac6f5)
 * found run by no test of the part: each expected line is written out from the message's template, for a number,
 * a formula and an empty cell as the value found or expected, an item, a table, the total and no owner as {x},
 * and the remedy of a scoresheet (export, new --inputs) and of a consensus workbook (merge again).
 */
import type { Problem } from "../../src/engine";
import { both } from "../support/problemLines";

const zhRest = (expected: string, consensus: boolean): string =>
  `此单元格不是填写区，工作簿的公式引用它，改动后工作簿显示的得分和结论不再符合标准（本工具仍按标准计分），已拒绝。请把该单元格改回 ${expected}（须先撤销工作表保护），或${
    consensus
      ? "用 gridscore merge 由各专家评分表重新生成共识工作簿（评议后得分、评议理由和书面说明须重新填写）"
      : "用 gridscore export 导出填写内容，再用 gridscore new --inputs 由它生成新的评分表"
  }`;
const enRest = (expected: string, consensus: boolean): string =>
  `This is not an input cell: the workbook's formulas read it, so the scores and verdict the workbook shows no longer follow the standard (gridscore still scores by the standard), and the workbook is refused. Set the cell back to ${expected} (unprotect the sheet first), or ${
    consensus
      ? "make the consensus again with gridscore merge from the experts' scoresheets (then enter the agreed scores, reasons and explanations again)"
      : "export the entries with gridscore export and make a new scoresheet from them with gridscore new --inputs"
  }`;

describe("constant-changed, both lines", () => {
  it("shows numbers bare: the pass mark 300 changed to 250 in a scoresheet", () => {
    const p: Problem = { code: "constant-changed", role: "pass-mark", expected: 300, found: 250 };
    expect(both(p)).toEqual([
      `合格线被改动：应为 300，现为 250。${zhRest("300", false)}`,
      `the pass mark was changed: it should be 300, it is 250. ${enRest("300", false)}`,
    ]);
  });

  it("quotes a formula found in place of a cap, names the item, and tells a consensus to merge again", () => {
    const p: Problem = {
      code: "constant-changed",
      role: "cap",
      of: "A.1.7",
      expected: 10,
      found: "=5+5",
      consensus: true,
    };
    expect(both(p)).toEqual([
      `A.1.7 的分值被改动：应为 10，现为 "=5+5"。${zhRest("10", true)}`,
      `the cap (分值) of item A.1.7 was changed: it should be 10, it is "=5+5". ${enRest("10", true)}`,
    ]);
  });

  it("names the total's maximum 合计 / total and shows an emptied cell as （空） / (empty)", () => {
    const p: Problem = {
      code: "constant-changed",
      role: "max",
      of: "total",
      expected: 500,
      found: "",
    };
    expect(both(p)).toEqual([
      `表合计的满分（计算）被改动：应为 500，现为 （空）。${zhRest("500", false)}`,
      `table total's computed maximum was changed: it should be 500, it is (empty). ${enRest("500", false)}`,
    ]);
  });

  it("names a table by its id, and shows text found quoted", () => {
    const p: Problem = {
      code: "constant-changed",
      role: "max",
      of: "A.3",
      expected: 80,
      found: "八十",
    };
    expect(both(p)).toEqual([
      `表A.3的满分（计算）被改动：应为 80，现为 "八十"。${zhRest("80", false)}`,
      `table A.3's computed maximum was changed: it should be 80, it is "八十". ${enRest("80", false)}`,
    ]);
  });

  it("shows an expected empty cell as （空） / (empty), also in the remedy", () => {
    const p: Problem = { code: "constant-changed", role: "blank", expected: "", found: "x" };
    expect(both(p)).toEqual([
      `应为空的单元格被改动：应为 （空），现为 "x"。${zhRest("（空）", false)}`,
      `a cell that must stay empty was changed: it should be (empty), it is "x". ${enRest("(empty)", false)}`,
    ]);
  });

  it("quotes expected text, and puts nothing where an owner is missing", () => {
    const p: Problem = {
      code: "constant-changed",
      role: "table-id",
      expected: "A.2",
      found: "A.3",
    };
    expect(both(p)).toEqual([
      ` 所属的表号被改动：应为 "A.2"，现为 "A.3"。${zhRest('"A.2"', false)}`,
      `the table id of item  was changed: it should be "A.2", it is "A.3". ${enRest('"A.2"', false)}`,
    ]);
  });

  it("words the other roles: a status record and a plain constant", () => {
    const status: Problem = {
      code: "constant-changed",
      role: "status-conflict",
      of: "A.1.2",
      expected: "",
      found: 1,
      consensus: true,
    };
    const constant: Problem = {
      code: "constant-changed",
      role: "constant",
      expected: 0.5,
      found: 0.6,
    };
    expect([...both(status), ...both(constant)]).toEqual([
      `A.1.2 的状态分歧记录被改动：应为 （空），现为 1。${zhRest("（空）", true)}`,
      `item A.1.2's record of differing statuses was changed: it should be (empty), it is 1. ${enRest("(empty)", true)}`,
      `公式引用的固定值被改动：应为 0.5，现为 0.6。${zhRest("0.5", false)}`,
      `a fixed value the formulas read was changed: it should be 0.5, it is 0.6. ${enRest("0.5", false)}`,
    ]);
  });
});
