/**
 * The words of the problems in the last part of src/engine/messages.ts (its lines 701-917 at 7281fcb), which
 * engine-rest's mutation run found formatted by no test of the part (the readers, the merge and the CLI raise them):
 * a date typed as an expert's or an agreed score, an agreed score that is a boolean or an error value, an invalid
 * deviation limit, an undecided roll-up, a unit that differs from the group's, a plan's 不适用 item overridden (by
 * its status or its note), an agreed score on an item the plan fixes as 不适用, a date in an input cell, and a
 * corrupt plan record (its full message and the short words of describePlanRecordDefect). Each expected line is
 * written out from the message's template, in both languages, for each branch: with and without a date, a line, a
 * note, a cause or a parser detail.
 */
import { describePlanRecordDefect } from "../../src/engine";
import type { Problem } from "../../src/engine";
import { both } from "../support/problemLines";

/** How the standard names the items and the line used here (T/CSSG 001.5-2020, A.1.1 and A.3.1). */
const A11 = "A.1.1「标准化方针、目标」";
const A31 = "A.3.1「体系结构」";

describe("score-out-of-range", () => {
  it("names a date typed as an expert's score, with the serial the consensus sheet counts", () => {
    const p: Problem = {
      code: "score-out-of-range",
      itemId: "A.1.1",
      value: 45658,
      cap: 5,
      date: "2025-01-01",
    };
    expect(both(p)).toEqual([
      `${A11}：专家得分是日期 2025-01-01，不是分数；共识工作表按其序列号 45658 计入，并在“评议检查”列标为应在0到本项分值 5 之间；请删除后直接输入分数`,
      `${A11}: an expert's score is a date (2025-01-01), not a score; the consensus sheet counts its serial number 45658 and its 「评议检查」 (review check) column flags it as outside 0 to the item's cap of 5. Delete it and type the score`,
    ]);
  });

  it("gives the range alone for a number that is no date", () => {
    const p: Problem = { code: "score-out-of-range", itemId: "A.1.1", value: 7, cap: 5 };
    expect(both(p)).toEqual([
      `${A11}：专家得分 7 应在0到本项分值 5 之间`,
      `${A11}: an expert's score of 7 must be from 0 to the item's cap of 5`,
    ]);
  });
});

describe("agreed-score-invalid", () => {
  const rest = [
    "，不是数字，未采用，本项仍按共识方法的结果计；请删除后直接输入数字",
    ", not a number; it is not applied and the item keeps the method's result. Delete it and type the number",
  ];

  it.each([
    ["boolean", "TRUE", "是布尔值 TRUE（TRUE/FALSE）", "is a boolean (TRUE)"],
    ["boolean", "FALSE", "是布尔值 FALSE（TRUE/FALSE）", "is a boolean (FALSE)"],
    ["error", "#N/A", "是错误值 #N/A", "holds the error value #N/A"],
    ["error", "#DIV/0!", "是错误值 #DIV/0!", "holds the error value #DIV/0!"],
  ] as const)("names the %s value %s as what it is", (why, value, zh, en) => {
    const p: Problem = { code: "agreed-score-invalid", itemId: "A.3.1", value, cap: 10, why };
    expect(both(p)).toEqual([
      `${A31}：评议后得分${zh}${rest[0]!}`,
      `${A31}: the agreed score ${en}${rest[1]!}`,
    ]);
  });

  it.each([
    [
      "range",
      46082,
      "2026-03-01",
      "不在0到本项分值 10 之间",
      "is outside 0 to the item's cap of 10",
    ],
    ["decimals", 46082.5, "2026-03-01", "超过2位小数", "has more than 2 decimals"],
  ] as const)(
    "names a date typed as the agreed score and what its serial breaks (%s)",
    (why, value, date, zh, en) => {
      const p: Problem = {
        code: "agreed-score-invalid",
        itemId: "A.3.1",
        value,
        cap: 10,
        why,
        date,
      };
      expect(both(p)).toEqual([
        `${A31}：评议后得分是日期 ${date}，不是分数；共识工作表按其序列号 ${value} 判断：${zh}，未采用，本项仍按共识方法的结果计；请删除后直接输入分数`,
        `${A31}: the agreed score is a date (${date}), not a score; the consensus sheet judges its serial number ${value}, which ${en}: it is not applied and the item keeps the method's result. Delete it and type the score`,
      ]);
    }
  );

  it.each([
    ["text", "五分", '"五分" 是文本，不是数字', '"五分" is text, not a number'],
    ["decimals", 2.345, "2.345 超过2位小数", "2.345 has more than 2 decimals"],
    ["range", 12, "12 不在0到本项分值 10 之间", "12 is outside 0 to the item's cap of 10"],
  ] as const)("quotes the value and says why without a date (%s)", (why, value, zh, en) => {
    const p: Problem = { code: "agreed-score-invalid", itemId: "A.3.1", value, cap: 10, why };
    expect(both(p)).toEqual([
      `${A31}：评议后得分 ${zh}，未采用，本项仍按共识方法的结果计`,
      `${A31}: the agreed score ${en}; it is not applied and the item keeps the method's result`,
    ]);
  });
});

describe("deviation-limit-invalid", () => {
  const long = "三十百分点".repeat(9); // 45 characters: quoted by its first 40
  it.each([
    ["a blank cell", null, "为空", "is blank"],
    ["TRUE", true, "是布尔值 TRUE", "is a boolean (TRUE)"],
    ["FALSE", false, "是布尔值 FALSE", "is a boolean (FALSE)"],
    ["text, trimmed", " 三十 ", "是文本“三十”", 'is the text "三十"'],
    [
      "a long text, clipped",
      long,
      `是文本“${long.slice(0, 40)}…”`,
      `is the text "${long.slice(0, 40)}…"`,
    ],
    ["0", 0, "为 0", "is 0"],
    ["150", 150, "为 150", "is 150"],
  ] as const)("names %s as found and the default used", (_what, value, zh, en) => {
    const p: Problem = { code: "deviation-limit-invalid", value, used: 30 };
    expect(both(p)).toEqual([
      `偏离限值${zh}，无效：应为大于0、不超过100、最多两位小数的百分数（如 30 表示 ±30%）；现按默认 30% 计（与该工作表的提示一致），请改填有效的限值`,
      `the deviation limit ${en}, which is invalid: it must be a percent above 0 and at most 100 with at most 2 decimals (30 means ±30%); the default 30% is used (as the sheet's own hint says); type a valid limit`,
    ]);
  });
});

describe("rollup-undecided", () => {
  it.each([
    ["2026-05-20", "2026-05-20", "2026-05-20"],
    ["", "未填写日期", "no date"],
  ])("names the day (%j) or says there is none", (date, zhDay, enDay) => {
    const p: Problem = {
      code: "rollup-undecided",
      organization: "示例市",
      date,
      counted: "b.xlsx",
      countedTotal: "412",
      otherTotal: "398",
    };
    expect(both(p)).toEqual([
      `与 b.xlsx 是同一单位“示例市”在同一天（${zhDay}）的评价，方式和专家人数也相同，总分却不同（本文件 398，b.xlsx 412）；汇总按文件顺序计入了 b.xlsx。请核实哪一份是定稿，并把另一份移出汇总的文件`,
      `this and b.xlsx evaluate the same unit "示例市" on the same day (${enDay}), by the same method and number of experts, with different totals (this file 398, b.xlsx 412); the roll-up counted b.xlsx because it was given later. Check which one is final and take the other out of the roll-up's files`,
    ]);
  });
});

describe("unit-mismatch", () => {
  const rest = [
    "；合并只用于同一被评单位的评估专家评分表（4.2、6.6）：请去掉此文件，或改正其封面上的被评单位和层级后再合并",
    "; a merge combines the experts' scoresheets of one unit (4.2, 6.6): leave this file out, or correct the unit and level on its cover, then merge again",
  ];

  it("names both units with their levels' names", () => {
    const p: Problem = {
      code: "unit-mismatch",
      organization: "示例县",
      level: "county",
      expectedOrganization: "示例市",
      expectedLevel: "city",
      other: "a.xlsx",
    };
    expect(both(p)).toEqual([
      `此评分表的被评单位是“示例县”（县（市、区）），而 a.xlsx 等是“示例市”（省辖市）${rest[0]!}`,
      `this scoresheet evaluates "示例县" (County (city, district)), but a.xlsx and the others evaluate "示例市" (City (provincial-administered))${rest[1]!}`,
    ]);
  });

  it("names a blank unit and level, and a level off the list as given", () => {
    const p: Problem = {
      code: "unit-mismatch",
      organization: "",
      level: "",
      expectedOrganization: "示例市",
      expectedLevel: "town",
      other: "a.xlsx",
    };
    expect(both(p)).toEqual([
      `此评分表的被评单位是“（未填写）”，而 a.xlsx 等是“示例市”（town）${rest[0]!}`,
      `this scoresheet evaluates "(blank)", but a.xlsx and the others evaluate "示例市" (town)${rest[1]!}`,
    ]);
  });
});

describe("plan-overridden", () => {
  it.each([
    ["a changed note", "已自行整改"],
    ["an emptied note", ""],
  ])("quotes the plan's reason and %s when the status is still 不适用", (_what, note) => {
    const p: Problem = {
      code: "plan-overridden",
      itemId: "A.3.1",
      found: "na",
      reason: "本单位无下属机构",
      note,
    };
    expect(both(p)).toEqual([
      `${A31}：评估方案已将本项界定为不适用，理由是“本单位无下属机构”，但此评分表中本项说明改为“${note}”；评估方案的理由不能在评分表中改动：请改回原理由，如须改变请由评估组长修改评估方案并重新生成评分表（7.2）`,
      `${A31}: the group's plan fixes this item as not applicable with the reason "本单位无下属机构", but this scoresheet's note for it reads "${note}"; the plan's reason cannot be changed in a scoresheet: put it back, or ask the group leader to change the plan and remake the copies (7.2)`,
    ]);
  });

  it.each([
    ["normal", "正常评分", "scored normally"],
    ["absent", "应有未有（0分）", "required but missing (0)"],
    ["作废", "作废", '"作废"'],
    ["", "（空）", '""'],
  ])("names the status found (%j) and asks for 不适用 back", (found, zh, en) => {
    const p: Problem = {
      code: "plan-overridden",
      itemId: "A.3.1",
      found,
      reason: "本单位无下属机构",
    };
    expect(both(p)).toEqual([
      `${A31}：评估方案已将本项界定为不适用（7.2，理由：本单位无下属机构），但此评分表中本项状态为“${zh}”，扣分或数值不能计入；请把状态改回“不适用（满分）”，如须改变请由评估组长修改评估方案并重新生成评分表`,
      `${A31}: the group's plan fixes this item as not applicable (7.2; reason: 本单位无下属机构), but this scoresheet marks it ${en}, so its deductions or values cannot count; set it back to 「不适用（满分）」 (not applicable (full marks)), or ask the group leader to change the plan and remake the copies`,
    ]);
  });
});

describe("agreed-on-plan-na", () => {
  it.each([
    [8, "8"],
    ["八分", '"八分"'],
  ])("quotes the agreed score (%j) and the plan's reason, and applies neither", (value, shown) => {
    const p: Problem = {
      code: "agreed-on-plan-na",
      itemId: "A.3.1",
      value,
      reason: " 本单位无下属机构 ",
    };
    expect(both(p)).toEqual([
      `${A31}：填写了评议后得分 ${shown}，但评估方案已将本项界定为不适用（7.2，理由：本单位无下属机构），按满分计，评议不能改变；未采用。请删去评议后得分；如须改变，请由评估组长修改评估方案并重新生成评分表，再重新评分和合并`,
      `${A31}: an agreed score ${shown} was entered, but the group's plan fixes this item as not applicable (7.2; reason: 本单位无下属机构), scored at full marks, and deliberation cannot change that; it is not applied. Delete the agreed score; to change the item, the group leader changes the plan and remakes the copies, which are then scored and merged again`,
    ]);
  });
});

describe("date-input", () => {
  it.each([
    [
      "A.1.1.1",
      `${A11} A.1.1.1「有组织方针、符合组织实际」（扣分标准：没有方针扣2分）`,
      `${A11} A.1.1.1「有组织方针、符合组织实际」（rule: 没有方针扣2分）`,
    ],
    [undefined, A11, A11],
  ])("names the line (%s), the date and the serial counted", (lineId, zhAt, enAt) => {
    const p: Problem = {
      code: "date-input",
      itemId: "A.1.1",
      ...(lineId === undefined ? {} : { lineId }),
      date: "2025-01-01",
      serial: 45658,
    };
    expect(both(p)).toEqual([
      `${zhAt}：单元格是日期 2025-01-01，不是数字；工作簿的公式按其序列号 45658 计入，本工具同样；如是误填，请删除后直接输入数字`,
      `${enAt}: the cell holds a date (2025-01-01), not a number; the workbook's formulas count its serial number 45658, and so does gridscore. If it was typed by mistake, delete it and type the number`,
    ]);
  });
});

describe("plan-record-corrupt", () => {
  const cause: Problem = {
    code: "bad-format",
    found: "gridscore-evaluation/2",
    expected: "gridscore-plan/1",
  };

  it("gives the full message with the plan parser's cause in the line's language", () => {
    const p: Problem = { code: "plan-record-corrupt", defect: "shape", cause };
    expect(both(p)).toEqual([
      `此评分表隐藏的标识工作表（_gridscore）中记录的评估方案（4.3、7.2）无法读取：方案内容（planData）不是评估方案的格式（format 字段应为 "gridscore-plan/1"，实际为 "gridscore-evaluation/2"）。无法据此核对评估方案界定为不适用的项目，也不能把评估方案带入导出或重建的文件，已拒绝，不会在不提示的情况下丢弃评估方案。请改用发出时的评分表副本（由 gridscore new --plan 或加载项按评估方案生成，勿修改隐藏的标识工作表）；如已无原副本，请评估组长用评估方案 plan.json 重新生成评分表（gridscore new --plan，或加载项“导出 → 为评估组成员生成空白评分表”）后重新填写`,
      `the group's plan (4.3, 7.2) recorded in this scoresheet's hidden identity sheet (_gridscore) cannot be read: the plan's data (planData) is not a plan (field "format" must be "gridscore-plan/1", found "gridscore-evaluation/2"). The items the plan fixes as not applicable cannot be checked, and no export or rebuild can carry the plan, so the copy is refused rather than losing the plan without a word. Use the copy as it was sent (made from the plan by gridscore new --plan or the add-in; leave the hidden identity sheet alone); if it is gone, ask the group leader to make the copy again from plan.json (gridscore new --plan, or the add-in's 导出 → 为评估组成员生成空白评分表) and enter the scores again`,
    ]);
  });

  const defect = (p: Problem & { code: "plan-record-corrupt" }): [string, string] => [
    describePlanRecordDefect(p, "zh-CN"),
    describePlanRecordDefect(p, "en-US"),
  ];

  it("says a plan record is no plan, with or without the parser's cause, in either language", () => {
    expect(defect({ code: "plan-record-corrupt", defect: "shape" })).toEqual([
      "记录的评估方案无法读取：方案内容（planData）不是评估方案的格式",
      "its recorded plan cannot be read: the plan's data (planData) is not a plan",
    ]);
    expect(defect({ code: "plan-record-corrupt", defect: "shape", cause })).toEqual([
      '记录的评估方案无法读取：方案内容（planData）不是评估方案的格式（format 字段应为 "gridscore-plan/1"，实际为 "gridscore-evaluation/2"）',
      `its recorded plan cannot be read: the plan's data (planData) is not a plan (field "format" must be "gridscore-plan/1", found "gridscore-evaluation/2")`,
    ]);
    // Chinese is the default language.
    expect(describePlanRecordDefect({ code: "plan-record-corrupt", defect: "shape" })).toBe(
      "记录的评估方案无法读取：方案内容（planData）不是评估方案的格式"
    );
  });

  it("says where the JSON breaks in Chinese and keeps the parser's words in English", () => {
    expect(
      defect({
        code: "plan-record-corrupt",
        defect: "json",
        detail: "Unexpected token } in JSON at position 35",
      })
    ).toEqual([
      "记录的评估方案无法读取：方案内容（planData）不是完整的 JSON（第 36 个字符处有语法错误），可能被截断或改动过",
      "its recorded plan cannot be read: the plan's data (planData) is not complete JSON (Unexpected token } in JSON at position 35); it was cut short or edited",
    ]);
    expect(
      defect({
        code: "plan-record-corrupt",
        defect: "json",
        detail: "Unexpected end of JSON input",
      })
    ).toEqual([
      "记录的评估方案无法读取：方案内容（planData）不是完整的 JSON（内容在结束前中断，缺少括号或引号），可能被截断或改动过",
      "its recorded plan cannot be read: the plan's data (planData) is not complete JSON (Unexpected end of JSON input); it was cut short or edited",
    ]);
  });

  it("invents no parser detail for a JSON defect that carries none", () => {
    expect(defect({ code: "plan-record-corrupt", defect: "json" })).toEqual([
      "记录的评估方案无法读取：方案内容（planData）不是完整的 JSON（），可能被截断或改动过",
      "its recorded plan cannot be read: the plan's data (planData) is not complete JSON (); it was cut short or edited",
    ]);
  });

  it("quotes another format version as it is, in both languages", () => {
    expect(
      defect({ code: "plan-record-corrupt", defect: "version", detail: "gridscore-plan/2" })
    ).toEqual([
      "记录的评估方案无法读取：方案内容（planData）的格式为“gridscore-plan/2”，本版本 gridscore 只能读取 gridscore-plan/1（可能由更新版本的 gridscore 生成，或被改动过）",
      `its recorded plan cannot be read: the plan's data (planData) has the format "gridscore-plan/2", and this gridscore reads only gridscore-plan/1 (a newer gridscore wrote it, or it was edited)`,
    ]);
  });
});
