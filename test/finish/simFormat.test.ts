/**
 * The preview's simulator shows numbers as Excel would under the workbook's formats (issue 11): a date cell as
 * a date, not the serial 46354; 得分率 (0.0%) and rate inputs (0.0#%) as percents.
 */
import { formatValueText } from "../../src/sim/cell-values";

describe("the simulator's number formats", () => {
  it("shows a date serial under yyyy-mm-dd as the date", () => {
    expect(formatValueText(46354, "yyyy-mm-dd")).toBe("2026-11-28");
    expect(formatValueText(46355, 'yyyy"年"m"月"d"日"')).toBe("2026年11月29日");
  });
  it("shows 得分率 as a percent with one decimal", () => {
    expect(formatValueText(0.9166666667, "0.0%")).toBe("91.7%");
  });
  it("shows rate inputs with optional second decimal", () => {
    expect(formatValueText(0.92, "0.0#%")).toBe("92.0%");
    expect(formatValueText(0.9225, "0.0#%")).toBe("92.25%");
    expect(formatValueText(5, "0.##")).toBe("5");
  });
  it('shows nothing under ";;;", the hidden id columns\' format, for text, numbers and zero', () => {
    expect(formatValueText("group.member.1", ";;;")).toBe("");
    expect(formatValueText(1, ";;;")).toBe("");
    expect(formatValueText(0, ";;;")).toBe("");
    expect(formatValueText(-2, ";;;")).toBe("");
    expect(formatValueText(-2, "0.00;-0.00")).toBe("-2.00");
  });
});
