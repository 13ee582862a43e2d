/**
 * A merge read on worker threads equals the serial read (issue 15: merge and roll-up read many files on worker
 * threads): the same --json, the same refusal of a bad file with the same messages, in the files' order. No
 * figure of time is asserted: `npm run bench` measures the merge of 1,000 workbooks.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { processIo } from "../../src/cli/io";
import { readFilesInOrder } from "../../src/cli/readPool";
import type { MergeCandidate } from "../../src/merge";
import { writeExpertWorkbooks } from "../support/finishScenario";
import { runCli } from "../support/cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-merge-workers-"));
const NAMES = ["甲一", "乙二", "丙三", "丁四", "戊五", "己六", "庚七"];
let files: string[];

beforeAll(async () => {
  files = await writeExpertWorkbooks(dir, NAMES);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** One merge time for both runs: the record carries it. */
const run = (args: string[]) => runCli(args, new Date("2026-06-04T02:00:00.000Z"));

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
  });

  it("gives the same --json as a serial merge", async () => {
    const serial = await run(["merge", ...files, "--json", "--workers", "0"]);
    const parallel = await run(["merge", ...files, "--json", "--workers", "2"]);
    expect(serial.code).toBe(0);
    expect(parallel.code).toBe(0);
    expect(parallel.out).toBe(serial.out);
    expect(JSON.parse(serial.out).experts).toHaveLength(NAMES.length);
  });

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
  });

  it("refuses a --workers value that is not a whole number, naming it", async () => {
    const r = await run(["merge", ...files, "--workers", "two"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--workers 的值“two”无效");
  });
});
