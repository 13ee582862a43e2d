/**
 * Integrity of every edition file in the repository (issue 16): the built-in ones in src/standard/editions/ and the
 * test editions in test/fixtures/editions/. Each passes the schema and the rules a schema cannot say, and its
 * definition is sound for the engine and the layout: ids unique and nested, limits inside each other, texts without
 * PDF artefacts, tiers and levels in order. Edition-specific facts (the built-in's 120/115) are in standard.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { templateFingerprintOf } from "../../src/standard/edition";
import {
  BUILT_IN_EDITION,
  BUILT_IN_FINGERPRINT,
  STANDARD,
  computedTotal,
  editionFromFile,
  indexStandard,
  sha256Hex,
  sha256Text,
  templateFingerprint,
} from "../../src/standard";
import type { EditionFile, StandardDef } from "../../src/standard";
import { linesMax } from "../../src/engine";
import { editionProblems } from "../../src/cli/editionFile";
import { editionProblemText } from "../../src/standard/checkEdition";

const ROOT = path.join(__dirname, "..", "..");
const FOLDERS = [
  path.join(ROOT, "src", "standard", "editions"),
  path.join(ROOT, "test", "fixtures", "editions"),
];
const EDITION_FILES = FOLDERS.flatMap((dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => path.relative(ROOT, path.join(dir, f)))
    : []
);
const read = (file: string): EditionFile =>
  JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")) as EditionFile;

test("the editions folders hold the built-in edition and at least one test edition", () => {
  expect(EDITION_FILES).toContain(
    path.join("src", "standard", "editions", "t-cssg-001.5-2020.json")
  );
  expect(EDITION_FILES.length).toBeGreaterThanOrEqual(1);
});

describe.each(EDITION_FILES)("edition file %s", (file) => {
  const json = read(file);
  const standard: StandardDef = editionFromFile(json).standard;

  test("passes the schema and every rule of checkEdition", () => {
    expect(editionProblems(json)).toEqual([]);
  });

  test("ids are unique, well formed and nested as the standard numbers them", () => {
    const seen = new Set<string>();
    for (const table of standard.tables) {
      expect(table.id).toMatch(/^A\.[1-7]$/);
      for (const item of table.items) {
        expect(item.id).toBe(`${table.id}.${item.number}`);
        expect(item.tableId).toBe(table.id);
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
        if (item.kind !== "deduction") continue;
        item.lines.forEach((line) => {
          expect(line.id.startsWith(`${item.id}.`)).toBe(true);
          expect(seen.has(line.id)).toBe(false);
          seen.add(line.id);
        });
      }
    }
    expect(indexStandard(standard).items.size).toBe(
      standard.tables.reduce((s, t) => s + t.items.length, 0)
    );
  });

  test("every line max is positive and at most its item's cap; awards fit their caps", () => {
    for (const item of standard.tables.flatMap((t) => t.items)) {
      if (item.kind === "deduction") {
        for (const line of item.lines) {
          expect(line.maxDeduction).toBeGreaterThan(0);
          expect(line.maxDeduction).toBeLessThanOrEqual(item.cap);
        }
        expect(linesMax(item)).toBeGreaterThan(0);
      } else if (item.kind === "tiered") {
        const mins = item.tiers.map((t) => t.min);
        expect([...mins].sort((a, b) => b - a)).toEqual(mins);
        for (const t of item.tiers) expect(t.points).toBeLessThanOrEqual(item.cap);
      } else {
        expect(item.options.map((o) => o.level)).toContain("none");
        for (const o of item.options) expect(o.points).toBeLessThanOrEqual(item.cap);
      }
    }
  });

  test("texts are transcribed without PDF artefacts", () => {
    for (const item of standard.tables.flatMap((t) => t.items)) {
      if (item.kind !== "deduction") continue;
      for (const line of item.lines)
        for (const text of [line.requirement, line.rule]) {
          expect(text).not.toMatch(/\n/);
          expect(text.replace(/^\d /, "")).not.toMatch(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/);
          expect(text.trim()).toBe(text);
        }
    }
  });

  test("the pass mark can be reached and the declared maxima are recorded", () => {
    expect(standard.passMark).toBeLessThanOrEqual(computedTotal(standard));
    for (const t of standard.tables) expect(t.declaredMax).toBeGreaterThan(0);
  });

  test("the fingerprint comes from the data, ignores the file's key order and changes with any text", () => {
    const reordered = JSON.parse(
      JSON.stringify(json, (_k, v: unknown) =>
        v && typeof v === "object" && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).reverse())
          : v
      )
    ) as EditionFile;
    expect(editionFromFile(reordered).fingerprint).toBe(editionFromFile(json).fingerprint);
    expect(templateFingerprint(standard)).toBe(editionFromFile(json).fingerprint);
    const changed = JSON.parse(JSON.stringify(json)) as { tables: { title: string }[] };
    changed.tables[0]!.title += "（改）";
    expect(editionFromFile(changed as unknown as EditionFile).fingerprint).not.toBe(
      templateFingerprint(standard)
    );
  });
});

describe("the built-in edition", () => {
  test("is the default definition, and its fingerprint is the one workbooks in circulation carry", () => {
    expect(STANDARD).toBe(BUILT_IN_EDITION.standard);
    expect(BUILT_IN_EDITION.key).toBe("t-cssg-001.5-2020");
    expect(templateFingerprint()).toBe("cddbebe7c6698529");
    // Written down in the registry, so it is recomputed here from the definition itself.
    expect(templateFingerprintOf(BUILT_IN_EDITION.standard)).toBe("cddbebe7c6698529");
    expect(BUILT_IN_EDITION.fingerprint).toBe(BUILT_IN_FINGERPRINT);
  });
});

test("the fingerprint is the same where TextEncoder is missing (the pane's tests run in jsdom)", () => {
  const text = `${JSON.stringify(STANDARD)}😀\ud800`;
  const expected = sha256Hex(new TextEncoder().encode(text));
  const saved = globalThis.TextEncoder;
  Reflect.deleteProperty(globalThis, "TextEncoder");
  try {
    expect(sha256Text(text)).toBe(expected);
  } finally {
    globalThis.TextEncoder = saved;
  }
});

describe("a broken edition file is refused with the path and the rule, in both languages", () => {
  const base = read(path.join("src", "standard", "editions", "t-cssg-001.5-2020.json"));
  const broken = (
    edit: (e: Record<string, unknown> & { tables: Record<string, unknown>[] }) => void
  ) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown> & {
      tables: Record<string, unknown>[];
    };
    edit(copy);
    return editionProblems(copy);
  };
  const items = (e: { tables: Record<string, unknown>[] }, t: number) =>
    e.tables[t]!.items as Record<string, unknown>[];

  test("schema: a negative cap, an unknown field, a missing rule", () => {
    const problems = broken((e) => {
      items(e, 0)[0]!.cap = -1;
      e.colour = "red";
      delete (items(e, 0)[1]!.lines as Record<string, unknown>[])[0]!.rule;
    });
    expect(problems.map((p) => [p.path, p.rule.split(" ")[0]])).toEqual(
      expect.arrayContaining([
        ["$.tables[0].items[0].cap", "schema:exclusiveMinimum"],
        ["$.colour", "schema:additionalProperties"],
        ["$.tables[0].items[1].lines[0].rule", "schema:required"],
      ])
    );
    const text = editionProblemText(
      "x.json",
      problems.find((p) => p.path === "$.colour")!
    );
    expect(text).toContain("x.json");
    expect(text).toContain("没有这个字段");
    expect(text).toContain("no such field");
    const cap = problems.find((p) => p.path === "$.tables[0].items[0].cap")!;
    expect(cap.zh).toBe("应大于 0");
    expect(cap.en).toBe("must be > 0");
  });

  test("rules: a duplicate line id, a line above its cap, an unreachable pass mark", () => {
    const problems = broken((e) => {
      const lines = items(e, 0)[0]!.lines as Record<string, unknown>[];
      lines[1]!.id = lines[0]!.id;
      lines[2]!.maxDeduction = 50;
      e.passMark = 600;
    });
    expect(problems.map((p) => [p.path, p.rule])).toEqual([
      ["$.tables[0].items[0].lines[1].id", "unique-id"],
      ["$.tables[0].items[0].lines[2].maxDeduction", "line-within-cap"],
      ["$.passMark", "pass-mark-reachable"],
    ]);
  });
});
