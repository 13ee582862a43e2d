/**
 * The consensus workbook's documents at their edges: notes longer than a cell (cut with a marker on 共识, kept
 * whole in hidden data continued over cells, read back whole), the explanation and the record when trimmed falls
 * back to the mean, file names by either separator, excluded files, and the agreement line when alpha is
 * undefined. Expected texts are written out from the layout's documented wording.
 */
import { allItems } from "../../src/standard";
import { agreementText, buildConsensusWorkbook, combineGroup, fileName } from "../../src/merge";
import { readConsensusXlsx } from "../../src/merge";
import type { GroupScores, MergeMethod, MergeRecord } from "../../src/merge";
import { annexLines, recordLines } from "../../src/merge/consensusRecord";
import type { WorkbookModel } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { LINES_PER_ROW, wrappedLines } from "../../src/layout/builder";
import { consensusOf, groupOf, headerCol, itemRow } from "./deliberationSupport";

const NAMES = ["甲", "乙", "丙"];

/** The text of a cell of a sheet model, or undefined. */
function textAt(model: WorkbookModel, sheet: string, row: number, col: number): string | undefined {
  const c = model.sheets
    .find((s) => s.name === sheet)!
    .cells.find((x) => x.row === row && x.col === col);
  return c?.content.kind === "text" ? c.content.text : undefined;
}

/** Every text on a sheet model. */
function texts(model: WorkbookModel, sheet: string): string[] {
  return model.sheets
    .find((s) => s.name === sheet)!
    .cells.flatMap((c) => (c.content.kind === "text" ? [c.content.text] : []));
}

/** Full marks, with one note of `length` characters (digits cycling) by 乙 on A.1.2. */
function withNote(length: number): { group: GroupScores; note: string } {
  const note = Array.from({ length }, (_, i) => String(i % 10)).join("");
  const g = groupOf(NAMES, [0, 0, 0]);
  const items = new Map(g.items);
  items.set("A.1.2", { ...items.get("A.1.2")!, notes: [{ evaluator: "乙", id: "A.1.2.1", note }] });
  return { group: { ...g, items }, note };
}

describe("notes longer than a row shows", () => {
  test("shown notes print whole in one row: longer ones are cut where a 409 pt row ends, with a marker", () => {
    const short = withNote(500);
    const model = consensusOf(short.group).model;
    const row = itemRow(model, "共识", "A.1.2");
    const notesCol = headerCol(model, "共识", "扣分说明（各专家）");
    expect(textAt(model, "共识", row, notesCol)).toBe(`乙（A.1.2.1）：${short.note}`);

    for (const length of [2000, 32757, 40000]) {
      const over = withNote(length);
      const full = `乙（A.1.2.1）：${over.note}`;
      const shown = textAt(consensusOf(over.group).model, "共识", row, notesCol)!;
      const marker = `……（共${length + 11}字，此处只显示开头；全文见评估报告和各专家评分表）`;
      expect(shown.endsWith(marker)).toBe(true);
      const head = shown.slice(0, -marker.length);
      expect(full.startsWith(head)).toBe(true);
      expect(head.length).toBeGreaterThan(500);
      // 40 characters wide: the whole shown text, marker included, wraps within the tallest row Excel takes.
      expect(wrappedLines(shown, 40)).toBeLessThanOrEqual(LINES_PER_ROW);
    }
  });

  test("the hidden data continues in 32,000-character cells (数据2) and reads back whole", async () => {
    const { group, note } = withNote(40000);
    const { model } = consensusOf(group);
    const row = itemRow(model, "共识", "A.1.2");
    const data = headerCol(model, "共识", "数据");
    expect(headerCol(model, "共识", "数据2")).toBe(data + 1);
    expect(textAt(model, "共识", 2, data + 2)).toBeUndefined();
    const json = JSON.stringify({
      statuses: ["normal", "normal", "normal"],
      notes: [{ evaluator: "乙", id: "A.1.2.1", note }],
    });
    expect([textAt(model, "共识", row, data), textAt(model, "共识", row, data + 1)]).toEqual([
      json.slice(0, 32000),
      json.slice(32000),
    ]);
    // Another item's data fits one cell: its second cell stays empty.
    expect(textAt(model, "共识", itemRow(model, "共识", "A.1.1"), data + 1)).toBeUndefined();
    const read = await readConsensusXlsx(await writeXlsx(model), "c.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.result.items.find((i) => i.id === "A.1.2")!.notes).toEqual([
      { evaluator: "乙", id: "A.1.2.1", note },
    ]);
  });
});

describe("the method as the 共识 sheet explains it", () => {
  function explanation(method: MergeMethod): string {
    const group = groupOf(NAMES, [0, 0, 0]);
    const result = combineGroup(group, method, "2026-11-28T08:00:00.000Z", []);
    const model = buildConsensusWorkbook(result, {
      workbookId: "wb",
      createdAt: "2026-11-28T08:00:00.000Z",
      generator: "test",
      kind: "consensus",
    });
    return texts(model, "共识").find((t) => t.startsWith("共识方法："))!;
  }

  test.each([
    ["mean", "共识方法：算术平均。专家分数可更正"],
    ["median", "共识方法：中位数。专家分数可更正"],
    [
      "trimmed",
      "共识方法：算术平均（所选方法为去高去低平均，专家不足5位，改用算术平均）。专家分数可更正",
    ],
  ] as const)("%s with 3 experts: %s…", (method, start) => {
    expect(explanation(method).startsWith(start)).toBe(true);
  });
});

describe("the merge record (合并记录) and its annex", () => {
  const record = (method: MergeMethod, applied: MergeMethod): MergeRecord => ({
    method,
    applied,
    mergedAt: "2026-11-28T08:00:00.000Z",
    standard: "T/CSSG 001.5-2020",
    standardVersion: "2020",
    fingerprint: "fp1",
    inputs: [
      {
        file: "C:\\评估\\张三.xlsx",
        sha256: "a".repeat(64),
        evaluator: "张三",
        workbookId: "wb-1",
      },
      { file: "/home/u/李四.xlsx", sha256: "b".repeat(64), evaluator: "李四" },
    ],
  });

  test("file names by either separator; a name ending in a separator is kept whole", () => {
    expect(fileName("C:\\x\\张三.xlsx")).toBe("张三.xlsx");
    expect(fileName("a/b/c.xlsx")).toBe("c.xlsx");
    expect(fileName("c.xlsx")).toBe("c.xlsx");
    expect(fileName("dir/")).toBe("dir/");
  });

  test("trimmed fallen back to the mean, in Beijing time, with the excluded files' first 3 reasons", () => {
    const r: MergeRecord = {
      ...record("trimmed", "mean"),
      excluded: [
        { file: "D:\\x\\王五.xlsx", reasons: ["r1", "r2", "r3", "r4"] },
        { file: "dir/", reasons: [] },
      ],
    };
    expect(recordLines(r)).toEqual([
      "方法：去掉一个最高分和一个最低分后平均（不足5位专家，按算术平均）",
      "合并时间：2026年11月28日 16:00（北京时间）",
      "标准：T/CSSG 001.5-2020",
      "合并的文件：张三（张三.xlsx）、李四（李四.xlsx）",
      "未计入：王五.xlsx（r1；r2；r3）",
      "未计入：dir/（）",
    ]);
  });

  test("a method applied as chosen says so alone; no excluded files, no 未计入 line", () => {
    expect(recordLines(record("median", "median")).slice(0, 1)).toEqual(["方法：中位数"]);
    expect(recordLines(record("mean", "mean"))).toHaveLength(4);
  });

  test("the annex: the fingerprint, each file's full path and SHA-256, a workbook id when known", () => {
    expect(annexLines(record("mean", "mean"))).toEqual([
      "附：文件校验信息（模板指纹 fp1）",
      `张三：C:\\评估\\张三.xlsx\nSHA-256：${"a".repeat(64)}\n工作簿编号：wb-1`,
      `李四：/home/u/李四.xlsx\nSHA-256：${"b".repeat(64)}`,
    ]);
  });

  test("共识汇总 prints the record's lines", () => {
    const { model } = consensusOf(groupOf(NAMES, [0, 0, 0]));
    const all = texts(model, "共识汇总");
    expect(all).toEqual(
      expect.arrayContaining([
        "合并记录",
        "方法：算术平均",
        "合并时间：2026年11月28日 16:00（北京时间）",
        "合并的文件：甲（甲.xlsx）、乙（乙.xlsx）、丙（丙.xlsx）",
      ])
    );
    expect(all.filter((t) => t.startsWith("未计入："))).toEqual([]);
  });
});

describe("the agreement line of 共识汇总", () => {
  test("no variation at all: alpha cannot be computed, and the sheet says so", () => {
    const { result, model } = consensusOf(groupOf(NAMES, [0, 0, 0]));
    const line = `评估组一致性 Krippendorff α = 无法计算（区间尺度，${allItems().length}项、3位专家）：无法计算一致性（专家少于2位或评分无差异）`;
    expect(result.agreement.alpha).toBeNull();
    expect(agreementText(result)).toBe(line);
    expect(texts(model, "共识汇总")).toContain(line);
  });

  test("alpha 0 and 0.85 are shown as numbers", () => {
    const { result } = consensusOf(groupOf(NAMES, [0, 0, 0]));
    const at = (alpha: number): string =>
      agreementText({ ...result, agreement: { ...result.agreement, alpha, reading: "读数" } });
    expect(at(0)).toBe(
      `评估组一致性 Krippendorff α = 0（区间尺度，${allItems().length}项、3位专家）：读数`
    );
    expect(at(0.85)).toBe(
      `评估组一致性 Krippendorff α = 0.85（区间尺度，${allItems().length}项、3位专家）：读数`
    );
  });
});
