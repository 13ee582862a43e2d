/**
 * src/engine/notes.ts, left unchecked by engine-rest's mutation run (2aac6f5): an item note that is absent or
 * empty leaves the line note alone, a first line's note cell of blanks holds no note, and a cell holding both
 * notes (or an empty item note before a line note) splits back into exactly what was joined.
 */
import { ITEM_NOTE_MARK, LINE_NOTE_MARK, joinNotes, splitNotes } from "../../src/engine/notes";

describe("joinNotes", () => {
  it("keeps the line note alone when there is no item note", () => {
    expect(joinNotes(undefined, "缺少会议记录")).toBe("缺少会议记录");
    expect(joinNotes(undefined, undefined)).toBe("");
  });

  it("treats an empty item note as none: no 【本项】 mark, no 【本行】 mark", () => {
    expect(joinNotes("", "缺少会议记录")).toBe("缺少会议记录");
    expect(joinNotes("", undefined)).toBe("");
  });

  it("marks the item note, and the line note after it on its own line", () => {
    expect(joinNotes("整项未开展", "缺少会议记录")).toBe(
      "【本项】整项未开展\n【本行】缺少会议记录"
    );
    expect(joinNotes("整项未开展", undefined)).toBe("【本项】整项未开展");
    expect(joinNotes("整项未开展", "")).toBe("【本项】整项未开展");
  });
});

describe("splitNotes", () => {
  it("reads a cell of blanks and line breaks as no note at all", () => {
    expect(splitNotes("  \n ")).toStrictEqual({});
    expect(splitNotes("")).toStrictEqual({});
  });

  it("reads an unmarked cell, blanks kept, as the line's own note", () => {
    expect(splitNotes(" 缺少会议记录 ")).toStrictEqual({ line: " 缺少会议记录 " });
  });

  it("splits an item note and a line note at the 【本行】 mark, dropping both marks and the line break", () => {
    expect(splitNotes("【本项】整项未开展\n【本行】缺少会议记录")).toStrictEqual({
      item: "整项未开展",
      line: "缺少会议记录",
    });
  });

  it("splits an empty item note before a line note (the mark right after 【本项】)", () => {
    expect(splitNotes("【本项】\n【本行】缺少会议记录")).toStrictEqual({
      item: "",
      line: "缺少会议记录",
    });
  });

  it("reads a marked cell without 【本行】 as the item note only", () => {
    expect(splitNotes("【本项】整项未开展")).toStrictEqual({ item: "整项未开展" });
  });

  it("gives back what joinNotes joined", () => {
    const joined = joinNotes("整项未开展\n见附件", "缺少会议记录");
    expect(joined.startsWith(ITEM_NOTE_MARK)).toBe(true);
    expect(joined).toContain(`\n${LINE_NOTE_MARK}`);
    expect(splitNotes(joined)).toStrictEqual({ item: "整项未开展\n见附件", line: "缺少会议记录" });
  });
});
