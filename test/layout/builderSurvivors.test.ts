/**
 * splitWrapped (src/layout/builder.ts) where the layout-sheets part's other tests never take it: a text that fits
 * comes back as itself, one piece; a paragraph longer than the row is cut inside, between characters, into the
 * longest pieces that fit, every character kept in order and no line break added. Counted by hand with
 * wrappedLines' rule (a full-width character takes 2 units; a column of width w holds w − 1; a Latin run moves to
 * the next line whole, and is split only when wider than the column). Each call runs inside its test.
 */
import { splitWrapped, wrappedLines } from "../../src/layout/builder";

describe("splitWrapped", () => {
  test("a text that fits is one piece, itself", () => {
    // Width 5 holds 4 units: two full-width characters a line; two lines hold the whole text.
    expect(splitWrapped("一二三", 5, 2)).toEqual(["一二三"]);
    expect(splitWrapped("一二\n三四", 5, 2)).toEqual(["一二\n三四"]);
  });

  test("one paragraph longer than the row: the longest pieces that fit, in order, nothing added", () => {
    const para = "一二三四五六七八九十";
    // Two characters a line, two lines a piece: four characters, then four, then the last two.
    const pieces = splitWrapped(para, 5, 2);
    expect(pieces).toEqual(["一二三四", "五六七八", "九十"]);
    expect(pieces.map((p) => wrappedLines(p, 5))).toEqual([2, 2, 1]);
    expect(pieces.join("")).toBe(para);
  });

  test("the paragraph after a long one starts its own piece; a short one joins the piece before it", () => {
    expect(splitWrapped("一二三四五六\n七", 5, 2)).toEqual(["一二三四", "五六\n七"]);
    expect(splitWrapped("一\n二三四五六七", 5, 2)).toEqual(["一", "二三四五", "六七"]);
  });

  test("a piece that goes on a cut paragraph is never joined to the piece before it by a line break", () => {
    // In a column 2.9 wide (1.9 units) 中 takes two lines and leaves 0.1, where one "a" still fits: "中a" is 2
    // lines. "中aa" is 4 (the run "aa" moves to the next line and is split there), so the cut falls after "中a";
    // the rest, "a", is 1 line. Joined by "\n" the two would fit in 3 lines, but that would add a break the text
    // does not have.
    expect(wrappedLines("中a", 2.9)).toBe(2);
    expect(wrappedLines("中aa", 2.9)).toBe(4);
    const pieces = splitWrapped("中aa", 2.9, 3);
    expect(pieces).toEqual(["中a", "a"]);
    expect(pieces.join("")).toBe("中aa");
  });
});
