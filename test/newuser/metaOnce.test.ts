/**
 * A wrong metadata value in an evaluation JSON is reported once, in words: the parser's line names the field, the
 * value and what is allowed (a level or role by its name and its code); the schema's line for the same path was a
 * second report of the same mistake, and is left out. Other schema failures are still reported with their rule.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";

const EXAMPLE = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "examples", "evaluation.json"), "utf8")
) as { meta: Record<string, unknown>; items: Record<string, unknown> };

async function scoreWith(edit: (e: typeof EXAMPLE) => void) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-meta-once-"));
  const e = structuredClone(EXAMPLE);
  edit(e);
  const file = path.join(dir, "评价.json");
  fs.writeFileSync(file, JSON.stringify(e));
  try {
    return { file, ...(await runCli(["score", file])) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("a level that is not a level: one error, naming the levels and their codes", async () => {
  const r = await scoreWith((e) => (e.meta.level = "省"));
  expect(r.code).toBe(1);
  const errors = r.err.split("\n").filter((l) => l.startsWith("错误"));
  expect(errors).toEqual([
    `错误：文件 ${r.file}：元数据 level 的值 "省" 无效（允许：省辖市（city）、县（市、区）（county）、乡（镇、街道）（township）、村（社区/居）（village））`,
  ]);
  expect(r.err).toContain(
    'meta field level has invalid value "省" (allowed: City (provincial-administered) (city), County (city, district) (county), Township (town, subdistrict) (township), Village (community) (village))'
  );
  expect(r.err).not.toContain("JSON Schema");
});

test("a role that is not a role: one error, naming the roles", async () => {
  const r = await scoreWith((e) => (e.meta.role = "组长"));
  expect(r.code).toBe(1);
  const errors = r.err.split("\n").filter((l) => l.startsWith("错误"));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain("（允许：评估专家（expert）、自我评价（self））");
});

test("a structural failure is reported once, by the schema's line with its rule", async () => {
  const r = await scoreWith((e) => ((e as unknown as Record<string, unknown>).extra = 1));
  expect(r.code).toBe(1);
  const errors = r.err.split("\n").filter((l) => l.startsWith("错误"));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain("$.extra");
  expect(errors[0]).toContain("JSON Schema evaluation-1.schema.json#/additionalProperties");
});
