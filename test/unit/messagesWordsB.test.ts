/**
 * The words of `number-as-text`, `too-many-decimals` (a date typed as an expert's score) and `text-too-long`
 * (src/engine/messages.ts), which engine-rest's mutation run (7281fcb) found formatted by no test of the part:
 * only the reader, layout and merge tests raise them. Each expected line is written out from the message's
 * template with the standard's words (A.1.1「标准化方针、目标」, its line A.1.1.1「有组织方针、符合组织实际」,
 * rule 没有方针扣2分), for every branch: a boolean (TRUE counted 1, FALSE 0) or an error value on the 共识 sheet
 * and in a scoresheet, plain text; a date and time typed as a score; an item note too long with its mark alone
 * or together with its first line's note, a text made longer by its escapes, and the fields that only look like
 * a shared note (no item note, or no first line) named as they are.
 */
import type { Problem } from "../../src/engine";
import { both } from "../support/problemLines";

const A11 = "A.1.1「标准化方针、目标」";
const A111 = `${A11} A.1.1.1「有组织方针、符合组织实际」（扣分标准：没有方针扣2分）`;
const A111_EN = `${A11} A.1.1.1「有组织方针、符合组织实际」（rule: 没有方针扣2分）`;

describe("number-as-text, both lines", () => {
  test.each<[string, Problem, string, string]>([
    [
      "TRUE on the 共识 sheet, which its formulas count as 1",
      {
        code: "number-as-text",
        itemId: "A.1.1",
        value: "TRUE",
        found: "boolean",
        inConsensus: true,
      },
      `${A11}：专家得分 TRUE 是布尔值（TRUE/FALSE），不是数字；共识工作表的公式按1计，并在“评议检查”列标为“是布尔值（TRUE/FALSE）不是数字”，其共识、小计和总分不可采信，本工具拒绝读取；请删除后直接输入数字`,
      `${A11}: an expert's score of TRUE is a boolean (TRUE/FALSE), not a number; the consensus sheet's formulas count it as 1 and its 「评议检查」 (review check) column flags it as a boolean, so its consensus, subtotals and total cannot be trusted, and gridscore refuses the file. Delete it and type the number`,
    ],
    [
      "FALSE on the 共识 sheet, which its formulas count as 0",
      {
        code: "number-as-text",
        itemId: "A.1.1",
        value: "FALSE",
        found: "boolean",
        inConsensus: true,
      },
      `${A11}：专家得分 FALSE 是布尔值（TRUE/FALSE），不是数字；共识工作表的公式按0计，并在“评议检查”列标为“是布尔值（TRUE/FALSE）不是数字”，其共识、小计和总分不可采信，本工具拒绝读取；请删除后直接输入数字`,
      `${A11}: an expert's score of FALSE is a boolean (TRUE/FALSE), not a number; the consensus sheet's formulas count it as 0 and its 「评议检查」 (review check) column flags it as a boolean, so its consensus, subtotals and total cannot be trusted, and gridscore refuses the file. Delete it and type the number`,
    ],
    [
      "an error value on the 共识 sheet, which spreads to the verdict",
      { code: "number-as-text", itemId: "A.1.1", value: "#N/A", found: "error", inConsensus: true },
      `${A11}：专家得分是错误值 #N/A，不是数字；共识工作表的共识、小计、总分和结论都显示该错误值，并在“评议检查”列标为“是错误值”，本工具拒绝读取；请删除后直接输入数字（不要用公式）`,
      `${A11}: an expert's score holds the error value #N/A, not a number; the consensus sheet's consensus, subtotals, total and verdict all show that error and its 「评议检查」 (review check) column flags it, and gridscore refuses the file. Delete it and type the number (no formula)`,
    ],
    [
      "a boolean in a scoresheet's line, counted 0",
      {
        code: "number-as-text",
        itemId: "A.1.1",
        lineId: "A.1.1.1",
        value: "TRUE",
        found: "boolean",
      },
      `${A111}：TRUE 是布尔值（TRUE/FALSE），不是数字，工作簿和本工具都按0计；请删除后直接输入数字`,
      `${A111_EN}: TRUE is a boolean (TRUE/FALSE), not a number; the workbook and gridscore both count 0. Delete it and type the number`,
    ],
    [
      "an error value in a scoresheet's line, counted 0",
      {
        code: "number-as-text",
        itemId: "A.1.1",
        lineId: "A.1.1.1",
        value: "#DIV/0!",
        found: "error",
      },
      `${A111}：是错误值 #DIV/0!，不是数字，工作簿和本工具都按0计；请删除后直接输入数字（不要用公式）`,
      `${A111_EN}: holds the error value #DIV/0!, not a number; the workbook and gridscore both count 0. Delete it and type the number (no formula)`,
    ],
    [
      "an item's value as text, quoted",
      { code: "number-as-text", itemId: "A.1.1", value: "二" },
      `${A11}："二" 是文本，不是数字，工作簿和本工具都按0计；请删除后直接输入数字（不带空格、全角字符或单位）`,
      `${A11}: "二" is text, not a number; the workbook and gridscore both count 0. Delete it and type the number (no spaces, full-width characters or units)`,
    ],
    [
      // The type allows a consensus score that is text marked inConsensus: it is text, neither a boolean nor an error.
      "a text marked as on the 共识 sheet, still named as text",
      { code: "number-as-text", itemId: "A.1.1", value: "2 分", inConsensus: true },
      `${A11}："2 分" 是文本，不是数字，工作簿和本工具都按0计；请删除后直接输入数字（不带空格、全角字符或单位）`,
      `${A11}: "2 分" is text, not a number; the workbook and gridscore both count 0. Delete it and type the number (no spaces, full-width characters or units)`,
    ],
  ])("%s", (_, p, zh, en) => {
    expect(both(p)).toEqual([zh, en]);
  });
});

describe("too-many-decimals, both lines", () => {
  test.each<[string, Problem, string, string]>([
    [
      "a date and time typed as an expert's score: its serial number counts",
      {
        code: "too-many-decimals",
        itemId: "A.1.1",
        value: 46086.123,
        limit: 2,
        asTyped: true,
        date: "2026-03-05 02:57",
      },
      `${A11}：专家得分是日期时间 2026-03-05 02:57，不是分数；共识工作表按其序列号 46086.123 计入，并在“评议检查”列标为“超过两位小数”，结论待定；请删除后直接输入分数`,
      `${A11}: an expert's score is a date and time (2026-03-05 02:57), not a score; the consensus sheet counts its serial number 46086.123 and its 「评议检查」 (review check) column flags it as having more than 2 decimals, so the verdict is pending. Delete it and type the score`,
    ],
    [
      "an expert's score with too many decimals, counted as typed",
      { code: "too-many-decimals", itemId: "A.1.1", value: 1.125, limit: 2, asTyped: true },
      `${A11}：专家得分 1.125 超过2位小数；共识工作表按所填数值计入并在“评议检查”列标为错误，结论待定；请改为最多2位小数`,
      `${A11}: an expert's score of 1.125 has more than 2 decimals; the consensus sheet counts it as typed and flags it in the 「评议检查」 (review check) column, so the verdict is pending: use at most 2 decimals`,
    ],
    [
      "a date without asTyped is a scoresheet's value: counted 0, the date not named",
      {
        code: "too-many-decimals",
        itemId: "A.1.1",
        lineId: "A.1.1.1",
        value: 46086.123,
        limit: 2,
        date: "2026-03-05 02:57",
      },
      `${A111}：46086.123 超过2位小数，按0计；请最多填2位小数`,
      `${A111_EN}: 46086.123 has more than 2 decimals and counts 0; use at most 2`,
    ],
  ])("%s", (_, p, zh, en) => {
    expect(both(p)).toEqual([zh, en]);
  });
});

describe("text-too-long, both lines", () => {
  test.each<[string, Problem, string, string]>([
    [
      "an item note alone, with its 【本项】 mark, in its first line's empty note cell",
      {
        code: "text-too-long",
        field: "A.1.1 扣分说明",
        length: 32768,
        limit: 32767,
        sharedWith: "A.1.1.1",
        markOnly: true,
      },
      "A.1.1 的本项扣分说明写在第一行 A.1.1.1 的扣分说明单元格中，加上“【本项】”标记后按写入计 32768 个字符，超过 Excel 单元格上限 32767；请缩短本项扣分说明后再写入，原文未作改动",
      "the note of A.1.1 is written in the note cell of its first line A.1.1.1 after the mark 【本项】: with the mark it takes 32768 characters as written, beyond Excel's cell limit of 32767; shorten the item note (nothing was cut)",
    ],
    [
      "an item note together with its first line's note",
      {
        code: "text-too-long",
        field: "A.1.1 扣分说明",
        length: 40000,
        limit: 32767,
        sharedWith: "A.1.1.1",
      },
      "A.1.1 的本项扣分说明与 A.1.1.1 的扣分说明同在一个单元格（【本项】…【本行】…），合计按写入计 40000 个字符，超过 Excel 单元格上限 32767；请缩短本项或本行的扣分说明后再写入，原文未作改动",
      "the note of A.1.1 and the note of its first line A.1.1.1 share one cell (【本项】…【本行】…): together they take 40000 characters as written, beyond Excel's cell limit of 32767; shorten the item note or the line note (nothing was cut)",
    ],
    [
      "a text its _xHHHH_ escapes make too long: both counts",
      {
        code: "text-too-long",
        field: "meta.organization",
        length: 32800,
        limit: 32767,
        typed: 32000,
      },
      "被评单位：文本长 32000 个字符，写入工作簿时须转义（_xHHHH_），按写入计 32800 个字符，超过 Excel 单元格上限 32767；请缩短后再写入，原文未作改动",
      "the organization: the text has 32000 characters, 32800 as written in a workbook (its _xHHHH_ escapes count), beyond Excel's cell limit of 32767; shorten it (nothing was cut)",
    ],
    [
      "an item note marked markOnly but sharing no line: named alone",
      {
        code: "text-too-long",
        field: "A.1.1 扣分说明",
        length: 32768,
        limit: 32767,
        markOnly: true,
      },
      "A.1.1 扣分说明：文本长 32768 个字符，超过 Excel 单元格上限 32767；请缩短后再写入，原文未作改动",
      "the note of A.1.1: the text has 32768 characters, beyond Excel's cell limit of 32767; shorten it (nothing was cut)",
    ],
    [
      "a field that is no item note, with a first line and the mark: named as it is",
      {
        code: "text-too-long",
        field: "meta.evaluator",
        length: 32768,
        limit: 32767,
        sharedWith: "A.1.1.1",
        markOnly: true,
      },
      "评估人：文本长 32768 个字符，超过 Excel 单元格上限 32767；请缩短后再写入，原文未作改动",
      "the evaluator: the text has 32768 characters, beyond Excel's cell limit of 32767; shorten it (nothing was cut)",
    ],
    [
      "a field that is no item note, with a first line: named as it is",
      {
        code: "text-too-long",
        field: "A.1.1 评议理由",
        length: 32768,
        limit: 32767,
        sharedWith: "A.1.1.1",
      },
      "A.1.1 评议理由：文本长 32768 个字符，超过 Excel 单元格上限 32767；请缩短后再写入，原文未作改动",
      "the agreed reason (评议理由) of A.1.1: the text has 32768 characters, beyond Excel's cell limit of 32767; shorten it (nothing was cut)",
    ],
    [
      // Only a whole field "<id> 扣分说明" is an item note: not one that merely ends with it ...
      "a field ending in 扣分说明 after other words is no item note",
      {
        code: "text-too-long",
        field: "备注 A.1.1 扣分说明",
        length: 32768,
        limit: 32767,
        sharedWith: "A.1.1.1",
      },
      "备注 A.1.1 扣分说明：文本长 32768 个字符，超过 Excel 单元格上限 32767；请缩短后再写入，原文未作改动",
      "备注 A.1.1 扣分说明: the text has 32768 characters, beyond Excel's cell limit of 32767; shorten it (nothing was cut)",
    ],
    [
      // ... nor one that merely starts with it.
      "a field starting with an item note's name and going on is no item note",
      {
        code: "text-too-long",
        field: "A.1.1 扣分说明（续）",
        length: 32768,
        limit: 32767,
        sharedWith: "A.1.1.1",
      },
      "A.1.1 扣分说明（续）：文本长 32768 个字符，超过 Excel 单元格上限 32767；请缩短后再写入，原文未作改动",
      "A.1.1 扣分说明（续）: the text has 32768 characters, beyond Excel's cell limit of 32767; shorten it (nothing was cut)",
    ],
  ])("%s", (_, p, zh, en) => {
    expect(both(p)).toEqual([zh, en]);
  });
});
