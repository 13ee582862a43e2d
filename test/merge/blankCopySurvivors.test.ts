/**
 * What blankCopy.ts's surviving mutants left unpinned (test/mutation/merge-documents.json): a deduction line counts
 * as an entry even when the item's other lines are blank, and blank lines alone are no entry. blankLine is a
 * module-level function: each test loads the module itself, so that Stryker credits the test with it (README,
 * Mutation testing).
 */
import type { Evaluation } from "../../src/engine";
import type { hasNoEntries } from "../../src/merge/blankCopy";

async function freshHasNoEntries(): Promise<typeof hasNoEntries> {
  let fresh: typeof hasNoEntries | undefined;
  await jest.isolateModulesAsync(async () => {
    fresh = (await import("../../src/merge/blankCopy")).hasNoEntries;
  });
  return fresh!;
}

const withItems = (items: Evaluation["items"]): Evaluation => ({
  format: "gridscore-evaluation/1",
  meta: { evaluator: "赵敏" },
  items,
});

describe("hasNoEntries: every deduction line of an item must be blank", () => {
  test.each<[string, Evaluation["items"], boolean]>([
    [
      "blank lines only (empty, spaces, a blank rate)",
      {
        "A.1.1": { lines: { "A.1.1.1": null, "A.1.1.2": "  " } },
        "A.1.4": { lines: { "A.1.4.4": { rate: " " } } },
      },
      true,
    ],
    [
      "a blank line, then a deduction",
      { "A.1.1": { lines: { "A.1.1.1": null, "A.1.1.2": 1 } } },
      false,
    ],
    [
      "a deduction, then a blank line",
      { "A.1.1": { lines: { "A.1.1.1": 2, "A.1.1.2": "" } } },
      false,
    ],
    [
      "a blank line, then a typed 0",
      { "A.1.1": { lines: { "A.1.1.1": "", "A.1.1.2": 0 } } },
      false,
    ],
    [
      "a blank rate beside a rate of 0",
      { "A.1.4": { lines: { "A.1.4.3": null, "A.1.4.4": { rate: 0 } } } },
      false,
    ],
  ])("%s → no entries: %p", async (_, items, expected) => {
    const fresh = await freshHasNoEntries();
    expect(fresh(withItems(items))).toBe(expected);
  });
});
