import {
  STANDARD,
  computedMax,
  computedTotal,
  indexStandard,
  maxGapNote,
  templateFingerprint,
  totalGapNote,
  sha256Text,
} from "../../src/standard";
import type { DeductionItemDef } from "../../src/standard";
import { linesMax } from "../../src/engine";

const deductionItems = STANDARD.tables
  .flatMap((t) => t.items)
  .filter((i): i is DeductionItemDef => i.kind === "deduction");

describe("Appendix A definition", () => {
  test("has the seven tables in order with the declared maxima of the standard", () => {
    expect(STANDARD.tables.map((t) => [t.id, t.declaredMax])).toEqual([
      ["A.1", 60],
      ["A.2", 30],
      ["A.3", 120],
      ["A.4", 120],
      ["A.5", 50],
      ["A.6", 60],
      ["A.7", 60],
    ]);
  });

  test.each([
    ["A.1", 60],
    ["A.2", 30],
    ["A.3", 120],
    ["A.4", 115],
    ["A.5", 50],
    ["A.6", 60],
    ["A.7", 60],
  ])("table %s: caps of its items add up to %d", (id, sum) => {
    const table = STANDARD.tables.find((t) => t.id === id)!;
    expect(computedMax(table)).toBe(sum);
  });

  test("the sheet adds up to 495 while 8.2 declares 500, and the gap is explained", () => {
    expect(computedTotal()).toBe(495);
    expect(STANDARD.declaredTotal).toBe(500);
    expect(STANDARD.passMark).toBe(300);
    expect(totalGapNote()).toContain("495");
    const a4 = STANDARD.tables.find((t) => t.id === "A.4")!;
    expect(maxGapNote(a4)).toContain("120");
    expect(maxGapNote(a4)).toContain("115");
    expect(maxGapNote(a4, "en-US")).toContain("115");
    for (const t of STANDARD.tables.filter((t) => t.id !== "A.4"))
      expect(maxGapNote(t)).toBeUndefined();
  });

  test("ids are unique and well formed, and follow the standard's order", () => {
    const seen = new Set<string>();
    for (const table of STANDARD.tables) {
      expect(table.id).toMatch(/^A\.[1-7]$/);
      table.items.forEach((item) => {
        expect(item.id.startsWith(`${table.id}.`)).toBe(true);
        expect(item.id).toMatch(/^A\.[1-7]\.\d+(\.\d+)?$/);
        expect(item.tableId).toBe(table.id);
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
        if (item.kind === "deduction") {
          item.lines.forEach((line, i) => {
            expect(line.id).toBe(`${item.id}.${i + 1}`);
            expect(seen.has(line.id)).toBe(false);
            seen.add(line.id);
          });
        }
      });
    }
    expect(indexStandard().items.size).toBe(
      STANDARD.tables.reduce((s, t) => s + t.items.length, 0)
    );
  });

  test("A.4 item 6 is split into the five 10-point groups A.4.6.1 … A.4.6.5", () => {
    const a4 = STANDARD.tables.find((t) => t.id === "A.4")!;
    const platform = a4.items.filter((i) => i.id.startsWith("A.4.6."));
    expect(platform.map((i) => [i.id, i.cap])).toEqual([
      ["A.4.6.1", 10],
      ["A.4.6.2", 10],
      ["A.4.6.3", 10],
      ["A.4.6.4", 10],
      ["A.4.6.5", 10],
    ]);
    for (const i of platform)
      expect((i as DeductionItemDef).parentTitle).toBe("网格化治理运行管理平台标准");
    expect((platform[3] as DeductionItemDef).lines.map((l) => l.maxDeduction)).toEqual([
      3, 3, 3, 3,
    ]);
  });

  test("每缺一项 lists are split into one line per sub-requirement; headings are not lines", () => {
    const index = indexStandard();
    const a33 = index.items.get("A.3.3") as DeductionItemDef;
    expect(a33.lines).toHaveLength(8);
    expect(a33.lines.every((l) => l.maxDeduction === 5)).toBe(true);
    expect(a33.lines.some((l) => l.requirement.includes("有事项服务规程"))).toBe(false);
    expect(a33.lines[1]!.requirement).toBe("a) 单一部门工作程序");
    const a17 = index.items.get("A.1.7") as DeductionItemDef;
    expect(a17.lines.slice(2, 6).map((l) => l.requirement)).toEqual([
      "标准体系发布令",
      "体系表编制说明",
      "明细表",
      "统计表",
    ]);
    const a49 = index.items.get("A.4.9") as DeductionItemDef;
    expect(a49.lines.map((l) => l.requirement)).not.toContain("有工作人员考评标准：");
    expect(a49.lines).toHaveLength(6);
  });

  test("alternatives take the largest clause, independent clauses add, element lists multiply", () => {
    const index = indexStandard();
    expect(index.lines.get("A.2.1.1")!.line.maxDeduction).toBe(5); // 没有体系表扣5分 / 层次不清…扣3分
    expect(index.lines.get("A.1.2.1")!.line.maxDeduction).toBe(4); // (2 | 2) + 2
    expect(index.lines.get("A.2.1.5")!.line.maxDeduction).toBe(4); // 4 elements × 1
    expect(index.lines.get("A.5.1.5")!.line.maxDeduction).toBe(8); // 4 elements × 2
  });

  test("every line max is positive and at most its item's cap", () => {
    for (const item of deductionItems) {
      for (const line of item.lines) {
        expect(line.maxDeduction).toBeGreaterThan(0);
        expect(line.maxDeduction).toBeLessThanOrEqual(item.cap);
      }
      expect(linesMax(item)).toBeGreaterThan(0);
    }
  });

  test("texts are transcribed without PDF artefacts", () => {
    for (const item of deductionItems) {
      for (const line of item.lines) {
        for (const text of [line.requirement, line.rule]) {
          expect(text).not.toMatch(/\n/);
          expect(text.replace(/^\d /, "")).not.toMatch(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/); // "扣 2 分"
          expect(text.trim()).toBe(text);
        }
      }
    }
    expect(indexStandard().lines.get("A.1.1.1")!.line.rule).toBe("没有方针扣2分");
  });

  test("the tiered and level items carry the standard's tiers", () => {
    const index = indexStandard();
    const a71 = index.items.get("A.7.1")!;
    const a72 = index.items.get("A.7.2")!;
    expect(a71.kind === "tiered" && a71.tiers.map((t) => [t.min, t.points])).toEqual([
      [90, 20],
      [80, 15],
      [60, 10],
    ]);
    expect(a72.kind === "tiered" && a72.tiers.map((t) => t.points)).toEqual([
      20, 18, 16, 14, 12, 10,
    ]);
    const a73 = index.items.get("A.7.3")!;
    expect(a73.kind === "level" && a73.options.map((o) => [o.level, o.points])).toEqual([
      ["national", 10],
      ["provincial", 5],
      ["municipal", 3],
      ["none", 0],
    ]);
    const rate = index.lines.get("A.1.4.4")!.line;
    expect(rate.kind).toBe("rate");
  });

  test("the fingerprint is stable for the same definition and changes with any text", () => {
    expect(templateFingerprint()).toBe(templateFingerprint(JSON.parse(JSON.stringify(STANDARD))));
    const changed = JSON.parse(JSON.stringify(STANDARD));
    changed.tables[0].items[0].lines[0].rule = "没有方针扣3分";
    expect(templateFingerprint(changed)).not.toBe(templateFingerprint());
  });

  test("sha256 matches known vectors", () => {
    expect(sha256Text("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Text("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    expect(sha256Text("a".repeat(1000))).toBe(
      "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
    );
  });
});
