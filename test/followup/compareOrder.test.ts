/**
 * compare takes the earlier evaluation first, then the later (after remediation). Given the same evaluation twice,
 * or the two in the wrong order, it said nothing and printed a comparison of no change, or every gain as a loss.
 * Now it warns (compare-not-later) and still compares: both dates must be known ISO dates (a consensus's span
 * counts from its first to its last day).
 */
import * as fs from "fs";
import { comparisonWarnings } from "../../src/report/compareWarnings";
import { EXAMPLE, runCli, tmpDir, writeJson } from "./support";

const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as {
  meta: Record<string, unknown>;
  items: Record<string, unknown>;
};

describe("comparisonWarnings: which pairs of dates warn", () => {
  const unit = "示例市网格化服务管理中心";
  it.each<[string | undefined, string | undefined, boolean]>([
    ["2026-11-28", "2027-11-28", false],
    ["2026-11-28", "2026-11-29", false],
    ["2026-11-28", "2026-11-28", true],
    ["2027-11-28", "2026-11-28", true],
    // a consensus's span: after must start after before's last day
    ["2026-06-02 至 2026-06-03", "2026-06-04", false],
    ["2026-06-02 至 2026-06-03", "2026-06-03", true],
    ["2026-06-02 至 2026-06-03", "2026-06-02 至 2026-06-03", true],
    // unknown or unreadable dates are not compared
    [undefined, "2026-06-02", false],
    ["2026-06-02", "", false],
    ["2026年6月2日", "2026-06-01", false],
  ])("before %p, after %p: warns = %p", (before, after, warns) => {
    const got = comparisonWarnings(
      { organization: unit, date: before },
      { organization: unit, date: after }
    );
    expect(got).toEqual(
      warns ? [{ code: "compare-not-later", before: before!.trim(), after: after!.trim() }] : []
    );
  });

  it("different units and a reversed order are both told, units first", () => {
    expect(
      comparisonWarnings(
        { organization: " 甲市 ", date: "2027-01-01" },
        { organization: "乙市", date: "2026-01-01" }
      ).map((p) => p.code)
    ).toEqual(["different-units", "compare-not-later"]);
  });
});

describe("gridscore compare warns of the same evaluation twice and of a reversed order", () => {
  const dir = tmpDir();
  const later = writeJson(dir, "later.json", {
    ...example,
    meta: { ...example.meta, date: "2027-11-28" },
  });

  test("the same file twice: the dates are the same, said in both languages; the comparison is still printed", async () => {
    const r = await runCli(["compare", EXAMPLE, EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      "两次评估的评估日期相同（2026-11-28）：可能把同一次评估比较了两次；compare 先给之前的评估，再给之后（整改后）的评估，请检查所给的两个文件"
    );
    expect(r.err).toContain("both evaluations are dated 2026-11-28");
    expect(r.out).toContain("比较 / comparison:");
  });

  test("the later evaluation given first", async () => {
    const r = await runCli(["compare", later, EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      "之后的评估（2026-11-28）不晚于之前的评估（2027-11-28）：compare 先给之前的评估，再给之后的评估，请检查两个文件的先后顺序"
    );
    expect(r.err).toContain(
      "the after evaluation (2026-11-28) is not later than the before evaluation (2027-11-28)"
    );
  });

  test("in the right order, nothing is said", async () => {
    const r = await runCli(["compare", EXAMPLE, later]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });
});
