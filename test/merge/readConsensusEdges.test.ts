/**
 * The consensus reader at its edges (readConsensus.ts): a corrected expert score that is not a number (a date, a
 * blank, a boolean), the identity's method, inputs and meta, the expert columns ending, an item row gone, and a
 * real .xlsx with a date typed over a score. Each expected value is worked from the reader's documented rules
 * (README: Inputs; the module's comments), never copied from a run.
 */
import ExcelJS from "exceljs";
import { formatProblem } from "../../src/engine";
import { readConsensusXlsx, readLoadedConsensus } from "../../src/merge";
import { expertScoreProblem } from "../../src/merge/readConsensus";
import { writeXlsx } from "../../src/writers/xlsx";
import { loadXlsx } from "../../src/writers/xlsx/readXlsx";
import { FILE, edited, loadedConsensus } from "./consensusGrid";
import { consensusOf, groupOf, headerCol, itemRow } from "./deliberationSupport";

const NAMES = ["甲", "乙", "丙"];
/** The 共识 sheet's columns (0-based) for 3 experts, by consensusColumns: 表 编号 评价内容 分值 甲 乙 丙 共识 …. */
const COL = { id: 1, expert: [4, 5, 6], consensus: 7, agreed: 9, reason: 15, data: 20 } as const;
const HEADER_ROW = 2;

describe("expertScoreProblem: a corrected expert score must be a number with ≤ 2 decimals in [0, cap]", () => {
  test.each([
    ["undefined", undefined, null],
    ["null", null, null],
    ["NaN", NaN, NaN],
    ["Infinity", Infinity, Infinity],
  ])("%s is not-a-number, its value given as %p", (_name, v, shown) => {
    expect(expertScoreProblem("A.1.2", v, 10)).toEqual({
      code: "not-a-number",
      itemId: "A.1.2",
      value: shown,
    });
  });

  // A date is the serial the 共识 formulas count (2026-01-02 is 46024): out of range, named as the date.
  test("a date is its serial, out of range, named as the date", () => {
    expect(expertScoreProblem("A.1.2", new Date(Date.UTC(2026, 0, 2)), 10)).toEqual({
      code: "score-out-of-range",
      itemId: "A.1.2",
      value: 46024,
      cap: 10,
      date: "2026-01-02",
    });
  });

  // N() counts TRUE 1 on 共识: named as a boolean on the consensus sheet, never as text.
  test("a boolean is named as one, on the consensus sheet", () => {
    expect(expertScoreProblem("A.1.2", false, 10)).toEqual({
      code: "number-as-text",
      itemId: "A.1.2",
      value: "FALSE",
      found: "boolean",
      inConsensus: true,
    });
  });

  test.each(["8", "", "１５"])("the text %p is number-as-text", (v) => {
    expect(expertScoreProblem("A.1.2", v, 10)).toEqual({
      code: "number-as-text",
      itemId: "A.1.2",
      value: v,
    });
  });

  test("three decimals count as typed (too-many-decimals, limit 2); two are fine", () => {
    expect(expertScoreProblem("A.1.2", 7.125, 10)).toEqual({
      code: "too-many-decimals",
      itemId: "A.1.2",
      value: 7.125,
      limit: 2,
      asTyped: true,
    });
    expect(expertScoreProblem("A.1.2", 7.12, 10)).toBeUndefined();
  });

  test("0 and the cap are in range; a hundredth beyond either end is not", () => {
    expect(expertScoreProblem("A.1.2", 0, 10)).toBeUndefined();
    expect(expertScoreProblem("A.1.2", 10, 10)).toBeUndefined();
    for (const v of [-0.01, 10.01])
      expect(expertScoreProblem("A.1.2", v, 10)).toEqual({
        code: "score-out-of-range",
        itemId: "A.1.2",
        value: v,
        cap: 10,
      });
  });
});

describe("readLoadedConsensus: the identity sheet", () => {
  test("the 共识 columns for 3 experts are where this file expects them", () => {
    const { model } = consensusOf(groupOf(NAMES, [0, 0, 0]));
    const col = (h: string): number => headerCol(model, "共识", h);
    expect([col("编号"), ...NAMES.map(col), col("共识"), col("评议后得分")]).toEqual([
      1, 4, 5, 6, 7, 9,
    ]);
    expect([col("评议理由"), col("数据")]).toEqual([15, 20]);
  });

  test("an unknown merge method refuses the workbook as corrupt, naming the method", async () => {
    const { loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    expect(readLoadedConsensus(edited(loaded, [], { method: "mode" }))).toEqual({
      ok: false,
      file: FILE,
      errors: [{ code: "corrupt", detail: "unknown merge method mode", where: { file: FILE } }],
    });
  });

  test("no method recorded is the mean; a recorded method is taken (trimmed falls back below 5)", async () => {
    const { loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const absent = readLoadedConsensus(edited(loaded, [], { method: undefined }));
    if (!absent.ok) throw new Error(JSON.stringify(absent.errors));
    expect([absent.result.record.method, absent.result.record.applied]).toEqual(["mean", "mean"]);
    const trimmed = readLoadedConsensus(edited(loaded, [], { method: "trimmed" }));
    if (!trimmed.ok) throw new Error(JSON.stringify(trimmed.errors));
    expect([trimmed.result.record.method, trimmed.result.record.applied]).toEqual([
      "trimmed",
      "mean",
    ]);
    expect(trimmed.result.warnings).toContainEqual({ code: "trimmed-fallback", experts: 3 });
  });

  test("a workbook of another kind, or without the 共识 sheet, is not a consensus", async () => {
    const { loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const refused = {
      ok: false,
      file: FILE,
      errors: [{ code: "not-a-scoresheet", where: { file: FILE } }],
    };
    expect(readLoadedConsensus(edited(loaded, [], { kind: "scoresheet" }))).toEqual(refused);
    const others = loaded.grid.sheetNames().filter((s) => s !== "共识");
    expect(others).toHaveLength(loaded.grid.sheetNames().length - 1);
    expect(readLoadedConsensus(edited(loaded, [], {}, others))).toEqual(refused);
  });

  test("the inputs and meta are read as recorded; unreadable JSON leaves no files and no meta", async () => {
    const { loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const good = readLoadedConsensus(loaded);
    if (!good.ok) throw new Error(JSON.stringify(good.errors));
    expect(good.result.experts.map((e) => e.file)).toEqual(["甲.xlsx", "乙.xlsx", "丙.xlsx"]);
    expect(good.meta).toEqual({ organization: "示例市", date: "2026-11-28" });
    expect(good.result.record.mergedAt).toBe("2026-11-28T08:00:00.000Z");
    const bad = readLoadedConsensus(
      edited(loaded, [], { inputs: "[{", meta: "{organization", createdAt: undefined })
    );
    if (!bad.ok) throw new Error(JSON.stringify(bad.errors));
    expect(bad.result.experts.map((e) => e.file)).toEqual(["", "", ""]);
    expect(bad.result.record.inputs).toEqual([]);
    expect(bad.result.record.mergedAt).toBe("");
    expect(bad.meta).toEqual({});
    expect(bad.result.exactTotal).toBe("495");
    const absent = readLoadedConsensus(edited(loaded, [], { inputs: undefined, meta: undefined }));
    if (!absent.ok) throw new Error(JSON.stringify(absent.errors));
    expect([absent.result.record.inputs, absent.meta]).toEqual([[], {}]);
  });
});

describe("readLoadedConsensus: the expert columns run from E to the first blank or 共识 header", () => {
  test.each([
    ["blank (null)", null],
    ["empty", undefined],
    ["共识", "共识"],
  ])("a first expert header %s leaves no expert: corrupt", async (_name, value) => {
    const { loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const edit = { row: HEADER_ROW, col: COL.expert[0], value };
    expect(readLoadedConsensus(edited(loaded, [edit]))).toEqual({
      ok: false,
      file: FILE,
      errors: [{ code: "corrupt", detail: "no expert columns", where: { file: FILE } }],
    });
  });

  test("a blank third header leaves two experts; a number header is the expert's name as text", async () => {
    const { loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const read = readLoadedConsensus(
      edited(loaded, [
        { row: HEADER_ROW, col: COL.expert[1], value: 7 },
        { row: HEADER_ROW, col: COL.expert[2], value: null },
      ])
    );
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.result.experts.map((e) => [e.evaluator, e.file, e.total])).toEqual([
      ["甲", "甲.xlsx", 495],
      ["7", "乙.xlsx", 495],
    ]);
    expect(read.result.warnings).toContainEqual({ code: "group-size", experts: 2 });
  });
});

describe("readLoadedConsensus: the item rows", () => {
  test("a date, a blank and a text over expert scores are each refused at their cells", async () => {
    const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const r = itemRow(model, "共识", "A.1.2");
    const s = itemRow(model, "共识", "A.4.9");
    const read = readLoadedConsensus(
      edited(loaded, [
        { row: r, col: COL.expert[0], value: new Date(Date.UTC(2026, 10, 30)) },
        { row: r, col: COL.expert[2], value: undefined },
        { row: s, col: COL.expert[1], value: "10" },
      ])
    );
    const where = (cell: string) => ({ file: FILE, sheet: "共识", cell });
    const errors = read.ok ? [] : read.errors;
    expect(errors).toHaveLength(3);
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          code: "score-out-of-range",
          itemId: "A.1.2",
          value: 46356,
          cap: 10,
          date: "2026-11-30",
          where: where(`E${r + 1}`),
        },
        { code: "not-a-number", itemId: "A.1.2", value: null, where: where(`G${r + 1}`) },
        { code: "number-as-text", itemId: "A.4.9", value: "10", where: where(`F${s + 1}`) },
      ])
    );
  });

  // TRUE/FALSE and #N/A are named as what they are, as the sheet's 评议检查 names them (never "是文本").
  test.each([
    [true, "TRUE", "boolean", "评议后得分是布尔值 TRUE（TRUE/FALSE），不是数字"],
    ["#N/A", "#N/A", "error", "评议后得分是错误值 #N/A，不是数字"],
  ] as const)(
    "an agreed score of %p is named a %s's value, not text",
    async (v, value, why, zh) => {
      const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
      const r = itemRow(model, "共识", "A.1.2");
      const read = readLoadedConsensus(
        edited(loaded, [
          { row: r, col: COL.agreed, value: v },
          { row: r, col: COL.reason, value: "理由" },
        ])
      );
      const errors = read.ok ? [] : read.errors;
      expect(errors).toEqual([
        {
          code: "agreed-score-invalid",
          itemId: "A.1.2",
          value,
          cap: 10,
          why,
          where: { file: FILE, sheet: "共识", cell: `J${r + 1}` },
        },
      ]);
      expect(formatProblem(errors[0]!, "zh-CN")).toContain(zh);
      expect(formatProblem(errors[0]!, "zh-CN")).not.toContain("文本");
    }
  );

  test("a date typed as the agreed score is its serial (46027), out of range, named as the date", async () => {
    const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const r = itemRow(model, "共识", "A.1.2");
    const read = readLoadedConsensus(
      edited(loaded, [
        { row: r, col: COL.agreed, value: new Date(Date.UTC(2026, 0, 5)) },
        { row: r, col: COL.reason, value: "理由" },
      ])
    );
    expect(read.ok ? [] : read.errors).toEqual([
      {
        code: "agreed-score-invalid",
        itemId: "A.1.2",
        value: 46027,
        cap: 10,
        why: "range",
        date: "2026-01-05",
        where: { file: FILE, sheet: "共识", cell: `J${r + 1}` },
      },
    ]);
  });

  test.each([
    ["an unknown id", "A.9.9"],
    ["a number", 5],
    ["a blank", null],
  ])("an item row whose id is %s is missing", async (_name, value) => {
    const { model, loaded } = await loadedConsensus(groupOf(NAMES, [0, 0, 0]));
    const r = itemRow(model, "共识", "A.3.5");
    expect(readLoadedConsensus(edited(loaded, [{ row: r, col: COL.id, value }]))).toEqual({
      ok: false,
      file: FILE,
      errors: [{ code: "missing-row", itemId: "A.3.5", where: { file: FILE, sheet: "共识" } }],
    });
  });

  test("in a real .xlsx: a date typed over a score and a row's id cleared are refused", async () => {
    const { model } = consensusOf(groupOf(NAMES, [0, 0, 0]));
    const buf = await writeXlsx(model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
    );
    const ws = wb.getWorksheet("共识")!;
    const r = itemRow(model, "共识", "A.1.2");
    // Excel formats the cell as a date when a date is typed; without it the cell holds the serial 46174.
    const typed = ws.getCell(r + 1, COL.expert[1] + 1);
    typed.value = new Date(Date.UTC(2026, 5, 1));
    typed.style = { ...typed.style, numFmt: "yyyy-mm-dd" }; // its own style: ExcelJS shares them
    ws.getCell(itemRow(model, "共识", "A.7.1") + 1, COL.id + 1).value = null;
    const read = await readConsensusXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), FILE);
    expect(read.ok ? [] : read.errors).toEqual([
      {
        code: "score-out-of-range",
        itemId: "A.1.2",
        value: 46174,
        cap: 10,
        date: "2026-06-01",
        where: { file: FILE, sheet: "共识", cell: `F${r + 1}` },
      },
      { code: "missing-row", itemId: "A.7.1", where: { file: FILE, sheet: "共识" } },
    ]);
  });
});

test("bytes that are no workbook: readConsensusXlsx gives loadXlsx's refusal as it is", async () => {
  const bytes = new TextEncoder().encode("not a zip");
  const read = await readConsensusXlsx(bytes, FILE);
  expect(read.ok).toBe(false);
  expect(read).toEqual(await loadXlsx(bytes, FILE));
});
