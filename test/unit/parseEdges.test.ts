/**
 * parseEvaluation (src/engine/parse.ts) on the shapes the engine-rest part's own tests never give it: items or
 * meta that are not objects, texts that are not strings, values that are neither text nor number, lines that are
 * neither a number nor `{ rate }`, notes that are not all texts, keys inherited from Object.prototype, and
 * calendar dates that do not exist. Each problem carries its JSON path; nothing is dropped silently, and an
 * evaluation comes back only when there is no problem.
 */
import { isIsoDate, parseEvaluation } from "../../src/engine";
import type { Problem } from "../../src/engine";
import { NO_SUCH_FIELD } from "../../src/engine/parse";

const FORMAT = "gridscore-evaluation/1";
const structure = (path: string, expected: string): Problem => ({
  code: "bad-structure",
  path,
  expected,
});

describe("the document's parts that are not objects", () => {
  test.each<[string, unknown, Problem[]]>([
    ["an array for the document", [], [structure("$", "object")]],
    ["null for the document", null, [structure("$", "object")]],
    ["items as an array", { format: FORMAT, items: [] }, [structure("$.items", "object")]],
    ["items as a string", { format: FORMAT, items: "A.1.1" }, [structure("$.items", "object")]],
    ["meta as an array", { format: FORMAT, meta: [] }, [structure("$.meta", "object")]],
    ["meta as null", { format: FORMAT, meta: null }, [structure("$.meta", "object")]],
    [
      "no format, an unknown key",
      { items: {}, extra: 1 },
      [{ code: "bad-format", found: undefined }, structure("$.extra", NO_SUCH_FIELD)],
    ],
  ])("%s", (_, json, problems) => {
    expect(parseEvaluation(json)).toEqual({ problems });
  });

  test("no meta and no items: an empty evaluation", () => {
    expect(parseEvaluation({ format: FORMAT })).toEqual({
      evaluation: { format: FORMAT, meta: {}, items: {} },
      problems: [],
    });
  });
});

describe("meta fields", () => {
  test.each<[string, unknown, Problem[]]>([
    [
      "organization as a number",
      { organization: 5 },
      [{ code: "bad-meta", field: "organization", value: 5 }],
    ],
    [
      "evaluator as null",
      { evaluator: null },
      [{ code: "bad-meta", field: "evaluator", value: null }],
    ],
    [
      "level as an inherited key",
      { level: "constructor" },
      [
        {
          code: "bad-meta",
          field: "level",
          value: "constructor",
          allowed: ["city", "county", "township", "village"],
        },
      ],
    ],
    [
      "role as a number",
      { role: 1 },
      [{ code: "bad-meta", field: "role", value: 1, allowed: ["expert", "self"] }],
    ],
    [
      "role as an inherited key",
      { role: "toString" },
      [{ code: "bad-meta", field: "role", value: "toString", allowed: ["expert", "self"] }],
    ],
    [
      "a date that does not exist",
      { date: "2026-02-29" },
      [{ code: "bad-meta", field: "date", value: "2026-02-29", allowed: ["YYYY-MM-DD"] }],
    ],
    [
      "a date as a serial",
      { date: 46000 },
      [{ code: "bad-meta", field: "date", value: 46000, allowed: ["YYYY-MM-DD"] }],
    ],
  ])("%s", (_, meta, problems) => {
    expect(parseEvaluation({ format: FORMAT, meta })).toEqual({ problems });
  });

  test("every field as it should be", () => {
    const meta = {
      organization: "示例市",
      level: "village",
      evaluator: "张三",
      role: "self",
      date: "2028-02-29",
    };
    expect(parseEvaluation({ format: FORMAT, meta }).evaluation?.meta).toEqual(meta);
  });
});

describe("an item's inputs", () => {
  const parsed = (item: unknown) => parseEvaluation({ format: FORMAT, items: { "A.1.1": item } });
  const at = (tail: string) => `$.items["A.1.1"]${tail}`;

  test.each<[string, unknown, Problem[]]>([
    ["the item as an array", [], [structure(at(""), "object")]],
    ["the item as a number", 3, [structure(at(""), "object")]],
    ["a status as an object", { status: {} }, [structure(at(".status"), "string or number")]],
    ["a value as an array", { value: [90] }, [structure(at(".value"), "string or number")]],
    [
      "a level as an object",
      { level: { code: "national" } },
      [structure(at(".level"), "string or number")],
    ],
    ["lines as an array", { lines: [1] }, [structure(at(".lines"), "object")]],
    [
      "a rate with a second key",
      { lines: { "A.1.1.1": { rate: 1, note: "x" } } },
      [structure(at('.lines["A.1.1.1"]'), "number or { rate: number }")],
    ],
    [
      "a rate that is an object",
      { lines: { "A.1.1.1": { rate: { v: 1 } } } },
      [structure(at('.lines["A.1.1.1"]'), "number or { rate: number }")],
    ],
    ["notes as an array", { notes: ["x"] }, [structure(at(".notes"), "object of strings")]],
    [
      "a note as a number",
      { notes: { "A.1.1": "x", "A.1.1.1": 1 } },
      [structure(at(".notes"), "object of strings")],
    ],
    [
      "two problems in one item, both listed",
      { status: [], note: "x" },
      [
        structure(at(".note"), "status | lines | notes | value | level"),
        structure(at(".status"), "string or number"),
      ],
    ],
  ])("%s", (_, item, problems) => {
    expect(parsed(item)).toEqual({ problems });
  });

  test("booleans and null are cell values, kept for the scorer to judge", () => {
    const item = {
      status: null,
      value: true,
      level: false,
      lines: { "A.1.1.1": null, "A.1.1.2": { rate: "x" } },
    };
    const input = parsed(item).evaluation?.items["A.1.1"];
    expect(input).toEqual(item);
  });

  test("inherited key names are kept as keys, never as prototypes", () => {
    const json = JSON.parse(
      '{"format":"gridscore-evaluation/1","items":{"__proto__":{"lines":{"__proto__":1}},"A.1.1":{"notes":{"__proto__":"n"}}}}'
    ) as unknown;
    const { evaluation, problems } = parseEvaluation(json);
    expect(problems).toEqual([]);
    expect(Object.keys(evaluation!.items)).toEqual(["__proto__", "A.1.1"]);
    expect(Object.keys(evaluation!.items["__proto__"]!.lines!)).toEqual(["__proto__"]);
    expect(evaluation!.items["__proto__"]!.lines!["__proto__"]).toBe(1);
    expect(evaluation!.items["A.1.1"]!.notes!["__proto__"]).toBe("n");
  });
});

describe("isIsoDate: a real calendar date written YYYY-MM-DD", () => {
  test.each<[string, boolean]>([
    ["2026-11-30", true],
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2026-02-29", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-1-05", false],
    ["2026-01-05T00:00:00Z", false],
    [" 2026-01-05", false],
    ["20260105", false],
  ])("%s → %p", (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});
