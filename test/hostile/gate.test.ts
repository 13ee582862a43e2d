/**
 * The input gate's pieces in-process: JSON decoding and depth, the streaming XML scan across chunk boundaries,
 * OLE classification, prototype-free parsing and the message of every refusal.
 */
import { describeProblem, parseEvaluation } from "../../src/engine";
import type { Problem } from "../../src/engine";
import { XmlScanner, classifyOle, jsonDepth, readJsonBytes } from "../../src/writers/input";
import { gb18030 } from "./corpusMore";
import { oleFile } from "./zipEdit";

describe("JSON bytes", () => {
  test("GB18030 is read with a warning, never with U+FFFD", () => {
    const r = readJsonBytes(gb18030('{"meta":{"evaluator":"张三"}}'));
    expect(r.ok && JSON.stringify(r.value)).toContain("张三");
    expect(r.ok && r.warnings).toEqual([{ code: "encoding-converted", encoding: "gb18030" }]);
  });

  test("UTF-16 with a BOM and UTF-8 with a BOM are read", () => {
    const text = '{"a":"网格"}';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ])
      expect(readJsonBytes(bytes)).toEqual({ ok: true, value: { a: "网格" }, warnings: [] });
  });

  test("depth is measured outside strings, and refused before JSON.parse", () => {
    expect(jsonDepth('{"a":"[[[[{{{{","b":[[1]]}', 64)).toBe(3);
    const deep = "[".repeat(100000) + "]".repeat(100000);
    expect(readJsonBytes(Buffer.from(deep))).toEqual({
      ok: false,
      problems: [{ code: "json-too-deep", limit: 64 }],
    });
  });

  test("size is refused before decoding", () => {
    const r = readJsonBytes(Buffer.alloc(11, 0x20), { maxBytes: 10, maxDepth: 64 });
    expect(r).toEqual({ ok: false, problems: [{ code: "too-large", size: 11, limit: 10 }] });
  });
});

describe("the streaming XML scan", () => {
  const scan = (chunks: string[], depth = 100): string => {
    const s = new XmlScanner(depth);
    for (const c of chunks) s.feed(Buffer.from(c));
    return s.result();
  };

  test("a DOCTYPE split across chunks is found; comments and CDATA are not DOCTYPEs", () => {
    expect(scan(['<?xml version="1.0"?><!DO', "CTYPE x><x/>"])).toBe("doctype");
    expect(scan(["<a><!-- <!DOCTYPE --><![CDATA[<!DOCTYPE]]></a>"])).toBe("ok");
  });

  test("nesting counts open tags only; self-closing and quoted '>' do not count", () => {
    expect(scan(['<a><b x="1>2"/><c></c></a>'], 2)).toBe("ok");
    expect(scan(["<a><b><c>"], 2)).toBe("too-deep");
  });
});

test("OLE files are told apart by their streams", () => {
  expect(classifyOle(oleFile(["EncryptionInfo", "EncryptedPackage"]))).toBe("encrypted");
  expect(classifyOle(oleFile(["Workbook"]))).toBe("xls");
  expect(classifyOle(oleFile(["Workbook", "ETExtData"]))).toBe("et");
  expect(classifyOle(oleFile(["Workbook"]), "表.et")).toBe("et");
  expect(classifyOle(oleFile(["WordDocument"]))).toBe("doc");
  expect(classifyOle(oleFile([]).subarray(0, 512))).toBe("ole");
});

test("__proto__ is reported like any unknown key, and constructor is no level", () => {
  const json: unknown = JSON.parse(
    '{"format":"gridscore-evaluation/1","meta":{"level":"constructor"},"items":{"__proto__":{}}}'
  );
  const parsed = parseEvaluation(json);
  expect(parsed.problems).toContainEqual(
    expect.objectContaining({ code: "bad-meta", field: "level" })
  );
  const ok = parseEvaluation(
    JSON.parse('{"format":"gridscore-evaluation/1","items":{"__proto__":{}}}')
  );
  expect(Object.keys(ok.evaluation!.items)).toEqual(["__proto__"]);
});

test("every refusal has a Chinese and an English message without undefined", () => {
  const samples: Problem[] = [
    { code: "not-a-file", what: "directory" },
    { code: "not-a-file", what: "unreadable", detail: "EACCES" },
    { code: "empty-file" },
    ...(
      [
        "xls",
        "et",
        "doc",
        "ole",
        "ods",
        "odf",
        "docx",
        "pptx",
        "zip",
        "pdf",
        "json",
        "workbook",
        "binary",
      ] as const
    ).map((kind): Problem => ({ code: "foreign-file", kind })),
    { code: "too-many-entries", count: 100000, limit: 2000 },
    { code: "unsafe-entry", entry: "../x" },
    { code: "xml-doctype", part: "xl/workbook.xml" },
    { code: "xml-too-deep", part: "xl/a.xml", limit: 100 },
    { code: "json-invalid", detail: "Unexpected end" },
    { code: "json-too-deep", limit: 64 },
    { code: "encoding-refused", encoding: "utf-16" },
    { code: "encoding-converted", encoding: "gb18030" },
    { code: "consensus-workbook" },
    { code: "external-links", kind: "data-connection", part: "xl/connections.xml" },
    { code: "external-links" },
    ...(["exists", "is-input", "is-directory", "folder-missing", "same-output"] as const).map(
      (reason): Problem => ({ code: "output-refused", reason, other: "a.xlsx" })
    ),
    { code: "merge-excluded", errors: 2 },
  ];
  for (const p of samples) {
    expect(describeProblem(p, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    expect(describeProblem(p, "en-US")).not.toMatch(/undefined|\{other\}/);
  }
});
