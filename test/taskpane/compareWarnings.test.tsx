/**
 * @jest-environment jsdom
 *
 * The pane's 对比 section gives the comparison's own warnings as `gridscore compare` does, from the same source
 * (src/report/compareWarnings.ts): two different units, and an "after" evaluation that is not later than the
 * "before" one (the same evaluation given twice, or the two files reversed), in the section's warning list. The
 * comparison is still made: the person comparing decides.
 */
import "./browserGlobals";
import * as fs from "fs";
import { EXAMPLE, runCli, tmpDir, writeJson } from "../followup/support";
import { compareWarningsText, fileOf, openCompare, unmountCompare } from "./compareSupport";

afterEach(unmountCompare);

const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as {
  meta: Record<string, string>;
  items: Record<string, unknown>;
};
const dir = tmpDir();
/** The example with its meta changed, written as a JSON file; returns its path. */
const variant = (name: string, meta: Record<string, string>): string =>
  writeJson(dir, name, { ...example, meta: { ...example.meta, ...meta } });

// The example is dated 2026-11-28, for 示例市网格化服务管理中心.
const SAME_DAY =
  "提示：两次评估的评估日期相同（2026-11-28）：可能把同一次评估比较了两次；compare 先给之前的评估，再给之后（整改后）的评估，请检查所给的两个文件";
const REVERSED =
  "提示：之后的评估（2025-11-20）不晚于之前的评估（2026-11-28）：compare 先给之前的评估，再给之后的评估，请检查两个文件的先后顺序";
const UNITS =
  "提示：两次评估的被评单位不同（之前：示例市网格化服务管理中心；之后：另一个中心），请确认比较的是同一单位";

describe("the comparison's warnings in the pane's 对比 section", () => {
  test("the same evaluation twice: the same-day warning, as the CLI prints it", async () => {
    const r = await runCli(["compare", EXAMPLE, EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(SAME_DAY);
    await openCompare(fileOf(EXAMPLE, "evaluation.json"), fileOf(EXAMPLE, "again.json"));
    expect(compareWarningsText()).toContain(SAME_DAY);
    expect(document.querySelector('[data-testid="compare-result"]')).not.toBeNull();
  });

  test("the files reversed: the after evaluation dated earlier is named with both dates", async () => {
    const earlier = variant("earlier.json", { date: "2025-11-20" });
    const r = await runCli(["compare", EXAMPLE, earlier]);
    expect(r.err).toContain(REVERSED);
    await openCompare(fileOf(EXAMPLE, "evaluation.json"), fileOf(earlier, "earlier.json"));
    expect(compareWarningsText()).toContain(REVERSED);
  });

  test("another unit a year later: the units' warning only; no date warning", async () => {
    const other = variant("other.json", { organization: "另一个中心", date: "2027-11-28" });
    await openCompare(fileOf(EXAMPLE, "evaluation.json"), fileOf(other, "other.json"));
    expect(compareWarningsText()).toContain(UNITS);
    expect(compareWarningsText()).not.toContain("评估日期");
    expect(compareWarningsText()).not.toContain("不晚于");
  });

  test("the same unit a year later: no comparison warning", async () => {
    const later = variant("later.json", { date: "2027-11-28" });
    await openCompare(fileOf(EXAMPLE, "evaluation.json"), fileOf(later, "later.json"));
    expect(compareWarningsText()).not.toContain("两次评估");
    expect(compareWarningsText()).not.toContain("不晚于");
  });
});
