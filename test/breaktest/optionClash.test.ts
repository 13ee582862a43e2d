/**
 * `new --inputs` / `new --from` with an option naming what the file already records: a different value is
 * refused naming both (nothing written), the same value is accepted, a value the file lacks is used.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsxScoresheet } from "../../src/writers/xlsx";
import { EXAMPLE, runCli, tmpDir, writeJson } from "../followup/support";

const ORG = "示例市网格化服务管理中心";

async function metaOf(file: string): Promise<Record<string, unknown>> {
  const r = await readXlsxScoresheet(fs.readFileSync(file), file);
  if (!r.ok) throw new Error(`${file} unreadable`);
  return { ...r.sheet.evaluation.meta };
}

describe("new --inputs against --organization and --evaluator", () => {
  test("a different --organization is refused, naming both values and what to do", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "out.xlsx");
    const r = await runCli(["new", out, "--inputs", EXAMPLE, "--organization", "X"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `错误：被评单位不一致：--organization 为 “X”，--inputs ${EXAMPLE} 中为“${ORG}”；未写入任何文件。请去掉 --organization，或改为“${ORG}”，或删去该文件中的 meta.organization 后再用它预填`
    );
    expect(r.err).toContain(
      `error: the organization differs: --organization gives "X", --inputs ${EXAMPLE} records "${ORG}"; nothing was written. Leave out --organization, or give "${ORG}"`
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  test("the same organization is accepted, and one the file lacks is used", async () => {
    const dir = tmpDir();
    const same = path.join(dir, "same.xlsx");
    const r = await runCli(["new", same, "--inputs", EXAMPLE, "--organization", ` ${ORG} `]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect((await metaOf(same)).organization).toBe(ORG);
    const bare = writeJson(dir, "bare.json", {
      format: "gridscore-evaluation/1",
      meta: { evaluator: "张三" },
      items: {},
    });
    const filled = path.join(dir, "filled.xlsx");
    const f = await runCli(["new", filled, "--inputs", bare, "--organization", "甲区中心"]);
    expect(f.code).toBe(0);
    expect(await metaOf(filled)).toEqual({ organization: "甲区中心", evaluator: "张三" });
  });

  test("a different --evaluator is refused (each one named); the file's own evaluator is accepted", async () => {
    const dir = tmpDir();
    const r = await runCli([
      "new",
      path.join(dir, "g.xlsx"),
      "--inputs",
      EXAMPLE,
      "--evaluator",
      "张三",
      "--evaluator",
      "李四",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("评估人不一致：--evaluator 为 “李四”");
    expect(r.err).toContain(`中为“张三”`);
    expect(r.err).toContain("删去该文件中的 meta.evaluator");
    expect(r.err).toContain('the evaluator differs: --evaluator gives "李四"');
    expect(fs.readdirSync(dir)).toEqual([]);
    const own = path.join(dir, "own.xlsx");
    expect((await runCli(["new", own, "--inputs", EXAMPLE, "--evaluator", "张三"])).code).toBe(0);
    expect((await metaOf(own)).evaluator).toBe("张三");
  });
});

describe("new --from against --organization", () => {
  test("a different --organization is refused; the same one is accepted", async () => {
    const dir = tmpDir();
    const previous = path.join(dir, "previous.xlsx");
    expect((await runCli(["new", previous, "--inputs", EXAMPLE])).code).toBe(0);
    const next = path.join(dir, "next.xlsx");
    const r = await runCli(["new", next, "--from", previous, "--organization", "乙区中心"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `错误：被评单位不一致：--organization 为 “乙区中心”，--from ${previous} 中为“${ORG}”；未写入任何文件。请去掉 --organization，或改为“${ORG}”\n`
    );
    expect(r.err).not.toContain("meta.organization");
    expect(fs.existsSync(next)).toBe(false);
    const ok = await runCli(["new", next, "--from", previous, "--organization", ORG]);
    expect(ok.code).toBe(0);
    expect((await metaOf(next)).organization).toBe(ORG);
  });
});

describe("new --inputs --plan: the plan's members against the JSON's evaluator", () => {
  test("one copy per member would each carry 张三's inputs: refused, naming the members; --evaluator 张三 is accepted", async () => {
    const dir = tmpDir();
    const plan = writeJson(dir, "plan.json", {
      format: "gridscore-plan/1",
      organization: ORG,
      level: "city",
      members: [{ name: "甲" }, { name: "张三" }],
    });
    const r = await runCli(["new", path.join(dir, "p.xlsx"), "--inputs", EXAMPLE, "--plan", plan]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `错误：评估人不一致：评估方案 ${plan} 的成员 “甲” 各得一份，--inputs ${EXAMPLE} 中为“张三”；未写入任何文件。请用 --evaluator “张三” 只生成此人的一份，或删去该文件中的 meta.evaluator 后再用它预填`
    );
    expect(r.err).toContain(
      `error: the evaluator differs: the plan ${plan} gives a copy to each of its members "甲", --inputs ${EXAMPLE} records "张三"; nothing was written.`
    );
    expect(fs.readdirSync(dir).sort()).toEqual(["plan.json"]);
    const own = path.join(dir, "own.xlsx");
    const ok = await runCli([
      "new",
      own,
      "--inputs",
      EXAMPLE,
      "--plan",
      plan,
      "--evaluator",
      "张三",
    ]);
    // The plan's two members also draw 4.2's group-size warning (5–7), and nothing else.
    expect(ok.err).toBe(
      `提示：文件 ${plan}：评估组有 2 位专家，标准4.2要求一般为5–7人\n  warning: file ${plan}: the group has 2 experts; 4.2 says 5–7 as a rule\n`
    );
    expect(ok.code).toBe(0);
    expect(await metaOf(own)).toMatchObject({ evaluator: "张三", organization: ORG });
  });
});
