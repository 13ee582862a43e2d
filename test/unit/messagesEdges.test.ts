/**
 * The messages of src/engine/messages.ts that the engine-rest part's other tests never produce: problems of the
 * number model and of the consensus sheet, the helpers that turn a field, a defined name or a value into words
 * (fieldWords, nameWords, show, clip), and both languages of each. Expected texts are written out from each
 * problem's documented fields: the item named by the standard's words (A.1.1「标准化方针、目标」, its line
 * A.1.1.1 「有组织方针、符合组织实际」, rule 没有方针扣2分), a 1-based character index, a code point as U+ and 4 hex
 * digits, a reason cut at 40 characters. The file and reader problems are in messagesReadersEdges.test.ts.
 */
import {
  describeProblem,
  describeWhere,
  formatProblem,
  pendingVerdictText,
  subject,
} from "../../src/engine";
import type { Problem } from "../../src/engine";
import { both } from "../support/problemLines";

const A11 = "A.1.1「标准化方针、目标」";
const A111 = `${A11} A.1.1.1「有组织方针、符合组织实际」（扣分标准：没有方针扣2分）`;
const A111_EN = `${A11} A.1.1.1「有组织方针、符合组织实际」（rule: 没有方针扣2分）`;
const A71 = "A.7.1「服务质量」";

describe("a problem's message in each language", () => {
  test.each<[string, Problem, string, string]>([
    [
      "format missing",
      { code: "bad-format", found: undefined },
      '缺少 format 字段（应为 "gridscore-evaluation/2" 或 "gridscore-evaluation/1"）：这不像是 gridscore 的文件；请用 gridscore export 或 gridscore 生成的文件',
      'the field "format" is missing (it should be "gridscore-evaluation/2" or "gridscore-evaluation/1"): this does not look like a gridscore file; use one gridscore made',
    ],
    [
      "a plan's format found as a number",
      { code: "bad-format", found: 2, expected: "gridscore-plan/1" },
      'format 字段应为 "gridscore-plan/1"，实际为 2',
      'field "format" must be "gridscore-plan/1", found 2',
    ],
    [
      "a misspelt meta field",
      {
        code: "bad-meta",
        field: "levle",
        value: "city",
        allowed: ["organization", "level", "evaluator", "role", "date"],
      },
      "元数据 levle 不是评价 JSON 中的字段（可用的字段：organization / level / evaluator / role / date）；请删去或改正拼写",
      "meta has no field levle (its fields: organization / level / evaluator / role / date); remove it or fix its spelling",
    ],
    [
      "a level by its name and code, an unknown code as it is",
      { code: "bad-meta", field: "level", value: "town", allowed: ["city", "county", "x"] },
      '元数据 level 的值 "town" 无效（允许：省辖市（city）、县（市、区）（county）、x）',
      'meta field level has invalid value "town" (allowed: City (provincial-administered) (city), County (city, district) (county), x)',
    ],
    [
      "a role by its name and code",
      { code: "bad-meta", field: "role", value: 3, allowed: ["self"] },
      "元数据 role 的值 3 无效（允许：自我评价（self））",
      "meta field role has invalid value 3 (allowed: Self-evaluation (self))",
    ],
    [
      "a date's allowed form as it is; a value JSON cannot show",
      { code: "bad-meta", field: "date", value: () => 1, allowed: ["YYYY-MM-DD"] },
      "元数据 date 的值 （无法显示的值） 无效（允许：YYYY-MM-DD）",
      "meta field date has invalid value (a value that cannot be shown) (allowed: YYYY-MM-DD)",
    ],
    [
      "a meta value without allowed values; nothing in words",
      { code: "bad-meta", field: "organization", value: undefined },
      "元数据 organization 的值 （空） 无效",
      "meta field organization has invalid value (nothing)",
    ],
    [
      "a negative percentage",
      { code: "negative", itemId: "A.7.1", value: -5, percent: true },
      `${A71}：百分比 -5% 不能为负数，应在 0%–100% 之间；请改填如 92.5%`,
      `${A71}: the percentage -5% must not be negative; it lies within 0%–100%: enter e.g. 92.5%`,
    ],
    [
      "an expert's score with 3 decimals, counted as typed",
      {
        code: "too-many-decimals",
        itemId: "A.1.1",
        value: 4.125,
        limit: 2,
        asTyped: true,
      },
      `${A11}：专家得分 4.125 超过2位小数；共识工作表按所填数值计入并在“评议检查”列标为错误，结论待定；请改为最多2位小数`,
      `${A11}: an expert's score of 4.125 has more than 2 decimals; the consensus sheet counts it as typed and flags it in the 「评议检查」 (review check) column, so the verdict is pending: use at most 2 decimals`,
    ],
    [
      "a percentage with 3 decimals",
      { code: "too-many-decimals", itemId: "A.7.1", value: 92.125, limit: 2, percent: true },
      `${A71}：百分比 92.125% 超过2位小数，按0计；百分比最多填2位小数，如 92.25%`,
      `${A71}: the percentage 92.125% has more than 2 decimals and counts 0; use at most 2, e.g. 92.25%`,
    ],
    [
      "a deduction with 4 decimals",
      { code: "too-many-decimals", itemId: "A.1.1", lineId: "A.1.1.1", value: 0.1234, limit: 3 },
      `${A111}：0.1234 超过3位小数，按0计；请最多填3位小数`,
      `${A111_EN}: 0.1234 has more than 3 decimals and counts 0; use at most 3`,
    ],
    [
      "merged input cells",
      { code: "merged-input", range: "G4:G5" },
      "输入单元格 G4:G5 被合并：按左上角单元格的值计，其余单元格为空（与工作簿自身计算一致）；请取消合并",
      "input cells G4:G5 are merged: the top-left cell counts and the rest are empty, as the workbook computes; unmerge them",
    ],
    [
      "a formula typed into an input, with its result",
      { code: "formula-input", itemId: "A.1.1", lineId: "A.1.1.1", formula: "1+1", result: "2" },
      `${A111}：输入单元格含公式 "1+1"，按其计算结果 2 计；请直接输入数值`,
      `${A111_EN}: the input cell holds the formula "1+1", counted as its result 2; type the value instead`,
    ],
    [
      "a formula typed into an input, without a result",
      { code: "formula-input", itemId: "A.1.1", formula: "SUM(A1)" },
      `${A11}：输入单元格含公式 "SUM(A1)"；请直接输入数值`,
      `${A11}: the input cell holds the formula "SUM(A1)"; type the value instead`,
    ],
    [
      "a formula never calculated",
      { code: "formula-uncalculated", itemId: "A.1.1", lineId: "A.1.1.1", formula: "1/0" },
      `${A111}：输入单元格含公式 "1/0"，但文件中没有计算结果，按0计；请在 Excel 中重新计算后保存，或直接输入数值`,
      `${A111_EN}: the input cell holds the formula "1/0" with no saved result, so it counts 0; recalculate and save, or type the value`,
    ],
    [
      "an expert's score above the cap",
      { code: "score-out-of-range", itemId: "A.1.1", value: 6, cap: 5 },
      `${A11}：专家得分 6 应在0到本项分值 5 之间`,
      `${A11}: an expert's score of 6 must be from 0 to the item's cap of 5`,
    ],
    [
      "an agreed score typed as text",
      { code: "agreed-score-invalid", itemId: "A.1.1", value: "四", cap: 5, why: "text" },
      `${A11}：评议后得分 "四" 是文本，不是数字，未采用，本项仍按共识方法的结果计`,
      `${A11}: the agreed score "四" is text, not a number; it is not applied and the item keeps the method's result`,
    ],
    [
      "an agreed score with 3 decimals",
      { code: "agreed-score-invalid", itemId: "A.1.1", value: 4.125, cap: 5, why: "decimals" },
      `${A11}：评议后得分 4.125 超过2位小数，未采用，本项仍按共识方法的结果计`,
      `${A11}: the agreed score 4.125 has more than 2 decimals; it is not applied and the item keeps the method's result`,
    ],
    [
      "an agreed score above the cap",
      { code: "agreed-score-invalid", itemId: "A.1.1", value: 5.5, cap: 5, why: "range" },
      `${A11}：评议后得分 5.5 不在0到本项分值 5 之间，未采用，本项仍按共识方法的结果计`,
      `${A11}: the agreed score 5.5 is outside 0 to the item's cap of 5; it is not applied and the item keeps the method's result`,
    ],
    [
      "an agreed score without a reason (6.6)",
      { code: "agreed-without-reason", itemId: "A.1.1", value: 4 },
      `${A11}：填写了评议后得分 4，但未填写评议理由；请写明评估组改定的理由（6.6）`,
      `${A11}: the agreed score 4 has no reason; record why the group settled on it (6.6)`,
    ],
    [
      "an older layout",
      { code: "old-layout", found: "1", current: "2" },
      "此工作簿由旧版 gridscore 生成（布局 1，现为 2）：按输入重新计分；建议用 gridscore new --inputs 或加载项“生成评分表”升级",
      "this workbook was made by an older gridscore (layout 1, now 2): scored from its inputs; regenerate it to upgrade",
    ],
    [
      "a percent in an older layout: its formula counts a hundredth",
      { code: "percent-old-layout", itemId: "A.7.1", shown: "92.5%", counted: 92.5 },
      `${A71}：单元格显示 92.5%，按 92.5% 计分；旧版工作簿自带的公式把它按 0.925% 计，请升级工作簿`,
      `${A71}: the cell shows 92.5% and is scored as 92.5%; this older workbook's own formula counts it as 0.925%, so upgrade the workbook`,
    ],
    [
      "one expert falls back to the mean",
      { code: "trimmed-fallback", experts: 1 },
      "只有 1 位专家，不足5位，去掉最高最低分的截尾平均改用算术平均",
      "only 1 expert (fewer than 5): the trimmed mean falls back to the mean",
    ],
  ])("%s", (_, problem, zh, en) => {
    expect(both(problem)).toEqual([zh, en]);
  });
});

describe("a reason quoted in a message: trimmed, its first 40 characters", () => {
  const forty = "评".repeat(40);
  test.each<[string, string, string]>([
    ["  短理由  ", "短理由", "短理由"],
    [forty, forty, forty],
    [` ${forty}多 `, `${forty}…`, `${forty}…`],
  ])("%p", (reason, zhQuoted, enQuoted) => {
    const [zh, en] = both({ code: "reason-without-agreed", itemId: "A.1.1", reason });
    expect(zh).toBe(
      `${A11}：填写了评议理由“${zhQuoted}”，但未填写评议后得分，本项仍按共识方法的结果计；评估组改定了分数的，请填写评议后得分，否则请删去评议理由`
    );
    expect(en).toBe(
      `${A11}: a reason ("${enQuoted}") was entered without an agreed score, so the item keeps the method's result; if the group settled on a score, enter it as the agreed score, otherwise delete the reason`
    );
  });
});

describe("a checked text's field in words", () => {
  test.each<[string, string, string]>([
    ["meta.organization", "被评单位", "the organization"],
    ["meta.evaluator", "评估人", "the evaluator"],
    ["A.1.1.1 扣分说明", "A.1.1.1 扣分说明", "the note of A.1.1.1"],
    ["A.7.1", "A.7.1", "A.7.1"],
    ["A.1.1.1  扣分说明", "A.1.1.1  扣分说明", "A.1.1.1  扣分说明"],
  ])("%s", (field, zhField, enField) => {
    expect(both({ code: "text-too-long", field, length: 32768, limit: 32767 })).toEqual([
      `${zhField}：文本长 32768 个字符，超过 Excel 单元格上限 32767；请缩短后再写入，原文未作改动`,
      `${enField}: the text has 32768 characters, beyond Excel's cell limit of 32767; shorten it (nothing was cut)`,
    ]);
  });

  test.each<[number, number, string]>([
    [0x1f, 0, "U+001F"],
    [0x0b, 4, "U+000B"],
    [0xfffe, 31, "U+FFFE"],
    [0xd800, 9, "U+D800"],
  ])("code point %d at index %d is %s, counted from 1", (codePoint, index, u) => {
    expect(
      both({ code: "text-forbidden-char", field: "meta.evaluator", codePoint, index })
    ).toEqual([
      `评估人：第 ${index + 1} 个字符 ${u} 是工作簿不能保存的控制字符；请删除后再写入`,
      `the evaluator: character ${index + 1} (${u}) is a control character no workbook can hold; remove it`,
    ]);
  });
});

describe("a defined name as its cell is known", () => {
  test.each<[string, string, string]>([
    ["Total", "总分（汇总页）", "the total (summary sheet)"],
    ["Verdict", "结论（汇总页）", "the verdict (summary sheet)"],
    ["Subtotal_A3", "表A.3小计", "table A.3's subtotal"],
    ["Subtotal_A7", "表A.7小计", "table A.7's subtotal"],
    ["Subtotal_A10", "Subtotal_A10", "Subtotal_A10"],
    ["Other", "Other", "Other"],
  ])("%s", (name, zhName, enName) => {
    expect(both({ code: "formula-changed", name, found: "=1" })).toEqual([
      `${zhName} 的公式被改动（现为 "=1"）`,
      `the formula of ${enName} was changed (now "=1")`,
    ]);
    expect(both({ code: "formula-overwritten", name, value: "300" })).toEqual([
      `${zhName} 的公式被改成了固定值 300（公式被覆盖或篡改）`,
      `the formula of ${enName} was replaced by the value 300 (overwritten or tampered)`,
    ]);
  });
});

describe("the pending verdict (issue 11)", () => {
  test.each<[number, string, string]>([
    [0, "结论待定：有 0 个错误", "Verdict pending: 0 error(s) to fix"],
    [1, "结论待定：有 1 个错误", "Verdict pending: 1 error(s) to fix"],
    [12, "结论待定：有 12 个错误", "Verdict pending: 12 error(s) to fix"],
  ])("%d errors", (n, zh, en) => {
    expect([pendingVerdictText(n, "zh-CN"), pendingVerdictText(n, "en-US")]).toEqual([zh, en]);
  });
});

describe("the group's plan (4.3, 7.2)", () => {
  test.each<[string, string, string]>([
    [
      "abcd",
      "此评分表按另一份评估方案生成（方案指纹 abcd），与 甲.xlsx 等的方案（ef01）不同；请用同一方案重新生成（4.3、7.2）",
      "this scoresheet was made from another plan (abcd) than 甲.xlsx and the others (ef01); remake it from the group's plan (4.3, 7.2)",
    ],
    [
      "",
      "此评分表不是按评估方案生成的，而 甲.xlsx 等按方案（ef01）生成；请用同一方案重新生成（4.3、7.2）",
      "this scoresheet was not made from the group's plan (ef01, as 甲.xlsx was); remake it from the plan (4.3, 7.2)",
    ],
  ])("a copy of plan %p among copies of ef01", (found, zh, en) => {
    expect(both({ code: "plan-mismatch", found, expected: "ef01", other: "甲.xlsx" })).toEqual([
      zh,
      en,
    ]);
  });

  test.each<[string, string, string]>([
    ["normal", "正常评分", "scored normally"],
    ["absent", "应有未有（0分）", "required but missing (0)"],
    ["不适用", "不适用", '"不适用"'],
    ["", "（空）", '""'],
  ])("an item fixed as 不适用 found %p", (found, zhFound, enFound) => {
    const A33 = "A.3.3「服务提供规程」";
    expect(both({ code: "plan-overridden", itemId: "A.3.3", found, reason: "无联办" })).toEqual([
      `${A33}：评估方案已将本项界定为不适用（7.2，理由：无联办），但此评分表中本项状态为“${zhFound}”，扣分或数值不能计入；请把状态改回“不适用（满分）”，如须改变请由评估组长修改评估方案并重新生成评分表`,
      `${A33}: the group's plan fixes this item as not applicable (7.2; reason: 无联办), but this scoresheet marks it ${enFound}, so its deductions or values cannot count; set it back to 「不适用（满分）」 (not applicable (full marks)), or ask the group leader to change the plan and remake the copies`,
    ]);
  });
});

describe("subjects and places, with the defaults", () => {
  test.each<[string, string | undefined, string, string]>([
    ["A.1.1", undefined, A11, A11],
    ["A.1.1", "A.1.1.1", A111, A111_EN],
    ["A.1.1", "A.1.1.9", `${A11} A.1.1.9`, `${A11} A.1.1.9`],
    ["A.9.9", undefined, "A.9.9", "A.9.9"],
    ["A.9.9", "A.9.9.1", "A.9.9 A.9.9.1", "A.9.9 A.9.9.1"],
  ])("subject(%s, %p)", (itemId, lineId, zh, en) => {
    expect([subject(itemId, lineId, "zh-CN"), subject(itemId, lineId, "en-US")]).toEqual([zh, en]);
  });

  test("Chinese when no locale is given; nothing for no place", () => {
    expect(describeProblem({ code: "merge-excluded", errors: 2 })).toBe(
      "有 2 个错误，按 --skip-invalid 未计入本次合并"
    );
    expect(describeWhere(undefined)).toBe("");
    expect(describeWhere(undefined, "en-US")).toBe("");
    expect(describeWhere({ file: "a.xlsx", sheet: "A.1", cell: "G4" })).toBe(
      "文件 a.xlsx，工作表 A.1，单元格 G4："
    );
    expect(describeWhere({ file: "a.xlsx", sheet: "A.1", cell: "G4" }, "en-US")).toBe(
      "file a.xlsx, sheet A.1, cell G4: "
    );
    expect(formatProblem({ code: "no-inputs" })).toBe("错误：没有可合并的评分表");
  });
});
