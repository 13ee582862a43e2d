/**
 * Dates, one reader for all: Excel's 1900 serials with the fictitious 1900-02-29 (serial 60), a date written
 * right that names no real day told so (not that its format is wrong), and the cover's 日期 read in every form
 * the evaluation sheets take ("2026年6月2日").
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { describeProblem, noSuchDayWords, readDateText } from "../../src/engine";
import {
  COVER_COL,
  excelSerialToIso,
  gridDateToIso,
  isoToExcelSerial,
  readScoresheet,
} from "../../src/layout";
import { editableGrid } from "../support/editableGrid";
import { EXAMPLE, runCli, tmpDir, writeJson } from "../followup/support";

describe("Excel's 1900 date system, worked by hand", () => {
  test.each<[number, string]>([
    [1, "1900-01-01"],
    [2, "1900-01-02"],
    [31, "1900-01-31"],
    [32, "1900-02-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45658, "2025-01-01"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s, both ways", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  test("serial 60 (1900-02-29, which never was) and serials beyond 9999-12-31 are no day", () => {
    expect(excelSerialToIso(60)).toBeUndefined();
    expect(excelSerialToIso(60.5)).toBeUndefined();
    expect(excelSerialToIso(2958466)).toBeUndefined();
    expect(noSuchDayWords(60)?.zh).toContain("Excel 日期序号 60 是 1900年2月29日，这一天并不存在");
    expect(noSuchDayWords(60)?.en).toContain(
      "Excel's date serial 60 is 1900-02-29, a day that never was"
    );
  });

  test("a Date as ExcelJS reads a date cell (days from 1899-12-30) is the day Excel shows", () => {
    // ExcelJS gives serial 59 as 1899-12-30 + 59 days = 1900-02-27; Excel shows 1900-02-28.
    expect(gridDateToIso(new Date(Date.UTC(1900, 1, 27)))).toBe("1900-02-28");
    expect(gridDateToIso(new Date(Date.UTC(1900, 1, 28)))).toBeUndefined(); // serial 60
    expect(gridDateToIso(new Date(Date.UTC(1900, 2, 1)))).toBe("1900-03-01");
    expect(gridDateToIso(new Date(Date.UTC(2025, 0, 1, 18)))).toBe("2025-01-01");
  });
});

describe("a date written right that names no real day", () => {
  test.each<[string, number, number, number]>([
    ["2026-02-30", 2026, 2, 30],
    ["2026-13-01", 2026, 13, 1],
    ["2025-02-29", 2025, 2, 29],
    ["2026年4月31日", 2026, 4, 31],
    ["2026/2/0", 2026, 2, 0],
  ])("%s is no such day", (text, year, month, day) => {
    expect(readDateText(text)).toEqual({ kind: "no-such-day", year, month, day });
  });

  test.each<[string, string]>([
    ["2024-02-29", "2024-02-29"],
    ["2026/6/2", "2026-06-02"],
    [" 2026年6月2日 ", "2026-06-02"],
  ])("%s is %s", (text, iso) => {
    expect(readDateText(text)).toEqual({ kind: "date", iso });
  });

  test("the words name the value, why, and what to do", () => {
    expect(noSuchDayWords("2026-02-30")).toEqual({
      zh: "“2026-02-30” 的格式可以，但这一天不存在：2026年2月只有28天；请改为实有的日期",
      en: '"2026-02-30" is written right, but that day does not exist: 2026-02 has 28 days; enter a date that exists',
    });
    expect(noSuchDayWords("2025-02-29")?.zh).toBe(
      "“2025-02-29” 的格式可以，但这一天不存在：2025年2月只有28天（2025年不是闰年）；请改为实有的日期"
    );
    expect(noSuchDayWords("2026-13-01")?.zh).toBe(
      "“2026-13-01” 的格式可以，但没有13月这个月份（月份为1–12）；请改为实有的日期"
    );
    expect(noSuchDayWords("2026-02-28")).toBeUndefined();
    expect(noSuchDayWords("明天")).toBeUndefined();
  });
});

describe("the cover's 日期 is read as the evaluation sheets read dates", () => {
  function coverDate(value: string | number) {
    const g = editableGrid();
    const { sheet, row } = g.metaRow("date");
    g.set(sheet, row, COVER_COL.value, value);
    return readScoresheet(g.grid);
  }

  test.each<[string, string]>([
    ["2026年6月2日", "2026-06-02"],
    ["2026/6/2", "2026-06-02"],
    ["2026-6-2", "2026-06-02"],
  ])("%s reads as %s", (typed, iso) => {
    const read = coverDate(typed);
    expect(read.problems).toEqual([]);
    expect(read.evaluation.meta.date).toBe(iso);
  });

  test.each<[string | number, string]>([
    ["2026-02-30", "元数据 date：“2026-02-30” 的格式可以，但这一天不存在：2026年2月只有28天"],
    ["2026年2月30日", "元数据 date：“2026年2月30日” 的格式可以，但这一天不存在：2026年2月只有28天"],
    ["2025-02-29", "2025年2月只有28天（2025年不是闰年）"],
    ["2026-13-01", "没有13月这个月份"],
    [60, "Excel 日期序号 60 是 1900年2月29日"],
  ])("%p is told the day does not exist", (typed, words) => {
    const read = coverDate(typed);
    expect(read.evaluation.meta.date).toBeUndefined();
    expect(read.problems).toHaveLength(1);
    const text = describeProblem(read.problems[0]!);
    expect(text).toContain(words);
    expect(text).toContain("（允许：YYYY-MM-DD、YYYY/M/D、YYYY年M月D日）");
    expect(read.problems[0]!.where).toEqual({ sheet: "说明", cell: "B9" });
  });

  test("a date that is no date at all is still told its forms", () => {
    const read = coverDate("下周二");
    expect(describeProblem(read.problems[0]!)).toBe(
      '元数据 date 的值 "下周二" 无效（允许：YYYY-MM-DD、YYYY/M/D、YYYY年M月D日）'
    );
  });
});

describe("the CLI names the cell, the value and why", () => {
  async function withCoverDate(dir: string, value: string): Promise<string> {
    const blank = path.join(dir, "blank.xlsx");
    if (!fs.existsSync(blank)) expect((await runCli(["new", blank])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    const ws = wb.getWorksheet("说明")!;
    ws.eachRow((r) => {
      if (r.getCell(3).text === "meta.date") r.getCell(2).value = value;
    });
    const file = path.join(dir, `${value.replace(/\W/g, "_")}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  }

  test("a workbook's cover dated 2026-02-30, and one dated 2026年6月2日", async () => {
    const dir = tmpDir();
    const bad = await withCoverDate(dir, "2026-02-30");
    const r = await runCli(["score", bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `错误：文件 ${bad}，工作表 说明，单元格 B9：元数据 date：“2026-02-30” 的格式可以，但这一天不存在：2026年2月只有28天；请改为实有的日期`
    );
    expect(r.err).toContain(
      `error: file ${bad}, sheet 说明, cell B9: meta field date: "2026-02-30" is written right, but that day does not exist`
    );
    const good = await withCoverDate(dir, "2026年6月2日");
    const ok = await runCli(["export", good]);
    expect(ok.err).not.toContain("date");
    expect(JSON.parse(ok.out).meta.date).toBe("2026-06-02");
  });

  test("an evaluation JSON dated 2025-02-29 and a plan starting 2026-04-31", async () => {
    const dir = tmpDir();
    const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as { meta: object };
    const json = writeJson(dir, "e.json", {
      ...example,
      meta: { ...example.meta, date: "2025-02-29" },
    });
    const r = await runCli(["score", json]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "元数据 date：“2025-02-29” 的格式可以，但这一天不存在：2025年2月只有28天（2025年不是闰年）；请改为实有的日期（允许：YYYY-MM-DD）"
    );
    const plan = writeJson(dir, "plan.json", {
      format: "gridscore-plan/1",
      organization: "示例市",
      level: "city",
      dates: { start: "2026-04-31" },
      members: [{ name: "甲" }],
    });
    const p = await runCli(["new", path.join(dir, "p.xlsx"), "--plan", plan]);
    expect(p.code).toBe(1);
    expect(p.err).toContain("$.dates.start");
    expect(p.err).toContain("2026年4月只有30天");
    expect(p.err).toContain(
      'expected a date that exists ("2026-04-31" is written right, but that day does not exist: 2026-04 has 30 days'
    );
  });
});
