/**
 * A plan copy whose recorded plan (hidden identity sheet `plan` / `planData`) cannot be read back is never taken for
 * a copy made without a plan: every command that reads it names the record at file, sheet and cell, in Chinese and
 * English, and refuses (exit 1). Export, merge, report, plan, compare, rollup and new --from write nothing; migrate,
 * which never carries a plan, names it and writes. No input is ever written to. Table-driven over the kinds of
 * damage in test/support/planRecord.ts.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BUILT_IN_EDITION, activateEdition } from "../../src/standard";
import { writeXlsx } from "../../src/writers/xlsx";
import { runCli } from "../support/cli";
import { COMMON_WORDS, CORRUPTIONS, damaged, planCopy, planDataCell } from "../support/planRecord";

// migrate leaves its target edition active in this process: every test starts from the built-in one.
afterEach(() => activateEdition(BUILT_IN_EDITION));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-plan-record-"));
const sha = (f: string): string =>
  crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

/** Writes the damaged copy (and a sound second copy of the same plan) into a fresh folder. */
async function files(damage: (typeof CORRUPTIONS)[number][1]) {
  const at = fs.mkdtempSync(path.join(dir, "case-"));
  const model = planCopy("甲");
  const bad = path.join(at, "甲.xlsx");
  fs.writeFileSync(bad, await writeXlsx(damaged(model, damage)));
  const sound = path.join(at, "乙.xlsx");
  fs.writeFileSync(sound, await writeXlsx(planCopy("乙")));
  return { at, bad, sound, cell: planDataCell(model), before: sha(bad) };
}

/** The command lines tested, each with the file it must not write (if any). */
const PATHS: readonly (readonly [
  string,
  (f: { at: string; bad: string; sound: string }) => { argv: string[]; out?: string },
])[] = [
  ["score", (f) => ({ argv: ["score", f.bad] })],
  ["export", (f) => ({ argv: ["export", f.bad, "-o", path.join(f.at, "e.json")], out: "e.json" })],
  [
    "merge",
    (f) => ({ argv: ["merge", f.bad, f.sound, "-o", path.join(f.at, "c.xlsx")], out: "c.xlsx" }),
  ],
  ["report", (f) => ({ argv: ["report", f.bad, "-o", path.join(f.at, "r.docx")], out: "r.docx" })],
  [
    "plan (整改台账)",
    (f) => ({ argv: ["plan", f.bad, "-o", path.join(f.at, "p.xlsx")], out: "p.xlsx" }),
  ],
  [
    "compare",
    (f) => ({
      argv: ["compare", f.bad, f.sound, "-o", path.join(f.at, "c.docx")],
      out: "c.docx",
    }),
  ],
  ["rollup", (f) => ({ argv: ["rollup", f.bad, "-o", path.join(f.at, "r.xlsx")], out: "r.xlsx" })],
  [
    "new --from",
    (f) => ({ argv: ["new", path.join(f.at, "n.xlsx"), "--from", f.bad], out: "n.xlsx" }),
  ],
];

const CASES = PATHS.flatMap(([command, args]) =>
  CORRUPTIONS.map(([label, damage, , zh, en]) => [command, label, args, damage, zh, en] as const)
);

describe("a corrupt plan record is named and refused by every command", () => {
  test.each(CASES)("%s, %s", async (command, _label, args, damage, zh, en) => {
    const f = await files(damage);
    const { argv, out } = args(f);
    const r = await runCli(argv);
    expect(r.code).toBe(1);
    // Named at file, sheet and cell, what is wrong, and what to do, in both languages.
    expect(r.err).toContain(`错误：文件 ${f.bad}，工作表 _gridscore，单元格 ${f.cell}：`);
    expect(r.err).toContain(`error: file ${f.bad}, sheet _gridscore, cell ${f.cell}: `);
    expect(r.err).toContain(COMMON_WORDS[0]);
    expect(r.err).toContain(COMMON_WORDS[1]);
    expect(r.err).toContain(zh);
    expect(r.err).toContain(en);
    expect(r.err).toContain("请改用发出时的评分表副本");
    expect(r.err).toContain("Use the copy as it was sent");
    // Nothing written, and the input as it was.
    if (out) expect(fs.existsSync(path.join(f.at, out))).toBe(false);
    expect(sha(f.bad)).toBe(f.before);
  });

  test("export says why nothing was written, in both languages", async () => {
    const f = await files(CORRUPTIONS[0]![1]);
    const r = await runCli(["export", f.bad, "-o", path.join(f.at, "e.json")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`错误：${f.bad} 记录的评估方案无法读取，未写出评价 JSON`);
    expect(r.err).toContain(`error: ${f.bad}'s recorded plan cannot be read; nothing written`);
    expect(r.out).toBe("");
  });

  test.each(CORRUPTIONS)(
    "migrate, which never carries a plan, names the record beside its not-carried line: %s",
    async (_label, damage, _defect, zh, en) => {
      const f = await files(damage);
      const edition = path.join(__dirname, "..", "fixtures", "editions", "test-invented-2027.json");
      const out = path.join(f.at, "m.xlsx");
      const r = await runCli(["migrate", f.bad, "--to", edition, "-o", out]);
      expect(r.err).toContain(`错误：文件 ${f.bad}，工作表 _gridscore，单元格 ${f.cell}：`);
      expect(r.err).toContain(zh);
      expect(r.err).toContain(en);
      expect(r.out).toContain("未迁移 / not carried: 评估方案");
      expect(sha(f.bad)).toBe(f.before);
    }
  );

  test("a sound copy of the same plan still exports with its plan", async () => {
    const f = await files(CORRUPTIONS[0]![1]);
    const json = path.join(f.at, "e.json");
    const r = await runCli(["export", f.sound, "-o", json]);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("无法读取");
    const exported = JSON.parse(fs.readFileSync(json, "utf8")) as { groupPlan?: unknown };
    expect(exported.groupPlan).toMatchObject({ data: { notApplicable: [{ item: "A.3.3" }] } });
  });
});
