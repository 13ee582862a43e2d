/**
 * Mutation survivors of suggestDate (src/layout/evaluationSheets/dates.ts, issue 17): the suggestion reads a
 * date only when the whole text is one (no words before or after it), allows white space around each part and
 * around the whole, and takes a space alone as a separator between year, month and day.
 */
import { suggestDate } from "../../src/layout/evaluationSheets";

test("words before or after the date: no suggestion (the whole text must be the date)", () => {
  expect(suggestDate("备注2025.11.30")).toBeUndefined();
  expect(suggestDate("2025.11.30 下午")).toBeUndefined();
  expect(suggestDate("2025.11.30x")).toBeUndefined();
  expect(suggestDate("2025x11x30")).toBeUndefined();
});

test("white space around the whole text, full-width or not, is allowed", () => {
  expect(suggestDate("\u3000２０２５年１１月３０日\u3000")).toBe("2025-11-30");
  expect(suggestDate("  2025.11.30  ")).toBe("2025-11-30");
});

test("white space between each part and its separator is allowed", () => {
  expect(suggestDate("2025 年 11 月 30 日")).toBe("2025-11-30");
  expect(suggestDate("2025 . 11 . 30")).toBe("2025-11-30");
});

test("a space alone separates the parts, and a two-digit month and day are read whole", () => {
  expect(suggestDate("2025 11 30")).toBe("2025-11-30");
  expect(suggestDate("2025 12 31")).toBe("2025-12-31");
});
