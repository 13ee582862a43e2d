/**
 * The hostile corpus through the real CLI (bin/gridscore.js, built by `npm run build:cli`), one child process per
 * case, two at a time. Each case asserts the exit code, no stack trace, a Chinese cause naming the file, and the
 * inputs' SHA-256 unchanged. Time and memory are measured by `npm run bench` (hostile), never asserted here.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCorpus } from "./corpus";
import type { HostileCase } from "./corpus";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "gridscore.js");

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

function run(argv: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

/** A file's SHA-256; a folder's sorted listing; "absent" when there is nothing. */
function sha(file: string): string {
  if (!fs.existsSync(file)) return "absent";
  if (fs.statSync(file).isDirectory()) return `folder: ${fs.readdirSync(file).sort().join("/")}`;
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

let dir: string;
let cases: HostileCase[] = [];
const results = new Map<string, { run: Run; before: string[]; after: string[] }>();

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js")))
    throw new Error(
      "the CLI is not built: run `npm run build:cli` (npm test does) before this test"
    );
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-hostile-"));
  cases = await buildCorpus(dir);
  // Every case runs once, two children at a time; the tests below only read the results.
  const queue = [...cases];
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const before = c.inputs.map(sha);
      const result = await run(c.argv);
      results.set(c.id, { run: result, before, after: c.inputs.map(sha) });
    }
  };
  await Promise.all([worker(), worker()]);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the corpus has at least 40 cases, each named once", () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
});

// The ids are known only after the corpus is built, so one test walks them all and reports every failure at once.
test("every case: exit code, no stack trace, a Chinese cause naming the file, inputs unchanged", () => {
  const failures: string[] = [];
  for (const c of cases) {
    const r = results.get(c.id)!;
    const where = `${c.id} (gridscore ${c.argv.map((a) => path.basename(a)).join(" ")})`;
    const fail = (why: string): void =>
      void failures.push(`${where}: ${why}\n--- stderr ---\n${r.run.err.slice(0, 1500)}`);
    if (r.run.code !== c.code) fail(`exit ${r.run.code}, expected ${c.code}`);
    if (/^\s+at .+:\d+:\d+\)?$/m.test(r.run.err) || /\b\w*Error:/.test(r.run.err))
      fail("stack trace or raw error on stderr");
    if (c.names !== undefined) {
      if (!r.run.err.includes(c.names)) fail(`stderr does not name ${c.names}`);
      if (!/[\u4e00-\u9fff]/.test(r.run.err)) fail("no Chinese on stderr");
    }
    if (c.says && !c.says.test(r.run.err + r.run.out)) fail(`does not say ${String(c.says)}`);
    if (r.run.err.includes("\ufffd") || r.run.out.includes("\ufffd"))
      fail("replacement character (U+FFFD) in the output");
    c.inputs.forEach((f, i) => {
      if (r.before[i] !== r.after[i]) fail(`input ${path.basename(f)} changed`);
    });
  }
  expect(failures).toEqual([]);
});

test("merge --skip-invalid records what it left out and why", () => {
  const c = cases.find((x) => x.id === "merge --skip-invalid")!;
  const json = results.get(c.id)!;
  expect(json.run.out).toMatch(/sheet\.ods：不是 \.xlsx 工作簿：是 OpenDocument 表格/);
  expect(json.run.out).toMatch(/proto-items\.json：未知的评价内容编号 __proto__/);
});
