/**
 * What the .xlsx writer adds to ExcelJS's output (issue 11): the vertical page breaks of a sheet printed in
 * bands, where ECMA-376 puts them, and the default font (Arial 10) that sets the unit of column widths.
 */
import { strFromU8, unzipSync } from "fflate";
import { SheetBuilder, text } from "../../src/layout/builder";
import { STYLES } from "../../src/layout/styles";
import type { WorkbookModel } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { colBreaksXml, withDefaultFont } from "../../src/writers/xlsx/packageFixes";

async function written(banded: boolean): Promise<Record<string, string>> {
  const wide = new SheetBuilder("宽表", "report", [
    { header: "a", width: 150 },
    { header: "b", width: 150, bandStart: banded },
  ]);
  wide.set(0, 0, text("甲"), "text").set(0, 1, text("乙"), "text");
  wide.print = { orientation: "landscape", fitToWidth: true, footer: "第 &P 页" };
  // A data bar's rule carries its own extLst: the breaks must not go in there.
  wide.highlight({
    kind: "dataBar",
    range: { row: 0, col: 0, rows: 1, cols: 1 },
    color: "#5B9BD5",
    min: 0,
    max: 10,
  });
  const plain = new SheetBuilder("窄表", "report", [{ header: "a", width: 10 }]);
  plain.set(0, 0, text("丙"), "text");
  plain.print = { orientation: "portrait", fitToWidth: true };
  const model: WorkbookModel = {
    sheets: [plain.build(), wide.build()],
    names: [],
    styles: STYLES,
    properties: { title: "t", subject: "s", creator: "c", keywords: "k" },
  };
  const files = unzipSync(await writeXlsx(model));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

describe("package fixes", () => {
  it("writes the bands' break after the header and footer, in the banded sheet only", async () => {
    const files = await written(true);
    const wide = files["xl/worksheets/sheet2.xml"]!;
    expect(wide).toContain(
      '</headerFooter><colBreaks count="1" manualBreakCount="1"><brk id="1" max="1048575" man="1"/></colBreaks>'
    );
    expect(wide).toMatch(
      /<pageSetup [^>]*pageOrder="overThenDown"[^>]*scale="89"|scale="89"[^>]*pageOrder/
    );
    expect(wide).not.toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    expect(files["xl/worksheets/sheet1.xml"]).not.toContain("colBreaks");
    expect(files["xl/worksheets/sheet1.xml"]).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
  });

  it("writes no break when the sheet has no column to cut at (fitted, however small)", async () => {
    const files = await written(false);
    expect(files["xl/worksheets/sheet2.xml"]).not.toContain("colBreaks");
  });

  it("makes Arial 10 the default font; the cells keep 宋体", async () => {
    const styles = (await written(true))["xl/styles.xml"]!;
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1]!;
    expect(
      fonts.startsWith('<font><sz val="10"/><name val="Arial"/><family val="2"/></font>')
    ).toBe(true);
    expect(fonts).not.toContain("Calibri");
    expect(fonts).toContain('<name val="宋体"/>');
  });

  it.each([
    ["replaces only the first font", '<fonts count="2"><font><b/></font><font><i/></font></fonts>'],
  ])("withDefaultFont %s", (_n, xml) => {
    expect(withDefaultFont(xml)).toBe(
      '<fonts count="2"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><i/></font></fonts>'
    );
  });

  it("counts a break's id as the columns left of it (ECMA-376 18.3.1.14)", () => {
    expect(colBreaksXml([3, 17])).toBe(
      '<colBreaks count="2" manualBreakCount="2"><brk id="3" max="1048575" man="1"/><brk id="17" max="1048575" man="1"/></colBreaks>'
    );
  });
});
