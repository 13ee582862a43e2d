/**
 * The evaluation sheets' pure rules at their edges: section 4.2's group check (5–7 members, a standardization
 * expert, one leader) with its words, the labels read back, and the calendar helpers (days in a month, Excel
 * serials, dates typed as text, dates shown in Chinese). Answers are worked out by hand from the standard and
 * the calendar.
 */
import {
  GROUP_MAX,
  GROUP_MIN,
  GROUP_OK_TEXT,
  addMonths,
  checkGroup,
  fieldFromText,
  formatDateSpanZh,
  groupCheckText,
  groupWarningText,
  isoToSerial,
  parseDateText,
  roleFromText,
} from "../../src/layout/evaluationSheets";
import { INCIDENTS, checkEligibility } from "../../src/layout/evaluationSheets";
import type {
  GroupMember,
  GroupWarning,
  IncidentAnswer,
  IncidentId,
} from "../../src/layout/evaluationSheets";
import { daysInMonth } from "../../src/layout/evaluationSheets/dates";

/** n members named m1…mn; the first a standardization expert and the leader unless told otherwise. */
function group(n: number, extra: Partial<GroupMember> = {}): GroupMember[] {
  return Array.from({ length: n }, (_, i) =>
    i === 0
      ? { name: `m${i + 1}`, field: "standardization", role: "leader", ...extra }
      : { name: `m${i + 1}`, field: "industry", role: "member" }
  );
}

describe("checkGroup (4.2)", () => {
  test("the limits are 5 and 7", () => {
    expect([GROUP_MIN, GROUP_MAX]).toEqual([5, 7]);
  });
  test.each<[number, GroupWarning[]]>([
    [4, [{ code: "group-size", count: 4 }]],
    [5, []],
    [6, []],
    [7, []],
    [8, [{ code: "group-size", count: 8 }]],
  ])("%i members: %p", (n, warnings) => {
    expect(checkGroup(group(n))).toEqual(warnings);
  });

  test("blank-named rows do not count (spaces and full-width spaces are blank)", () => {
    const members = [
      ...group(4),
      { name: " " },
      { name: "\u3000", field: "standardization" as const },
    ];
    expect(checkGroup(members)).toEqual([{ code: "group-size", count: 4 }]);
    expect(checkGroup([...group(5), { name: "", role: "leader" }])).toEqual([]);
  });

  test("no members: every warning, in order", () => {
    expect(checkGroup([])).toEqual([
      { code: "group-size", count: 0 },
      { code: "no-standardization-expert" },
      { code: "no-leader" },
    ]);
  });

  test.each<[string, GroupMember[], GroupWarning[]]>([
    [
      "no standardization expert",
      group(5, { field: "management" }),
      [{ code: "no-standardization-expert" }],
    ],
    ["no leader", group(5, { role: "member" }), [{ code: "no-leader" }]],
    ["a leader without a role given", group(5, { role: undefined }), [{ code: "no-leader" }]],
    [
      "two leaders",
      [...group(5), { name: "x", role: "leader" }],
      [{ code: "several-leaders", count: 2 }],
    ],
    [
      "three leaders and nine members",
      [...group(7), { name: "x", role: "leader" }, { name: "y", role: "leader" }],
      [
        { code: "group-size", count: 9 },
        { code: "several-leaders", count: 3 },
      ],
    ],
  ])("%s", (_n, members, warnings) => {
    expect(checkGroup(members)).toEqual(warnings);
  });

  test("the words of each warning and of the check cell", () => {
    expect(groupWarningText({ code: "group-size", count: 4 })).toBe(
      "评估组成员一般为5-7人（4.2），现有4人"
    );
    expect(groupWarningText({ code: "no-standardization-expert" })).toBe(
      "评估组中没有标准化专家（4.2）"
    );
    expect(groupWarningText({ code: "no-leader" })).toBe("未指定评估组组长");
    expect(groupWarningText({ code: "several-leaders", count: 2 })).toBe(
      "评估组组长多于1人（2人）"
    );
    expect(groupCheckText([])).toBe(GROUP_OK_TEXT);
    expect(GROUP_OK_TEXT).toBe("评估组组成符合4.2");
    expect(groupCheckText([{ code: "no-leader" }])).toBe("未指定评估组组长");
    expect(groupCheckText([{ code: "group-size", count: 8 }, { code: "no-leader" }])).toBe(
      "评估组成员一般为5-7人（4.2），现有8人；未指定评估组组长"
    );
  });

  test.each<[string, string | undefined, string | undefined]>([
    ["标准化", "standardization", undefined],
    [" 行业专家 ", "industry", undefined],
    ["管理人员\u3000", "management", undefined],
    ["组长", undefined, "leader"],
    [" 成员", undefined, "member"],
    ["industry", undefined, undefined],
    ["leader", undefined, undefined],
    ["", undefined, undefined],
    ["标准化专家", undefined, undefined],
  ])("labels: %p is field %p, role %p", (text, field, role) => {
    expect(fieldFromText(text)).toBe(field);
    expect(roleFromText(text)).toBe(role);
  });
});

describe("calendar helpers", () => {
  test.each<[number, number, number]>([
    [2024, 2, 29],
    [2023, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2024, 1, 31],
    [2024, 4, 30],
    [2024, 12, 31],
  ])("daysInMonth(%i, %i) = %i", (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });

  test.each<[string, number, string]>([
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-01-15", -1, "2023-12-15"],
    ["2024-12-15", 1, "2025-01-15"],
    ["2024-11-30", 0, "2024-11-30"],
    ["2024-01-31", 13, "2025-02-28"],
  ])("addMonths(%s, %i) = %s", (iso, n, due) => {
    expect(addMonths(iso, n)).toBe(due);
  });

  test.each<[string, number]>([
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2025-01-01", 45658],
    ["2026-05-31", 46173],
  ])("isoToSerial(%s) = %i", (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
  });

  test.each<[string, string | undefined]>([
    ["2024-01-05", "2024-01-05"],
    ["2024/1/5", "2024-01-05"],
    ["2024年1月5日", "2024-01-05"],
    [" 2024 年 12 月 31 日 ", "2024-12-31"],
    ["2024-02-30", undefined],
    ["2024-13-01", undefined],
    ["2024-00-10", undefined],
    ["24-1-5", undefined],
    ["2024.1.5", undefined],
    ["2024年1月", undefined],
    ["2024-001-05", undefined],
    ["x2024-01-05", undefined],
    ["", undefined],
  ])("parseDateText(%p) = %p", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  test.each<[string | undefined, string]>([
    [undefined, "未填写"],
    ["", "未填写"],
    ["  ", "未填写"],
    ["2026-06-02", "2026年6月2日"],
    ["2026/6/2", "2026年6月2日"],
    ["下周", "下周"],
    ["2026-06-02 至 2026-06-03", "2026年6月2日至6月3日"],
    ["2026-06-02 至 2026-07-10", "2026年6月2日至7月10日"],
    ["2025-12-31 至 2026-01-02", "2025年12月31日至2026年1月2日"],
    ["2026-06-02 至 待定", "2026年6月2日至待定"],
    ["待定 至 2026-06-03", "待定至2026年6月3日"],
  ])("formatDateSpanZh(%p) = %p", (v, shown) => {
    expect(formatDateSpanZh(v)).toBe(shown);
  });

  test("formatDateSpanZh's text for none can be chosen", () => {
    expect(formatDateSpanZh(undefined, "—")).toBe("—");
    expect(formatDateSpanZh(" ", "")).toBe("");
    expect(formatDateSpanZh("2026-06-02", "—")).toBe("2026年6月2日");
  });
});

describe("5.2's self-evaluation score (pass mark 300, A.8)", () => {
  /** 5.2 with its dates met (start + 6 months = the application day), so only the score decides. */
  function condition52(score: number | string | undefined) {
    const incidents = Object.fromEntries(INCIDENTS.map((i) => [i.id, "no"])) as Record<
      IncidentId,
      IncidentAnswer
    >;
    return checkEligibility({
      operationStart: "2024-01-31",
      selfEvaluationDate: "2024-03-01",
      applicationDate: "2024-07-31",
      ...(score !== undefined ? { selfEvaluationScore: score } : {}),
      incidents,
    }).conditions.find((c) => c.id === "5.2");
  }
  const low = (shown: string) => ({
    id: "5.2",
    status: "not-met",
    reason: `自查总分${shown}分，低于合格线300分（自查不合格）`,
  });
  const met = { id: "5.2", status: "met", reason: "" };
  const missing = { id: "5.2", status: "incomplete", reason: "未填写自查总分" };
  const invalid = { id: "5.2", status: "incomplete", reason: "自查总分不是数字" };
  test.each<[number | string | undefined, object]>([
    [300, met],
    [500, met],
    [299.5, low("299.5")],
    [299.99, low("299.99")],
    [0, low("0")],
    [-1, low("-1")],
    [Number.NaN, invalid],
    [Number.POSITIVE_INFINITY, invalid],
    [" 300 ", met],
    ["+300", met],
    ["300.", met],
    ["300.00", met],
    [".5", low("0.5")],
    ["-0.5", low("-0.5")],
    ["299.9", low("299.9")],
    ["3e2", invalid],
    ["300分", invalid],
    ["三百", invalid],
    ["1,300", invalid],
    ["", missing],
    ["\u3000", missing],
    [undefined, missing],
  ])("score %p", (score, expected) => {
    expect(condition52(score)).toEqual(expected);
  });

  test("a day short of six months is not met, whatever the score", () => {
    const r = checkEligibility({
      operationStart: "2024-01-31",
      applicationDate: "2024-07-30",
      selfEvaluationScore: 400,
    }).conditions.find((c) => c.id === "5.2");
    expect(r).toEqual({
      id: "5.2",
      status: "not-met",
      reason: "至申请日期体系运行不满6个月（满6个月之日为2024-07-31）",
    });
  });
});
