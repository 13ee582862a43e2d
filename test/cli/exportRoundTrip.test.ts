/**
 * export and parse agree on every field: a workbook with hostile entries in the eligibility, group and procedure
 * sheets is exported, and whatever export writes, the JSON's own parser (`gridscore score`) accepts with the same
 * meaning; whatever the reader cannot carry is refused at export, naming sheet and cell, and nothing is written.
 * (Break test: 2025.11.30 and ２０２５-１１-３０ as dates were written into a JSON that score refused; 499 as
 * 自查总分 was never flagged.)
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, tmpDir } from "../followup/support";
import { parseEvaluationDocument } from "../../src/layout/evaluationDocument";
import { schemaProblems } from "../../src/cli/evaluationSchema";
import { checkEligibility, suggestDate } from "../../src/layout/evaluationSheets";
import type { EligibilityInput } from "../../src/layout/evaluationSheets";

type Cell = string | number | boolean | Date | null;
/** [row id in the hidden column G, column (0-based), value] */
type Edit = readonly [string, number, Cell];

const dir = tmpDir();
const base = path.join(dir, "base.xlsx");

beforeAll(async () => {
  expect((await runCli(["new", base, "--organization", "示例市"])).code).toBe(0);
});

async function workbookWith(name: string, edits: readonly Edit[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(base);
  for (const [id, col, value] of edits) {
    let found = false;
    wb.eachSheet((ws) =>
      ws.eachRow((row) => {
        if (row.getCell(7).value !== id) return;
        row.getCell(col + 1).value = value;
        found = true;
      })
    );
    if (!found) throw new Error(`no row ${id}`);
  }
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Exports, then parses what was written as `score` does (the schema and the parser). */
async function exportAndParse(name: string, edits: readonly Edit[]) {
  const file = await workbookWith(name, edits);
  const out = path.join(dir, `${name}.json`);
  const r = await runCli(["export", file, "-o", out]);
  const written = fs.existsSync(out);
  const json = written ? (JSON.parse(fs.readFileSync(out, "utf8")) as unknown) : undefined;
  const parsed = json === undefined ? undefined : parseEvaluationDocument(json);
  const schema = json === undefined ? [] : schemaProblems(json);
  return { r, written, json, parsed, schema, out };
}

const S = "eligibility.operationStart";
const E = "eligibility.selfEvaluationDate";
const A = "eligibility.applicationDate";
const SCORE = "eligibility.selfEvaluationScore";
const IN = 2; // the eligibility sheet's input column (C)
const EV = 3; // its evidence column (D)

/** Entries the JSON can hold: exported, parsed back to the same meaning. */
const carried: readonly { name: string; edits: readonly Edit[] }[] = [
  {
    name: "iso",
    edits: [
      [S, IN, "2025-11-30"],
      [A, IN, "2026-05-31"],
    ],
  },
  { name: "slashes", edits: [[S, IN, "2025/1/5"]] },
  { name: "chinese-date", edits: [[S, IN, "2025年1月5日"]] },
  { name: "padded-date", edits: [[E, IN, "  2026-04-10  "]] },
  { name: "serial", edits: [[A, IN, 46172]] },
  { name: "date-cell", edits: [[A, IN, new Date(Date.UTC(2026, 4, 31))]] },
  { name: "score-number", edits: [[SCORE, IN, 352.5]] },
  { name: "score-text", edits: [[SCORE, IN, "三百五十"]] },
  { name: "score-fullwidth", edits: [[SCORE, IN, "３５２"]] },
  { name: "score-495", edits: [[SCORE, IN, 495]] },
  { name: "score-bool", edits: [[SCORE, IN, true]] },
  { name: "incident-odd", edits: [["eligibility.incident.media", IN, "不确定"]] },
  { name: "incident-yes", edits: [["eligibility.incident.quality", IN, " 是 "]] },
  { name: "evidence-odd", edits: [[S, EV, "=SUM(1)\u0007\u200b𠀀"]] },
  { name: "member-zwsp", edits: [["group.member.1", 1, "\u200b"]] },
  {
    name: "member-full",
    edits: [
      ["group.member.1", 1, " 李四 "],
      ["group.member.1", 2, "标准化"],
      ["group.member.1", 3, "市标准化研究院"],
      ["group.member.1", 4, "组长"],
      ["group.member.1", 5, 12345],
    ],
  },
  { name: "procedure-text-date", edits: [["procedure.6.1", 2, "2026.06.02"]] },
  { name: "procedure-fullwidth", edits: [["procedure.6.2", 2, "２０２６-０６-０２"]] },
  { name: "procedure-serial", edits: [["procedure.6.3", 2, 46175]] },
];

/** Entries the JSON cannot hold as typed: export refuses, naming the sheet and cell, and writes nothing. */
const refused: readonly { name: string; edits: readonly Edit[]; cell: string; says: string }[] = [
  {
    name: "dots",
    edits: [[S, IN, "2025.11.30"]],
    cell: "评价条件，单元格 C4",
    says: "请改为 2025-11-30",
  },
  {
    name: "fullwidth",
    edits: [[A, IN, "２０２５-１１-３０"]],
    cell: "评价条件，单元格 C6",
    says: "请改为 2025-11-30",
  },
  {
    name: "fullwidth-dash",
    edits: [[E, IN, "２０２６－０４－１０"]],
    cell: "评价条件，单元格 C5",
    says: "请改为 2026-04-10",
  },
  {
    name: "no-such-day",
    edits: [[S, IN, "2025-02-30"]],
    cell: "单元格 C4",
    says: "“2025-02-30” 的格式可以，但这一天不存在：2025年2月只有28天",
  },
  { name: "words", edits: [[S, IN, "去年年底"]], cell: "单元格 C4", says: "YYYY-MM-DD" },
  {
    name: "date-and-text",
    edits: [[A, IN, "2026-06-02 起"]],
    cell: "单元格 C6",
    says: "YYYY-MM-DD",
  },
  { name: "negative-serial", edits: [[S, IN, -5]], cell: "单元格 C4", says: "不是有效日期" },
  { name: "huge-serial", edits: [[S, IN, 1e9]], cell: "单元格 C4", says: "不是有效日期" },
  { name: "bool-date", edits: [[E, IN, true]], cell: "单元格 C5", says: "不是有效日期" },
  {
    name: "unknown-field",
    edits: [
      ["group.member.2", 1, "张三"],
      ["group.member.2", 2, "法律专家"],
    ],
    cell: "评估组，单元格 C5",
    says: "标准化 / 行业专家 / 管理人员",
  },
  {
    name: "unknown-role",
    edits: [
      ["group.member.3", 1, "王五"],
      ["group.member.3", 4, "副组长"],
    ],
    cell: "评估组，单元格 E6",
    says: "组长 / 成员",
  },
  {
    name: "unit-no-name",
    edits: [["group.member.1", 3, "某单位"]],
    cell: "评估组，单元格 B4",
    says: "工作单位“某单位”",
  },
  {
    name: "fullwidth-space-name",
    edits: [
      ["group.member.4", 1, "\u3000"],
      ["group.member.4", 2, "行业专家"],
    ],
    cell: "评估组，单元格 B7",
    says: "请填写姓名",
  },
  {
    name: "source-no-name",
    edits: [["group.member.10", 5, "专家库"]],
    cell: "评估组，单元格 B13",
    says: "专家来源/备注“专家库”",
  },
];

describe("export writes only what its parser accepts, with the same meaning", () => {
  test.each(carried)(
    "$name: exported, parsed, same eligibility and group",
    async ({ name, edits }) => {
      const { r, written, json, parsed, schema } = await exportAndParse(name, edits);
      expect(r.err).not.toMatch(/错误：文件 \S+，工作表 (评价条件|评估组)/);
      expect(written).toBe(true);
      expect(schema).toEqual([]);
      expect(parsed?.problems).toEqual([]);
      const doc = parsed!.document!;
      const raw = json as { eligibility?: EligibilityInput; group?: unknown };
      // the same meaning: what the parser reads is what was written, and the rule decides the same
      expect(doc.eligibility ?? undefined).toEqual(raw.eligibility);
      expect(doc.group ?? undefined).toEqual(raw.group);
      if (raw.eligibility)
        expect(checkEligibility(doc.eligibility!)).toEqual(checkEligibility(raw.eligibility));
      // score takes the file
      const scored = await runCli(["score", path.join(dir, `${name}.json`), "--json"]);
      expect(scored.err).not.toMatch(/\$\.(eligibility|group|procedure)/);
    }
  );

  test.each(refused)(
    "$name: refused at export, naming $cell",
    async ({ name, edits, cell, says }) => {
      const { r, written } = await exportAndParse(name, edits);
      expect(r.code).toBe(1);
      expect(written).toBe(false);
      expect(r.err).toContain(cell);
      expect(r.err).toContain(says);
      expect(r.err).toContain("未写出评价 JSON");
      expect(r.err).toMatch(/error: file \S+, sheet (评价条件|评估组), cell [A-Z]+\d+: /);
    }
  );

  test("the break test's workbook: every date kind and the score, one run, each cell named", async () => {
    const { r, written } = await exportAndParse("break", [
      [S, IN, "2025.11.30"],
      [A, IN, "２０２５-１１-３０"],
      [SCORE, IN, 499],
    ]);
    expect(r.code).toBe(1);
    expect(written).toBe(false);
    expect(r.err).toContain("单元格 C4：体系运行开始日期“2025.11.30”不是有效日期");
    expect(r.err).toContain("单元格 C6：申请日期“２０２５-１１-３０”不是有效日期");
    expect(r.err).toContain("提示：文件");
    expect(r.err).toContain("单元格 C7：自查总分 499 不在 0 到 495 之间");
  });

  test.each([499, 500, -1, "496"])(
    "自查总分 %p beyond 0–495 is carried as typed, with a warning naming its cell",
    async (score) => {
      const { r, written, parsed, json } = await exportAndParse(`score-${String(score)}`, [
        [SCORE, IN, score],
      ]);
      expect(r.code).toBe(0);
      expect(written).toBe(true);
      expect(parsed?.problems).toEqual([]);
      expect((json as { eligibility: EligibilityInput }).eligibility.selfEvaluationScore).toBe(
        score
      );
      expect(r.err).toMatch(
        /提示：文件 \S+，工作表 评价条件，单元格 C7：自查总分 \S+ 不在 0 到 495 之间/
      );
      expect(r.err).toContain("warning: file");
    }
  );

  test("the exported JSON's 自查总分 499 is flagged again where the JSON is read (report), naming its path", async () => {
    const { out } = await exportAndParse("score-report", [[SCORE, IN, 499]]);
    const r = await runCli(["report", out, "-o", path.join(dir, "score-report.docx")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      `提示：文件 ${out}：$.eligibility.selfEvaluationScore：自查总分 499 不在 0 到 495 之间`
    );
    expect(r.err).toContain("warning: file");
  });

  test("a score of 495 or a blank is no warning", async () => {
    const { r } = await exportAndParse("score-ok", [[SCORE, IN, 300]]);
    expect(r.err).not.toContain("自查总分");
  });
});

describe("suggestDate: what a date that is no date most likely means", () => {
  test.each([
    ["2025.11.30", "2025-11-30"],
    ["２０２５-１１-３０", "2025-11-30"],
    ["２０２５．１１．３０", "2025-11-30"],
    ["2025 11 30", "2025-11-30"],
    ["2025。1。5", "2025-01-05"],
  ])("%s → %s", (text, iso) => expect(suggestDate(text)).toBe(iso));
  test.each(["2025.02.30", "去年", "20251130", "2025-11-30-1", ""])("%s → none", (text) =>
    expect(suggestDate(text)).toBeUndefined()
  );
});
