/**
 * The hostile corpus: malformed and hostile inputs built from genuine scoresheets written by the repo's own writer,
 * one per kind the secretary may receive by email, each with the CLI call that meets it and what it must answer.
 * Used by test/hostile/hostile.test.ts (assertions) and scripts/bench.js (time and memory per case).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildScoresheet } from "../../src/layout";
import type { WorkbookIdentity } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { buildConsensusWorkbook, mergeExperts, readCandidate } from "../../src/merge";
import type { Evaluation } from "../../src/engine";
import { loadExample } from "../support/example";
import { deflated, manyEntries, unzip, zeroBomb, zip } from "../support/zip";
import { editXlsx, oleFile } from "./zipEdit";
import { moreCases } from "./corpusMore";

/** What the case builders share: where files go, the genuine bytes, and how a case is added. */
export interface CorpusContext {
  readonly at: (name: string) => string;
  readonly put: (name: string, content: Buffer | Uint8Array | string) => string;
  readonly exampleText: string;
  readonly genuineBytes: Buffer;
  readonly second: string;
  readonly folder: string;
  readonly folderXlsx: string;
  readonly cases: HostileCase[];
  readonly refuse: (
    id: string,
    file: string,
    says: RegExp,
    command?: string,
    code?: number
  ) => void;
}

export interface HostileCase {
  readonly id: string;
  /** The CLI arguments (paths absolute). */
  readonly argv: readonly string[];
  /** The exit code expected. */
  readonly code: number;
  /** What stderr must say (Chinese), beside naming the file. */
  readonly says?: RegExp;
  /** The file stderr must name (the refused input or output); none for a clean run. */
  readonly names?: string;
  /** Files that must be byte-identical after the run. */
  readonly inputs: readonly string[];
}

const identity = (k: number, kind: WorkbookIdentity["kind"] = "scoresheet"): WorkbookIdentity => ({
  workbookId: `hostile-${kind}-${k}`,
  createdAt: "2026-11-28T00:00:00Z",
  generator: "hostile corpus",
  kind,
});

function evaluation(evaluator: string): Evaluation {
  const e = loadExample();
  return { ...e, meta: { ...e.meta, evaluator } };
}

const CT_OVERRIDE =
  (part: string, type: string): ((old: string) => string) =>
  (old) =>
    old.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);

const REL =
  (type: string, target: string, external = false): ((old: string) => string) =>
  (old) =>
    old.replace(
      "</Relationships>",
      `<Relationship Id="rIdHostile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/></Relationships>`
    );

/** Builds every corpus file under `dir` and returns the cases. `hugeJsonMb` sizes the huge JSON (not committed). */
export async function buildCorpus(dir: string, hugeJsonMb = 30): Promise<HostileCase[]> {
  fs.mkdirSync(dir, { recursive: true });
  const at = (name: string): string => path.join(dir, name);
  const put = (name: string, content: Buffer | Uint8Array | string): string => {
    fs.writeFileSync(at(name), content);
    return at(name);
  };
  const genuineBytes = Buffer.from(
    await writeXlsx(buildScoresheet({ evaluation: evaluation("张三"), identity: identity(1) }))
  );
  const genuine = put("genuine.xlsx", genuineBytes);
  const second = put(
    "second.xlsx",
    await writeXlsx(buildScoresheet({ evaluation: evaluation("李四"), identity: identity(2) }))
  );
  const experts = [];
  for (const f of [genuine, second]) {
    const c = await readCandidate(f, fs.readFileSync(f));
    if (c.kind === "read") experts.push(c.expert);
  }
  const merged = mergeExperts(experts, "mean", "2026-11-28T00:00:00Z");
  const consensus = put(
    "consensus.xlsx",
    await writeXlsx(buildConsensusWorkbook(merged, identity(3, "consensus")))
  );
  const sheetXml = [...unzip(genuineBytes).keys()].find((n) => /worksheets\/sheet2\.xml$/.test(n))!;
  const edit = (name: string, edits: Parameters<typeof editXlsx>[1]): string =>
    put(name, editXlsx(genuineBytes, edits));
  const viaExcelJs = async (
    name: string,
    change: (wb: ExcelJS.Workbook) => void
  ): Promise<string> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      genuineBytes.buffer.slice(
        genuineBytes.byteOffset,
        genuineBytes.byteOffset + genuineBytes.byteLength
      )
    );
    change(wb);
    return put(name, Buffer.from(await wb.xlsx.writeBuffer()));
  };
  const example = JSON.parse(JSON.stringify(evaluation("王五"))) as Record<string, unknown>;
  const exampleText = JSON.stringify(example, null, 2);
  const folder = at("a-folder");
  fs.mkdirSync(folder, { recursive: true });
  const folderXlsx = at("folder.xlsx");
  fs.mkdirSync(folderXlsx, { recursive: true });

  const cases: HostileCase[] = [];
  const refuse = (id: string, file: string, says: RegExp, command = "score", code = 1): void =>
    void cases.push({
      id,
      argv: [command, file],
      code,
      says,
      names: path.basename(file),
      inputs: [file],
    });

  // A genuine file passes: the control case.
  cases.push({ id: "genuine scoresheet", argv: ["score", genuine], code: 0, inputs: [genuine] });
  // Not a file at all.
  for (const command of ["score", "export", "merge"])
    refuse(`a folder given to ${command}`, folder, /是一个文件夹/, command);
  cases.push({
    id: "a folder given to report",
    argv: ["report", folder, "-o", at("r.docx")],
    code: 1,
    says: /是一个文件夹/,
    names: "a-folder",
    inputs: [],
  });
  refuse("a missing file", at("nope.xlsx"), /文件不存在/);
  refuse("an empty file", put("empty.xlsx", ""), /文件是空的/);
  refuse("an empty JSON", put("empty.json", ""), /文件是空的/);
  // Other formats, by content whatever their names.
  refuse(
    "a text file renamed .xlsx",
    put("text.xlsx", "被评单位,总分\n示例,435\n"),
    /不是 \.xlsx 工作簿/
  );
  refuse(
    "a legacy .xls (BIFF8)",
    put("legacy.xls", oleFile(["Workbook", "\u0005SummaryInformation"])),
    /旧版 Excel 97-2003.*另存为/
  );
  refuse(
    "an .xls renamed .xlsx",
    put("legacy-renamed.xlsx", oleFile(["Workbook"])),
    /旧版 Excel 97-2003/
  );
  refuse("a WPS .et", put("wps.et", oleFile(["Workbook", "ETExtData"])), /WPS 表格文件（\.et）/);
  refuse(
    "an encrypted .xlsx",
    put("encrypted.xlsx", oleFile(["EncryptionInfo", "EncryptedPackage"])),
    /已加密/
  );
  refuse("a Word .doc", put("word.xlsx", oleFile(["WordDocument", "1Table"])), /Word 97-2003/);
  refuse(
    "an unreadable OLE file",
    put("broken-ole.xlsx", Buffer.concat([oleFile([]).subarray(0, 8), Buffer.alloc(504)])),
    /OLE 复合文档/
  );
  refuse(
    "an .ods",
    put(
      "sheet.ods",
      zip([
        {
          name: "mimetype",
          data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"),
          stored: true,
        },
        deflated("content.xml", "<office:document-content/>"),
      ])
    ),
    /OpenDocument 表格（\.ods）/
  );
  refuse(
    "a .docx",
    put(
      "report.xlsx",
      zip([
        deflated("[Content_Types].xml", "<Types/>"),
        deflated("word/document.xml", "<w:document/>"),
      ])
    ),
    /Word 文档（\.docx）/
  );
  refuse("a plain zip", put("archive.xlsx", zip([deflated("a.txt", "hello")])), /zip 压缩包/);
  refuse("a PDF", put("scan.xlsx", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n"), /PDF/);
  refuse(
    "random binary",
    put("noise.xlsx", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))),
    /二进制/
  );
  refuse(
    "an evaluation JSON given to export",
    put("e-for-export.json", exampleText),
    /评价 JSON 文件/,
    "export"
  );
  // Macros and containers made to harm.
  refuse(
    "a macro workbook (.xlsm)",
    edit("macro.xlsm", {
      "xl/vbaProject.bin": Buffer.from("vba"),
      "[Content_Types].xml": (t) => t.replace("sheet.main+xml", "sheet.macroEnabled.main+xml"),
    }),
    /含宏/
  );
  refuse(
    "an .xlsb",
    put(
      "binary.xlsb",
      zip([deflated("[Content_Types].xml", "<Types/>"), deflated("xl/workbook.bin", "bin")])
    ),
    /含宏/
  );
  refuse(
    "a zip bomb",
    put(
      "bomb.xlsx",
      zip([
        ...[...unzip(genuineBytes)].map(([n, c]) => deflated(n, c)),
        { name: "xl/media/zeros.bin", data: zeroBomb(1), size: 1000 },
      ])
    ),
    /解压后超过/
  );
  refuse(
    "100,000 zip entries",
    put("entries.xlsx", manyEntries(100000)),
    /100000 个部件，超过 2000/
  );
  refuse("path traversal entry", edit("traversal.xlsx", { "../../evil.txt": "x" }), /路径穿越/);
  refuse("absolute entry name", edit("absolute.xlsx", { "/etc/cron.d/evil": "x" }), /路径穿越/);
  refuse(
    "XXE entity",
    edit("xxe.xlsx", {
      [sheetXml]: (t) =>
        t.replace(/^<\?xml[^>]*\?>/, '$&<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
    }),
    /DOCTYPE/
  );
  const laughs = [
    '<!ENTITY a "ha">',
    ...Array.from(
      { length: 9 },
      (_, i) =>
        `<!ENTITY ${"b".repeat(i + 1)} "${`&${i === 0 ? "a" : "b".repeat(i)};`.repeat(10)}">`
    ),
  ].join("");
  refuse(
    "billion laughs",
    edit("laughs.xlsx", {
      "xl/workbook.xml": (t) => t.replace(/^<\?xml[^>]*\?>/, `$&<!DOCTYPE w [${laughs}]>`),
    }),
    /DOCTYPE/
  );
  refuse(
    "XML nested 100,000 deep",
    edit("deep-xml.xlsx", { "xl/deep.xml": "<a>".repeat(100000) + "</a>".repeat(100000) }),
    /嵌套超过 100 层/
  );
  // External content, wherever it lives.
  refuse(
    "external link (usual part)",
    edit("extlink.xlsx", { "xl/externalLinks/externalLink1.xml": "<externalLink/>" }),
    /外部工作簿链接/
  );
  refuse(
    "external link under another name",
    edit("extlink-moved.xlsx", {
      "xl/misc/book.xml":
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      "xl/misc/_rels/book.xml.rels":
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/other.xlsx" TargetMode="External"/></Relationships>',
      "xl/_rels/workbook.xml.rels": REL("externalLink", "misc/book.xml"),
      "[Content_Types].xml": CT_OVERRIDE(
        "xl/misc/book.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"
      ),
    }),
    /外部工作簿链接/
  );
  refuse(
    "linked OLE object",
    edit("ole-object.xlsx", {
      "xl/worksheets/_rels/sheet2.xml.rels":
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" Target="file:///C:/secret.docx" TargetMode="External"/></Relationships>',
    }),
    /OLE 对象/
  );
  refuse(
    "remote template",
    edit("template.xlsx", {
      "xl/_rels/workbook.xml.rels": REL("attachedTemplate", "https://example.invalid/t.xltx", true),
    }),
    /远程模板/
  );
  refuse(
    "data connection",
    edit("connection.xlsx", {
      "xl/connections.xml":
        '<connections><connection id="1" name="q"><dbPr connection="Provider=SQLOLEDB"/></connection></connections>',
      "[Content_Types].xml": CT_OVERRIDE(
        "xl/connections.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml"
      ),
    }),
    /数据连接/
  );
  refuse(
    "query table",
    edit("query.xlsx", { "xl/queryTables/queryTable1.xml": "<queryTable/>" }),
    /查询表/
  );
  // Workbooks that are not this scoresheet, or not any more.
  refuse(
    "a foreign workbook",
    put(
      "foreign.xlsx",
      await (async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Sheet1").getCell("A1").value = "总分";
        return Buffer.from(await wb.xlsx.writeBuffer());
      })()
    ),
    /不是 gridscore 生成的评分表/
  );
  refuse(
    "another template",
    await viaExcelJs("other-template.xlsx", (wb) =>
      wb.getWorksheet("_gridscore")!.eachRow((r) => {
        if (r.getCell(1).value === "fingerprint") r.getCell(2).value = "0000000000000000";
      })
    ),
    /模板不一致/
  );
  refuse(
    "a renamed sheet",
    await viaExcelJs("renamed.xlsx", (wb) => {
      wb.getWorksheet("A.3")!.name = "表三";
    }),
    /找不到|损坏/
  );
  refuse(
    "a deleted sheet",
    await viaExcelJs("deleted.xlsx", (wb) => wb.removeWorksheet(wb.getWorksheet("A.5")!.id)),
    /找不到/
  );
  refuse(
    "shifted rows (ids cleared)",
    await viaExcelJs("shifted.xlsx", (wb) => {
      const ws = wb.getWorksheet("A.2")!;
      ws.spliceRows(6, 2);
    }),
    /找不到|填写行/
  );
  refuse("a truncated workbook", put("truncated.xlsx", genuineBytes.subarray(0, 6000)), /损坏/);
  for (const command of ["score", "export", "merge"])
    refuse(`a consensus workbook given to ${command}`, consensus, /共识工作簿.*report/, command);
  moreCases(
    { at, put, exampleText, genuineBytes, second, folder, folderXlsx, cases, refuse },
    hugeJsonMb
  );
  return cases;
}
