/**
 * normaliseFormula (src/layout/formulaText.ts): one form for a formula whichever program saved it, so that the
 * formula-cell check (scoresheetFormulas.ts) notices a changed formula and does not flag the same formula as Excel or
 * LibreOffice writes it (README: Inputs, "Stale is not tampered"). Every variant is a row of its own, with its
 * expected output written by hand.
 */
import { normaliseFormula } from "../../src/layout/formulaText";

describe("normaliseFormula", () => {
  test.each<[string, string, string]>([
    ["a leading = is dropped", "=SUM(A1:A3)", "SUM(A1:A3)"],
    ["a formula without = is kept", "SUM(A1:A3)", "SUM(A1:A3)"],
    ["only the leading = goes: a comparison keeps its =", "A1=B1", "A1=B1"],
    ["an = after the leading one stays", "=A1=B1", "A1=B1"],
    ["$ of absolute references is dropped", "=SUM($A$1:B$2)+$C3", "SUM(A1:B2)+C3"],
    ["Excel's _xlfn. prefix is dropped", "_xlfn.IFERROR(A1,0)", "IFERROR(A1,0)"],
    ["the prefix in any case", "_XLFN.CONCAT(A1,_Xlfn.TEXTJOIN(B1))", "CONCAT(A1,TEXTJOIN(B1))"],
    ["implicit intersection @ is dropped", "=@A1:A3+SUM(@B2)", "A1:A3+SUM(B2)"],
    ["a quoted sheet name loses its quotes", "'A.1'!K4+'汇总'!C12", "A.1!K4+汇总!C12"],
    ["'' inside a quoted sheet name is one quote", "'O''Brien'!B2", "O'BRIEN!B2"],
    ["a quoted name with a space: quotes and space go", "'My Sheet'!A1", "MYSHEET!A1"],
    ["an unquoted sheet name is kept", "A.1!K4", "A.1!K4"],
    ["spaces between tokens go", "= IF( A1 > 0 , 1 , 0 )", "IF(A1>0,1,0)"],
    ["tabs and line breaks go", "IF(A1,\n\t1,\r\n0)", "IF(A1,1,0)"],
    ["lower case outside literals is raised", "=sum(a1:b2)+if(c1,1,0)", "SUM(A1:B2)+IF(C1,1,0)"],
    ['an empty literal "" stays', '=IF(A1="",1,0)', 'IF(A1="",1,0)'],
    [
      "text inside a string literal is kept as it is",
      "=IF(a1=\"a b $x @y _xlfn.z 's'!q\",1,0)",
      "IF(A1=\"a b $x @y _xlfn.z 's'!q\",1,0)",
    ],
    [
      "several literals: only the parts between them change",
      '=a1&" x "&$b$2&"=y"',
      'A1&" x "&B2&"=y"',
    ],
    ["a literal = at the start of a text stays", '="=a"', '"=a"'],
  ])("%s", (_name, formula, expected) => {
    expect(normaliseFormula(formula)).toBe(expected);
  });

  test("the layout's formula as Excel saves it, or lower-cased, is the same form; a changed status word or cell is not", () => {
    const layout =
      'ROUND(IF(IFERROR(I4&"","#")="不适用（满分）",D4,MIN(D4,MAX(0,D4-SUM(J4:J6)))),2)';
    const excel =
      '=_xlfn.ROUND(IF(IFERROR(@$I$4&"", "#") = "不适用（满分）", $D$4, MIN(D4, MAX(0, D4 - SUM(J4:J6)))), 2)';
    const lower =
      'round(if(iferror(i4&"","#")="不适用（满分）",d4,min(d4,max(0,d4-sum(j4:j6)))),2)';
    expect(normaliseFormula(excel)).toBe(normaliseFormula(layout));
    expect(normaliseFormula(lower)).toBe(normaliseFormula(layout));
    // A status word changed inside the literal, or a cell changed, is another formula.
    expect(normaliseFormula(layout.replace("不适用（满分）", "不适用"))).not.toBe(
      normaliseFormula(layout)
    );
    expect(normaliseFormula(layout.replace("J4:J6", "J4:J5"))).not.toBe(normaliseFormula(layout));
    // Case matters inside a literal: "a" and "A" are different texts to compare with.
    expect(normaliseFormula('IF(A1="a",1,0)')).not.toBe(normaliseFormula('IF(A1="A",1,0)'));
  });
});
