/**
 * `gridscore compare`: two known evaluations of one unit, every table and item delta and change class, the
 * requirement lines newly losing points, recovered and still losing, and the plan rows claimed fixed that
 * still lose points.
 */
import * as fs from "fs";
import * as path from "path";
import { indexStandard } from "../../src/standard";
import { EXAMPLE, FULL_A7, loadWorkbook, runCli, tmpDir, writeJson } from "./support";

const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as {
  items: Record<string, unknown>;
};
const a21 = indexStandard().items.get("A.2.1")!;
const a21line = a21.kind === "deduction" ? a21.lines[0]!.id : "";

/** After remediation: A.1.2.1 and A.1.4.4 fixed, A.3.3 in place, A.7.3 up a level; a new loss on A.2.1. */
const AFTER = {
  format: "gridscore-evaluation/1",
  meta: { organization: "示例市网格化服务管理中心", date: "2027-11-28" },
  items: {
    ...example.items,
    "A.1.2": { lines: { "A.1.2.3": 2 }, notes: { "A.1.2.3": "仍缺部门职责" } },
    "A.1.4": { lines: { "A.1.4.4": { rate: 100 } } },
    "A.2.1": { lines: { [a21line]: 1 }, notes: { [a21line]: "新发现" } },
    "A.3.3": {},
    "A.7.3": { level: "national" },
  },
};

interface Json {
  before: { total: number; verdict: string; date: string | null };
  after: { total: number; verdict: string; date: string | null };
  delta: number;
  tables: { id: string; before: number; after: number; delta: number }[];
  items: { id: string; before: number; after: number; delta: number; change: string }[];
  lines: Record<
    "newlyLosing" | "recovered" | "stillLosing",
    { id: string; before: number; after: number }[]
  >;
  claimedFixedStillLosing: { id: string; after: number }[];
}

describe("gridscore compare", () => {
  const dir = tmpDir();
  const after = writeJson(dir, "after.json", AFTER);

  test("--json: totals, every table and item delta, change classes and findings", async () => {
    const r = await runCli(["compare", EXAMPLE, after, "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(json.before).toEqual({ total: 435, verdict: "合格", date: "2026-11-28" });
    expect(json.after).toEqual({ total: 483, verdict: "合格", date: "2027-11-28" });
    expect(json.delta).toBe(48);
    expect(json.tables.map((t) => [t.id, t.before, t.after, t.delta])).toEqual([
      ["A.1", 54, 58, 4],
      ["A.2", 30, 29, -1],
      ["A.3", 80, 120, 40],
      ["A.4", 115, 115, 0],
      ["A.5", 50, 50, 0],
      ["A.6", 60, 60, 0],
      ["A.7", 46, 51, 5],
    ]);
    const changed = json.items.filter((i) => i.change !== "same");
    expect(changed.map((i) => [i.id, i.before, i.after, i.delta, i.change])).toEqual([
      ["A.1.2", 6, 8, 2, "improved"],
      ["A.1.4", 8, 10, 2, "improved"],
      ["A.2.1", a21.cap, a21.cap - 1, -1, "worse"],
      ["A.3.3", 0, 40, 40, "improved"],
      ["A.7.3", 5, 10, 5, "improved"],
    ]);
    expect(json.items.every((i) => i.change !== "same" || i.delta === 0)).toBe(true);
    expect(json.lines.newlyLosing.map((f) => [f.id, f.before, f.after])).toEqual([[a21line, 0, 1]]);
    expect(json.lines.recovered.map((f) => [f.id, f.before, f.after])).toEqual([
      ["A.1.2.1", 2, 0],
      ["A.1.4.4", 2, 0],
      ["A.3.3", 40, 0],
      ["A.7.3", 5, 0],
    ]);
    expect(json.lines.stillLosing.map((f) => f.id)).toEqual(["A.1.2.3", "A.7.2", "A.7.4"]);
    expect(json.claimedFixedStillLosing).toEqual([]);
  });

  test("--plan-status: a row marked 已完成 that still loses points is named", async () => {
    const plan = path.join(dir, "plan.xlsx");
    expect((await runCli(["plan", EXAMPLE, "-o", plan])).code).toBe(0);
    const wb = await loadWorkbook(plan);
    const ws = wb.getWorksheet("整改台账")!;
    ws.getCell("K8").value = "已完成"; // A.1.2.1: fixed indeed
    ws.getCell("K9").value = "已完成"; // A.1.2.3: claimed, still losing 2
    ws.getCell("K10").value = "进行中"; // A.1.4.4
    await wb.xlsx.writeFile(plan);
    const r = await runCli(["compare", EXAMPLE, after, "--plan-status", plan, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(json.claimedFixedStillLosing.map((f) => [f.id, f.after])).toEqual([["A.1.2.3", 2]]);
    const text = await runCli(["compare", EXAMPLE, after, "--plan-status", plan]);
    expect(text.out).toContain("总分 / total: 435 → 483（+48），合格 → 合格");
    expect(text.out).toContain(
      "整改台账称已完成但仍失分 / claimed fixed, still losing: 1\n  A.1.2.3  失分 2"
    );
    expect(text.out).toContain(`新失分的要求 / newly losing points: 1\n  ${a21line}  失分 1`);
  });

  test("deltas follow the exact number model", async () => {
    const a = writeJson(dir, "a.json", {
      format: "gridscore-evaluation/1",
      items: { "A.1.2": { lines: { "A.1.2.1": 0.1, "A.1.2.3": 0.2 } }, ...FULL_A7 },
    });
    const b = writeJson(dir, "b.json", {
      format: "gridscore-evaluation/1",
      items: { "A.1.2": { lines: { "A.1.2.1": 0.3 } }, ...FULL_A7 },
    });
    const json = JSON.parse((await runCli(["compare", a, b, "--json"])).out) as Json;
    expect(json.items.find((i) => i.id === "A.1.2")).toEqual({
      id: "A.1.2",
      before: 9.7,
      after: 9.7,
      delta: 0,
      change: "same",
    });
    expect(json.lines.stillLosing.map((f) => [f.id, f.before, f.after])).toEqual([
      ["A.1.2.1", 0.1, 0.3],
    ]);
    expect(json.lines.recovered.map((f) => f.id)).toEqual(["A.1.2.3"]);
  });

  test("two different units: a warning in both languages, the comparison still made", async () => {
    const other = writeJson(dir, "other.json", { ...AFTER, meta: { organization: "另一单位" } });
    const r = await runCli(["compare", EXAMPLE, other, "--json"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      "两次评估的被评单位不同（之前：示例市网格化服务管理中心；之后：另一单位）"
    );
    expect(r.err).toContain("the two evaluations name different units");
  });

  test.each([
    [["compare", EXAMPLE], 2],
    [["compare", EXAMPLE, EXAMPLE, EXAMPLE], 2],
    [["compare", EXAMPLE, "/nonexistent.json"], 1],
  ])("%j exits %d", async (argv, code) => {
    expect((await runCli(argv)).code).toBe(code);
  });
});
