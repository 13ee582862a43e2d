/**
 * src/engine/editionMessages.ts beyond what the engine-rest part's other tests reach: every reason of
 * `gridscore migrate`'s listing, a value shown as the workbook shows it (a status or level by its short name, a
 * percentage with %, a note cut at 40 characters), a changed line's fields in words, the next steps with and
 * without entries to check, a workbook of another edition (known, or to be given with --standard, with and
 * without the edition's name) and the two other kinds of gridscore workbook. Texts written out from the
 * documented contract of each function (README: Editions).
 */
import { describeProblem } from "../../src/engine";
import type { Problem } from "../../src/engine";
import {
  editionMismatch,
  migrationNextSteps,
  migrationText,
} from "../../src/engine/editionMessages";
import type { MigrationEntry } from "../../src/engine/migrate";

type OtherTemplate = Extract<Problem, { code: "other-template" }>;

describe("an entry's value as the workbook shows it", () => {
  test.each<[MigrationEntry, string]>([
    [
      { id: "A.1.1", what: "status", value: "na" },
      "A.1.1 状态 不适用：已迁移 / A.1.1 status not applicable: carried",
    ],
    [
      { id: "A.1.1", what: "status", value: "absent" },
      "A.1.1 状态 应有未有：已迁移 / A.1.1 status required but missing: carried",
    ],
    [
      { id: "A.1.1", what: "status", value: "n/a" },
      "A.1.1 状态 n/a：已迁移 / A.1.1 status n/a: carried",
    ],
    [
      { id: "A.7.3", what: "level", value: "provincial" },
      "A.7.3 等级 省级：已迁移 / A.7.3 level provincial: carried",
    ],
    [
      { id: "A.7.3", what: "level", value: "省级" },
      "A.7.3 等级 省级：已迁移 / A.7.3 level 省级: carried",
    ],
    [
      { id: "A.7.1", what: "value", value: "92.5" },
      "A.7.1 百分比 92.5%：已迁移 / A.7.1 percentage 92.5%: carried",
    ],
    [
      { id: "A.7.1", what: "value", value: "-3" },
      "A.7.1 百分比 -3%：已迁移 / A.7.1 percentage -3%: carried",
    ],
    [
      { id: "A.7.1", what: "value", value: "95%" },
      "A.7.1 百分比 95%：已迁移 / A.7.1 percentage 95%: carried",
    ],
    [
      { id: "A.7.1", what: "value", value: "9." },
      "A.7.1 百分比 9.：已迁移 / A.7.1 percentage 9.: carried",
    ],
    [
      { id: "A.7.1", what: "value", value: "x92" },
      "A.7.1 百分比 x92：已迁移 / A.7.1 percentage x92: carried",
    ],
    [
      { id: "A.1.1.1", what: "deduction", value: "2" },
      "A.1.1.1 扣分 2：已迁移 / A.1.1.1 deduction 2: carried",
    ],
    [
      { id: "A.1.4.4", what: "rate", value: "85%" },
      "A.1.4.4 完成率 85%：已迁移 / A.1.4.4 rate 85%: carried",
    ],
    [
      { id: "A.1.1.1", what: "note", value: "说".repeat(40) },
      `A.1.1.1 说明 ${"说".repeat(40)}：已迁移 / A.1.1.1 note ${"说".repeat(40)}: carried`,
    ],
    [
      { id: "A.1.1.1", what: "note", value: `${"说".repeat(40)}明` },
      `A.1.1.1 说明 ${"说".repeat(40)}…：已迁移 / A.1.1.1 note ${"说".repeat(40)}…: carried`,
    ],
  ])("%p", (entry, text) => {
    expect(migrationText(entry, true)).toBe(text);
  });
});

describe("why an entry was not carried, or what to check", () => {
  test.each<[MigrationEntry, boolean, string]>([
    [
      { id: "A.9.1", what: "status", value: "na", reason: { code: "item-missing" } },
      false,
      "A.9.1 状态 不适用：未迁移，新版本中没有此评价内容；如仍适用，请在新工作簿相应的评价内容中重新填写 / A.9.1 status not applicable: not carried, the target edition has no such item; where it still applies, enter it again under the matching item of the new workbook",
    ],
    [
      { id: "A.1.1.9", what: "deduction", value: "1", reason: { code: "line-missing" } },
      false,
      "A.1.1.9 扣分 1：未迁移，新版本中没有此行；如仍适用，请在本项相应的行重新填写 / A.1.1.9 deduction 1: not carried, the target edition has no such line; where it still applies, enter it again on the matching line of the item",
    ],
    [
      {
        id: "A.1.4.4",
        what: "deduction",
        value: "1",
        reason: { code: "kind-changed", from: "deduction", to: "rate" },
      },
      false,
      "A.1.4.4 扣分 1：未迁移，新版本此处改为填写完成率（%）（原为扣分）；请在新工作簿中按新要求重新填写 / A.1.4.4 deduction 1: not carried, the target takes a completion rate (%) here (was a deduction): enter it again as the new edition asks",
    ],
    [
      {
        id: "A.7.3",
        what: "level",
        value: "municipal",
        reason: { code: "level-missing", level: "municipal" },
      },
      false,
      'A.7.3 等级 地（市）级：未迁移，新版本中没有等级“地（市）级”；请在新工作簿中选择新版本的等级 / A.7.3 level prefecture-level: not carried, the target item has no level "prefecture-level": pick one of the new edition\'s levels',
    ],
    [
      { id: "A.1.1.1", what: "deduction", value: "3", reason: { code: "over-max", max: 2 } },
      true,
      "A.1.1.1 扣分 3：已迁移，但超过新版本本行最多可扣的 2 分，请在新工作簿中更正 / A.1.1.1 deduction 3: carried, but above the target line's max 2: correct it in the new workbook",
    ],
    [
      {
        id: "A.1.1.1",
        what: "deduction",
        value: "1",
        reason: { code: "line-changed", fields: ["maxDeduction 2→3", "requirement", "rule"] },
      },
      true,
      "A.1.1.1 扣分 1：已迁移，新版本本行有变化（本行最多扣分 2→3，评价要求，扣分标准），请复核 / A.1.1.1 deduction 1: carried; the line changed in the target (the line's maximum 2→3, the requirement, the rule), please review",
    ],
    [
      {
        id: "A.1.1.1",
        what: "note",
        value: "n",
        reason: { code: "line-changed", fields: ["cap", "maxDeduction"] },
      },
      false,
      "A.1.1.1 说明 n：已迁移？，新版本本行有变化（cap，maxDeduction），请复核 / A.1.1.1 note n: carried; the line changed in the target (cap, maxDeduction), please review",
    ],
  ])("%p", (entry, wasCarried, text) => {
    expect(migrationText(entry, wasCarried)).toBe(text);
  });
});

describe("the next steps after gridscore migrate", () => {
  test.each<[number, string, string]>([
    [0, "核对迁移结果", "check what was carried"],
    [1, "核对标为“请复核”和“未迁移”的 1 项", "check the 1 entries marked check or not carried"],
    [7, "核对标为“请复核”和“未迁移”的 7 项", "check the 7 entries marked check or not carried"],
  ])("%d to check", (n, zh, en) => {
    expect(migrationNextSteps("new.xlsx", "ed.json", n)).toBe(
      `下一步 / next: 打开 new.xlsx，${zh}，填写新增的评价内容；然后运行 gridscore score new.xlsx --standard ed.json 校验计分 / open new.xlsx, ${en} and fill in the new items; then run gridscore score new.xlsx --standard ed.json to check and score it`
    );
  });
});

describe("a workbook of another edition", () => {
  const mismatch = (over: Partial<OtherTemplate>): OtherTemplate => ({
    code: "other-template",
    field: "fingerprint",
    found: "0123abcd（其他模板）",
    expected: "fedc3210",
    expectedEdition: "t-cssg-001.5-2020",
    ...over,
  });

  test("known to this run: migrate one to the other's edition first", () => {
    const p = mismatch({ foundEdition: "t-cssg-001.5-2030", known: true });
    expect([editionMismatch(p, true), editionMismatch(p, false)]).toEqual([
      "评分表模板不一致：标准版本不同，本文件按“t-cssg-001.5-2030”制作，本次先读取的文件为“t-cssg-001.5-2020”；不同版本的评分不能一起比较或合并。请先用 gridscore migrate 把其中一个迁移到另一版本（如 gridscore migrate 本文件 --to <“t-cssg-001.5-2020”的版本文件.json> -o 新文件.xlsx），再用迁移后的文件",
      'made from another edition of the standard: this file is of edition "t-cssg-001.5-2030", the file read first of "t-cssg-001.5-2020"; evaluations of different editions cannot be compared or merged together. Move one to the other\'s edition first with gridscore migrate (e.g. gridscore migrate this-file --to <edition file of "t-cssg-001.5-2020"> -o new.xlsx), then use the new file',
    ]);
  });

  test.each<[string, Partial<OtherTemplate>, string, string]>([
    [
      "named, not known",
      { foundEdition: "t-cssg-001.5-2030" },
      "“t-cssg-001.5-2030”（模板指纹 0123abcd）",
      '"t-cssg-001.5-2030" (template fingerprint 0123abcd)',
    ],
    [
      "known but not named",
      { known: true },
      "（模板指纹 0123abcd）",
      "(template fingerprint 0123abcd)",
    ],
    [
      "a fingerprint without a note",
      { found: "99aa" },
      "（模板指纹 99aa）",
      "(template fingerprint 99aa)",
    ],
  ])("%s: to be given with --standard", (_, over, zhNamed, enNamed) => {
    const p = mismatch(over);
    expect(describeProblem(p, "zh-CN")).toBe(
      `评分表模板不一致：本文件的标准版本${zhNamed}不是本次所用的版本“t-cssg-001.5-2020”，也不是 --standard 给出的版本；请加 --standard <该版本的版本文件.json> 后重试`
    );
    expect(describeProblem(p, "en-US")).toBe(
      `made from another template: this file's edition ${enNamed} is neither this run's edition "t-cssg-001.5-2020" nor one given with --standard; add --standard <its edition file> and run again`
    );
  });

  test("known but without the run's edition (not asked of describeProblem): an empty name", () => {
    const p = mismatch({
      foundEdition: "t-cssg-001.5-2030",
      known: true,
      expectedEdition: undefined,
    });
    expect(editionMismatch(p, false)).toContain('the file read first of ""');
    expect(editionMismatch(p, true)).toContain("本次先读取的文件为“”");
  });

  test("without the run's edition, a fingerprint mismatch is a template record's", () => {
    const p = mismatch({ expectedEdition: undefined, found: "", foundEdition: "x" });
    expect(describeProblem(p, "zh-CN")).toBe(
      "评分表模板不一致：此工作簿的模板记录为 （空），应为 fedc3210"
    );
    expect(describeProblem(p, "en-US")).toBe(
      "made from another template: this workbook's template record is (none), expected fedc3210"
    );
  });
});

describe("another kind of gridscore workbook", () => {
  test.each<["remediation" | "rollup", string, string]>([
    [
      "remediation",
      "这是整改台账（gridscore plan 或 report --sheet 的输出），不是评分表；请给评分表、共识工作簿或评价 JSON（复评 new --from 给上次的评分表或共识工作簿）。整改台账用 --plan-status 传入：gridscore new 新表.xlsx --from 上次.xlsx --plan-status 整改台账.xlsx，或 gridscore compare 之前 之后 --plan-status 整改台账.xlsx",
      "this is a remediation plan (made by gridscore plan or report --sheet), not a scoresheet: give a scoresheet, a consensus workbook or an evaluation JSON (for new --from, the previous scoresheet or consensus). A plan goes with --plan-status: gridscore new next.xlsx --from previous.xlsx --plan-status plan.xlsx, or gridscore compare before after --plan-status plan.xlsx",
    ],
    [
      "rollup",
      "这是多个单位的汇总工作簿（gridscore rollup 的输出），不是评分表；请给某个单位的评分表、共识工作簿或评价 JSON",
      "this is a roll-up of many units (made by gridscore rollup), not a scoresheet: give one unit's scoresheet, consensus workbook or evaluation JSON",
    ],
  ])("%s", (kind, zh, en) => {
    const p: Problem = { code: "gridscore-other-workbook", kind };
    expect([describeProblem(p, "zh-CN"), describeProblem(p, "en-US")]).toEqual([zh, en]);
  });
});
