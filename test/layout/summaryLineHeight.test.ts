/**
 * 汇总's 被评单位 line is a formula in a row of fixed height (summaryLineHeight): tall enough for a 300-character unit
 * name, or for the name given if longer — with the date the line ends in. The boundary is worked out from the
 * layout's own wrap estimate (wrappedLines, 10 pt over A:F, 103 wide): a name of 370 full-width characters, the
 * evaluator left blank, ends its line on the 7th line with 「日期：0000-00-00」, as the 300-character room does
 * (7 lines of 14 pt + 4 = 102 pt); one more character pushes the date onto an 8th (116 pt). Without the date the
 * 371-character line still fits 7, so the row would clip the date once it is typed.
 */
import { summaryLineHeight } from "../../src/layout/summarySheet";

describe("summaryLineHeight", () => {
  it("holds a 300-character name at 7 lines, and any given name with its date", () => {
    expect(summaryLineHeight()).toBe(102);
    expect(summaryLineHeight({ organization: "单".repeat(370) })).toBe(102);
    expect(summaryLineHeight({ organization: "单".repeat(371) })).toBe(116);
  });

  it("stops at Excel's largest row height, 409 pt", () => {
    expect(summaryLineHeight({ organization: "单".repeat(5000) })).toBe(409);
  });
});
