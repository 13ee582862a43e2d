import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { STYLES } from "../../src/layout";
import {
  CONDITION_COL,
  CONDITION_IDS,
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  GROUP_COL,
  GROUP_IDS,
  INCIDENTS,
  STATUS_WORDS,
  buildEligibilitySheet,
  buildGroupSheet,
  checkEligibility,
  checkGroup,
  groupCheckText,
} from "../../src/layout/evaluationSheets";
import type { EligibilityInput, GroupMember } from "../../src/layout/evaluationSheets";
import { writeXlsx } from "../../src/writers/xlsx";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { rowOf } from "./support";

const soffice = requireProgram("soffice", "LibreOffice recalculates the evaluation sheets");
const maybe = soffice ? describe : describe.skip;

const NO = Object.fromEntries(INCIDENTS.map((i) => [i.id, "no" as const]));
const CASES: { eligibility: EligibilityInput; group: GroupMember[] }[] = [
  {
    // Exactly 6 months, across a leap-year February (2023-08-31 + 6 = 2024-02-29).
    eligibility: {
      operationStart: "2023-08-31",
      selfEvaluationDate: "2023-12-01",
      applicationDate: "2024-02-29",
      selfEvaluationScore: 300,
      incidents: NO,
    },
    group: [1, 2, 3, 4, 5].map((n) => ({
      name: `专家${n}`,
      field: n === 1 ? ("standardization" as const) : ("industry" as const),
      role: n === 1 ? ("leader" as const) : ("member" as const),
    })),
  },
  {
    // One day short of 6 months in a leap year; Nov 30 + 3 months met on Feb 29.
    eligibility: {
      operationStart: "2023-08-31",
      selfEvaluationDate: "2023-11-30",
      applicationDate: "2024-02-28",
      selfEvaluationScore: 299.5,
      incidents: { ...NO, media: "yes" },
    },
    group: [1, 2, 3, 4].map((n) => ({ name: `专家${n}`, field: "industry" as const })),
  },
  {
    eligibility: {
      operationStart: "2022-11-30",
      selfEvaluationDate: "2023-01-01",
      applicationDate: "2023-02-27",
    },
    group: [],
  },
];

maybe("LibreOffice computes the evaluation sheets as checkEligibility and checkGroup do", () => {
  const dir = outputDir("report/libreoffice");
  let recalculated: string[] = [];

  beforeAll(async () => {
    const files: string[] = [];
    for (const [i, c] of CASES.entries()) {
      const file = path.join(dir, `conditions-${i}.xlsx`);
      fs.writeFileSync(
        file,
        await writeXlsx({
          sheets: [buildEligibilitySheet(c.eligibility), buildGroupSheet(c.group)],
          names: [],
          styles: STYLES,
          properties: { title: "", subject: "", creator: "", keywords: "" },
        })
      );
      files.push(file);
    }
    recalculated = libreOfficeConvert(soffice!, files, "xlsx", path.join(dir, "recalculated"));
  });

  test.each(CASES.map((c, i) => [i, c]))("case %d", async (i, c) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i]!);
    const cached = (sheet: string, row: number, col: number): unknown => {
      const v = wb.getWorksheet(sheet)!.getCell(row + 1, col + 1).value as ExcelJS.CellFormulaValue;
      return v.result;
    };
    const eligibility = buildEligibilitySheet();
    const expected = checkEligibility(c.eligibility);
    expect(
      cached("评价条件", rowOf(eligibility, ELIGIBILITY_IDS.overall), ELIGIBILITY_COL.label)
    ).toBe(expected.text);
    for (const cond of CONDITION_IDS) {
      const row = rowOf(eligibility, ELIGIBILITY_IDS.condition(cond));
      const r = expected.conditions.find((x) => x.id === cond)!;
      expect(cached("评价条件", row, CONDITION_COL.result)).toBe(STATUS_WORDS[r.status]);
      expect(cached("评价条件", row, CONDITION_COL.reason) ?? "").toBe(r.reason);
    }
    const group = buildGroupSheet();
    expect(cached("评估组", rowOf(group, GROUP_IDS.check), GROUP_COL.name)).toBe(
      groupCheckText(checkGroup(c.group))
    );
  });
});
