/**
 * The experts' checks of one 共识 row within Excel's formula length (deliberation.ts expertsCheckFormula): each
 * check says why while the row's checks fit 7,000 characters, names the expert only beyond that, and for a
 * group whose names are longer still one error names the item. The forms are pinned as strings (the fallback,
 * written out by hand) and by evaluating a 7-expert workbook with HyperFormula.
 */
import {
  expertCheckFormula,
  expertsCheckFormula,
  outliersFormula,
} from "../../src/merge/deliberation";
import { evaluateModel } from "../support/hfWorkbook";
import { consensusOf, groupOf, headerCol, itemRow } from "./deliberationSupport";

const BUDGET = 7000;
const CELLS = ["E4", "F4", "G4", "H4", "I4", "J4", "K4"];

/** Seven distinct names of `length` characters. */
function names(length: number): string[] {
  return CELLS.map((_, k) => `${k + 1}${"专".repeat(length - 1)}`);
}

function joined(n: readonly string[], detailed: boolean): string {
  return CELLS.map((c, k) => expertCheckFormula("A.1.2", 10, c, "D4", n[k]!, detailed)).join("&");
}

/** The check of one cell that is fine: a number (not a boolean) with ≤ 2 decimals within [0, cap D4]. */
const ok = (c: string): string =>
  `IF(AND(ISNUMBER(${c}),NOT(ISLOGICAL(${c}))),IF(ROUND(${c},2)=${c},AND(${c}>=0,${c}<=D4),0),0)`;

describe("expertsCheckFormula keeps a row's checks within 7,000 characters", () => {
  test("short names: every check says why", () => {
    const n = ["甲", "乙", "丙", "丁", "戊", "己", "庚"];
    expect(expertsCheckFormula("A.1.2", 10, CELLS, "D4", n)).toBe(joined(n, true));
    expect(joined(n, true)).toContain("是错误值");
  });

  test("at exactly 7,000 characters the checks still say why; one more and they name the expert only", () => {
    // Each detailed check holds its name once, so the joined length grows by one per character of a name.
    const base = joined(names(1), true).length - 7;
    const fits = names(1).map((x, k) => (k === 0 ? x + "专".repeat(BUDGET - base - 7) : x));
    expect(joined(fits, true).length).toBe(BUDGET);
    expect(expertsCheckFormula("A.1.2", 10, CELLS, "D4", fits)).toBe(joined(fits, true));
    const over = fits.map((x, k) => (k === 0 ? `${x}专` : x));
    expect(joined(over, true).length).toBe(BUDGET + 1);
    expect(joined(over, false).length).toBeLessThanOrEqual(BUDGET);
    expect(expertsCheckFormula("A.1.2", 10, CELLS, "D4", over)).toBe(joined(over, false));
  });

  test("beyond both: one check of every cell, naming the item and no expert", () => {
    const fallback = (cells: readonly string[]): string =>
      `IF(AND(${cells.map(ok).join(",")}),"",` +
      `"错误：A.1.2 有专家分数无效：应为0到本项分值10之间、最多两位小数的数字（文本按0计）；")`;
    const long = names(1000);
    expect(joined(long, false).length).toBeGreaterThan(BUDGET);
    expect(expertsCheckFormula("A.1.2", 10, CELLS, "D4", long)).toBe(fallback(CELLS));
    const three = CELLS.slice(0, 3);
    expect(expertsCheckFormula("A.1.2", 10, three, "D4", names(4000).slice(0, 3))).toBe(
      fallback(three)
    );
  });
});

describe("a 7-expert consensus workbook with long names (HyperFormula)", () => {
  /** The 评议检查 of A.1.2 after an expert's score is replaced. */
  function checkAfter(length: number, expert: number, value: string | number): unknown {
    const n = names(length);
    const { model } = consensusOf(groupOf(n, [0, 0, 0, 0, 0, 0, 0]));
    const wb = evaluateModel(model);
    const row = itemRow(model, "共识", "A.1.2");
    const check = headerCol(model, "共识", "评议检查");
    const before = wb.value("共识", row, check);
    wb.set("共识", row, headerCol(model, "共识", n[expert]!), value);
    const after = wb.value("共识", row, check);
    wb.destroy();
    expect(before).toBe("");
    return after;
  }

  test("names of 700 characters: the check names the expert, without saying why", () => {
    const name = names(700)[3]!;
    expect(checkAfter(700, 3, "'8")).toBe(
      `错误：A.1.2 专家“${name}”的分数无效：应为0到本项分值10之间、最多两位小数的数字（文本按0计，数字按所填数值计入）；`
    );
  });

  test.each([
    ["a text", "'8"],
    ["11 over a cap of 10", 11],
    ["3 decimals", 7.125],
    ["a negative", -1],
  ])("names of 1,000 characters: %s is one error naming the item", (_name, value) => {
    expect(checkAfter(1000, 6, value)).toBe(
      "错误：A.1.2 有专家分数无效：应为0到本项分值10之间、最多两位小数的数字（文本按0计）；"
    );
  });

  test("names of 1,000 characters: 0, the cap and 2 decimals pass", () => {
    for (const v of [0, 10, 7.25]) expect(checkAfter(1000, 0, v)).toBe("");
  });
});

describe("the 畸高畸低 column's form", () => {
  test("fewer than 3 experts have no outliers: an empty text formula", () => {
    expect(outliersFormula(["E4", "F4"], ["甲", "乙"], "D4")).toBe(`""`);
    expect(outliersFormula(["E4", "F4", "G4"], ["甲", "乙", "丙"], "D4").startsWith("MID(")).toBe(
      true
    );
  });

  test("an expert's check says why unless told not to", () => {
    expect(expertCheckFormula("A.1.2", 10, "E4", "D4", "甲")).toBe(
      expertCheckFormula("A.1.2", 10, "E4", "D4", "甲", true)
    );
  });

  test("20 experts get the live formula; 21 get the merge's names as text", () => {
    const form = (n: number) => {
      const names = Array.from({ length: n }, (_, k) => `专家${k + 1}`);
      // The last expert loses 10 points on A.1.1 (5 points, 扣完为止) and A.1.2: 0 against the others' full marks.
      const { result, model } = consensusOf(groupOf(names, [...names.slice(1).map(() => 0), 10]));
      const cell = model.sheets
        .find((s) => s.name === "共识")!
        .cells.find(
          (c) =>
            c.row === itemRow(model, "共识", "A.1.1") &&
            c.col === headerCol(model, "共识", "畸高畸低")
        )!;
      return {
        content: cell.content,
        outliers: result.items.find((i) => i.id === "A.1.1")!.outliers,
      };
    };
    expect(form(20).content.kind).toBe("formula");
    expect(form(21)).toEqual({
      content: { kind: "text", text: "专家21" },
      outliers: ["专家21"],
    });
  });
});
