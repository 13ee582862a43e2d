/**
 * What the merge-documents part's surviving and uncovered mutants of src/merge/deliberation.ts left unpinned
 * (test/mutation/merge-documents.json), each with values worked out by hand from the module's documented rule:
 * - the plan's reason of an item (planNotApplicableReason) and the same from the 共识 sheet's hidden 数据 text
 *   (planReasonFromData): only when every expert marks the item 不适用 and the item's own note is the plan's; JSON
 *   that is no object, statuses and notes of the wrong kinds leave no reason, and junk among the notes is skipped;
 * - checkAgreed on a plan-locked item names the value as typed (a number, text, TRUE/FALSE, an error value), and
 *   an object that is no error value counts as text;
 * - cellText: a number only when finite;
 * - the 共识 sheet's formulas, evaluated in HyperFormula: the consensus and the 评议检查 of a plan-locked item and of
 *   an ordinary one (the defaults), the hint of a reason without an agreed score, and formula edition "1"; an
 *   agreed score with three decimals, and edition 1's expert check of TRUE (no boolean branch).
 * Each test calls the code it checks itself (README, Mutation testing); the prefix of the plan's note is
 * module-level, so the test of it loads the module itself.
 */
import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { planReasonNote } from "../../src/engine";
import {
  agreedCheckFormula,
  cellText,
  checkAgreed,
  consensusWithAgreed,
  expertCheckFormula,
  planNotApplicableReason,
  planReasonFromData,
} from "../../src/merge/deliberation";

const REASON = "本单位无下属机构";
const PLAN_NOTE = planReasonNote(REASON);

describe("planNotApplicableReason: the plan's reason only when every expert marks 不适用 and the note is the plan's", () => {
  test("the reason after the plan's prefix, from a freshly loaded module", async () => {
    let fresh: typeof planNotApplicableReason | undefined;
    await jest.isolateModulesAsync(async () => {
      fresh = (await import("../../src/merge/deliberation")).planNotApplicableReason;
    });
    expect(fresh!("A.3.3", ["na", "na"], [{ id: "A.3.3", note: PLAN_NOTE }])).toBe(REASON);
    expect(fresh!("A.3.3", ["na"], [{ id: "A.3.3", note: "不适用" }])).toBeUndefined();
  });

  test("another item's plan note, before the item's own, is not taken", () => {
    const other = { id: "A.3.2", note: planReasonNote("另一项的理由") };
    expect(
      planNotApplicableReason("A.3.3", ["na", "na"], [other, { id: "A.3.3", note: PLAN_NOTE }])
    ).toBe(REASON);
    expect(planNotApplicableReason("A.3.3", ["na", "na"], [other])).toBeUndefined();
  });

  test("the item's own note that is not the plan's gives no reason, nor one that only ends with the prefix", () => {
    expect(
      planNotApplicableReason("A.3.3", ["na"], [{ id: "A.3.3", note: "专家认为不适用" }])
    ).toBeUndefined();
    expect(
      planNotApplicableReason(
        "A.3.3",
        ["na"],
        [{ id: "A.3.3", note: `见上：${planReasonNote("")}` }]
      )
    ).toBeUndefined();
    // The plan's note with an empty reason is the plan's: its reason is "".
    expect(
      planNotApplicableReason("A.3.3", ["na"], [{ id: "A.3.3", note: planReasonNote("") }])
    ).toBe("");
  });

  test("no expert, or one expert not marking 不适用, leaves no reason", () => {
    const notes = [{ id: "A.3.3", note: PLAN_NOTE }];
    expect(planNotApplicableReason("A.3.3", [], notes)).toBeUndefined();
    expect(planNotApplicableReason("A.3.3", ["na", "normal"], notes)).toBeUndefined();
    expect(planNotApplicableReason("A.3.3", ["absent", "na"], notes)).toBeUndefined();
  });
});

/** A row's 数据 text as the 共识 sheet holds it. */
const data = (statuses: unknown, notes: unknown): string => JSON.stringify({ statuses, notes });

describe("planReasonFromData: the plan's reason from an item row's 数据 text", () => {
  test("every expert 不适用 with the plan's note: the reason; statuses beyond the experts are not read", () => {
    const notes = [{ id: "A.3.3", note: PLAN_NOTE }];
    expect(planReasonFromData("A.3.3", data(["na", "na"], notes), 2)).toBe(REASON);
    expect(planReasonFromData("A.3.3", data(["na", "na", "normal"], notes), 2)).toBe(REASON);
  });

  test("an absent or unknown status counts as normal: no reason", () => {
    const notes = [{ id: "A.3.3", note: PLAN_NOTE }];
    expect(planReasonFromData("A.3.3", data(["na"], notes), 2)).toBeUndefined();
    expect(planReasonFromData("A.3.3", data(["na", "NA"], notes), 2)).toBeUndefined();
    expect(planReasonFromData("A.3.3", data(["na", 1], notes), 2)).toBeUndefined();
    expect(planReasonFromData("A.3.3", data("na", notes), 1)).toBeUndefined();
  });

  test.each(["", "{", "不适用", "null", "5", '"na"', "true", "[]", "{}"])(
    "%p is no record of a plan reason",
    (text) => {
      expect(planReasonFromData("A.3.3", text, 2)).toBeUndefined();
    }
  );

  test("notes that are no list, or hold no { id, note } texts, leave no reason", () => {
    expect(
      planReasonFromData("A.3.3", data(["na"], { id: "A.3.3", note: PLAN_NOTE }), 1)
    ).toBeUndefined();
    expect(planReasonFromData("A.3.3", JSON.stringify({ statuses: ["na"] }), 1)).toBeUndefined();
    expect(
      planReasonFromData("A.3.3", data(["na"], [{ id: "A.3.3", note: 5 }]), 1)
    ).toBeUndefined();
    expect(planReasonFromData("A.3.3", data(["na"], [{ id: "A.3.3" }]), 1)).toBeUndefined();
    expect(planReasonFromData("A.3.3", data(["na"], [null, "A.3.3", 7]), 1)).toBeUndefined();
  });

  test("junk before the plan's note (null, text, a number, a note that is no text) is skipped", () => {
    expect(
      planReasonFromData("A.3.3", data(["na"], [null, { id: "A.3.3", note: PLAN_NOTE }]), 1)
    ).toBe(REASON);
    const junk = [
      "A.3.3",
      7,
      { id: 7, note: PLAN_NOTE },
      { id: "A.3.3", note: 5 },
      { id: "A.3.3" },
    ];
    expect(
      planReasonFromData("A.3.3", data(["na"], [...junk, { id: "A.3.3", note: PLAN_NOTE }]), 1)
    ).toBe(REASON);
  });
});

describe("checkAgreed on a plan-locked item: never applied, the value named as typed", () => {
  test.each([
    [0, 0],
    [8.5, 8.5],
    ["八分", "八分"],
    [true, "TRUE"],
    [false, "FALSE"],
    [{ error: "#N/A" }, "#N/A"],
    [{ error: 404 }, "[object Object]"],
  ] as const)("%p is named as %p", (value, named) => {
    expect(checkAgreed("A.3.3", 40, value, "评议认为应有未有", REASON)).toEqual({
      problems: [{ code: "agreed-on-plan-na", itemId: "A.3.3", value: named, reason: REASON }],
    });
  });
});

describe("checkAgreed: an object that is no error value (its error no text) is not a number: text", () => {
  test("{ error: 404 } is named as text, not as an error value", () => {
    expect(checkAgreed("A.1.2", 10, { error: 404 }, "理由")).toEqual({
      problems: [
        {
          code: "agreed-score-invalid",
          itemId: "A.1.2",
          value: "[object Object]",
          cap: 10,
          why: "text",
        },
      ],
    });
  });
});

describe("cellText: text as is, a finite number in its digits, anything else as empty", () => {
  test.each([
    ["理由", "理由"],
    ["", ""],
    [12.5, "12.5"],
    [0, "0"],
    [Infinity, ""],
    [-Infinity, ""],
    [NaN, ""],
    [true, ""],
    [{ error: "#N/A" }, ""],
    [null, ""],
    [undefined, ""],
  ] as const)("%p reads as %p", (v, text) => {
    expect(cellText(v)).toBe(text);
  });
});

/**
 * One row evaluated in HyperFormula: A1 the agreed score, B1 the cap, C1 the reason, D1 the method's result, and
 * E1 the formula given (written for those cells); returns E1's value.
 */
function evaluateRow(cells: readonly RawCellContent[], formula: string): unknown {
  const hf = HyperFormula.buildFromSheets(
    { S: [[...cells, `=${formula}`]] },
    { licenseKey: "gpl-v3", useArrayArithmetic: false }
  );
  try {
    return hf.getCellValue({ sheet: hf.getSheetId("S")!, row: 0, col: 4 });
  } finally {
    hf.destroy();
  }
}

const PLAN_ERROR =
  "错误：A.3.3 评议后得分不能采用：评估方案已将本项界定为不适用（7.2，按满分计）；如须改变，请由评估组长修改评估方案并重新生成评分表；";

describe("the 共识 sheet's formulas for the agreed score, evaluated", () => {
  test("the consensus takes a valid agreed score by default, and never on a plan-locked item", () => {
    const row = [8, 10, "复核后改定", 5];
    expect(evaluateRow(row, consensusWithAgreed("A1", "B1", "D1"))).toBe(8);
    expect(consensusWithAgreed("A1", "B1", "D1", true)).toBe("D1");
    expect(evaluateRow(row, consensusWithAgreed("A1", "B1", "D1", true))).toBe(5);
  });

  test("评议检查 by default: a valid agreed score with its reason is accepted; a reason alone is a hint", () => {
    const check = agreedCheckFormula("A.1.2", 10, "A1", "B1", "C1");
    expect(evaluateRow([8, 10, "复核后改定", 5], check)).toBe("已评议：采用评议后得分");
    expect(evaluateRow([null, 10, "复核后改定", 5], check)).toBe(
      "提示：A.1.2 已填写评议理由，但未填写评议后得分，按方法结果计；"
    );
    expect(evaluateRow([null, 10, null, 5], check)).toBe("");
  });

  test("评议检查 of a plan-locked item: any agreed score is the plan's error; a reason alone is a hint", () => {
    const check = agreedCheckFormula("A.3.3", 40, "A1", "B1", "C1", true);
    expect(evaluateRow([40, 40, "复核后改定", 40], check)).toBe(PLAN_ERROR);
    expect(evaluateRow([0, 40, null, 40], check)).toBe(PLAN_ERROR);
    expect(evaluateRow([null, 40, "讨论过", 40], check)).toBe(
      "提示：A.3.3 已填写评议理由，但未填写评议后得分，按方法结果计；"
    );
    expect(evaluateRow([null, 40, null, 40], check)).toBe("");
  });

  test("edition 1 names an error value in its own words and has no boolean branch; edition 2 has", () => {
    const one = agreedCheckFormula("A.1.2", 10, "A1", "B1", "C1", false, "1");
    const two = agreedCheckFormula("A.1.2", 10, "A1", "B1", "C1", false, "2");
    expect(evaluateRow(["=1/0", 10, "理由", 5], one)).toBe(
      "错误：A.1.2 评议后得分是错误值，未采用，按方法结果计；"
    );
    expect(evaluateRow(["=1/0", 10, "理由", 5], two)).toBe(
      "错误：A.1.2 评议后得分是错误值不是数字，未采用，按方法结果计；"
    );
    expect(evaluateRow([true, 10, "理由", 5], one)).toBe(
      "错误：A.1.2 评议后得分是文本不是数字，未采用，按方法结果计；"
    );
    expect(evaluateRow([true, 10, "理由", 5], two)).toBe(
      "错误：A.1.2 评议后得分是布尔值（TRUE/FALSE）不是数字，未采用，按方法结果计；"
    );
    expect(evaluateRow([8, 10, "理由", 5], one)).toBe("已评议：采用评议后得分");
  });
});

describe("checks left by the run of 2d55820, evaluated", () => {
  test("an agreed score with more than two decimals is named as such and not taken", () => {
    const check = agreedCheckFormula("A.1.2", 10, "A1", "B1", "C1");
    expect(evaluateRow([8.123, 10, "复核后改定", 5], check)).toBe(
      "错误：A.1.2 评议后得分最多两位小数，未采用，按方法结果计；"
    );
  });

  test("edition 1's detailed expert check calls TRUE text; edition 2's calls it a boolean", () => {
    const one = expertCheckFormula("A.1.2", 10, "A1", "B1", "甲", true, "1");
    const two = expertCheckFormula("A.1.2", 10, "A1", "B1", "甲", true, "2");
    expect(evaluateRow([true, 10, null, null], one)).toBe(
      "错误：A.1.2 专家“甲”的分数是文本不是数字，按0计；"
    );
    expect(evaluateRow([true, 10, null, null], two)).toBe(
      "错误：A.1.2 专家“甲”的分数是布尔值（TRUE/FALSE）不是数字；"
    );
    expect(evaluateRow([8, 10, null, null], one)).toBe("");
  });
});
