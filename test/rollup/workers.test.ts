/**
 * The roll-up read on worker threads equals the serial read (issue 14): the same unit rows and refusals, in the
 * same order, and the same --json, for the generated province (30 units, a consensus, a duplicate, two refused
 * files). No figure of time or memory is asserted: those go to `npm run bench`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { processIo } from "../../src/cli/io";
import { expandInputs } from "../../src/cli/rollupCommand";
import { SERIAL_BELOW, readFilesInOrder, workerCount } from "../../src/cli/readPool";
import type { RollupRead } from "../../src/rollup";
import { writeCorpus } from "./corpus";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-workers-"));
let files: string[];

beforeAll(async () => {
  await writeCorpus(dir);
  // Every file twice over: more files than workers, so results arrive out of order and must be put back.
  files = [...expandInputs([dir], [], processIo), ...expandInputs([dir], [], processIo).reverse()];
});

async function readAll(workers: number): Promise<{ reads: RollupRead[]; order: number[] }> {
  const reads: RollupRead[] = [];
  const order: number[] = [];
  await readFilesInOrder(
    "rollup",
    files,
    processIo,
    (read, i) => {
      reads.push(read);
      order.push(i);
    },
    { workers }
  );
  return { reads, order };
}

async function json(workers: string): Promise<string> {
  let out = "";
  const io: CliIo = { ...processIo, out: (t) => void (out += t), err: () => undefined };
  expect(await main(["rollup", dir, "--json", "--workers", workers], io)).toBe(0);
  return out;
}

describe("worker threads", () => {
  it("read the same rows and refusals as the main thread, in the files' order", async () => {
    const serial = await readAll(0);
    const parallel = await readAll(2);
    expect(serial.reads).toHaveLength(files.length);
    expect(parallel.order).toEqual(files.map((_, i) => i));
    expect(parallel.reads).toEqual(serial.reads);
    expect(serial.reads.filter((r) => !r.ok)).toHaveLength(4);
    const first = serial.reads.find((r) => r.ok && r.unit.losses.size > 0);
    expect(first?.ok && first.unit.losses instanceof Map).toBe(true);
  });

  it("give the same --json as a serial run", async () => {
    expect(await json("2")).toBe(await json("0"));
  });

  it("are used for many files only, never more than the files", () => {
    expect(workerCount(SERIAL_BELOW - 1)).toBe(0);
    expect(workerCount(SERIAL_BELOW)).toBe(os.availableParallelism());
    expect(workerCount(3, { workers: 8 })).toBe(3);
    expect(workerCount(100, { workers: 0 })).toBe(0);
  });
});

describe("worker threads in another edition (--standard FILE)", () => {
  const edition = path.join(__dirname, "..", "fixtures", "editions", "test-invented-2027.json");
  const editionDir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-workers-edition-"));

  it("read workbooks of the edition given, as the main thread does, instead of refusing them", async () => {
    const quiet: CliIo = { ...processIo, out: () => undefined, err: () => undefined };
    for (let i = 0; i < SERIAL_BELOW; i++) {
      const file = path.join(editionDir, `单位${i}.xlsx`);
      const args = ["new", file, "--organization", `单位${i}`, "--standard", edition];
      expect(await main(args, quiet)).toBe(0);
    }
    const run = async (workers: string) => {
      let out = "";
      const io: CliIo = { ...quiet, out: (t) => void (out += t) };
      const args = ["rollup", editionDir, "--json", "--workers", workers, "--standard", edition];
      expect(await main(args, io)).toBe(0);
      return JSON.parse(out) as { units: unknown[]; refused: unknown[] };
    };
    const parallel = await run("2");
    expect(parallel.refused).toEqual([]);
    expect(parallel.units).toHaveLength(SERIAL_BELOW);
    expect(parallel).toEqual(await run("0"));
  });
});
