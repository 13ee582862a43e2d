/**
 * A new user's finding 2: `gridscore migrate` listed internal codes (status na, level provincial, kind-changed
 * rate → deduction, maxDeduction) and ended without saying what to do next.
 */
import * as path from "path";
import { migrationText } from "../../src/engine/editionMessages";
import { EXAMPLE, ROOT, runCli, tmpDir } from "../followup/support";

const INVENTED = path.join(ROOT, "test", "fixtures", "editions", "test-invented-2027.json");

describe("migrate's listing in words", () => {
  test.each([
    [
      { id: "A.2.2", what: "status", value: "na" },
      "A.2.2 状态 不适用：已迁移 / A.2.2 status not applicable: carried",
    ],
    [
      { id: "A.3.3", what: "status", value: "absent" },
      "A.3.3 状态 应有未有：已迁移 / A.3.3 status required but missing: carried",
    ],
    [
      { id: "A.7.3", what: "level", value: "provincial" },
      "A.7.3 等级 省级：已迁移 / A.7.3 level provincial: carried",
    ],
    [
      { id: "A.7.4", what: "level", value: "over10" },
      "A.7.4 等级 提高10%以上：已迁移 / A.7.4 level over 10% better: carried",
    ],
    [
      { id: "A.7.1", what: "value", value: "92.5" },
      "A.7.1 百分比 92.5%：已迁移 / A.7.1 percentage 92.5%: carried",
    ],
  ] as const)("%j", (entry, text) => {
    expect(migrationText(entry, true)).toBe(text);
  });

  test("a kind changed names both kinds in words and says to enter it again", () => {
    const text = migrationText(
      {
        id: "A.1.4.4",
        what: "rate",
        value: "45%",
        reason: { code: "kind-changed", from: "rate", to: "deduction" },
      },
      false
    );
    expect(text).toBe(
      "A.1.4.4 完成率 45%：未迁移，新版本此处改为填写扣分（原为完成率（%））；请在新工作簿中按新要求重新填写 / A.1.4.4 rate 45%: not carried, the target takes a deduction here (was a completion rate (%)): enter it again as the new edition asks"
    );
  });

  test("a changed line names what changed in words", () => {
    const text = migrationText(
      {
        id: "A.2.1.1",
        what: "deduction",
        value: "2",
        reason: { code: "line-changed", fields: ["maxDeduction 6→5", "requirement", "rule"] },
      },
      true
    );
    expect(text).toContain("新版本本行有变化（本行最多扣分 6→5，评价要求，扣分标准），请复核");
    expect(text).toContain("(the line's maximum 6→5, the requirement, the rule), please review");
    expect(text).not.toContain("maxDeduction");
  });

  test("a level the target lacks is named in words", () => {
    const text = migrationText(
      {
        id: "A.7.3",
        what: "level",
        value: "municipal",
        reason: { code: "level-missing", level: "municipal" },
      },
      false
    );
    expect(text).toContain("新版本中没有等级“地（市）级”；请在新工作簿中选择新版本的等级");
  });

  test("the CLI's listing has no status or level code and ends with what to do next", async () => {
    const dir = tmpDir();
    const old = path.join(dir, "old.xlsx");
    const next = path.join(dir, "new.xlsx");
    expect((await runCli(["new", old, "--inputs", EXAMPLE])).code).toBe(0);
    const run = await runCli(["migrate", old, "--to", INVENTED, "-o", next]);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(/状态 (na|absent)|等级 (provincial|over10)|status (na|absent)\b/);
    expect(run.out).toContain("A.2.2 状态 不适用：已迁移");
    expect(run.out).toContain("A.7.1 百分比 92.5%：已迁移");
    const last = run.out.trimEnd().split("\n").pop();
    expect(last).toBe(
      `下一步 / next: 打开 ${next}，核对迁移结果，填写新增的评价内容；然后运行 gridscore score ${next} --standard ${INVENTED} 校验计分 / open ${next}, check what was carried and fill in the new items; then run gridscore score ${next} --standard ${INVENTED} to check and score it`
    );
    // The step it advises works.
    expect((await runCli(["score", next, "--standard", INVENTED])).code).toBe(0);
  });
});
