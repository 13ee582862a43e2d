/**
 * A table sheet's header row (src/layout/tableColumns.ts): the printed Appendix A table's own headings first
 * (评价项目, 评价内容, 评价要求, the table's 得分 or 分值 as the standard prints it, 扣分标准), then the columns the
 * workbook adds for entering and checking, and the two hidden id columns.
 */
import { buildScoresheet } from "../../src/layout";
import { COL, HEADER_ROW } from "../../src/layout/tableColumns";
import { STANDARD } from "../../src/standard";

const identity = { workbookId: "-", createdAt: "-", generator: "-", kind: "scoresheet" } as const;

describe("every table sheet's header row", () => {
  it.each(STANDARD.tables.map((t) => [t.id, t.scoreHeader] as const))(
    "%s: the printed headings, then the workbook's, in the columns COL names",
    (id, scoreHeader) => {
      const sheet = buildScoresheet({ identity }).sheets.find((s) => s.name === id)!;
      const expected: Record<keyof typeof COL, string> = {
        project: "评价项目",
        content: "评价内容",
        requirement: "评价要求",
        cap: scoreHeader,
        rule: "扣分标准",
        limit: "上限",
        input: "扣分/填写",
        note: "扣分说明",
        status: "状态",
        counted: "计入扣分",
        score: "实得分",
        check: "检查",
        id: "编号",
        itemId: "项目编号",
      };
      for (const [key, header] of Object.entries(expected)) {
        const col = COL[key as keyof typeof COL];
        const cell = sheet.cells.find((c) => c.row === HEADER_ROW && c.col === col);
        expect([key, cell?.content]).toEqual([key, { kind: "text", text: header }]);
        expect([key, sheet.columns[col]?.header]).toEqual([key, header]);
      }
      // The id columns are hidden; the rest are seen.
      expect(sheet.columns.map((c, col) => (c.hidden ? col : -1)).filter((c) => c >= 0)).toEqual([
        COL.id,
        COL.itemId,
      ]);
    }
  );
});
