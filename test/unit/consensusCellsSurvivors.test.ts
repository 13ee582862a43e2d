/**
 * src/engine/consensusCells.ts, left unchecked by engine-rest's mutation run (2aac6f5): a consensus cell's name is
 * split at its first colon into the kind and the item id or expert's name, which fills the kind's {x}; a name
 * without a colon is the kind alone and leaves {x} empty; any other name has no words. The remedy of a tampered
 * consensus formula says in both languages that the workbook is refused and how to make it again.
 */
import { consensusCellWords, consensusRemedy } from "../../src/engine/consensusCells";

describe("consensusCellWords", () => {
  it("names a kind without a colon by its own words", () => {
    expect(consensusCellWords("ConsensusTotal", true)).toBe("共识总分（共识汇总页）");
    expect(consensusCellWords("ConsensusTotal", false)).toBe(
      "the consensus total (consensus summary)"
    );
  });

  it("puts what follows the colon, the whole of it, in place of {x}", () => {
    expect(consensusCellWords("ConsensusItem:A1.1", true)).toBe("A1.1 的共识得分（共识表）");
    expect(consensusCellWords("ConsensusItem:A1.1", false)).toBe(
      "item A1.1's consensus score (consensus sheet)"
    );
    expect(consensusCellWords("ConsensusExpertTotal:张三", true)).toBe(
      "专家 张三 的总分（共识汇总页）"
    );
  });

  it("splits at the first colon only, keeping later colons in the name", () => {
    expect(consensusCellWords("ConsensusDeviation:李:四", false)).toBe(
      "expert 李:四's deviation (consensus summary)"
    );
  });

  it("reads a kind with an empty name after the colon as the kind itself", () => {
    expect(consensusCellWords("ConsensusTotal:", true)).toBe("共识总分（共识汇总页）");
  });

  it("leaves {x} empty when a kind that takes a name comes without a colon", () => {
    expect(consensusCellWords("ConsensusItem", true)).toBe(" 的共识得分（共识表）");
    expect(consensusCellWords("ConsensusItem", false)).toBe(
      "item 's consensus score (consensus sheet)"
    );
  });

  it("has no words for a name that is not a consensus cell", () => {
    expect(consensusCellWords("Total", true)).toBeUndefined();
    expect(consensusCellWords(":ConsensusTotal", true)).toBeUndefined();
    expect(consensusCellWords("toString", false)).toBeUndefined();
  });
});

describe("consensusRemedy", () => {
  it("says in Chinese that the workbook is refused and to restore the formula or merge again", () => {
    const zh = consensusRemedy(true);
    expect(zh.startsWith("；")).toBe(true);
    expect(zh).toContain("已拒绝");
    expect(zh).toContain("请恢复该单元格的公式");
    expect(zh).toContain("gridscore merge");
  });

  it("says in English that the workbook is refused and to restore the formula or merge again", () => {
    const en = consensusRemedy(false);
    expect(en.startsWith("; ")).toBe(true);
    expect(en).toContain("so it is refused");
    expect(en).toContain("Restore the cell's formula");
    expect(en).toContain("gridscore merge");
  });
});
