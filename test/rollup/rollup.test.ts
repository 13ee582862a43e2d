/**
 * Roll-up (issue 14): 30 generated units of known scores across the four levels, one consensus, one duplicate and
 * two refused files in nested folders, through the real command in-process. Every unit row, every level figure
 * and the top of the weakest-requirements ranking are checked against figures computed from the recipes.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Fraction, round2 } from "../../src/engine";
import {
  DISTRIBUTION_SHEET,
  REFUSED_SHEET,
  SUMMARY_BY_LEVEL_SHEET,
  UNITS_SHEET,
  WEAKEST_SHEET,
  csvField,
  median,
  resolveDuplicates,
  distribution,
} from "../../src/rollup";
import type { RollupUnit } from "../../src/rollup";
import { runCli } from "../support/cli";
import { rollupUnit } from "../support/rollupUnits";
import { DUPLICATE, RECIPES, REFUSED, writeCorpus } from "./corpus";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-rollup-"));
const corpus = path.join(dir, "province");
const outDir = path.join(dir, "out");

interface UnitJson {
  file: string;
  organization: string;
  level: string;
  date: string;
  kind: string;
  experts: number;
  tables: { id: string; score: number }[];
  total: number;
  exactTotal: string;
  verdict: string;
  duplicateOf: string | null;
}
interface Json {
  units: UnitJson[];
  levels: Record<string, unknown>[];
  items: {
    id: string;
    units: number;
    unitsLosing: number;
    shareLosing: number;
    meanLost: number;
  }[];
  distribution: { from: number; count: number; passMark: boolean }[];
  refused: { file: string; reason: string }[];
}
let json: Json;
let run: { code: number; out: string; err: string };

beforeAll(async () => {
  fs.mkdirSync(corpus);
  fs.mkdirSync(outDir);
  await writeCorpus(corpus);
  run = await runCli([
    "rollup",
    corpus,
    "-o",
    path.join(outDir, "rollup.xlsx"),
    "--csv",
    path.join(outDir, "units.csv"),
    "--json",
  ]);
  json = JSON.parse(run.out) as Json;
});

const rel = (file: string) => path.relative(corpus, file).split(path.sep).join("/");

describe("pure parts", () => {
  test.each([
    ["later date counts", [{}, { date: "2026-10-02" }], [1]],
    ["same date: consensus before single", [{ kind: "consensus", experts: 5 }, {}], [0]],
    [
      "same date and kind: more experts",
      [
        { kind: "consensus", experts: 7 },
        { kind: "consensus", experts: 5 },
      ],
      [0],
    ],
    ["same everything: the file given later", [{}, {}], [1]],
    // A consensus's date is its experts' range: it ends on the day of the latest sheet, so it counts (review).
    [
      "a consensus's range ends on its experts' last day: the consensus counts",
      [{ kind: "consensus", experts: 5, date: "2026-09-30 至 2026-10-02" }, { date: "2026-10-02" }],
      [0],
    ],
    [
      "a range that ends earlier loses to a later single sheet",
      [{ kind: "consensus", experts: 5, date: "2026-09-28 至 2026-09-30" }, { date: "2026-10-01" }],
      [1],
    ],
    ["another level is another unit", [{}, { level: "county" }], [0, 1]],
    [
      "an unnamed organization is never matched",
      [{ organization: "" }, { organization: "" }],
      [0, 1],
    ],
  ] as const)("duplicates: %s", (_, overs, counted) => {
    const units = overs.map((o, i) => rollupUnit({ file: `f${i}`, ...(o as Partial<RollupUnit>) }));
    const rolled = resolveDuplicates(units);
    expect(rolled.flatMap((u, i) => (u.duplicateOf === undefined ? [i] : []))).toEqual(counted);
  });

  test.each([
    [[], undefined],
    [["1"], "1"],
    [["3", "1", "2"], "2"],
    [["1", "2"], "3/2"],
    [["1/3", "1/3", "300", "2/3"], "1/2"],
  ])("median of %j is %s", (xs, expected) => {
    expect(median(xs.map((x) => new Fraction(x)))?.toFraction()).toBe(expected);
  });

  test.each([
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["a,b", '"a,b"'],
    ["第1网格", "第1网格"],
    [12, "12"],
  ] as const)("CSV field %j → %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test.each([
    ["299.99", 275],
    ["300", 300],
    ["599/2", 275],
    ["495", 475],
    ["500", 475],
    ["0", 0],
  ])("a total of %s falls in the bin from %d", (total, from) => {
    const bins = distribution([rollupUnit({ file: "f", exactTotal: total })]);
    expect(bins.find((b) => b.count === 1)?.from).toBe(from);
    expect(bins.filter((b) => b.passMark).map((b) => b.from)).toEqual([300]);
  });
});

describe("gridscore rollup of a generated province", () => {
  test("exits 0 and lists the two refused files with their causes", () => {
    expect(run.code).toBe(0);
    expect(json.refused.map((r) => rel(r.file)).sort()).toEqual([...REFUSED].sort());
    const typed = json.refused.find((r) => r.file.endsWith("typed-as-text.json"))!;
    expect(typed.reason).toContain("A.1.1.1");
    for (const f of REFUSED) expect(run.err).toContain(f.split("/")[1]);
    expect(json.units.some((u) => u.file.includes(".hidden"))).toBe(false);
  });

  test.each(RECIPES.map((r) => [r.file, r] as const))("unit row %s", (file, r) => {
    const u = json.units.find((x) => rel(x.file) === file)!;
    expect(u).toMatchObject({
      organization: r.organization,
      level: r.level,
      date: r.date,
      kind: r.format === "consensus" ? "consensus" : "single",
      experts: r.format === "consensus" ? 3 : 1,
      total: round2(new Fraction(r.exactTotal)),
      exactTotal: r.exactTotal,
      verdict: r.total >= 300 ? "合格" : "不合格",
      duplicateOf: null,
    });
    expect(u.tables.map((t) => t.id)).toEqual(["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7"]);
    expect(u.tables.reduce((s, t) => s + t.score, 0)).toBeCloseTo(r.total, 1);
  });

  test("the earlier evaluation of unit 0 is shown and marked a duplicate of the consensus", () => {
    expect(json.units).toHaveLength(31);
    const dup = json.units.find((u) => rel(u.file) === DUPLICATE.file)!;
    expect(rel(dup.duplicateOf!)).toBe(RECIPES[0]!.file);
    expect(dup.total).toBe(481 - DUPLICATE.a121);
  });

  test("the console names the duplicate, its date and the evaluation counted instead", async () => {
    const r = await runCli(["rollup", corpus]);
    expect(r.code).toBe(0);
    const dup = json.units.find((u) => rel(u.file) === DUPLICATE.file)!;
    expect(r.out).toContain("计入 30 个单位（1 份重复）");
    expect(r.out).toContain(
      `同一单位的重复评价（同一单位、同一层级，以评价日期较晚者为准）：\n  ${dup.organization}：${dup.file}（${dup.date}）不计入，以 ${dup.duplicateOf} 为准\n`
    );
  });

  test.each(["city", "county", "township", "village", "all"])("level %s", (level) => {
    const rs = RECIPES.filter((r) => level === "all" || r.level === level);
    const totals = rs.map((r) => new Fraction(r.exactTotal)).sort((a, b) => a.compare(b));
    const sum = totals.reduce((s, t) => s.add(t), new Fraction(0));
    const passed = rs.filter((r) => r.total >= 300).length;
    const mid = Math.floor(totals.length / 2);
    const med = totals.length % 2 ? totals[mid]! : totals[mid - 1]!.add(totals[mid]!).div(2);
    expect(json.levels.find((l) => l.level === level)).toMatchObject({
      count: rs.length,
      passed,
      passRate: round2(new Fraction(passed * 100, rs.length)),
      mean: round2(sum.div(rs.length)),
      median: round2(med),
      min: round2(totals[0]!),
      max: round2(totals[totals.length - 1]!),
    });
  });

  test("the weakest requirements: A.7's awards, then A.1.2 and its line, then A.3.3", () => {
    const singles = RECIPES.filter((r) => r.format !== "consensus");
    const a121 = singles.reduce((s, r) => s + r.a121, 0);
    const top = json.items.slice(0, 6).map(({ id, units, unitsLosing, meanLost }) => ({
      id,
      units,
      unitsLosing,
      meanLost,
    }));
    expect(top).toEqual([
      { id: "A.7.3", units: 30, unitsLosing: 30, meanLost: 5 },
      { id: "A.7.4", units: 30, unitsLosing: 30, meanLost: 5 },
      { id: "A.7.2", units: 30, unitsLosing: 30, meanLost: 4 },
      {
        id: "A.1.2",
        units: 30,
        unitsLosing: singles.filter((r) => r.a121 > 0).length + 1,
        meanLost: round2(new Fraction(a121).add(new Fraction(2, 3)).div(30)),
      },
      {
        id: "A.1.2.1",
        units: 29,
        unitsLosing: singles.filter((r) => r.a121 > 0).length,
        meanLost: round2(new Fraction(a121, 29)),
      },
      {
        id: "A.3.3",
        units: 30,
        unitsLosing: RECIPES.filter((r) => r.absent.includes("A.3.3")).length,
        meanLost: round2(
          new Fraction(40 * RECIPES.filter((r) => r.absent.includes("A.3.3")).length, 30)
        ),
      },
    ]);
    expect(json.items[0]!.shareLosing).toBe(100);
  });

  test("the distribution counts every counted unit once", () => {
    expect(json.distribution.reduce((s, b) => s + b.count, 0)).toBe(30);
    const bin = (total: number) => Math.min(Math.floor(total / 25) * 25, 475);
    for (const b of json.distribution)
      expect(b.count).toBe(RECIPES.filter((r) => bin(r.total) === b.from).length);
  });

  test("the CSV is UTF-8 with a BOM, one row per file read, and imported text never a formula", () => {
    const csv = fs.readFileSync(path.join(outDir, "units.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(32);
    expect(lines[0]).toMatch(/^序号,单位,层级,评价日期,方式,专家数,A\.1,/);
    expect(csv).toContain(",'=1+1测试网格中心,");
    expect(csv).not.toMatch(/,=1\+1/);
  });

  test("the workbook holds the five sheets, the units and the live summary formulas", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(outDir, "rollup.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      UNITS_SHEET,
      SUMMARY_BY_LEVEL_SHEET,
      WEAKEST_SHEET,
      DISTRIBUTION_SHEET,
      REFUSED_SHEET,
    ]);
    const units = wb.getWorksheet(UNITS_SHEET)!;
    expect(units.getCell("B9").value).toBe(json.units[5]!.organization);
    const org = json.units.map((u) => u.organization);
    expect(org).toContain("=1+1测试网格中心");
    expect(units.getCell(`B${4 + org.indexOf("=1+1测试网格中心")}`).type).toBe(
      ExcelJS.ValueType.String
    );
    const summary = wb.getWorksheet(SUMMARY_BY_LEVEL_SHEET)!;
    expect(String((summary.getCell("B4").value as ExcelJS.CellFormulaValue).formula)).toMatch(
      /^COUNTIFS\(/
    );
    expect(String((summary.getCell("F4").value as ExcelJS.CellFormulaValue).formula)).toContain(
      "MEDIAN("
    );
    expect(wb.getWorksheet(REFUSED_SHEET)!.rowCount).toBe(4);
  });
});

describe("inputs and outputs", () => {
  test("an existing output is refused before any work (exit 3); with --force, a rollup inside the folder is not read back", async () => {
    const inside = path.join(corpus, "rollup-inside.xlsx");
    fs.writeFileSync(inside, "old");
    const refused = await runCli(["rollup", corpus, "-o", inside, "--json"]);
    expect(refused.code).toBe(3);
    expect(refused.out).toBe("");
    const forced = await runCli([
      "rollup",
      path.join(corpus, "city"),
      "-o",
      inside,
      "--force",
      "--json",
    ]);
    expect(forced.code).toBe(0);
    const result = JSON.parse(forced.out) as Json;
    expect(result.units).toHaveLength(RECIPES.filter((r) => r.level === "city").length + 1);
    expect(result.refused).toEqual([]);
    fs.rmSync(inside);
  });

  test("only refused files: exit 1, nothing written", async () => {
    const out = path.join(outDir, "none.xlsx");
    const r = await runCli([
      "rollup",
      path.join(corpus, "misc"),
      path.join(corpus, "missing.xlsx"),
      "-o",
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("missing.xlsx");
    expect(fs.existsSync(out)).toBe(false);
  });

  test.each([
    [["rollup"]],
    [["rollup", corpus, "-o", "x.csv"]],
    [["rollup", corpus, "--csv", "x.xlsx"]],
  ])("usage error %j: exit 2", async (argv) => {
    expect((await runCli(argv)).code).toBe(2);
  });
});
