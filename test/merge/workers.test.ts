/**
 * A merge read on worker threads equals the serial read (issue 15: merge and roll-up read many files on worker
 * threads): the same --json, the same refusal of a bad file with the same messages, in the files' order. No
 * figure of time is asserted: `npm run bench` measures the merge of 1,000 workbooks.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { processIo } from "../../src/cli/io";
import { readFilesInOrder } from "../../src/cli/rollupRead";
import type { MergeCandidate } from "../../src/merge";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { expertEvaluation } from "../support/finishScenario";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-merge-workers-"));
const NAMES = ["甲一", "乙二", "丙三", "丁四", "戊五", "己六", "庚七"];
let files: string[];

beforeAll(async () => {
  files = [];
  for (const [k, name] of NAMES.entries()) {
    const e = expertEvaluation(k % 5);
    const file = path.join(dir, `专家${k}.xlsx`);
    const model = buildScoresheet({
      identity: {
        workbookId: `5000000${k}-1111-4222-8333-444444444444`,
        createdAt: "2026-06-01T00:00:00.000Z",
        generator: "test",
        kind: "scoresheet",
      },
      evaluation: { ...e, meta: { ...e.meta, evaluator: name } },
    });
    fs.writeFileSync(file, await writeXlsx(model));
    files.push(file);
  }
}, 120000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    ...processIo,
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    // One merge time for both runs: the record carries it.
    now: () => new Date("2026-06-04T02:00:00.000Z"),
  };
  const code = await main(args, io);
  return { code, out, err };
}

describe("merge on worker threads", () => {
  it("reads the same candidates as the main thread, in the files' order", async () => {
    const read = async (workers: number) => {
      const got: MergeCandidate[] = [];
      const order: number[] = [];
      await readFilesInOrder(
        "merge",
        files,
        processIo,
        (c, i) => {
          got.push(c);
          order.push(i);
        },
        { workers }
      );
      return { got, order };
    };
    const serial = await read(0);
    const parallel = await read(2);
    expect(parallel.order).toEqual(files.map((_, i) => i));
    expect(parallel.got).toEqual(serial.got);
    expect(serial.got.map((c) => (c.kind === "read" ? c.expert.evaluator : c.kind))).toEqual(NAMES);
  }, 300000);

  it("gives the same --json as a serial merge", async () => {
    const serial = await run(["merge", ...files, "--json", "--workers", "0"]);
    const parallel = await run(["merge", ...files, "--json", "--workers", "2"]);
    expect(serial.code).toBe(0);
    expect(parallel.code).toBe(0);
    expect(parallel.out).toBe(serial.out);
    expect(JSON.parse(serial.out).experts).toHaveLength(NAMES.length);
  }, 300000);

  it("refuses a bad file with the same messages, wherever it was read", async () => {
    const bad = path.join(dir, "notes.txt");
    fs.writeFileSync(bad, "这不是评分表");
    const inputs = [...files.slice(0, 3), bad, ...files.slice(3)];
    const serial = await run(["merge", ...inputs, "--workers", "0"]);
    const parallel = await run(["merge", ...inputs, "--workers", "2"]);
    expect(serial.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.err).toBe(serial.err);
    expect(serial.err).toContain("notes.txt");
  }, 300000);

  it("refuses a --workers value that is not a whole number, naming it", async () => {
    const r = await run(["merge", ...files, "--workers", "two"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--workers 的值“two”无效");
  });
});
