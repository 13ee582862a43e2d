/**
 * `gridscore migrate` (issue 16): every input whose id exists in both editions is carried, every other one is listed
 * with its reason, nothing is dropped silently, and no input is ever written to.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { migrateEvaluation } from "../../src/engine/migrate";
import type { Evaluation } from "../../src/engine";
import { BUILT_IN_EDITION } from "../../src/standard";
import type { StandardDef } from "../../src/standard";
import { runCli } from "../support/cli";
import { outputDir } from "../support/external";

const ROOT = path.join(__dirname, "..", "..");
const INVENTED = path.join(ROOT, "test", "fixtures", "editions", "test-invented-2027.json");
const BUILT_IN = path.join(ROOT, "src", "standard", "editions", "t-cssg-001.5-2020.json");
const dir = outputDir("editions/migrate");
const at = (name: string) => path.join(dir, name);
const sha = (file: string) =>
  crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

const OLD = {
  format: "gridscore-evaluation/1",
  meta: { organization: "旧单位", level: "county", evaluator: "张三" },
  items: {
    "A.1.4": { lines: { "A.1.4.4": { rate: 45 } }, notes: { "A.1.4.4": "培训记录不全" } },
    "A.2.1": {
      lines: { "A.2.1.1": 5, "A.2.1.2": 1 },
      notes: { "A.2.1": "整体较弱", "A.2.1.1": "无体系表", "A.2.1.2": "要素不全" },
    },
    "A.3.3": { status: "absent" },
    "A.7.1": { value: 92.5 },
    "A.7.3": { level: "national" },
  },
};
const INVENTED_INPUTS = {
  format: "gridscore-evaluation/1",
  meta: { organization: "新单位" },
  items: {
    "A.2.1": { lines: { "A.2.1.1": 6 }, notes: { "A.2.1.1": "没有体系表" } },
    "A.5.4": {
      lines: { "A.5.4.1": 3, "A.5.4.2": 1 },
      notes: { "A.5.4.1": "无", "A.5.4.2": "不全" },
    },
  },
};

beforeAll(() => {
  for (const f of fs.readdirSync(dir)) fs.rmSync(at(f), { recursive: true });
  fs.writeFileSync(at("old.json"), JSON.stringify(OLD));
  fs.writeFileSync(at("invented.json"), JSON.stringify(INVENTED_INPUTS));
});

/**
 * old.xlsx, made inside the test that calls it, in a folder of its own: Stryker credits a test only with the code
 * run while the test runs, not in `describe` or `beforeAll` (README, Mutation testing), so each test makes what it
 * checks.
 */
async function madeOld(folder: string): Promise<(name: string) => string> {
  const here = (name: string) => path.join(dir, folder, name);
  fs.mkdirSync(here(""));
  expect((await runCli(["new", here("old.xlsx"), "--inputs", at("old.json")])).code).toBe(0);
  return here;
}

/** invented.xlsx, made as madeOld makes old.xlsx. */
async function madeInvented(folder: string): Promise<(name: string) => string> {
  const here = (name: string) => path.join(dir, folder, name);
  fs.mkdirSync(here(""));
  const made = await runCli([
    "new",
    here("invented.xlsx"),
    "--standard",
    INVENTED,
    "--inputs",
    at("invented.json"),
  ]);
  expect(made.code).toBe(0);
  return here;
}

test("built-in → invented: every input carried, the changed line flagged for review, the new item listed", async () => {
  const at = await madeOld("to-invented");
  const before = sha(at("old.xlsx"));
  const run = await runCli([
    "migrate",
    at("old.xlsx"),
    "--to",
    INVENTED,
    "-o",
    at("new.xlsx"),
    "--json",
  ]);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  const json = JSON.parse(run.out);
  expect(json.from.edition).toBe("t-cssg-001.5-2020");
  expect(json.to.edition).toBe("test-invented-2027");
  expect(json.notCarried).toEqual([]);
  expect(json.added).toEqual(["A.5.4"]);
  // 1 rate + 2 deductions + 4 notes + 1 status + 1 value + 1 level
  expect(json.carried).toHaveLength(10);
  expect(
    json.carried.find(
      (e: { id: string; what: string }) => e.id === "A.2.1.1" && e.what === "deduction"
    )
  ).toEqual({
    id: "A.2.1.1",
    what: "deduction",
    value: "5",
    reason: { code: "line-changed", fields: ["maxDeduction 5→6", "rule"] },
  });
  expect(sha(at("old.xlsx"))).toBe(before);

  const exported = await runCli(["export", at("new.xlsx"), "--standard", INVENTED]);
  expect(exported.err).not.toContain("错误"); // read in its edition: formulas and totals as that edition's layout makes them
  expect(exported.code).toBe(0);
  const doc = JSON.parse(exported.out);
  expect(doc.meta).toMatchObject({ organization: "旧单位", level: "county", evaluator: "张三" });
  expect(doc.items["A.2.1"].lines).toEqual({ "A.2.1.1": 5, "A.2.1.2": 1 });
  expect(doc.items["A.1.4"].lines).toEqual({ "A.1.4.4": { rate: 45 } });
  expect(doc.items["A.3.3"].status).toBe("absent");
  expect(doc.items["A.7.3"].level).toBe("national");
  const scored = JSON.parse(
    (await runCli(["score", at("new.xlsx"), "--json", "--standard", INVENTED])).out
  );
  expect(scored.passMark).toBe(280);
});

test("invented → built-in: the added item's inputs are listed as not carried, line by line, with the reason", async () => {
  const at = await madeInvented("to-built-in");
  const run = await runCli([
    "migrate",
    at("invented.xlsx"),
    "--standard",
    INVENTED,
    "--to",
    BUILT_IN,
    "-o",
    at("back.xlsx"),
  ]);
  expect(run.code).toBe(0);
  for (const id of ["A.5.4.1", "A.5.4.2"]) {
    expect(run.out).toContain(`未迁移 / not carried: ${id} 扣分`);
    expect(run.out).toContain(`${id} 说明`);
  }
  expect(run.out).toContain("the target edition has no such item");
  expect(run.out).toContain("A.2.1.1 扣分 6：已迁移，但超过新版本本行最多可扣的 5 分");
  expect(run.out).toContain("carried 2 inputs, not carried 4");
  // the over-max value is carried, and the new workbook says so
  const scored = await runCli(["score", at("back.xlsx"), "--json"]);
  expect(scored.code).toBe(1);
  expect(scored.err).toContain("A.2.1.1");
});

test("the output is checked before any work: an input is never overwritten", async () => {
  const at = await madeOld("no-overwrite");
  const before = sha(at("old.xlsx"));
  const run = await runCli(["migrate", at("old.xlsx"), "--to", INVENTED, "-o", at("old.xlsx")]);
  expect(run.code).toBe(3);
  expect(sha(at("old.xlsx"))).toBe(before);
  expect((await runCli(["migrate", at("old.xlsx"), "-o", at("x.xlsx")])).code).toBe(2);
});

describe("migrateEvaluation lists every input it cannot carry", () => {
  const from = BUILT_IN_EDITION.standard;
  /** The built-in edition with A.1.1.3 removed, A.1.1.1 turned into a rate line and A.7.3 without 'national'. */
  interface LooseItem {
    id: string;
    lines?: unknown[];
    options?: { level: string }[];
  }
  const to = JSON.parse(JSON.stringify(from)) as { tables: { items: LooseItem[] }[] };
  const a11 = to.tables[0]!.items[0]!;
  a11.lines = [
    {
      ...(a11.lines![0] as object),
      kind: "rate",
      tiers: [{ min: 100, deduction: 0 }],
      belowAll: 2,
    },
    a11.lines![1],
  ];
  const a73 = to.tables[6]!.items.find((i) => i.id === "A.7.3")!;
  a73.options = a73.options!.filter((o) => o.level !== "national");
  const evaluation: Evaluation = {
    format: "gridscore-evaluation/1",
    meta: {},
    items: {
      "A.1.1": { lines: { "A.1.1.1": 2, "A.1.1.3": 1 }, notes: { "A.1.1.3": "无法量化" } },
      "A.7.1": { level: "national" },
      "A.7.3": { level: "national" },
    },
  };

  test("each input appears once, carried or not, with its reason", () => {
    // Migrated inside the test, as madeOld makes its workbook.
    const m = migrateEvaluation(evaluation, from, to as unknown as StandardDef);
    expect(m.carried).toEqual([]);
    expect(m.notCarried.map((e) => [e.id, e.what, e.reason?.code])).toEqual([
      ["A.1.1.1", "deduction", "kind-changed"],
      ["A.1.1.3", "deduction", "line-missing"],
      ["A.1.1.3", "note", "line-missing"],
      ["A.7.1", "level", "kind-changed"],
      ["A.7.3", "level", "level-missing"],
    ]);
    expect(m.evaluation.items).toEqual({});
  });
});
