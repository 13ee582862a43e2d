/**
 * The published JSON Schemas of the evaluation JSON (schemas/evaluation-1.schema.json, evaluation-2.schema.json):
 * in step with the code (enums, the generated validators), accepting every evaluation JSON the repository holds,
 * and applied by score, new --inputs, report and merge with a bilingual message naming the file, the JSON path and
 * the rule. merge reads version 2 (and its group) as well as version 1.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { LEVELS, ROLES } from "../../src/standard";
import { FIELD_LABELS, ROLE_LABELS } from "../../src/layout/evaluationSheets/group";
import { DATE_FIELDS, INCIDENTS } from "../../src/layout/evaluationSheets/eligibility";
import { PROCEDURE_STEPS } from "../../src/layout/evaluationSheets/clauses";
import { PLAN_STATUS_LABELS } from "../../src/layout/evaluationDocument";
import { jsonPath, schemaProblems } from "../../src/cli/evaluationSchema";
import { EXAMPLE, ROOT, loadWorkbook, runCli, tmpDir, writeJson } from "./support";

const GENERATOR = path.join(ROOT, "scripts", "generate-schema-validators.js");
const GENERATED = path.join(ROOT, "src", "cli", "evaluationSchema.generated.ts");

type Node = Record<string, unknown>;
const read = (file: string): Node =>
  JSON.parse(fs.readFileSync(path.join(ROOT, "schemas", file), "utf8")) as Node;
const V1 = read("evaluation-1.schema.json");
const V2 = read("evaluation-2.schema.json");
const defs = (s: Node): Record<string, Node> => s.$defs as Record<string, Node>;
const enumAt = (node: Node): unknown[] => node.enum as unknown[];
const propsOf = (node: Node): Record<string, Node> => node.properties as Record<string, Node>;

const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;
const GOOD_V2 = {
  ...example,
  format: "gridscore-evaluation/2",
  group: [{ name: "李四", field: "standardization", unit: "市标准化研究院", role: "leader" }],
  plan: { "A.1.2.1": { status: "done", deadline: "2027-03-31" } },
};

describe("the evaluation JSON Schemas", () => {
  test("the generated validators are what scripts/generate-schema-validators.js writes from the schemas", () => {
    // In a child process: Prettier 3 loads its plugins with import(), which Jest's VM does not run.
    const text = execFileSync(process.execPath, [GENERATOR, "--stdout"], { encoding: "utf8" });
    expect(fs.readFileSync(GENERATED, "utf8")).toBe(text);
  });

  test("version 2 keeps version 1's definitions, and every code list is the code's own", () => {
    for (const name of Object.keys(defs(V1))) expect(defs(V2)[name]).toEqual(defs(V1)[name]);
    const meta = propsOf(defs(V1).meta!);
    expect(enumAt(meta.level!)).toEqual(Object.keys(LEVELS));
    expect(enumAt(meta.role!)).toEqual(Object.keys(ROLES));
    const member = propsOf(defs(V2).member!);
    expect(enumAt(member.field!)).toEqual(Object.keys(FIELD_LABELS));
    expect(enumAt(member.role!)).toEqual(Object.keys(ROLE_LABELS));
    expect(enumAt(propsOf(defs(V2).planRow!).status!)).toEqual(Object.keys(PLAN_STATUS_LABELS));
    expect(Object.keys(propsOf(defs(V2).procedure!))).toEqual(PROCEDURE_STEPS.map((s) => s.id));
    const eligibility = propsOf(defs(V2).eligibility!);
    expect(Object.keys(propsOf(eligibility.incidents!))).toEqual(INCIDENTS.map((i) => i.id));
    expect(Object.keys(propsOf(eligibility.evidence!))).toEqual([
      ...DATE_FIELDS.map((d) => d.field),
      "selfEvaluationScore",
      ...INCIDENTS.map((i) => i.id),
    ]);
  });

  test("every evaluation JSON in examples/ and test/fixtures/ passes, and so does a version 2 document", () => {
    const files = [EXAMPLE];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        // evaluation JSONs only: test/fixtures/editions/ holds edition files (gridscore-edition/1, issue 16)
        else if (
          e.name.endsWith(".json") &&
          fs.readFileSync(p, "utf8").includes('"format": "gridscore-evaluation/')
        )
          files.push(p);
      }
    };
    walk(path.join(ROOT, "test", "fixtures"));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files)
      expect([f, schemaProblems(JSON.parse(fs.readFileSync(f, "utf8")))]).toEqual([f, []]);
    expect(schemaProblems(GOOD_V2)).toEqual([]);
  });

  test("JSON paths are written as the parser writes them", () => {
    expect(jsonPath("/group/0/field")).toBe("$.group[0].field");
    expect(jsonPath("/items/A.1.2/lines", "A.1.2.1")).toBe('$.items["A.1.2"].lines["A.1.2.1"]');
    expect(jsonPath("/procedure/6.1")).toBe('$.procedure["6.1"]');
    expect(jsonPath("/plan/a~1b")).toBe('$.plan["a/b"]');
  });

  test("each failure names its path and the rule's place in the schema file; alternatives fail once", () => {
    const bad = {
      ...GOOD_V2,
      items: { "A.1.4": { lines: { "A.1.4.4": { rate: 45, unit: "%" } } } },
      group: [{ name: "李四", field: "standardisation" }, { unit: "区网格中心" }],
      eligibility: { incidents: { media: "maybe" } },
      plan: { "A.1.2.1": { status: "finished", deadline: "2027-3-31" } },
    };
    expect(
      schemaProblems(bad).map((p) => (p.code === "bad-structure" ? [p.path, p.expected] : p))
    ).toEqual([
      [
        '$.items["A.1.4"].lines["A.1.4.4"]',
        'a deduction (number), or { "rate": percent } for A.1.4.4 [JSON Schema evaluation-2.schema.json#/$defs/lineValue/anyOf]',
      ],
      [
        "$.eligibility.incidents.media",
        '"yes" | "no" | { "invalid": text the sheet could not read } [JSON Schema evaluation-2.schema.json#/$defs/incident/anyOf]',
      ],
      [
        "$.group[0].field",
        "standardization | industry | management [JSON Schema evaluation-2.schema.json#/$defs/member/properties/field/enum]",
      ],
      [
        "$.group[1].name",
        "a value (required) [JSON Schema evaluation-2.schema.json#/$defs/member/required]",
      ],
      [
        '$.plan["A.1.2.1"].deadline',
        "YYYY-MM-DD [JSON Schema evaluation-2.schema.json#/$defs/date/pattern]",
      ],
      [
        '$.plan["A.1.2.1"].status',
        "not-started | in-progress | done [JSON Schema evaluation-2.schema.json#/$defs/planRow/properties/status/enum]",
      ],
    ]);
  });
});

describe("commands validate against the schema", () => {
  const dir = tmpDir();
  const bad = writeJson(dir, "bad.json", {
    ...GOOD_V2,
    group: [{ name: "李四", field: "standardisation" }],
  });
  const zh = `$.group[0].field：应为 standardization | industry | management [JSON Schema evaluation-2.schema.json#/$defs/member/properties/field/enum]`;
  const en = `$.group[0].field: expected standardization | industry | management [JSON Schema evaluation-2.schema.json#/$defs/member/properties/field/enum]`;

  test.each([
    ["score", ["score", bad]],
    ["new --inputs", ["new", path.join(dir, "new.xlsx"), "--inputs", bad]],
    ["report", ["report", bad, "-o", path.join(dir, "r.docx")]],
    ["merge", ["merge", bad, EXAMPLE]],
  ])(
    "%s refuses it naming the file, the path and the rule, in Chinese and English",
    async (_, argv) => {
      const { code, err } = await runCli(argv);
      expect(code).toBe(1);
      const lines = err.split("\n").filter((l) => l.includes("$.group[0].field"));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain(bad);
      expect(lines[0]).toContain(zh);
      expect(lines[1]).toContain(en);
      expect(fs.existsSync(path.join(dir, "new.xlsx"))).toBe(false);
      expect(fs.existsSync(path.join(dir, "r.docx"))).toBe(false);
    }
  );

  test("merge reads version 1 and version 2 side by side; version 2's group is that expert's 评估组", async () => {
    const v1 = writeJson(dir, "v1.json", { ...example, meta: { evaluator: "张三" } });
    const v2 = writeJson(dir, "v2.json", {
      ...GOOD_V2,
      meta: { evaluator: "李四" },
      items: { ...(example.items as object), "A.1.1": { lines: { "A.1.1.1": 1 } } },
    });
    const { code, out } = await runCli(["merge", v1, v2, "--json"]);
    expect(code).toBe(0);
    const merged = JSON.parse(out) as {
      experts: { evaluator: string; total: number }[];
      total: number;
    };
    expect(merged.experts.map((e) => [e.evaluator, e.total])).toEqual([
      ["张三", 435],
      ["李四", 434],
    ]);
    expect(merged.total).toBe(434.5);
    const consensus = path.join(dir, "共识.xlsx");
    expect((await runCli(["merge", v1, v2, "-o", consensus])).code).toBe(0);
    const group = (await loadWorkbook(consensus)).getWorksheet("评估组")!;
    const row = (r: number) => [2, 3, 4, 5, 6].map((col) => group.getCell(r, col).value);
    // The leader comes first on the consensus's 评估组, whatever the merge order.
    expect([row(4), row(5)]).toEqual([
      ["李四", "标准化", "市标准化研究院", "组长", null],
      ["张三", null, null, null, null],
    ]);
  });
});
