/**
 * The words of src/engine/messages.ts lines 1–560 that engine-rest's mutation run (7281fcb) found run by no test of
 * the part, or run but never compared: a long text quoted by its start and length (show), a note's, an agreed
 * reason's and a dissent's field named in English (fieldWords), a scoresheet formula cell by its row and column
 * (nameWords), a date that names no real day, a JSON path before an unknown item, a workbook or broken JSON given
 * where a plan or an edition is needed, compare's order, and a remediation plan of another unit or evaluation. Each
 * problem is built by hand and both lines are compared whole with the words written out from the message's
 * template, so a changed word, a dropped clause or a wrong branch fails.
 */
import { SHOWN_CHARS } from "../../src/engine/messages";
import type { Problem } from "../../src/engine";
import { both } from "../support/problemLines";

const FORMAT_ZH = '"gridscore-evaluation/2" 或 "gridscore-evaluation/1"';
const FORMAT_EN = '"gridscore-evaluation/2" or "gridscore-evaluation/1"';

describe("a found text is quoted whole up to SHOWN_CHARS characters, and longer by its start and length", () => {
  it("quotes a text of exactly 80 characters whole", () => {
    expect(SHOWN_CHARS).toBe(80);
    const found = "x".repeat(80);
    expect(both({ code: "bad-format", found })).toEqual([
      `format 字段应为 ${FORMAT_ZH}，实际为 "${found}"`,
      `field "format" must be ${FORMAT_EN}, found "${found}"`,
    ]);
  });

  it("cuts a text of 81 characters after 80, counting characters (a surrogate pair is one), not UTF-16 units", () => {
    // 𠀀 (U+20000) is two UTF-16 units: 81 of them are 162 units, and the cut must fall after the 80th character.
    const found = "𠀀".repeat(81);
    const start = "𠀀".repeat(80);
    expect(both({ code: "bad-format", found })).toEqual([
      `format 字段应为 ${FORMAT_ZH}，实际为 "${start}…"（共 81 个字符）`,
      `field "format" must be ${FORMAT_EN}, found "${start}…" (81 characters)`,
    ]);
  });

  it("names the length of a long formula and quotes only its start", () => {
    const found = `=${"A1+".repeat(40)}A1`; // 1 + 120 + 2 = 123 characters
    const start = found.slice(0, 80);
    expect(both({ code: "formula-changed", name: "Total", found })).toEqual([
      `总分（汇总页） 的公式被改动（现为 "${start}…"（共 123 个字符））`,
      `the formula of the total (summary sheet) was changed (now "${start}…" (123 characters))`,
    ]);
  });
});

describe("a checked text's field: an agreed reason or a dissent is named in English, anything else as it is", () => {
  const forbidden = (field: string): Problem => ({
    code: "text-forbidden-char",
    field,
    index: 3,
    codePoint: 1,
  });
  const lines = (zhField: string, enField: string): [string, string] => [
    `${zhField}：第 4 个字符 U+0001 是工作簿不能保存的控制字符；请删除后再写入`,
    `${enField}: character 4 (U+0001) is a control character no workbook can hold; remove it`,
  ];

  it.each([
    ["A.1.1 评议理由", "the agreed reason (评议理由) of A.1.1"],
    ["A.3.3 不同意见", "the dissent (不同意见) of A.3.3"],
    ["A.1.2 扣分说明", "the note of A.1.2"],
    ["meta.organization", "the organization"],
    ["meta.evaluator", "the evaluator"],
  ])("%s", (field, en) => {
    const zh = field.startsWith("meta.")
      ? field === "meta.organization"
        ? "被评单位"
        : "评估人"
      : field;
    expect(both(forbidden(field))).toEqual(lines(zh, en));
  });

  it.each([
    // More before the item id: not a reason's field, shown as it is.
    ["共识 A.1.1 评议理由"],
    // More after 评议理由 / 不同意见.
    ["A.1.1 评议理由 补充"],
    ["A.1.1 不同意见2"],
    // No item id at all.
    [" 评议理由"],
  ])("%j is shown as it is on both lines", (field) => {
    expect(both(forbidden(field))).toEqual(lines(field, field));
  });
});

describe("a scoresheet formula cell is named by its row and column", () => {
  const changed = (name: string): Problem => ({ code: "formula-changed", name, found: "=1" });

  it("names ScoresheetCell:<row> <column> as that cell", () => {
    expect(both(changed("ScoresheetCell:A.1.1 得分"))).toEqual([
      `“A.1.1 得分”单元格 的公式被改动（现为 "=1"）`,
      `the formula of the cell "A.1.1 得分" was changed (now "=1")`,
    ]);
  });

  it("names a one-character cell too", () => {
    expect(both(changed("ScoresheetCell:X"))).toEqual([
      `“X”单元格 的公式被改动（现为 "=1"）`,
      `the formula of the cell "X" was changed (now "=1")`,
    ]);
  });

  it.each([["xScoresheetCell:A.1.1 得分"], ["ScoresheetCell:A.1.1\n得分"]])(
    "shows %j, which is no scoresheet cell's name, as it is",
    (name) => {
      expect(both(changed(name))).toEqual([
        `${name} 的公式被改动（现为 "=1"）`,
        `the formula of ${name} was changed (now "=1")`,
      ]);
    }
  );
});

describe("bad-meta: a date written right that names no real day", () => {
  it("says the day does not exist, for the date field only", () => {
    expect(both({ code: "bad-meta", field: "date", value: "2026-02-30" })).toEqual([
      `元数据 date：“2026-02-30” 的格式可以，但这一天不存在：2026年2月只有28天；请改为实有的日期`,
      `meta field date: "2026-02-30" is written right, but that day does not exist: 2026-02 has 28 days; enter a date that exists`,
    ]);
  });

  it("adds the allowed values after it", () => {
    expect(
      both({ code: "bad-meta", field: "date", value: "2026-13-01", allowed: ["YYYY-MM-DD"] })
    ).toEqual([
      `元数据 date：“2026-13-01” 的格式可以，但没有13月这个月份（月份为1–12）；请改为实有的日期（允许：YYYY-MM-DD）`,
      `meta field date: "2026-13-01" is written right, but there is no month 13 (months are 1–12); enter a date that exists (allowed: YYYY-MM-DD)`,
    ]);
  });

  it("reads the same text in another field as an invalid value, not a date", () => {
    expect(both({ code: "bad-meta", field: "evaluator", value: "2026-02-30" })).toEqual([
      `元数据 evaluator 的值 "2026-02-30" 无效`,
      `meta field evaluator has invalid value "2026-02-30"`,
    ]);
  });
});

describe("unknown-item names its JSON path when it has one", () => {
  it.each<[Problem, string, string]>([
    [
      { code: "unknown-item", itemId: "A.9.9", path: "$.notApplicable[0].item" },
      "$.notApplicable[0].item：未知的评价内容编号 A.9.9（附录A中没有此项）",
      "$.notApplicable[0].item: unknown item id A.9.9 (not in Appendix A)",
    ],
    [
      { code: "unknown-item", itemId: "A.9.9" },
      "未知的评价内容编号 A.9.9（附录A中没有此项）",
      "unknown item id A.9.9 (not in Appendix A)",
    ],
    [
      { code: "unknown-item", itemId: "A.3.3.1", path: "$.notApplicable[2].item", lineOf: "A.3.3" },
      "$.notApplicable[2].item：A.3.3.1 是 A.3.3 的评价要求（行）编号，不是项目编号；请填项目编号 A.3.3",
      "$.notApplicable[2].item: A.3.3.1 is a requirement line of A.3.3, not an item: use the item id A.3.3",
    ],
  ])("%j", (p, zh, en) => {
    expect(both(p)).toEqual([zh, en]);
  });
});

describe("a workbook or broken JSON given where --plan or --standard needs a JSON", () => {
  const PLAN_ZH =
    "，此处 --plan 需要评估组的评估方案（JSON，格式见 README 的 The evaluation plan 一节）";
  const PLAN_EN =
    "; --plan needs the group's evaluation plan here (JSON; format in README, The evaluation plan)";
  const EDITION_ZH = "，此处 --standard 需要标准版本文件（JSON，格式见 README 的 Editions 一节）";
  const EDITION_EN = "; --standard needs an edition file here (JSON; format in README, Editions)";

  it.each<[Problem, string, string]>([
    [
      { code: "foreign-file", kind: "workbook", needed: "plan" },
      `是工作簿${PLAN_ZH}`,
      `a workbook${PLAN_EN}`,
    ],
    [
      { code: "foreign-file", kind: "workbook", needed: "edition" },
      `是工作簿${EDITION_ZH}`,
      `a workbook${EDITION_EN}`,
    ],
    [
      { code: "foreign-file", kind: "workbook", needed: "evaluation" },
      "是工作簿，此处需要评价 JSON；可先用 gridscore export 导出",
      "a workbook; an evaluation JSON is needed here: make one with gridscore export",
    ],
    [
      { code: "json-invalid", detail: "Unexpected end of JSON input", needed: "plan" },
      `不是有效的 JSON（内容在结束前中断，缺少括号或引号）${PLAN_ZH}；请检查括号和引号`,
      `not valid JSON (Unexpected end of JSON input)${PLAN_EN}; check brackets and quotes`,
    ],
    [
      {
        code: "json-invalid",
        detail: "Unexpected token } in JSON at position 35",
        needed: "edition",
      },
      `不是有效的 JSON（第 36 个字符处有语法错误）${EDITION_ZH}；请检查括号和引号`,
      `not valid JSON (Unexpected token } in JSON at position 35)${EDITION_EN}; check brackets and quotes`,
    ],
  ])("%j", (p, zh, en) => {
    expect(both(p)).toEqual([zh, en]);
  });
});

describe("compare-not-later", () => {
  it("tells the same date given twice", () => {
    expect(both({ code: "compare-not-later", before: "2026-06-02", after: "2026-06-02" })).toEqual([
      "两次评估的评估日期相同（2026-06-02）：可能把同一次评估比较了两次；compare 先给之前的评估，再给之后（整改后）的评估，请检查所给的两个文件",
      "both evaluations are dated 2026-06-02: the same evaluation may have been given twice; compare takes the earlier evaluation first, then the later (after remediation): check the two files given",
    ]);
  });

  it("tells an after evaluation dated before the before one", () => {
    expect(both({ code: "compare-not-later", before: "2026-06-02", after: "2025-12-01" })).toEqual([
      "之后的评估（2025-12-01）不晚于之前的评估（2026-06-02）：compare 先给之前的评估，再给之后的评估，请检查两个文件的先后顺序",
      "the after evaluation (2025-12-01) is not later than the before evaluation (2026-06-02): compare takes the earlier evaluation first, then the later; check the order of the two files",
    ]);
  });
});

describe("remediation-other-unit names both units: name, level, a blank name, no level, a level off the list", () => {
  const lines = (planZh: string, evalZh: string, planEn: string, evalEn: string): string[] => [
    `此整改台账是${planZh}的，而评估的被评单位是${evalZh}；整改状态只能来自本单位的整改台账：请改用本单位由 gridscore plan 生成的整改台账，未使用`,
    `this remediation plan is for ${planEn}, but the evaluation is of ${evalEn}; remediation statuses can only come from the unit's own plan: give the plan gridscore plan made for this unit (it was not used)`,
  ];

  it("names each unit with its level", () => {
    const p: Problem = {
      code: "remediation-other-unit",
      organization: "甲市网格中心",
      level: "city",
      expectedOrganization: "乙县网格中心",
      expectedLevel: "county",
    };
    expect(both(p)).toEqual(
      lines(
        "“甲市网格中心”（省辖市）",
        "“乙县网格中心”（县（市、区））",
        '"甲市网格中心" (City (provincial-administered))',
        '"乙县网格中心" (County (city, district))'
      )
    );
  });

  it("says a blank name is blank, leaves out a missing level, and shows a level off the list as given", () => {
    const p: Problem = {
      code: "remediation-other-unit",
      organization: "",
      level: "",
      expectedOrganization: "丙镇",
      expectedLevel: "province",
    };
    expect(both(p)).toEqual(
      lines("“（未填写）”", "“丙镇”（province）", '"(blank)"', '"丙镇" (province)')
    );
  });
});

describe("remediation-other-evaluation", () => {
  it("says an old plan records no evaluation", () => {
    expect(both({ code: "remediation-other-evaluation", total: 312.5 })).toEqual([
      "此整改台账未记录所据评估的日期和总分（旧版 gridscore 生成），无法核对它是否据此次评估（总分 312.5）制定；请确认，或用 gridscore plan 重新生成",
      "this remediation plan does not record the evaluation it was made from (an older gridscore made it), so it cannot be checked against this evaluation (total 312.5); check it, or make it again with gridscore plan",
    ]);
  });

  it("names both dates and totals", () => {
    const p: Problem = {
      code: "remediation-other-evaluation",
      total: 312.5,
      date: "2026-06-02",
      planTotal: 298.25,
      planDate: "2025-12-01",
    };
    expect(both(p)).toEqual([
      "此整改台账据同一单位的另一次评估制定（台账记录：日期 2025-12-01，总分 298.25；此次评估：日期 2026-06-02，总分 312.5）；已使用其整改状态，请确认是否为此次评估的台账",
      "this remediation plan was made from another evaluation of the same unit (the plan records date 2025-12-01, total 298.25; this evaluation: date 2026-06-02, total 312.5); its statuses were used: check it is the plan of this evaluation",
    ]);
  });

  it("says what is not recorded: no dates, no plan total", () => {
    const p: Problem = {
      code: "remediation-other-evaluation",
      total: 300,
      planTotal: null,
      planDate: "",
    };
    expect(both(p)).toEqual([
      "此整改台账据同一单位的另一次评估制定（台账记录：日期 未填写，总分 未记录；此次评估：日期 未填写，总分 300）；已使用其整改状态，请确认是否为此次评估的台账",
      "this remediation plan was made from another evaluation of the same unit (the plan records date none, total none; this evaluation: date none, total 300); its statuses were used: check it is the plan of this evaluation",
    ]);
  });
});

describe("no-entries and a newer formula edition", () => {
  it("no-entries", () => {
    expect(both({ code: "no-entries" })).toEqual([
      "此评分表没有任何填写（无扣分、无正常评分以外的状态、无得分率/数值/等级、无备注），合并时按未扣分计入（A.7未填写按0分）；请确认发来的是专家填写后的文件",
      "this scoresheet has no entries (no deduction, no status other than normal, no rate, value or level, no note): it merges as an expert who deducted nothing (A.7 left empty scores 0); was the right file sent?",
    ]);
  });

  it("other-template, field formulas", () => {
    expect(both({ code: "other-template", field: "formulas", found: "4", expected: "3" })).toEqual([
      "此工作簿的公式版本为 4，本程序认得的最新版本为 3：它由更新版本的 gridscore 生成，本程序无法核对其公式；请升级 gridscore 后再读取",
      "this workbook's formula edition is 4, the newest this program knows is 3: a newer gridscore made it, and this one cannot check its formulas; upgrade gridscore and read it again",
    ]);
  });
});
