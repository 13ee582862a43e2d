import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EVALUATION_FORMAT, Fraction, round2, scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import {
  buildConsensusWorkbook,
  mergeExperts,
  readCandidate,
  readConsensusXlsx,
} from "../../src/merge";
import type { ExpertInput, MergeMethod } from "../../src/merge";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { processIo } from "../../src/cli/io";
import { evaluateModel } from "../support/hfWorkbook";
import { zipEntry } from "../report/support";

const NAMES = ["张一", "王二", "李三", "赵四", "钱五", "孙六", "周七"];
// A.1.2.1 deductions (max 4) per expert, and whether the expert judges A.2.2 not applicable.
const A121 = [0, 0, 1, 4, 4, 2, 3];
const A22_NA = [true, false, false, false, false, false, false];

function expertEvaluation(k: number): Evaluation {
  const items: Record<string, Evaluation["items"][string]> = {
    "A.1.2": {
      lines: { "A.1.2.1": A121[k]! },
      notes: { "A.1.2.1": k === 3 ? '=HYPERLINK("http://x","点我")' : `${NAMES[k]}的说明` },
    },
    "A.7.1": { value: 95 },
    "A.7.2": { value: 85 },
    "A.7.3": { level: "national" },
    "A.7.4": { level: "significant" },
  };
  items["A.2.2"] = A22_NA[k]
    ? { status: "na" }
    : { lines: { "A.2.2.1": 2 }, notes: { "A.2.2.1": "导则不完整" } };
  return {
    format: EVALUATION_FORMAT,
    meta: { evaluator: NAMES[k]!, organization: "示例市", role: "expert" },
    items,
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-merge-"));
const files = NAMES.map((name) => path.join(dir, `${name}.xlsx`));

beforeAll(async () => {
  for (const [k, file] of files.entries()) {
    const model = buildScoresheet({
      evaluation: expertEvaluation(k),
      identity: {
        workbookId: `wb-${k}`,
        createdAt: "2026-11-28",
        generator: "test",
        kind: "scoresheet",
      },
    });
    fs.writeFileSync(file, await writeXlsx(model));
  }
});

async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    ...processIo,
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    now: () => new Date("2026-11-28T08:00:00Z"),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

// A.1.2 item scores per expert: 10 − deduction; A.2.2: 8 when na, else 6.
const expected: Record<number, Record<MergeMethod, { a12: number; a22: number; total: number }>> = {
  1: {
    mean: { a12: 10, a22: 8, total: 495 },
    median: { a12: 10, a22: 8, total: 495 },
    trimmed: { a12: 10, a22: 8, total: 495 },
  },
  // scores A.1.2 [10, 10], A.2.2 [8, 6]
  2: {
    mean: { a12: 10, a22: 7, total: 494 },
    median: { a12: 10, a22: 7, total: 494 },
    trimmed: { a12: 10, a22: 7, total: 494 },
  },
  // A.1.2 [10, 10, 9, 6, 6]: mean 8.2, median 9, trimmed (10+9+6)/3; A.2.2 [8, 6, 6, 6, 6]: mean 6.4, median 6, trimmed 6
  5: {
    mean: { a12: 8.2, a22: 6.4, total: 495 - 1.8 - 1.6 },
    median: { a12: 9, a22: 6, total: 495 - 1 - 2 },
    trimmed: { a12: 25 / 3, a22: 6, total: 495 - 5 / 3 - 2 },
  },
  // A.1.2 [10, 10, 9, 6, 6, 8, 7]: mean 8, median 8, trimmed 40/5; A.2.2 [8, 6×6]: mean 44/7, median 6, trimmed 6
  7: {
    mean: { a12: 8, a22: 44 / 7, total: 495 - 2 - 12 / 7 },
    median: { a12: 8, a22: 6, total: 495 - 2 - 2 },
    trimmed: { a12: 8, a22: 6, total: 495 - 2 - 2 },
  },
};

describe.each([1, 2, 5, 7])("merging %d experts' workbooks", (n) => {
  test.each<MergeMethod>(["mean", "median", "trimmed"])(
    "%s: every consensus number",
    async (method) => {
      const { code, out, err } = await runCli([
        "merge",
        ...files.slice(0, n),
        "--method",
        method,
        "--json",
      ]);
      expect(code).toBe(0);
      const json = JSON.parse(out);
      const item = (id: string) => json.items.find((i: { id: string }) => i.id === id);
      const e = expected[n]![method];
      // README: Numbers. Shown and written rounded half up to 2 decimals; the exact fraction beside it.
      const shown = (x: number) => Math.round(x * 100 + 1e-9) / 100;
      expect(item("A.1.2").consensus).toBe(shown(e.a12));
      expect(item("A.2.2").consensus).toBe(shown(e.a22));
      expect(new Fraction(item("A.1.2").exactConsensus).valueOf()).toBeCloseTo(e.a12, 12);
      expect(json.total).toBe(shown(e.total));
      expect(new Fraction(json.exactTotal).valueOf()).toBeCloseTo(e.total, 10);
      for (const x of [json.total, ...json.items.map((i: { consensus: number }) => i.consensus)])
        expect(String(x)).toMatch(/^\d+(\.\d{1,2})?$/);
      expect(json.experts.map((x: { evaluator: string }) => x.evaluator)).toEqual(
        NAMES.slice(0, n)
      );
      expect(json.verdict).toBe("合格");
      // every other item is untouched: consensus = cap
      for (const i of json.items)
        if (!["A.1.2", "A.2.2"].includes(i.id)) expect(i.consensus).toBe(i.max);
      if (method === "trimmed" && n < 5) {
        expect(json.applied).toBe("mean");
        expect(err).toContain("不足5位");
      } else expect(json.applied).toBe(method);
      if (n < 5 || n > 7) expect(err).toContain("5–7");
    }
  );
});

test("status conflicts and wide spreads are flagged and listed first, with the experts at either end", async () => {
  const { out } = await runCli(["merge", ...files.slice(0, 5), "--json"]);
  const json = JSON.parse(out);
  expect(
    json.items.filter((i: { flagged: boolean }) => i.flagged).map((i: { id: string }) => i.id)
  ).toEqual(["A.2.2"]);
  expect(json.items[0].id).toBe("A.2.2");
  const a12 = json.items.find((i: { id: string }) => i.id === "A.1.2");
  expect(a12).toMatchObject({
    min: 6,
    max: 10,
    spread: 4,
    flagged: false,
    lowest: ["赵四", "钱五"],
    highest: ["张一", "王二"],
  });
  const a22 = json.items[0];
  expect(a22).toMatchObject({
    flagged: true,
    statusConflict: true,
    statuses: ["na", "normal", "normal", "normal", "normal"],
  });
  expect(a12.notes).toContainEqual({
    evaluator: "赵四",
    id: "A.1.2.1",
    note: '=HYPERLINK("http://x","点我")',
  });
});

test("A.1.2 with a spread of half its cap is flagged", () => {
  const experts: ExpertInput[] = [0, 3].map((k) => {
    const evaluation = expertEvaluation(k);
    return {
      file: `${k}.json`,
      sha256: String(k),
      evaluator: NAMES[k]!,
      evaluation,
      report: scoreEvaluation(evaluation),
      warnings: [],
    };
  });
  const result = mergeExperts(experts, "mean", "now");
  expect(result.items.find((i) => i.id === "A.1.2")).toMatchObject({
    spread: 4,
    cap: 10,
    flagged: false,
  });
  const wide = mergeExperts(
    [
      experts[0]!,
      {
        ...experts[1]!,
        report: {
          ...experts[1]!.report,
          items: experts[1]!.report.items.map((i) => (i.id === "A.1.2" ? { ...i, score: 5 } : i)),
        },
      },
    ],
    "mean",
    "now"
  );
  expect(wide.items[0]).toMatchObject({ id: "A.1.2", spread: 5, flagged: true });
});

describe("the consensus workbook", () => {
  test.each<MergeMethod>(["mean", "median", "trimmed"])(
    "%s: live formulas give the merge's numbers, and a corrected score recomputes",
    async (method) => {
      const candidates = await Promise.all(
        files.map(async (f) => readCandidate(f, fs.readFileSync(f)))
      );
      const experts = candidates.map((c) => {
        if (c.kind !== "read") throw new Error(`refused ${c.file}`);
        return c.expert;
      });
      const result = mergeExperts(experts, method, "2026-11-28T08:00:00Z");
      const model = buildConsensusWorkbook(result, {
        workbookId: "c",
        createdAt: "x",
        generator: "t",
        kind: "consensus",
      });
      const wb = evaluateModel(model);
      expect(wb.name("Total")).toBeCloseTo(new Fraction(result.exactTotal).valueOf(), 6);
      expect(round2(wb.name("Total") as number)).toBe(result.total);
      expect(wb.name("Verdict")).toBe(result.verdict);
      result.tables.forEach((t) =>
        expect(round2(wb.name(`Subtotal_${t.id.replace(".", "")}`) as number)).toBe(t.score)
      );
      const sheet = model.sheets.find((s) => s.name === "共识")!;
      const row = sheet.cells.find(
        (c) => c.col === 1 && c.content.kind === "text" && c.content.text === "A.1.2"
      )!.row;
      wb.set("共识", row, 4, 0); // the first expert's A.1.2 corrected to 0
      expect(wb.name("Total")).toBeLessThan(result.total);
      const notes = sheet.cells.find(
        (c) => c.row === row && c.content.kind === "text" && c.content.text.includes("HYPERLINK")
      )!;
      expect(notes.content.kind).toBe("text");
      wb.destroy();
    }
  );

  test("the CLI writes it and refuses to overwrite", async () => {
    const out = path.join(dir, "consensus.xlsx");
    fs.rmSync(out, { force: true });
    expect((await runCli(["merge", ...files.slice(0, 5), "-o", out])).code).toBe(0);
    const read = await readConsensusXlsx(fs.readFileSync(out), out);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    // The first five experts: A.1.2 scores 10, 10, 9, 6, 6 (mean 8.2), A.2.2 scores 8, 6, 6, 6, 6 (mean 6.4), every
    // other item full: 495 − 10 − 8 + 8.2 + 6.4 = 491.6, 合格.
    expect(read.result.record.method).toBe("mean");
    expect(read.result.items.find((i) => i.id === "A.1.2")!.consensus).toBe(8.2);
    expect(read.result.items.find((i) => i.id === "A.2.2")!.consensus).toBe(6.4);
    expect(read.result.total).toBe(491.6);
    expect(read.result.verdict).toBe("合格");
    const again = await runCli(["merge", ...files.slice(0, 5), "-o", out]);
    expect(again.code).toBe(3);
    expect(again.err).toContain("已存在");
  });
});

describe("refusals: the merge stops with every problem listed per file, and inputs are never written", () => {
  test("the same workbook twice, two files of one evaluator, a missing evaluator, an over-limit deduction", async () => {
    const copy = path.join(dir, "copy.xlsx");
    fs.copyFileSync(files[0]!, copy);
    const sameName = path.join(dir, "same.json");
    fs.writeFileSync(sameName, JSON.stringify({ ...expertEvaluation(1), items: {} }));
    const anonymous = path.join(dir, "anon.json");
    fs.writeFileSync(anonymous, JSON.stringify({ format: EVALUATION_FORMAT, meta: {}, items: {} }));
    const over = path.join(dir, "over.json");
    fs.writeFileSync(
      over,
      JSON.stringify({
        format: EVALUATION_FORMAT,
        meta: { evaluator: "吴八" },
        items: { "A.1.1": { lines: { "A.1.1.1": 9 }, notes: { "A.1.1.1": "x" } } },
      })
    );
    const before = files.map((f) => fs.readFileSync(f));
    const { code, err } = await runCli([
      "merge",
      files[0]!,
      files[1]!,
      copy,
      sameName,
      anonymous,
      over,
    ]);
    expect(code).toBe(1);
    expect(err).toContain(`文件 ${copy}：与 ${files[0]} 是同一份工作簿`);
    expect(err).toContain(`文件 ${sameName}：评估人“王二”与 ${files[1]} 重复`);
    expect(err).toContain(`文件 ${anonymous}：评分表未填写评估人姓名`);
    expect(err).toContain(`文件 ${over}`);
    expect(err).toContain("超过本行最多可扣的 2 分");
    files.forEach((f, i) => expect(fs.readFileSync(f).equals(before[i]!)).toBe(true));
  });

  test("a workbook that is not a scoresheet and a missing file", async () => {
    const junk = path.join(dir, "junk.xlsx");
    fs.writeFileSync(junk, "not a workbook");
    const { code, err } = await runCli(["merge", files[0]!, junk, path.join(dir, "nope.xlsx")]);
    expect(code).toBe(1);
    expect(err).toContain(`文件 ${junk}：不是 .xlsx 工作簿`);
    expect(err).toContain("文件不存在");
  });
});

describe("reading a consensus workbook back", () => {
  test("recomputes from the expert columns as the group corrected them, and reports on it", async () => {
    const out = path.join(dir, "consensus-read.xlsx");
    fs.rmSync(out, { force: true });
    expect(
      (await runCli(["merge", ...files.slice(0, 5), "--method", "median", "-o", out])).code
    ).toBe(0);
    const first = await readConsensusXlsx(fs.readFileSync(out), out);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(first.result.record.method).toBe("median");
    expect(first.result.total).toBeCloseTo(expected[5]!.median.total, 6);
    expect(first.meta.organization).toBe("示例市");
    expect(first.result.items.find((i) => i.id === "A.2.2")).toMatchObject({
      statusConflict: true,
      flagged: true,
    });
    // the group corrects 赵四's A.1.2 score from 6 to 10 in the workbook
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("共识")!;
    let corrected = false;
    ws.eachRow((row) => {
      if (row.getCell(2).value === "A.1.2") {
        row.getCell(5 + 3).value = 10;
        corrected = true;
      }
    });
    expect(corrected).toBe(true);
    const edited = path.join(dir, "consensus-edited.xlsx");
    await wb.xlsx.writeFile(edited);
    const second = await readConsensusXlsx(fs.readFileSync(edited), edited);
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    expect(second.result.items.find((i) => i.id === "A.1.2")!.scores).toEqual([10, 10, 9, 10, 6]);
    expect(second.result.items.find((i) => i.id === "A.1.2")!.consensus).toBe(10);
    const docx = path.join(dir, "consensus-report.docx");
    fs.rmSync(docx, { force: true });
    const r = await runCli(["report", edited, "-o", docx]);
    expect(r.code).toBe(0);
    const xml = zipEntry(fs.readFileSync(docx), "word/document.xml");
    expect(xml).toContain("示例市");
    expect(xml).toContain("评估报告");
  });

  test("a scoresheet is not a consensus workbook", async () => {
    const r = await readConsensusXlsx(fs.readFileSync(files[0]!), files[0]!);
    expect(r).toMatchObject({ ok: false, file: files[0] });
    expect(r.ok ? [] : r.errors).toEqual([
      expect.objectContaining({ code: "not-a-scoresheet", where: { file: files[0] } }),
    ]);
  });
});
