/**
 * The messages of src/engine/messages.ts for files the readers refuse or warn about (external content, paths that
 * are not files, foreign files, containers, JSON syntax, encodings, corrupt workbooks, refused outputs, other
 * templates) and a located problem's line, which the engine-rest part's other tests never produce. Where a
 * reader's detail comes in both languages ("中文 / English"), each line carries its own side only; a JSON syntax
 * error's position is told 1-based in Chinese (the parser counts from 0) and kept as the parser wrote it in
 * English.
 */
import { formatProblem } from "../../src/engine";
import type { LocatedProblem, Problem } from "../../src/engine";
import { both } from "../support/problemLines";

describe("external content: what, where and to what", () => {
  test.each<[Problem, string, string]>([
    [{ code: "external-links" }, "外部工作簿链接", "a link to another workbook"],
    [
      {
        code: "external-links",
        kind: "ole-object",
        part: "xl/embeddings/a.bin",
        target: "file:///c:/a.xls",
      },
      "嵌入或链接的 OLE 对象（xl/embeddings/a.bin，指向 file:///c:/a.xls）",
      "an embedded or linked OLE object (xl/embeddings/a.bin to file:///c:/a.xls)",
    ],
    [
      { code: "external-links", kind: "data-connection", part: "xl/connections.xml" },
      "数据连接（xl/connections.xml）",
      "a data connection (xl/connections.xml)",
    ],
    [
      { code: "external-links", kind: "remote-template", target: "http://x/t.dotx" },
      "远程模板，指向 http://x/t.dotx",
      "a remote template to http://x/t.dotx",
    ],
    [
      { code: "external-links", kind: "query-table" },
      "外部数据查询表",
      "an external-data query table",
    ],
    [
      { code: "external-links", kind: "external-target" },
      "指向外部的引用",
      "a reference to an outside target",
    ],
  ])("%p", (problem, zhWhat, enWhat) => {
    expect(both(problem)).toEqual([
      `工作簿含${zhWhat}，可能引用其他文件或网络的数据，已拒绝；请删除后另存再提交`,
      `the workbook contains ${enWhat}, which may pull data from elsewhere; refused: remove it and save again`,
    ]);
  });
});

describe("files refused before they are read", () => {
  test.each<[string, Problem, string, string]>([
    [
      "missing",
      { code: "not-a-file", what: "missing" },
      "文件不存在，请检查路径和文件名",
      "file not found; check the path and name",
    ],
    [
      "a folder",
      { code: "not-a-file", what: "directory" },
      "这是一个文件夹，不是文件；请给出文件夹中的文件（如 文件夹/*.xlsx）",
      "this is a folder, not a file; name the files in it (e.g. folder/*.xlsx)",
    ],
    [
      "a pipe, with a detail in one language",
      { code: "not-a-file", what: "special", detail: "FIFO" },
      "不是普通文件（设备、管道或套接字），未读取（FIFO）",
      "not a regular file (a device, pipe or socket); not read (FIFO)",
    ],
    [
      "unreadable, with a detail in both",
      { code: "not-a-file", what: "unreadable", detail: "没有权限 / permission denied" },
      "文件无法读取（权限不足？）（没有权限）",
      "the file cannot be read (permissions?) (permission denied)",
    ],
    [
      "empty",
      { code: "empty-file" },
      "文件是空的（0 字节），请重新导出或重新发送",
      "the file is empty (0 bytes); export or send it again",
    ],
    [
      "a workbook where a JSON is wanted: no prefix",
      { code: "foreign-file", kind: "workbook" },
      "是工作簿，此处需要评价 JSON；可先用 gridscore export 导出",
      "a workbook; an evaluation JSON is needed here: make one with gridscore export",
    ],
    [
      "a PDF",
      { code: "foreign-file", kind: "pdf" },
      "不是 .xlsx 工作簿：是 PDF 文件，无法读取其中的分数；请提交评分表工作簿（.xlsx）",
      "not an .xlsx workbook: a PDF, whose scores cannot be read; send the scoresheet workbook (.xlsx)",
    ],
    [
      "too many entries",
      { code: "too-many-entries", count: 10001, limit: 10000 },
      "压缩包内有 10001 个部件，超过 10000 个的上限，已停止读取（评分表只有几十个；可能是恶意文件）",
      "the container has 10001 entries, over the limit of 10000; reading stopped (a scoresheet has a few dozen; possibly malicious)",
    ],
    [
      "path traversal",
      { code: "unsafe-entry", entry: "../x.xml" },
      "压缩包内的部件名“../x.xml”含路径穿越或绝对路径，已拒绝（可能是恶意文件）",
      'the container entry name "../x.xml" escapes its folder (path traversal or absolute path); refused (possibly malicious)',
    ],
    [
      "a DOCTYPE",
      { code: "xml-doctype", part: "xl/workbook.xml" },
      "部件 xl/workbook.xml 含 DTD/实体声明（DOCTYPE），评分表不含此类内容，已拒绝（可能是 XXE 或“十亿笑声”攻击）",
      "part xl/workbook.xml declares a DTD or entities (DOCTYPE), which no scoresheet has; refused (possibly XXE or billion laughs)",
    ],
    [
      "XML too deep",
      { code: "xml-too-deep", part: "xl/styles.xml", limit: 256 },
      "部件 xl/styles.xml 的 XML 嵌套超过 256 层，已停止读取（可能是恶意文件）",
      "part xl/styles.xml nests XML deeper than 256 levels; reading stopped (possibly malicious)",
    ],
    [
      "JSON too deep",
      { code: "json-too-deep", limit: 64 },
      "JSON 嵌套超过 64 层，已拒绝（评价 JSON 最多 5 层；可能是恶意文件）",
      "the JSON nests deeper than 64 levels; refused (an evaluation JSON has at most 5; possibly malicious)",
    ],
    [
      "an unknown encoding",
      { code: "encoding-refused", encoding: "unknown" },
      "文件不是 UTF-8 编码（无法识别的编码），为免出现乱码已拒绝；请另存为 UTF-8 再提交",
      "the file is not UTF-8 (unrecognised encoding); refused rather than garbled: save it as UTF-8",
    ],
    [
      "UTF-16",
      { code: "encoding-refused", encoding: "utf-16" },
      "文件不是 UTF-8 编码（UTF-16），为免出现乱码已拒绝；请另存为 UTF-8 再提交",
      "the file is not UTF-8 (UTF-16); refused rather than garbled: save it as UTF-8",
    ],
    [
      "GB18030 read as such",
      { code: "encoding-converted", encoding: "gb18030" },
      "文件是 GB18030（GBK）编码，已按该编码读取；请核对姓名等中文内容，今后请另存为 UTF-8",
      "the file is GB18030 (GBK) encoded and was read as such; check the Chinese names, and save as UTF-8 in future",
    ],
    [
      "a consensus workbook",
      { code: "consensus-workbook" },
      "这是评估组的共识工作簿（由 gridscore merge 合并各专家评分表生成），不是专家评分表；score、export 和 merge 只接受专家评分表，共识工作簿请用 gridscore report 生成报告",
      "this is the group's consensus workbook (gridscore merge made it from the experts' scoresheets), not an expert's scoresheet; score, export and merge take scoresheets: use gridscore report for a consensus",
    ],
    [
      "not a remediation plan",
      { code: "not-a-remediation-plan" },
      "这不是 gridscore plan 生成的整改台账（找不到整改台账的识别信息）；请用 gridscore plan 生成整改台账，填写后再使用",
      "this is not a remediation plan made by gridscore plan (it does not carry a plan's identity): make one with gridscore plan and fill it in",
    ],
    [
      "two units",
      { code: "different-units", before: "甲市", after: "乙市" },
      "两次评估的被评单位不同（之前：甲市；之后：乙市），请确认比较的是同一单位",
      "the two evaluations name different units (before: 甲市; after: 乙市): check they are the same unit",
    ],
    [
      "merge excluded",
      { code: "merge-excluded", errors: 3 },
      "有 3 个错误，按 --skip-invalid 未计入本次合并",
      "3 error(s): left out of this merge (--skip-invalid)",
    ],
    [
      "not a scoresheet",
      { code: "not-a-scoresheet" },
      "不是 gridscore 生成的评分表（缺少识别信息）",
      "not a gridscore scoresheet (its identity sheet is missing)",
    ],
  ])("%s", (_, problem, zh, en) => {
    expect(both(problem)).toEqual([zh, en]);
  });
});

describe("outputs refused, with the other file or without", () => {
  test.each<[Problem, string, string]>([
    [
      { code: "output-refused", reason: "exists" },
      "输出文件已存在，未覆盖（要覆盖请加 --force）",
      "the output file exists and was not overwritten (use --force)",
    ],
    [
      { code: "output-refused", reason: "is-input", other: "a.xlsx" },
      "输出与输入 a.xlsx 是同一个文件（含链接、别名或大小写不同的写法），绝不覆盖输入",
      "the output is the same file as the input a.xlsx (a link, alias or other spelling); an input is never overwritten",
    ],
    [
      { code: "output-refused", reason: "folder-missing" },
      "输出所在的文件夹  不存在，请先建立",
      "the output's folder  does not exist; create it first",
    ],
    [
      { code: "output-refused", reason: "same-output", other: "r.docx" },
      "两个输出指向同一个文件 r.docx",
      "two outputs name the same file r.docx",
    ],
  ])("%p", (problem, zh, en) => {
    expect(both(problem)).toEqual([zh, en]);
  });
});

describe("a JSON syntax error: where, in Chinese", () => {
  test.each<[string, string]>([
    ["Unexpected end of JSON input", "内容在结束前中断，缺少括号或引号"],
    ["unexpected END OF JSON INPUT at position 3", "内容在结束前中断，缺少括号或引号"],
    ["Unexpected token } in JSON at position 35", "第 36 个字符处有语法错误"],
    ["Expected ',' or '}' in JSON at position 0", "第 1 个字符处有语法错误"],
    ["Bad control character in JSON at position 9 (line 2 column 4)", "第 2 行第 4 列有语法错误"],
    ["Unexpected token 'x', \"x\" is not valid JSON", "语法错误"],
  ])("%s", (detail, where) => {
    expect(both({ code: "json-invalid", detail })).toEqual([
      `不是有效的 JSON（${where}）；请用 gridscore export 重新导出，或检查括号和引号`,
      `not valid JSON (${detail}); export it again with gridscore export, or check brackets and quotes`,
    ]);
  });
});

describe("a corrupt workbook: the reader's detail in Chinese", () => {
  test.each<[string, string, string]>([
    [
      "no end of central directory",
      "缺少 zip 的中央目录，文件不完整，可能只传了一部分",
      "no end of central directory",
    ],
    ["no expert columns", "共识工作簿中没有专家列", "no expert columns"],
    ["defined name Total is missing", "缺少定义名称 Total", "defined name Total is missing"],
    ["defined name Total", "defined name Total", "defined name Total"],
    ["unknown merge method median", "未知的共识方法 median", "unknown merge method median"],
    ["entry xl/workbook.xml", "部件 xl/workbook.xml 无法解压", "entry xl/workbook.xml"],
    ["bad entry x", "bad entry x", "bad entry x"],
    ["invalid zip data", "invalid zip data", "invalid zip data"],
    ["共享字符串缺失 / shared strings missing", "共享字符串缺失", "shared strings missing"],
  ])("%s", (detail, zhDetail, enDetail) => {
    expect(both({ code: "corrupt", detail })).toEqual([
      `工作簿已损坏，无法读取（${zhDetail}）；请重新保存或重新发送`,
      `the workbook is corrupt and cannot be read (${enDetail}); save or send it again`,
    ]);
  });
});

describe("another template: layout, standard", () => {
  test.each<[string, string, string, string]>([
    [
      "layout",
      "",
      "评分表模板不一致：此工作簿的布局版本为 （空），本程序读写的是 2；它可能由另一版本的 gridscore 生成，请用同一版本的 gridscore 读取或重新生成评分表",
      "made from another template: this workbook's layout version is (none), this program's 2; another version of gridscore may have made it: read it with that version or make the scoresheet again",
    ],
    [
      "layout",
      "9",
      "评分表模板不一致：此工作簿的布局版本为 9，本程序读写的是 2；它可能由另一版本的 gridscore 生成，请用同一版本的 gridscore 读取或重新生成评分表",
      "made from another template: this workbook's layout version is 9, this program's 2; another version of gridscore may have made it: read it with that version or make the scoresheet again",
    ],
    [
      "standard",
      "",
      "评分表模板不一致：此工作簿记录的标准编号为 （空），应为 2",
      "made from another template: this workbook records the standard (none), expected 2",
    ],
    [
      "standard",
      "GB/T 1",
      "评分表模板不一致：此工作簿记录的标准编号为 GB/T 1，应为 2",
      "made from another template: this workbook records the standard GB/T 1, expected 2",
    ],
  ])("%s found %p", (field, found, zh, en) => {
    expect(both({ code: "other-template", field, found, expected: "2" })).toEqual([zh, en]);
  });
});

describe("a located problem's line: severity, file, sheet, cell", () => {
  test.each<[LocatedProblem, string, string]>([
    [
      { code: "empty-file", where: { file: "a.xlsx", cell: "B2" } },
      "错误：文件 a.xlsx，单元格 B2：文件是空的（0 字节），请重新导出或重新发送",
      "error: file a.xlsx, cell B2: the file is empty (0 bytes); export or send it again",
    ],
    [
      { code: "merge-excluded", errors: 2, where: { sheet: "A.1" } },
      "提示：工作表 A.1：有 2 个错误，按 --skip-invalid 未计入本次合并",
      "warning: sheet A.1: 2 error(s): left out of this merge (--skip-invalid)",
    ],
    [
      { code: "merge-excluded", errors: 1, where: {} },
      "提示：有 1 个错误，按 --skip-invalid 未计入本次合并",
      "warning: 1 error(s): left out of this merge (--skip-invalid)",
    ],
  ])("%p", (problem, zh, en) => {
    expect([formatProblem(problem, "zh-CN"), formatProblem(problem, "en-US")]).toEqual([zh, en]);
  });
});
