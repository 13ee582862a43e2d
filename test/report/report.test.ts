import ExcelJS from "exceljs";
import { scoreEvaluation } from "../../src/engine";
import { STANDARD } from "../../src/standard";
import type { Evaluation } from "../../src/engine";
import { mergeExperts } from "../../src/merge";
import type { ExpertInput } from "../../src/merge";
import {
  buildReportModel,
  buildReportSheet,
  reportInputFromConsensus,
  reportInputFromEvaluation,
} from "../../src/report";
import { STYLES } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { KNOWN, KNOWN_SUGGESTIONS } from "./fixtures";
import { SHEETS_INPUT } from "./support";

const sheetsData = {
  eligibility: SHEETS_INPUT.eligibility!,
  group: SHEETS_INPUT.group!,
};

describe("the report of one evaluation", () => {
  const model = buildReportModel(reportInputFromEvaluation(KNOWN, sheetsData));

  test("lists exactly the items that lost points, by table, ordered by points lost", () => {
    expect(
      model.suggestions.map((g) => ({
        tableId: g.tableId,
        items: g.items.map((i) => [i.itemId, i.pointsLost]),
      }))
    ).toEqual(KNOWN_SUGGESTIONS);
    expect(model.flagged).toEqual([]);
  });

  test("each suggestion carries the requirements that lost points, their rules and the notes", () => {
    const a12 = model.suggestions[0]!.items[0]!;
    expect(a12).toMatchObject({
      title: "2、组织机构图有职责划分",
      cap: 10,
      score: 6,
      pointsLost: 4,
    });
    expect(a12.lines.map((l) => [l.lineId, l.deduction])).toEqual([
      ["A.1.2.1", 2],
      ["A.1.2.3", 2],
    ]);
    expect(a12.lines[1]!.rule).toBe("没有各部门标准化职责扣2分");
    expect(a12.notes).toEqual([
      { evaluator: "张三", lineId: "A.1.2.1", note: "机构图未含标准化机构" },
      { evaluator: "张三", lineId: "A.1.2.3", note: "部分部门无标准化职责" },
    ]);
    const a14 = model.suggestions[0]!.items[1]!;
    expect(a14.lines).toEqual([
      expect.objectContaining({
        lineId: "A.1.4.4",
        deduction: 2,
        requirement: "完成全员培训计划量的100%",
      }),
    ]);
    const a71 = model.suggestions[2]!.items[0]!;
    expect(a71.lines[0]!.requirement).toContain("服务对象满意度达到90%以上得20分");
  });

  test("应有未有 and 不适用 follow, with who decided 不适用 (7.2)", () => {
    expect(model.absent.map((i) => [i.itemId, i.cap])).toEqual([["A.3.3", 40]]);
    expect(model.notApplicable).toEqual([
      expect.objectContaining({
        itemId: "A.2.2",
        decidedBy: ["张三"],
        notes: [{ evaluator: "张三", note: "本级不制定导则" }],
      }),
    ]);
  });

  test("the total, the pass mark, the verdict and the seven subtotals with both maxima", () => {
    const report = scoreEvaluation(KNOWN);
    expect(model).toMatchObject({
      kind: "expert",
      title: "评估报告",
      organization: "示例区网格化服务管理中心",
      level: "县（市、区）",
      total: report.total,
      max: 495,
      declaredMax: 500,
      passMark: 300,
      verdict: "合格",
    });
    expect(model.subtotals).toHaveLength(7);
    const a4 = model.subtotals.find((t) => t.tableId === "A.4")!;
    expect(a4).toMatchObject({ max: 115, declaredMax: 120 });
    expect(a4.note).toContain("115");
    expect(model.totalNote).toContain("495");
    expect(model.verdictText).toBe(
      `总分${report.total}分（各项满分合计495分，标准标注500分），合格线300分，评价结果：合格`
    );
  });

  test("the group and eligibility are checked, and the leader signs", () => {
    expect(model.group?.check).toBe("评估组组成符合4.2");
    expect(model.eligibility?.text).toBe("可以申请评估");
    expect(model.signatures).toEqual({ leader: "李四", members: ["王五", "赵六", "钱七", "孙八"] });
    expect(model.application).toBeUndefined();
  });

  test("the report sheet carries the verdict, the suggestions and the signature lines, and writes", async () => {
    const sheet = buildReportSheet(model);
    const texts = sheet.cells.flatMap((c) => (c.content.kind === "text" ? [c.content.text] : []));
    expect(sheet.name).toBe("评估报告");
    expect(texts).toContain("合格");
    expect(texts).toContain("2、组织机构图有职责划分");
    expect(texts.some((t) => t.startsWith("评估组组长（签字）") && t.includes("李四"))).toBe(true);
    expect(texts.indexOf("五、改进意见和建议")).toBeLessThan(
      texts.indexOf("六、应有未有的项目（7.2，计0分）")
    );
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToWidth: true });
    const buf = await writeXlsx({
      sheets: [sheet],
      names: [],
      styles: STYLES,
      properties: { title: "", subject: "", creator: "", keywords: "" },
    });
    // Read back: the written sheet holds every text cell of the model where the model put it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
    );
    const ws = wb.getWorksheet("评估报告")!;
    expect(ws).toBeDefined();
    for (const c of sheet.cells)
      if (c.content.kind === "text")
        expect([c.row, c.col, ws.getCell(c.row + 1, c.col + 1).text]).toEqual([
          c.row,
          c.col,
          c.content.text,
        ]);
  });
});

describe("a self-evaluation report", () => {
  const self: Evaluation = { ...KNOWN, meta: { ...KNOWN.meta, role: "self" } };

  test("is titled 自我评价报告 and says the unit may apply when ≥ 300 and section 5 is met", () => {
    const eligibility = { ...sheetsData.eligibility, selfEvaluationScore: undefined };
    const model = buildReportModel(reportInputFromEvaluation(self, { ...sheetsData, eligibility }));
    expect(model.title).toBe("自我评价报告");
    expect(model.application?.verdict).toBe("may-apply");
    expect(model.application?.text).toContain("可以申请评估");
  });

  test("may not apply below the pass mark, or without section 5", () => {
    const absent = Object.fromEntries(
      STANDARD.tables
        .filter((t) => ["A.3", "A.4"].includes(t.id))
        .flatMap((t) => t.items.map((i) => [i.id, { status: "absent" }]))
    );
    const low: Evaluation = { ...self, items: { ...self.items, ...absent } };
    const model = buildReportModel(reportInputFromEvaluation(low));
    expect(model.pass).toBe(false);
    expect(model.application).toEqual({
      verdict: "may-not-apply",
      text: `不宜申请评估：自我评价总分${model.total}分，低于合格线300分；未填写评价条件（第5章），不能确认是否满足`,
      reasons: [
        `自我评价总分${model.total}分，低于合格线300分`,
        "未填写评价条件（第5章），不能确认是否满足",
      ],
    });
  });

  test("may not apply when a condition of section 5 fails", () => {
    const model = buildReportModel(
      reportInputFromEvaluation(self, {
        eligibility: { ...sheetsData.eligibility, applicationDate: "2026-05-29" },
      })
    );
    expect(model.application?.text).toBe(
      "不宜申请评估：5.2 至申请日期体系运行不满6个月（满6个月之日为2026-05-30）"
    );
  });
});

describe("a consensus report", () => {
  const expert = (evaluator: string, evaluation: Evaluation): ExpertInput => ({
    file: `${evaluator}.json`,
    sha256: evaluator,
    evaluator,
    evaluation: { ...evaluation, meta: { ...evaluation.meta, evaluator } },
    report: scoreEvaluation(evaluation),
    warnings: [],
  });

  test("lists flagged items first with every expert's notes", () => {
    const other: Evaluation = {
      ...KNOWN,
      items: {
        ...KNOWN.items,
        "A.2.1": { lines: { "A.2.1.1": 0 } },
        "A.1.7": { lines: { "A.1.7.1": 5 }, notes: { "A.1.7.1": "体系表未发布" } },
      },
    };
    const result = mergeExperts(
      [expert("张三", KNOWN), expert("李四", other)],
      "mean",
      "2026-06-03T00:00:00Z"
    );
    const model = buildReportModel(
      reportInputFromConsensus(result, {
        organization: "示例区",
        evaluator: "李四",
        date: "2026-06-03",
      })
    );
    expect(model.flagged.map((s) => s.itemId)).toEqual(["A.1.7", "A.2.1"]);
    expect(model.flagged[0]).toMatchObject({
      pointsLost: 2.5,
      notes: [{ evaluator: "李四", lineId: "A.1.7.1", note: "体系表未发布" }],
    });
    const all = model.suggestions.flatMap((g) => g.items.map((i) => i.itemId));
    expect(all).not.toContain("A.2.1");
    expect(all).toContain("A.1.2");
    expect(model.notApplicable[0]).toMatchObject({ itemId: "A.2.2", decidedBy: ["张三", "李四"] });
  });
});
