/**
 * @jest-environment jsdom
 *
 * The pane's 对比 section makes the re-evaluation scoresheet as `new --from` does, and refuses it for the same
 * 评估组 rows (test/followup/fromGroupRefused.test.ts): an earlier workbook with a row holding a unit but no name is
 * named at its cell, and no re-evaluation scoresheet is offered; the comparison itself is still made.
 */
import "./browserGlobals";
import * as path from "path";
import { COMPARE_STRINGS } from "../../src/taskpane/components/ComparePanel";
import { EXAMPLE, loadWorkbook, runCli, tmpDir } from "../followup/support";
import { buttonByText, text } from "./dom";
import { fileOf, openCompare, unmountCompare } from "./compareSupport";

afterEach(unmountCompare);

const c = COMPARE_STRINGS["zh-CN"];
const dir = tmpDir();

/** A scoresheet whose 评估组 row 1 (sheet row 4) holds a unit but no name, or a name too when `named`. */
async function earlier(name: string, named: boolean): Promise<string> {
  const file = path.join(dir, name);
  expect((await runCli(["new", file, "--organization", "示例市网格化服务管理中心"])).code).toBe(0);
  const wb = await loadWorkbook(file);
  const row = wb.getWorksheet("评估组")!.getRow(4);
  row.getCell(4).value = "市标准化研究院";
  if (named) row.getCell(2).value = "李四";
  await wb.xlsx.writeFile(file);
  return file;
}

describe("the re-evaluation scoresheet from the pane refuses the 评估组 rows new --from refuses", () => {
  test("a row with a unit but no name: named at B4, no re-evaluation scoresheet, still compared", async () => {
    const file = await earlier("earlier.xlsx", false);
    await openCompare(fileOf(file, "earlier.xlsx"), fileOf(EXAMPLE, "after.json"));
    const message = text(document.querySelector('[data-testid="compare-message-before"]'));
    expect(message).toContain(c.groupNotCarried("earlier.xlsx", 1));
    expect(message).toContain(
      "文件 earlier.xlsx，工作表 评估组，单元格 B4：此行填写了工作单位“市标准化研究院”，但没有姓名，不计为评估组成员；请填写姓名，或清空此行"
    );
    expect(buttonByText(c.next).disabled).toBe(true);
    expect(document.querySelector('[data-testid="compare-result"]')).not.toBeNull();
  });

  test("the name typed: no message, the re-evaluation scoresheet is offered", async () => {
    const file = await earlier("named.xlsx", true);
    await openCompare(fileOf(file, "named.xlsx"), fileOf(EXAMPLE, "after.json"));
    expect(document.querySelector('[data-testid="compare-message-before"]')).toBeNull();
    expect(buttonByText(c.next).disabled).toBe(false);
  });
});
