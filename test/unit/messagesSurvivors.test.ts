/**
 * The messages of src/engine/messages.ts that engine-rest's mutation run (source of 048fa4f) left unchecked: the
 * English line of the scoring, reader and merge problems (earlier tests only asked for some Chinese in it and no
 * "undefined"), both lines of the problems whose case a mutant could drop into the next one, and the helpers that
 * turn a reader's bilingual detail, a JSON syntax error, a corrupt workbook's detail, an expected JSON type, a
 * field, a defined name or an expert count into words. Each expected text is written out from its template with
 * the standard's words: A.1.1「标准化方针、目标」, line A.1.1.1「有组织方针、符合组织实际」, rule 没有方针扣2分;
 * A.1.2「组织机构图有职责划分」; A.1.7 (cap 10); A.7.1「服务质量」; A.7.3「品牌效应」.
 */
import { EVALUATION_FORMAT, textProblems } from "../../src/engine";
import type { Problem } from "../../src/engine";
import { both } from "../support/problemLines";

const A11 = "A.1.1「标准化方针、目标」";
const A111 = `${A11} A.1.1.1「有组织方针、符合组织实际」（扣分标准：没有方针扣2分）`;
const A111_EN = `${A11} A.1.1.1「有组织方针、符合组织实际」（rule: 没有方针扣2分）`;
const A12 = "A.1.2「组织机构图有职责划分」";
const A17 = "A.1.7「建立满足组织需求的网格化治理标准体系」";
const A71 = "A.7.1「服务质量」";

describe("the scoring problems, both lines", () => {
  test.each<[Problem, string, string]>([
    [
      { code: "unknown-item", itemId: "A.9.9" },
      "未知的评价内容编号 A.9.9（附录A中没有此项）",
      "unknown item id A.9.9 (not in Appendix A)",
    ],
    [
      { code: "unknown-line", itemId: "A.1.2", lineId: "A.1.2.9" },
      `${A12} 没有编号为 A.1.2.9 的评价要求`,
      `${A12} has no requirement line A.1.2.9`,
    ],
    [
      { code: "line-of-other-item", itemId: "A.1.2", lineId: "A.1.3.1", ownerId: "A.1.3" },
      `A.1.3.1 属于 A.1.3，不属于 ${A12}`,
      `A.1.3.1 belongs to A.1.3, not to ${A12}`,
    ],
    [
      { code: "not-a-number", itemId: "A.1.1", lineId: "A.1.1.1", value: true },
      `${A111}：true 不是数字`,
      `${A111_EN}: true is not a number`,
    ],
    [
      { code: "negative", itemId: "A.1.1", lineId: "A.1.1.1", value: -1 },
      `${A111}：不能为负数（-1）`,
      `${A111_EN}: must not be negative (-1)`,
    ],
    [
      { code: "percent-out-of-range", itemId: "A.7.1", value: 120 },
      `${A71}：百分比 120% 超出 0%–100% 范围；请改填 0%–100% 之间的百分数，如 92.5%`,
      `${A71}: the percentage 120% is outside 0%–100%; enter a percent within 0%–100%, e.g. 92.5%`,
    ],
    [
      { code: "missing-row", itemId: "A.1.1", lineId: "A.1.1.1" },
      `工作簿中找不到 ${A111} 的填写行（行被删除或编号被改动）`,
      `the workbook has no input row for ${A111_EN} (row deleted or id changed)`,
    ],
    [
      { code: "duplicate-row", itemId: "A.1.1" },
      `工作簿中 ${A11} 的填写行出现了不止一次`,
      `the workbook has more than one input row for ${A11}`,
    ],
    [
      { code: "beyond-cap", itemId: "A.1.7", deduction: 13, cap: 10 },
      `${A17}：扣分合计 13 超过本项分值 10，按7.3扣完为止，本项得0分`,
      `${A17}: deductions total 13, beyond the item's cap of 10; by 7.3 the item scores 0`,
    ],
    [
      { code: "missing-note", itemId: "A.1.1", lineId: "A.1.1.1" },
      `${A111}：有扣分但未填写扣分说明`,
      `${A111_EN}: deduction without a note`,
    ],
    [
      { code: "missing-value", itemId: "A.7.1" },
      `${A71}：未填写，本项暂按0分计`,
      `${A71}: no value entered; the item scores 0 until a value is entered`,
    ],
    [
      { code: "number-as-text", itemId: "A.1.1", lineId: "A.1.1.1", value: "2 分" },
      `${A111}："2 分" 是文本，不是数字，工作簿和本工具都按0计；请删除后直接输入数字（不带空格、全角字符或单位）`,
      `${A111_EN}: "2 分" is text, not a number; the workbook and gridscore both count 0. Delete it and type the number (no spaces, full-width characters or units)`,
    ],
    [
      // A value typed with quotes is quoted once more as it is, not escaped as JSON would (\"2\").
      { code: "number-as-text", itemId: "A.1.1", lineId: "A.1.1.1", value: '"2"' },
      `${A111}：""2"" 是文本，不是数字，工作簿和本工具都按0计；请删除后直接输入数字（不带空格、全角字符或单位）`,
      `${A111_EN}: ""2"" is text, not a number; the workbook and gridscore both count 0. Delete it and type the number (no spaces, full-width characters or units)`,
    ],
    [
      {
        code: "unknown-level",
        itemId: "A.7.3",
        value: "galactic",
        allowed: ["national", "provincial", "municipal", "none"],
      },
      'A.7.3「品牌效应」：等级 "galactic" 无效（允许：国家级（10分）、省级（5分）、地（市）级（3分）、无（0分）；评价 JSON 中依次写 national / provincial / municipal / none）',
      'A.7.3「品牌效应」: level "galactic" is invalid (allowed: 「国家级（10分）」 national (10 points), 「省级（5分）」 provincial (5 points), 「地（市）级（3分）」 prefecture-level (3 points), 「无（0分）」 none (0); in an evaluation JSON: national / provincial / municipal / none)',
    ],
  ])("%p", (problem, zh, en) => {
    expect(both(problem)).toEqual([zh, en]);
  });
});

describe("the file and merge problems, both lines", () => {
  test.each<[Problem, string, string]>([
    [
      { code: "file-unreadable", reason: "EACCES: permission denied" },
      "无法读取文件：EACCES: permission denied",
      "cannot read the file: EACCES: permission denied",
    ],
    [
      { code: "encrypted" },
      "工作簿已加密（设置了打开密码），请去掉密码后再提交",
      "the workbook is encrypted (has an open password); remove it and send it again",
    ],
    [
      { code: "too-large", size: 60000000, limit: 52428800 },
      "文件过大：60000000 字节，上限 52428800 字节",
      "file too large: 60000000 bytes, limit 52428800",
    ],
    [
      { code: "zip-bomb", limit: 209715200 },
      "文件解压后超过 209715200 字节的上限，已停止读取（可能是恶意文件）",
      "the file inflates beyond the 209715200-byte limit; reading stopped (possibly malicious)",
    ],
    [
      { code: "macro-workbook" },
      "工作簿含宏（.xlsm/.xlsb），评分表不应含宏，已拒绝",
      "the workbook contains macros (.xlsm/.xlsb); a scoresheet has none, so it is refused",
    ],
    [
      { code: "cached-mismatch", name: "Subtotal_A1", cached: 30, recomputed: 28 },
      "工作簿保存时未重新计算：表A.1小计 保存的结果为 30，公式完好，按填写内容重新计算为 28，已按重算结果计分；请在 Excel 中按 F9 或打开自动计算后保存",
      "the workbook was saved without recalculation: table A.1's subtotal was saved as 30; its formula is intact and recomputes to 28 from the inputs, which is what counts. Recalculate (F9) and save",
    ],
    [
      // A defined name that only ends like a subtotal's is shown as it is.
      { code: "formula-changed", name: "Consensus_Subtotal_A1", found: "=SUM(1)" },
      'Consensus_Subtotal_A1 的公式被改动（现为 "=SUM(1)"）',
      'the formula of Consensus_Subtotal_A1 was changed (now "=SUM(1)")',
    ],
    [{ code: "no-inputs" }, "没有可合并的评分表", "no scoresheets to merge"],
    [
      { code: "missing-evaluator" },
      "评分表未填写评估人姓名（说明页“评估人”），无法确认是哪位专家的评分",
      "the scoresheet names no evaluator (cover sheet), so it cannot be attributed",
    ],
    [
      { code: "duplicate-workbook", other: "张三.xlsx" },
      "与 张三.xlsx 是同一份工作簿（工作簿编号或内容相同）",
      "the same workbook as 张三.xlsx (same workbook id or content)",
    ],
    [
      { code: "duplicate-evaluator", evaluator: "张三", other: "张三-2.xlsx" },
      "评估人“张三”与 张三-2.xlsx 重复",
      'evaluator "张三" also made 张三-2.xlsx',
    ],
    [
      { code: "trimmed-fallback", experts: 3 },
      "只有 3 位专家，不足5位，去掉最高最低分的截尾平均改用算术平均",
      "only 3 experts (fewer than 5): the trimmed mean falls back to the mean",
    ],
    [
      { code: "trimmed-fallback", experts: 1 },
      "只有 1 位专家，不足5位，去掉最高最低分的截尾平均改用算术平均",
      "only 1 expert (fewer than 5): the trimmed mean falls back to the mean",
    ],
    [
      { code: "group-size", experts: 4 },
      "评估组有 4 位专家，标准4.2要求一般为5–7人",
      "the group has 4 experts; 4.2 says 5–7 as a rule",
    ],
  ])("%p", (problem, zh, en) => {
    expect(both(problem)).toEqual([zh, en]);
  });
});

describe("a reader's detail in both languages: each line takes its own side", () => {
  test.each<[string, string, string]>([
    // The Chinese side starts with Latin letters and ends with a part name, not a Chinese character.
    [
      "zip 包内缺少 xl/workbook.xml / no xl/workbook.xml in the zip",
      "zip 包内缺少 xl/workbook.xml",
      "no xl/workbook.xml in the zip",
    ],
    // A bracketed remark goes on both lines.
    [
      "文件头无效 / bad file header [offset 0]",
      "文件头无效 [offset 0]",
      "bad file header [offset 0]",
    ],
  ])("%s", (detail, zh, en) => {
    expect(both({ code: "not-xlsx", detail })).toEqual([
      `不是 .xlsx 工作簿（${zh}）`,
      `not an .xlsx workbook (${en})`,
    ]);
  });
});

describe("what a JSON place should hold, in words", () => {
  test("an item's fields, each in words where it has some", () => {
    expect(
      both({
        code: "bad-structure",
        path: '$.items["A.1.1"].x',
        expected: "status | lines | notes | value | level",
      })
    ).toEqual([
      '$.items["A.1.1"].x：应为 状态 | lines | notes | 百分比（按档得分） | 等级',
      '$.items["A.1.1"].x: expected a status | lines | notes | a percentage (scored by tiers) | a level',
    ]);
  });

  test("a JSON Schema rule after the type stays as it is", () => {
    const rule = " [JSON Schema evaluation-2.schema.json#/properties/items/type]";
    expect(both({ code: "bad-structure", path: "$.items", expected: `object${rule}` })).toEqual([
      `$.items：应为 对象（{ … }）${rule}`,
      `$.items: expected an object ({ … })${rule}`,
    ]);
  });
});

describe("a JSON syntax error with a line and column of two digits", () => {
  test("line 12, column 15", () => {
    const detail =
      "Expected ',' or '}' after property value in JSON at position 250 (line 12 column 15)";
    expect(both({ code: "json-invalid", detail })).toEqual([
      "不是有效的 JSON（第 12 行第 15 列有语法错误）；请用 gridscore export 重新导出，或检查括号和引号",
      `not valid JSON (${detail}); export it again with gridscore export, or check brackets and quotes`,
    ]);
  });
});

describe("a corrupt workbook's detail that only contains a known one is shown as it is", () => {
  test.each<[string, string]>([
    ["workbook: defined name Total is missing", "workbook: defined name Total is missing"],
    [
      "defined name Total is missing from xl/workbook.xml",
      "defined name Total is missing from xl/workbook.xml",
    ],
    ["bad unknown merge method median", "bad unknown merge method median"],
    // A method or an entry name read from the file may hold a line break: the known detail is one line.
    ["unknown merge method median\nmean", "unknown merge method median\nmean"],
    ["entry xl/a.xml\nxl/b.xml", "entry xl/a.xml\nxl/b.xml"],
    // The known ones, for contrast.
    ["unknown merge method median", "未知的共识方法 median"],
    ["defined name Total is missing", "缺少定义名称 Total"],
  ])("%p", (detail, zh) => {
    expect(both({ code: "corrupt", detail })).toEqual([
      `工作簿已损坏，无法读取（${zh}）；请重新保存或重新发送`,
      `the workbook is corrupt and cannot be read (${detail}); save or send it again`,
    ]);
  });
});

describe("a note's field named by a key that is not one id", () => {
  test.each<[string, string]>([
    ["A.1.1.1 第2条", "A.1.1.1 第2条 扣分说明"],
    ["A.1.1.1 扣分说明（续）", "A.1.1.1 扣分说明（续） 扣分说明"],
  ])("%p: the field as it is, on both lines", (key, field) => {
    const problems = textProblems({
      format: EVALUATION_FORMAT,
      meta: {},
      items: { "A.1.1": { notes: { [key]: "a\u0007" } } },
    });
    expect(problems.map((p) => both(p))).toEqual([
      [
        `${field}：第 2 个字符 U+0007 是工作簿不能保存的控制字符；请删除后再写入`,
        `${field}: character 2 (U+0007) is a control character no workbook can hold; remove it`,
      ],
    ]);
  });
});
