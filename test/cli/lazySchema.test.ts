/**
 * Start-up (README: Start-up): the evaluation JSON's generated validators (228 KB) load on first use. `score x.xlsx`
 * never loads them; `score x.json` does, and still checks the file against the schema.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "evaluation.json");

/** Runs `gridscore …argv` in a fresh module registry; says whether the generated validators were loaded. */
async function run(argv: string[]): Promise<{ code: number; err: string; loaded: boolean }> {
  let loaded = false;
  let result = { code: -1, err: "" };
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/cli/evaluationSchema.generated", () => {
      loaded = true;
      return jest.requireActual<object>("../../src/cli/evaluationSchema.generated");
    });
    const { runCli } = await import("../support/cli");
    const r = await runCli(argv);
    result = { code: r.code, err: r.err };
  });
  return { ...result, loaded };
}

describe("the schema validators load on first use", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-lazy-schema-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("score x.xlsx reads and scores a workbook without them; score x.json loads and applies them", async () => {
    const xlsx = path.join(dir, "x.xlsx");
    expect((await run(["new", xlsx, "--inputs", EXAMPLE])).code).toBe(0);
    const fromXlsx = await run(["score", xlsx]);
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.loaded).toBe(false);

    const fromJson = await run(["score", EXAMPLE]);
    expect(fromJson.code).toBe(0);
    expect(fromJson.loaded).toBe(true);

    // Loaded late, they still refuse what the schema refuses.
    const bad = path.join(dir, "bad.json");
    const e = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;
    fs.writeFileSync(bad, JSON.stringify({ ...e, unknownField: 1 }));
    const refused = await run(["score", bad]);
    expect(refused.loaded).toBe(true);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain("unknownField");
  });
});
