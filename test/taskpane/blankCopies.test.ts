/**
 * Blank copies for the evaluation group: names from the textarea, file names, ids, and real workbooks that
 * the .xlsx reader accepts as blank scoresheets carrying each evaluator's name.
 */
import { readXlsxScoresheet } from "../../src/writers/xlsx";
import {
  PANE_GENERATOR,
  buildBlankCopies,
  newWorkbookId,
  parseEvaluatorNames,
  readPlanText,
  type BlankCopy,
} from "../../src/taskpane/files/blankCopies";
import { planFingerprint } from "../../src/engine";
import { safeFileNamePart, scoresheetFileName } from "../../src/taskpane/files/download";

describe("evaluator names", () => {
  it("takes one name per line, trimmed, without blanks or repeats", () => {
    expect(parseEvaluatorNames(" 张三 \r\n李四\n\n  \n张三\n王  五")).toEqual([
      "张三",
      "李四",
      "王 五",
    ]);
    expect(parseEvaluatorNames("")).toEqual([]);
  });

  it("makes file names safe everywhere while keeping Chinese readable", () => {
    expect(scoresheetFileName("张三")).toBe("评分表-张三.xlsx");
    expect(scoresheetFileName('a/b\\c:d*e?f"g<h>i|j')).toBe("评分表-a_b_c_d_e_f_g_h_i_j.xlsx");
    expect(scoresheetFileName("  ..  ")).toBe("评分表.xlsx");
    expect(safeFileNamePart("x\u0000y")).toBe("x_y");
    expect(safeFileNamePart("长".repeat(200))).toHaveLength(80);
  });

  it("gives every workbook a v4 UUID", () => {
    const ids = new Set(Array.from({ length: 20 }, () => newWorkbookId()));
    expect(ids.size).toBe(20);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("buildBlankCopies", () => {
  it("writes one blank scoresheet per evaluator with their name and the shared metadata", async () => {
    const copies: BlankCopy[] = [];
    const meta = {
      organization: "某区网格中心",
      level: "county",
      role: "expert",
      date: "2024-06-01",
    } as const;
    const count = await buildBlankCopies(
      meta,
      ["张三", "李四"],
      (copy) => {
        copies.push(copy);
      },
      () => new Date("2024-06-01T08:00:00Z")
    );
    expect(count).toBe(2);
    expect(copies.map((c) => c.fileName)).toEqual(["评分表-张三.xlsx", "评分表-李四.xlsx"]);
    const ids = new Set<string>();
    for (const [i, copy] of copies.entries()) {
      const read = await readXlsxScoresheet(Buffer.from(copy.bytes), copy.fileName);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      expect(read.sheet.evaluation.meta).toEqual({ ...meta, evaluator: ["张三", "李四"][i] });
      expect(read.sheet.evaluation.items).toEqual({});
      expect(read.sheet.errors).toEqual([]);
      expect(read.sheet.identity.evaluator).toBe(["张三", "李四"][i]);
      expect(read.sheet.identity.generator).toBe(PANE_GENERATOR);
      expect(read.sheet.identity.createdAt).toBe("2024-06-01T08:00:00.000Z");
      ids.add(read.sheet.identity.workbookId ?? "");
    }
    expect(ids.size).toBe(2);
  });

  it("propagates a failing delivery (the pane turns it into a MessageBar)", async () => {
    await expect(
      buildBlankCopies({}, ["张三"], () => {
        throw new Error("disk full");
      })
    ).rejects.toThrow("disk full");
  });
});

describe("blank copies from the group's plan (4.3, 7.2), as new --plan makes them", () => {
  const PLAN = {
    format: "gridscore-plan/1",
    organization: "示例市网格化服务管理中心",
    level: "city",
    dates: { start: "2026-12-01", end: "2026-12-03" },
    members: [
      { name: "甲", field: "标准化", role: "组长" },
      { name: "乙", field: "行业专家" },
    ],
    notApplicable: [{ item: "A.3.3", reason: "本市无跨部门联办事项" }],
  };

  it("reads a plan.json, or says in the pane's language why it cannot be used", async () => {
    const ok = await readPlanText(`\uFEFF${JSON.stringify(PLAN)}`, "zh-CN");
    expect("plan" in ok && ok.plan.notApplicable).toEqual([
      { item: "A.3.3", reason: "本市无跨部门联办事项" },
    ]);
    expect(await readPlanText("{", "zh-CN")).toEqual({ problems: "不是有效的 JSON 文件" });
    expect(await readPlanText("{", "en-US")).toEqual({ problems: "not a valid JSON file" });
    const bad = await readPlanText(
      JSON.stringify({ ...PLAN, notApplicable: [{ item: "A.9.9", reason: "x" }] }),
      "zh-CN"
    );
    expect("problems" in bad && bad.problems).toContain("A.9.9");
  });

  it("locks the plan's 不适用 items and records the plan in every copy, so the merge can check it", async () => {
    const read = await readPlanText(JSON.stringify(PLAN), "zh-CN");
    if (!("plan" in read)) throw new Error(read.problems);
    const copies: BlankCopy[] = [];
    await buildBlankCopies({}, ["甲", "乙"], (c) => void copies.push(c), undefined, read.plan);
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      const sheet = await readXlsxScoresheet(Buffer.from(copy.bytes), copy.fileName);
      if (!sheet.ok) throw new Error(JSON.stringify(sheet.errors));
      expect(sheet.sheet.identity.plan).toBe(planFingerprint(read.plan));
      expect(sheet.sheet.evaluation.items["A.3.3"]?.status).toBe("na");
      expect(sheet.sheet.evaluation.meta).toMatchObject({
        organization: "示例市网格化服务管理中心",
        level: "city",
      });
      expect(sheet.sheet.errors).toEqual([]);
    }
  });
});
