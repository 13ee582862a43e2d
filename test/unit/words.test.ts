/**
 * One table of words for codes (src/engine/words.ts): the workbook's dropdowns, the reader and every message name
 * a status, a level and a kind of input the same way, and no code or "undefined" reaches a user.
 */
import {
  KIND_WORDS,
  LEVEL_LABELS,
  STATUS_LABELS,
  STATUS_NAMES,
  describeProblem,
  word,
} from "../../src/engine";
import type { Problem } from "../../src/engine";
import {
  LEVEL_LABELS as DROPDOWN_LEVELS,
  STATUS_LABELS as DROPDOWN_STATUSES,
  levelFromCell,
  statusFromCell,
} from "../../src/layout/labels";
import { STANDARD } from "../../src/standard";
import type { LevelItemDef } from "../../src/standard";

const both = (p: Problem) => [describeProblem(p, "zh-CN"), describeProblem(p, "en-US")] as const;

describe("the dropdowns show the table's Chinese, and the reader reads it back", () => {
  it.each(Object.entries(STATUS_LABELS))("status %s", (code, [zh]) => {
    expect(DROPDOWN_STATUSES[code as keyof typeof DROPDOWN_STATUSES]).toBe(zh);
    expect(statusFromCell(zh)).toBe(code === "normal" ? "normal" : code);
  });

  const levelItems = STANDARD.tables
    .flatMap((t) => t.items)
    .filter((i): i is LevelItemDef => i.kind === "level");
  it("every level option of A.7.3 and A.7.4", () => {
    expect(levelItems.map((i) => i.id)).toEqual(["A.7.3", "A.7.4"]);
    for (const item of levelItems)
      for (const o of item.options) {
        const [zh] = LEVEL_LABELS[o.level];
        expect(DROPDOWN_LEVELS[o.level]).toBe(zh);
        expect(levelFromCell(item, zh)).toBe(o.level);
      }
  });
});

describe("messages take their words from the table", () => {
  it("an unknown status lists the three dropdown labels, in each language", () => {
    const [zh, en] = both({ code: "unknown-status", itemId: "A.1.1", value: "n/a" });
    expect(zh).toContain("允许：正常评分、不适用（满分）、应有未有（0分）；");
    expect(en).toContain(
      "allowed: 「正常评分」 scored normally, 「不适用（满分）」 not applicable (full marks), 「应有未有（0分）」 required but missing (0);"
    );
    expect(zh).toContain('"n/a"');
  });

  it("a status conflict names each expert's status by its short name", () => {
    const [zh, en] = both({
      code: "status-conflict",
      itemId: "A.1.1",
      statuses: ["normal", "na", "absent"],
      evaluators: ["甲", "乙", "丙"],
    });
    expect(zh).toContain(
      `甲：${STATUS_NAMES.normal[0]}；乙：${STATUS_NAMES.na[0]}；丙：${STATUS_NAMES.absent[0]}`
    );
    expect(en).toContain("甲: normal; 乙: not applicable; 丙: required but missing");
  });

  it("values entered on an item marked 不适用 or 应有未有 name the status as the dropdown does", () => {
    for (const status of ["na", "absent"] as const) {
      const [zh, en] = both({ code: "inputs-ignored", itemId: "A.2.1", status });
      expect(zh).toContain(`已标为${STATUS_LABELS[status][0]}`);
      expect(en).toContain(`marked ${STATUS_LABELS[status][1]}`);
    }
  });

  it("a wrong kind of input names both kinds in words, never by code", () => {
    const [zh, en] = both({
      code: "wrong-input-kind",
      itemId: "A.1.4",
      lineId: "A.1.4.4",
      expected: "rate",
      got: "string",
    });
    expect(zh).toContain("应填写完成率（%），不能填写文本");
    expect(en).toContain("takes a completion rate (%), not a text");
  });

  it("an unknown level lists the dropdown's labels exactly (what the cell takes), then their codes", () => {
    const [zh, en] = both({
      code: "unknown-level",
      itemId: "A.7.3",
      value: "市级",
      allowed: ["national", "provincial", "municipal", "none"],
    });
    expect(zh).toContain(
      "允许：国家级（10分）、省级（5分）、地（市）级（3分）、无（0分）；评价 JSON 中依次写 national / provincial / municipal / none"
    );
    expect(en).toContain(
      "「国家级（10分）」 national (10 points), 「省级（5分）」 provincial (5 points), 「地（市）级（3分）」 prefecture-level (3 points), 「无（0分）」 none (0); in an evaluation JSON:"
    );
  });
});

describe("word", () => {
  it("gives a code's word on the side asked", () => {
    expect(word(KIND_WORDS, "deduction", 0)).toBe("扣分");
    expect(word(KIND_WORDS, "deduction", 1)).toBe("a deduction");
  });

  it("falls back to the code itself, also for names every object has", () => {
    for (const code of ["unheard-of", "constructor", "toString", "__proto__", ""])
      for (const k of [0, 1] as const) expect(word(KIND_WORDS, code, k)).toBe(code);
  });
});
