/**
 * The hostile corpus, continued: evaluation JSON in every encoding and made to harm, outputs that would destroy an
 * input (exit 3 before any work), and merges with bad files.
 */
import * as fs from "fs";
import * as path from "path";
import type { CorpusContext } from "./corpus";

/** Adds the JSON, output and merge cases to ctx.cases. `hugeJsonMb` sizes the huge JSON (made in tmp, never committed). */
export function moreCases(ctx: CorpusContext, hugeJsonMb = 30): void {
  const { at, put, exampleText, genuineBytes, second, folder, folderXlsx, cases, refuse } = ctx;
  // Evaluation JSON in every encoding, and made to harm.
  cases.push({
    id: "GBK JSON (decoded with a warning)",
    argv: ["score", put("gbk.json", gb18030(exampleText))],
    code: 0,
    says: /GB18030.*已按该编码读取/,
    names: "gbk.json",
    inputs: [at("gbk.json")],
  });
  cases.push({
    id: "UTF-8 JSON with BOM",
    argv: [
      "score",
      put("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exampleText)])),
    ],
    code: 0,
    inputs: [at("bom.json")],
  });
  cases.push({
    id: "UTF-16 JSON with BOM",
    argv: [
      "score",
      put(
        "utf16.json",
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(exampleText, "utf16le")])
      ),
    ],
    code: 0,
    inputs: [at("utf16.json")],
  });
  refuse(
    "JSON in an unknown encoding",
    put(
      "latin.json",
      Buffer.from(
        '{"format":"gridscore-evaluation/1","meta":{"evaluator":"J\xfcrgen \xff\xfe"}}',
        "latin1"
      )
    ),
    /不是 UTF-8 编码/
  );
  refuse(
    "JSON nested 100,000 deep in meta",
    put(
      "deep.json",
      `{"format":"gridscore-evaluation/1","meta":{"organization":${"[".repeat(100000)}${"]".repeat(100000)}}}`
    ),
    /嵌套超过 64 层/
  );
  refuse(
    "huge JSON",
    put(
      "huge.json",
      `{"format":"gridscore-evaluation/1","meta":{"organization":"${"网".repeat((hugeJsonMb * 1024 * 1024) / 3)}"}}`
    ),
    /文件过大/
  );
  refuse(
    "__proto__ under items",
    put(
      "proto-items.json",
      '{"format":"gridscore-evaluation/1","items":{"__proto__":{"status":"na"}}}'
    ),
    /未知的评价内容编号 __proto__/
  );
  refuse(
    "__proto__ under lines",
    put(
      "proto-lines.json",
      '{"format":"gridscore-evaluation/1","items":{"A.1.2":{"lines":{"__proto__":2}}}}'
    ),
    /没有编号为 __proto__/
  );
  refuse(
    "__proto__ under notes",
    put(
      "proto-notes.json",
      '{"format":"gridscore-evaluation/1","items":{"A.1.2":{"notes":{"__proto__":"x"}}}}'
    ),
    /__proto__/
  );
  refuse(
    "__proto__ in meta",
    put(
      "proto-meta.json",
      '{"format":"gridscore-evaluation/1","meta":{"__proto__":{"level":"city"}}}'
    ),
    /元数据 __proto__/
  );
  refuse(
    "constructor as a level",
    put("ctor-level.json", '{"format":"gridscore-evaluation/1","meta":{"level":"constructor"}}'),
    /元数据 level/
  );
  refuse(
    "broken JSON",
    put("broken.json", '{"format": "gridscore-evaluation/1", '),
    /不是有效的 JSON/
  );
  // Outputs that would destroy an input: refused with exit 3 before any work.
  const victim = put("victim.xlsx", genuineBytes);
  const other = put("other.xlsx", fs.readFileSync(second));
  fs.symlinkSync(victim, at("alias.xlsx"));
  fs.linkSync(victim, at("hardlink.xlsx"));
  const outCase = (id: string, argv: string[], names: string, says: RegExp): void =>
    void cases.push({ id, argv, code: 3, says, names, inputs: [victim, other] });
  outCase(
    "merge output symlinked to an input",
    ["merge", victim, other, "-o", at("alias.xlsx"), "--force"],
    "alias.xlsx",
    /是同一个文件/
  );
  outCase(
    "merge output hard-linked to an input",
    ["merge", victim, other, "-o", at("hardlink.xlsx"), "--force"],
    "hardlink.xlsx",
    /是同一个文件/
  );
  outCase(
    "export output spelled ./ of its input",
    [
      "export",
      victim,
      "-o",
      `${path.dirname(victim)}/./../${path.basename(path.dirname(victim))}/victim.xlsx`,
      "--force",
    ],
    "victim.xlsx",
    /是同一个文件/
  );
  outCase(
    "merge over an existing output",
    ["merge", victim, other, "-o", other],
    "other.xlsx",
    /是同一个文件/
  );
  const existing = put("existing.xlsx", "keep");
  cases.push({
    id: "merge output exists (no --force)",
    argv: ["merge", victim, other, "-o", existing],
    code: 3,
    says: /已存在/,
    names: "existing.xlsx",
    inputs: [victim, other, existing],
  });
  outCase(
    "output in a missing folder",
    ["merge", victim, other, "-o", at("no/such/dir/c.xlsx")],
    "c.xlsx",
    /文件夹.*不存在/
  );
  outCase(
    "output is a folder",
    ["merge", victim, other, "-o", folderXlsx],
    "folder.xlsx",
    /是一个文件夹/
  );
  outCase(
    "report output is its input",
    ["report", victim, "-o", at("r.docx"), "--sheet", at("alias.xlsx"), "--force"],
    "alias.xlsx",
    /是同一个文件/
  );
  // Merging with bad files: every problem in one pass; --skip-invalid merges the rest and says what it left out.
  const bad = [at("sheet.ods"), at("gbk.json"), at("proto-items.json"), folder];
  cases.push({
    id: "merge with bad files lists each",
    argv: ["merge", victim, other, ...bad],
    code: 1,
    says: /sheet\.ods[^\n]*OpenDocument[\s\S]*proto-items\.json[\s\S]*a-folder/,
    names: "sheet.ods",
    inputs: [victim, other, ...bad.slice(0, 3)],
  });
  cases.push({
    id: "merge --skip-invalid",
    argv: ["merge", victim, other, at("sheet.ods"), at("proto-items.json"), "--skip-invalid"],
    code: 0,
    says: /未计入合并的文件（2/,
    names: "sheet.ods",
    inputs: [victim, other],
  });
}

/** Encodes text as GB18030 for the characters the example uses (Node has a decoder but no encoder). */
export function gb18030(text: string): Buffer {
  const table = new Map<string, Buffer>();
  const decoder = new TextDecoder("gb18030");
  // Build the reverse table from the two-byte GBK range once: 0x81–0xFE lead, 0x40–0xFE trail.
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Buffer.from([lead, trail]));
      if (!table.has(ch)) table.set(ch, Buffer.from([lead, trail]));
    }
  return Buffer.concat(
    [...text].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return Buffer.from(ch, "latin1");
      const b = table.get(ch);
      if (!b) throw new Error(`gb18030: no two-byte code for ${ch}`);
      return b;
    })
  );
}
