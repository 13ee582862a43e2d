import fc from "fast-check";
import {
  CONDITION_COL,
  CONDITION_IDS,
  DATE_FIELDS,
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  INCIDENTS,
  addMonths,
  buildEligibilitySheet,
  checkEligibility,
  isoToSerial,
} from "../../src/layout/evaluationSheets";
import type {
  EligibilityInput,
  IncidentAnswer,
  IncidentId,
} from "../../src/layout/evaluationSheets";
import { evaluateModel } from "../support/hfWorkbook";
import { STYLES } from "../../src/layout";
import { evaluateSheet, referenceEdate, rowOf, serialOf } from "./support";

const ALL_NO = Object.fromEntries(INCIDENTS.map((i) => [i.id, "no"])) as Record<
  IncidentId,
  IncidentAnswer
>;

function input(start: string, application: string, extra: Partial<EligibilityInput> = {}) {
  return {
    operationStart: start,
    selfEvaluationDate: start,
    applicationDate: application,
    selfEvaluationScore: 320,
    incidents: ALL_NO,
    ...extra,
  } satisfies EligibilityInput;
}

const status = (i: EligibilityInput, id: "5.1" | "5.2" | "5.3") =>
  checkEligibility(i).conditions.find((c) => c.id === id)!;

const EDATE_ANSWERS: [string, number, string][] = [
  ["2024-01-15", 3, "2024-04-15"],
  ["2022-11-30", 3, "2023-02-28"],
  ["2023-11-30", 3, "2024-02-29"],
  ["2023-11-29", 3, "2024-02-29"],
  ["2024-08-31", 6, "2025-02-28"],
  ["2024-05-31", 3, "2024-08-31"],
  ["2024-03-31", 6, "2024-09-30"],
  ["2024-12-31", 6, "2025-06-30"],
  ["2024-10-01", 3, "2025-01-01"],
  ["2024-02-29", 12, "2025-02-28"],
  ["2024-01-31", 1, "2024-02-29"],
];

describe("addMonths (EDATE), against answers written by hand", () => {
  test.each(EDATE_ANSWERS)("%s + %d months = %s", (start, months, due) => {
    expect(addMonths(start, months)).toBe(due);
  });

  // The HyperFormula tests below evaluate the sheet's EDATE with referenceEdate: it must give the same answers.
  test.each(EDATE_ANSWERS)(
    "the tests' reference EDATE: %s + %d months = %s",
    (start, months, due) => {
      expect(referenceEdate(serialOf(start), months)).toBe(serialOf(due));
    }
  );
});

describe("checkEligibility: periods at the boundaries", () => {
  test("exactly 3 months before the application meets 5.1; one day short does not", () => {
    // 5.2 needs 6 months: measured separately.
    expect(status(input("2024-01-15", "2024-04-15"), "5.1").status).toBe("met");
    expect(status(input("2024-01-15", "2024-04-14"), "5.1")).toEqual({
      id: "5.1",
      status: "not-met",
      reason: "至申请日期体系运行不满3个月（满3个月之日为2024-04-15）",
    });
  });

  test("exactly 6 months meets 5.2; one day short does not", () => {
    expect(status(input("2024-01-15", "2024-07-15"), "5.2").status).toBe("met");
    expect(status(input("2024-01-15", "2024-07-14"), "5.2")).toMatchObject({
      status: "not-met",
      reason: "至申请日期体系运行不满6个月（满6个月之日为2024-07-15）",
    });
  });

  test("month ends: Nov 30 + 3 months is Feb 28 (Feb 29 in a leap year)", () => {
    expect(status(input("2022-11-30", "2023-02-28"), "5.1").status).toBe("met");
    expect(status(input("2022-11-30", "2023-02-27"), "5.1").status).toBe("not-met");
    expect(status(input("2023-11-30", "2024-02-29"), "5.1").status).toBe("met");
    expect(status(input("2023-11-30", "2024-02-28"), "5.1").status).toBe("not-met");
    expect(status(input("2024-08-31", "2025-02-28"), "5.2").status).toBe("met");
    expect(status(input("2024-08-31", "2025-02-27"), "5.2").status).toBe("not-met");
  });

  test("all met → 可以申请评估", () => {
    const r = checkEligibility(input("2024-01-15", "2024-07-15"));
    expect(r.verdict).toBe("eligible");
    expect(r.text).toBe("可以申请评估");
  });

  test("reasons are listed per condition in the overall text", () => {
    const r = checkEligibility(
      input("2024-01-15", "2024-05-01", {
        selfEvaluationDate: "2024-06-01",
        selfEvaluationScore: 299.5,
        incidents: { ...ALL_NO, safety: "yes", media: "yes" },
      })
    );
    expect(r.verdict).toBe("not-eligible");
    expect(r.text).toBe(
      "不宜申请评估：5.1 申请日期前尚未完成自我评价；5.2 至申请日期体系运行不满6个月（满6个月之日为2024-07-15）；5.3 试运行期间发生过：重大安全事故、媒体曝光"
    );
  });

  test("missing and invalid inputs make a condition incomplete, never met", () => {
    const r = checkEligibility({
      operationStart: "2024-02-30",
      applicationDate: "2024-09-01",
      incidents: { quality: "no", safety: { invalid: "没有" } },
    });
    expect(r.conditions.map((c) => [c.status, c.reason])).toEqual([
      // 2024-02-30 is written as a date, but the day does not exist: told so, as the sheet's formula tells it.
      ["incomplete", "体系运行开始日期是不存在的日期"],
      ["incomplete", "体系运行开始日期是不存在的日期"],
      ["incomplete", "应填“是”或“否”：重大安全事故"],
    ]);
    expect(
      status({ ...input("2024-01-01", "2024-09-01"), selfEvaluationScore: undefined }, "5.2")
    ).toMatchObject({ status: "incomplete", reason: "未填写自查总分" });
    expect(status({ incidents: { quality: "no" } }, "5.3").reason).toBe(
      "未回答：重大安全事故、重大环保事故、其他重大事故、通报批评、处分、媒体曝光"
    );
  });

  test("a self-evaluation before the system started is not met", () => {
    expect(
      status(input("2024-01-15", "2024-09-01", { selfEvaluationDate: "2024-01-14" }), "5.1").reason
    ).toBe("自我评价完成日期早于体系运行开始日期");
  });
});

/** The sheet's result, reason and overall cells for an input, typed as a user types (dates as serials). */
function sheetVerdict(i: EligibilityInput, datesAs: "serial" | "text") {
  const sheet = buildEligibilitySheet();
  const hf = evaluateSheet(sheet);
  const C = ELIGIBILITY_COL;
  for (const { field } of DATE_FIELDS) {
    const v = i[field];
    const row = rowOf(sheet, ELIGIBILITY_IDS.date(field));
    const asSerial = v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
    hf.set(
      row,
      C.input,
      v === undefined ? null : datesAs === "serial" && asSerial ? isoToSerial(v) : v
    );
  }
  hf.set(rowOf(sheet, ELIGIBILITY_IDS.score), C.input, i.selfEvaluationScore ?? null);
  for (const inc of INCIDENTS) {
    const a = i.incidents?.[inc.id];
    hf.set(
      rowOf(sheet, ELIGIBILITY_IDS.incident(inc.id)),
      C.input,
      a === undefined ? null : typeof a === "object" ? a.invalid : a === "yes" ? "是" : "否"
    );
  }
  const conditions = CONDITION_IDS.map((id) => {
    const row = rowOf(sheet, ELIGIBILITY_IDS.condition(id));
    return [hf.value(row, CONDITION_COL.result), hf.value(row, CONDITION_COL.reason)];
  });
  const overall = hf.value(rowOf(sheet, ELIGIBILITY_IDS.overall), C.label);
  hf.destroy();
  return { conditions, overall };
}

function tsVerdict(i: EligibilityInput) {
  const r = checkEligibility(i);
  const words = { met: "满足", "not-met": "不满足", incomplete: "待填写" } as const;
  return { conditions: r.conditions.map((c) => [words[c.status], c.reason]), overall: r.text };
}

const day = fc
  .integer({ min: isoToSerial("2022-01-01"), max: isoToSerial("2025-12-31") })
  .map((s) => new Date(Date.UTC(1899, 11, 30) + s * 86400000).toISOString().slice(0, 10));
const answer: fc.Arbitrary<IncidentAnswer | undefined> = fc.oneof(
  { arbitrary: fc.constant("no" as const), weight: 8 },
  fc.constant("yes" as const),
  fc.constant(undefined),
  fc.constant({ invalid: "不清楚" })
);
const isoOfSerial = (s: number): string =>
  new Date(Date.UTC(1899, 11, 30) + s * 86400000).toISOString().slice(0, 10);
const randomInput: fc.Arbitrary<EligibilityInput> = fc.record(
  {
    operationStart: fc.oneof({ arbitrary: day, weight: 8 }, fc.constant("不详")),
    selfEvaluationDate: day,
    applicationDate: day,
    selfEvaluationScore: fc.oneof(
      fc.integer({ min: 250, max: 400 }),
      fc.constant(299.99),
      fc.constant(300),
      fc.constant("abc")
    ),
    incidents: fc.record(
      Object.fromEntries(INCIDENTS.map((i) => [i.id, answer])) as Record<
        IncidentId,
        fc.Arbitrary<IncidentAnswer | undefined>
      >
    ),
  },
  { requiredKeys: ["applicationDate", "incidents"] }
);
/** Periods that end on the day the 3 or 6 months are due (by the reference EDATE), a day before or after. */
const edgeInput: fc.Arbitrary<EligibilityInput> = fc
  .tuple(
    fc.constantFrom(
      "2023-11-30",
      "2023-08-31",
      "2024-08-31",
      "2024-01-31",
      "2024-02-29",
      "2024-01-15"
    ),
    fc.constantFrom(3, 6),
    fc.constantFrom(-1, 0, 1)
  )
  .map(([start, months, offset]) =>
    input(start, isoOfSerial(referenceEdate(serialOf(start), months) + offset))
  );
const eligibilityInput = fc.oneof(randomInput, edgeInput);

describe("the eligibility sheet's formulas agree with checkEligibility (HyperFormula)", () => {
  const boundaries: EligibilityInput[] = [
    input("2024-01-15", "2024-07-15"),
    input("2024-01-15", "2024-07-14"),
    input("2024-01-15", "2024-04-14", { selfEvaluationDate: "2024-03-01" }),
    input("2022-11-30", "2023-02-28"),
    input("2022-11-30", "2023-02-27"),
    input("2023-11-30", "2024-02-29"),
    input("2023-08-31", "2024-02-29"),
    input("2023-08-31", "2024-02-28"),
    input("2024-01-15", "2024-09-01", { selfEvaluationScore: 299.5 }),
    input("2024-01-15", "2024-09-01", { incidents: { quality: "yes", sanction: "yes" } }),
    { applicationDate: "2024-01-01" },
    {},
  ];
  test.each(boundaries.map((b, i) => [i, b]))("case %d", (_i, b) => {
    expect(sheetVerdict(b, "serial")).toEqual(tsVerdict(b));
  });

  test("dates typed as ISO text read the same as typed dates", () => {
    for (const b of boundaries.slice(0, 8)) expect(sheetVerdict(b, "text")).toEqual(tsVerdict(b));
  });

  test("random inputs (property)", () => {
    fc.assert(
      fc.property(eligibilityInput, (i) => {
        expect(sheetVerdict(i, "serial")).toEqual(tsVerdict(i));
      }),
      { numRuns: 150, seed: 5 }
    );
  });

  test("the sheet evaluates in the shared test engine too, and pre-filled ISO text is kept as text", () => {
    const sheet = buildEligibilitySheet(input("2024-01-15", "2024-07-15"));
    const row = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
    expect(
      sheet.cells.find((c) => c.row === row && c.col === ELIGIBILITY_COL.input)?.content
    ).toEqual({ kind: "text", text: "2024-01-15" });
    const wb = evaluateModel({
      sheets: [sheet],
      names: [],
      styles: STYLES,
      properties: { title: "", subject: "", creator: "", keywords: "" },
    });
    // HyperFormula's default date formats do not read ISO text, so only the structure is checked here.
    expect(typeof wb.value(sheet.name, rowOf(sheet, ELIGIBILITY_IDS.overall), 1)).toBe("string");
    wb.destroy();
  });
});
