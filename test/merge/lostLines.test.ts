/**
 * Which lines of an item lost points in a group (src/merge/lostLines.ts): a line counts when one expert who
 * scored the item normally deducted on it (a finite number above 0, or a rate from 0 to 100 below the top tier,
 * A.1.4.4); statuses 不适用 / 应有未有 and values the engine refuses count for nothing. Table-driven over A.1.4
 * (three deduction lines and the rate line); each test builds what it checks.
 */
import { EVALUATION_FORMAT } from "../../src/engine";
import type { Evaluation, ItemStatus, LineInput } from "../../src/engine";
import { lostLines } from "../../src/merge/lostLines";
import { allItems } from "../../src/standard";

const def = (id: string) => allItems().find((i) => i.id === id)!;

const expert = (
  lines: Readonly<Record<string, LineInput>> | undefined,
  status: ItemStatus = "normal"
): { evaluation: Evaluation; status: ItemStatus } => ({
  evaluation: {
    format: EVALUATION_FORMAT,
    meta: {},
    items: lines === undefined ? {} : { "A.1.4": { lines } },
  },
  status,
});

describe("lostLines", () => {
  test.each<[string, LineInput, boolean]>([
    ["a deduction of 2", 2, true],
    ["a deduction of 0.5", 0.5, true],
    ["a deduction of 0", 0, false],
    ["a negative deduction (refused)", -1, false],
    ["NaN", Number.NaN, false],
    ["Infinity", Number.POSITIVE_INFINITY, false],
    ["text (refused)", "2", false],
    ["true", true, false],
    ["blank", null, false],
  ])("A.1.4.1 with %s: lost %p", (_, value, lost) => {
    expect(lostLines(def("A.1.4"), [expert({ "A.1.4.1": value })])).toEqual(
      lost ? ["A.1.4.1"] : []
    );
  });

  test.each<[string, LineInput, boolean]>([
    ["100 % (top tier)", { rate: 100 }, false],
    ["99.99 %", { rate: 99.99 }, true],
    ["50 % (second tier)", { rate: 50 }, true],
    ["0 %", { rate: 0 }, true],
    ["a rate below 0 (refused)", { rate: -0.01 }, false],
    ["a rate above 100 (refused)", { rate: 100.01 }, false],
    ["a rate typed as text (refused)", { rate: "92%" }, false],
    ["a rate of NaN", { rate: Number.NaN }, false],
    ["a number instead of { rate }", 40, false],
    ["a blank rate", { rate: null }, false],
  ])("the rate line A.1.4.4 at %s: lost %p", (_, value, lost) => {
    expect(lostLines(def("A.1.4"), [expert({ "A.1.4.4": value })])).toEqual(
      lost ? ["A.1.4.4"] : []
    );
  });

  test("one expert's deduction is enough; lines come in the standard's order", () => {
    const experts = [
      expert({ "A.1.4.4": { rate: 40 }, "A.1.4.2": 0 }),
      expert({ "A.1.4.3": 1 }),
      expert(undefined),
      expert({ "A.1.4.1": 2 }),
    ];
    expect(lostLines(def("A.1.4"), experts)).toEqual(["A.1.4.1", "A.1.4.3", "A.1.4.4"]);
  });

  test.each<ItemStatus>(["na", "absent"])(
    "an expert whose status is %s counts for nothing, whatever the lines hold",
    (status) => {
      const experts = [expert({ "A.1.4.1": 2, "A.1.4.4": { rate: 10 } }, status)];
      expect(lostLines(def("A.1.4"), experts)).toEqual([]);
      expect(lostLines(def("A.1.4"), [...experts, expert({ "A.1.4.1": 1 })])).toEqual(["A.1.4.1"]);
    }
  );

  test("an item that is not a deduction item has no lines", () => {
    expect(lostLines(def("A.7.1"), [expert({ "A.1.4.1": 2 })])).toEqual([]);
  });
});
