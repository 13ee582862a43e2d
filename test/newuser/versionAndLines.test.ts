/**
 * Review findings on what the CLI prints: `--version` names the program's version and the standard's edition; no
 * message leaks an internal code (kind=consensus, undefined, [object Object], JSON field names); every message is a
 * Chinese line followed by its English line, two spaces further in, with no Chinese in the English line but quoted
 * user data; console tables end a cut text with "…", counting wide characters as 2 columns.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { EXAMPLE_PATH } from "../support/example";
import { BUILT_IN_FINGERPRINT, STANDARD } from "../../src/standard";
import { fit, width } from "../../src/cli/render";
import { describeProblem } from "../../src/engine";
import type { Problem } from "../../src/engine";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-lines-"));
const at = (name: string) => path.join(dir, name);

/** A line without the user's data: quoted texts (「」 “” "") are the user's or the standard's, in any language. */
const unquoted = (line: string) => line.replace(/「[^」]*」|“[^”]*”|"[^"]*"/g, "");

/**
 * Every message printed is a Chinese line then its English line, indented two spaces more; the English line has
 * no Chinese outside quotes, and the Chinese line is not English only. Returns the pairs, for further checks.
 */
function pairs(err: string): [string, string][] {
  const lines = err.split("\n").filter((l) => l.trim() !== "");
  const out: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const zh = lines[i]!;
    const en = lines[i + 1] ?? "";
    const indent = /^ */.exec(zh)![0].length;
    expect([zh, CJK.test(unquoted(zh))]).toEqual([zh, true]);
    expect([
      en,
      en.startsWith(" ".repeat(indent + 2)) && !en.startsWith(" ".repeat(indent + 3)),
    ]).toEqual([en, true]);
    expect([en, CJK.test(unquoted(en))]).toEqual([en, false]);
    expect([en, /[A-Za-z]{3}/.test(en)]).toEqual([en, true]);
    out.push([zh, en]);
    i++;
  }
  return out;
}

/** Texts a user should never see. */
const LEAKS =
  /kind=|\bundefined\b|\[object Object\]|meta\.organization|meta\.evaluator|Subtotal_A\d|over10|over5/;

let consensus: string;

beforeAll(async () => {
  for (const name of ["a", "b"])
    expect(
      (await runCli(["new", at(`${name}.xlsx`), "--evaluator", name, "--organization", "示例市"]))
        .code
    ).toBe(0);
  consensus = at("consensus.xlsx");
  expect((await runCli(["merge", at("a.xlsx"), at("b.xlsx"), "-o", consensus])).code).toBe(0);
});

describe("gridscore --version", () => {
  const version = (
    JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

  test.each([["--version"], ["-V"], ["version"]])(
    "%s prints the version and the built-in edition",
    async (flag) => {
      const { code, out, err } = await runCli([flag]);
      expect(code).toBe(0);
      expect(err).toBe("");
      const lines = out.split("\n");
      expect(lines[0]).toBe(`gridscore ${version}`);
      expect(out).toContain(STANDARD.id);
      expect(out).toContain(BUILT_IN_FINGERPRINT);
      pairs(lines.slice(1).join("\n"));
    }
  );

  test("the usage lists it", async () => {
    const { out } = await runCli(["help"]);
    expect(out).toContain("gridscore --version | -V | version");
    expect((await runCli(["version", "extra"])).code).toBe(2);
  });
});

describe("messages say what a file is in words, never by an internal code", () => {
  test("a consensus workbook where a scoresheet is expected", async () => {
    const { code, err } = await runCli(["score", consensus]);
    expect(code).toBe(1);
    expect(err).not.toMatch(LEAKS);
    expect(err).toContain("这是评估组的共识工作簿");
    expect(err).toContain("this is the group's consensus workbook");
    pairs(err);
  });

  test("problems carrying codes or nothing are described in words", () => {
    const problems: Problem[] = [
      { code: "bad-format", found: undefined },
      { code: "bad-structure", path: "$.x", expected: "object" },
      {
        code: "unknown-level",
        itemId: "A.7.3",
        value: "x",
        allowed: ["national", "provincial", "none"],
      },
      { code: "text-too-long", field: "meta.organization", length: 40000, limit: 32767 },
      { code: "text-forbidden-char", field: "A.1.2.1 扣分说明", index: 0, codePoint: 1 },
      { code: "formula-overwritten", name: "Subtotal_A1", value: "60" },
      { code: "other-template", field: "layout", found: "", expected: "3" },
      { code: "not-xlsx", detail: "文本文件 / a text file" },
      { code: "not-a-remediation-plan" },
      { code: "consensus-workbook" },
    ];
    for (const p of problems) {
      const zh = describeProblem(p, "zh-CN");
      const en = describeProblem(p, "en-US");
      expect([p.code, zh]).not.toEqual([p.code, expect.stringMatching(LEAKS)]);
      expect([p.code, en]).not.toEqual([p.code, expect.stringMatching(LEAKS)]);
      expect([p.code, CJK.test(unquoted(en))]).toEqual([p.code, false]);
      expect([p.code, CJK.test(zh)]).toEqual([p.code, true]);
    }
    expect(describeProblem(problems[2]!, "zh-CN")).toContain(
      "国家级（10分）、省级（5分）、无（0分）"
    );
  });
});

describe("every failing command prints Chinese then English, line by line", () => {
  test("a roll-up of a folder with a broken file, a JSON that is not an evaluation and a renamed Word file", async () => {
    const folder = at("units");
    fs.mkdirSync(folder);
    fs.copyFileSync(EXAMPLE_PATH, path.join(folder, "ok.json"));
    fs.writeFileSync(path.join(folder, "bad.json"), '{"x": 1}');
    fs.writeFileSync(path.join(folder, "broken.xlsx"), Buffer.from("PK\x03\x04junk"));
    fs.writeFileSync(path.join(folder, "text.xlsx"), "hello\n");
    const { zipSync, strToU8 } = await import("fflate");
    fs.writeFileSync(
      path.join(folder, "word.xlsx"),
      zipSync({
        "[Content_Types].xml": strToU8("<Types/>"),
        "word/document.xml": strToU8("<w:document/>"),
      })
    );
    const { code, err } = await runCli(["rollup", folder]);
    expect(code).toBe(0);
    expect(err).not.toMatch(LEAKS);
    const printed = pairs(err);
    expect(printed.filter(([zh]) => zh.startsWith("未纳入汇总"))).toHaveLength(4);
  });

  test("new --plan with another organization, plan of a file with errors, score of a consensus", async () => {
    const plan = at("plan.json");
    fs.writeFileSync(
      plan,
      JSON.stringify({
        format: "gridscore-plan/1",
        organization: "乙区网格中心",
        level: "city",
        dates: { start: "2026-12-01", end: "2026-12-02" },
        members: [{ name: "甲", field: "标准化" }],
      })
    );
    const mismatch = await runCli(["new", at("p.xlsx"), "--plan", plan, "--organization", "甲区"]);
    expect(mismatch.code).toBe(1);
    // A plan of one member also warns of the group's size (4.2) first; the refusal is its own pair.
    const printed = pairs(mismatch.err);
    expect(printed[0]![0]).toContain("标准4.2要求一般为5–7人");
    const [zh, en] = printed.find(([z]) => z.includes("被评单位与评估方案不一致")) ?? ["", ""];
    expect(zh).toContain("被评单位与评估方案不一致");
    expect(en).toContain('the organization differs from the plan\'s: --organization gives "甲区"');
    expect(en).toContain('"乙区网格中心"');

    const json = at("wrong.json");
    fs.writeFileSync(
      json,
      JSON.stringify({ format: "gridscore-evaluation/1", meta: {}, items: { "A.9": {} } })
    );
    const planned = await runCli(["plan", json, "-o", at("plan.xlsx")]);
    expect(planned.code).toBe(1);
    expect(planned.err).not.toMatch(LEAKS);
    pairs(planned.err);

    const badPlan = at("badplan.json");
    fs.writeFileSync(badPlan, JSON.stringify({ organization: "甲", bogus: 1 }));
    const refused = await runCli(["new", at("q.xlsx"), "--plan", badPlan]);
    expect(refused.code).toBe(1);
    expect(refused.err).not.toMatch(LEAKS);
    pairs(refused.err);
  });
});

describe("console tables end a cut text with …", () => {
  test("fit counts wide characters as 2 columns and marks the cut", () => {
    expect(fit("abc", 10)).toBe("abc");
    expect(fit("有完善的组织机构图", 18)).toBe("有完善的组织机构图");
    expect(fit("有完善的组织机构图", 17)).toBe("有完善的组织机构…");
    expect(width(fit("有完善的组织机构图", 17))).toBe(17);
    expect(fit("有完善的组织机构图", 16)).toBe("有完善的组织机…");
    expect(width("–…%a")).toBe(4);
  });

  test("the roll-up's 内容 column: a long requirement ends in … and the columns stay aligned", async () => {
    const { code, out } = await runCli(["rollup", EXAMPLE_PATH]);
    expect(code).toBe(0);
    const table = out.slice(out.indexOf("编号"));
    const rows = table.split("\n").filter((l) => /^A\.\d/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    const texts = new Map<string, string>();
    for (const t of STANDARD.tables)
      for (const item of t.items) {
        texts.set(item.id, item.title);
        if (item.kind === "deduction") for (const l of item.lines) texts.set(l.id, l.requirement);
      }
    const header = table.split("\n")[0]!;
    const start = width(header.slice(0, header.indexOf("内容")));
    let cut = 0;
    for (const row of rows) {
      const id = row.split(" ")[0]!;
      const full = texts.get(id);
      const chars = [...row];
      let w = 0;
      let k = 0;
      while (k < chars.length && w < start) w += width(chars[k++]!);
      const cell = chars.slice(k).join("");
      expect(width(row) - width(cell)).toBe(start);
      if (full === undefined) continue;
      if (cell === full) continue;
      cut++;
      expect(cell.endsWith("…")).toBe(true);
      expect(full.startsWith(cell.slice(0, -1))).toBe(true);
      expect(width(cell)).toBeLessThanOrEqual(60);
    }
    expect(cut).toBeGreaterThan(0);
  });
});
