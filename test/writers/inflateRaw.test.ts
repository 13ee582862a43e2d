/**
 * Node's zlib as the input gate's first inflater (src/cli/nodeInflate.ts, src/writers/input/inflateRaw.ts): it
 * inflates exactly what pako inflates from a whole stream, refuses (undefined) every stream it does not inflate
 * whole within the budget, and the gate's verdicts and kept parts are the same with it as with pako alone — on
 * genuine workbooks and on bombs, cut and corrupt streams, and DOCTYPEs past pako's first 64 KB chunk.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import fc from "fast-check";
import pako from "pako";
import { nodeInflateRaw } from "../../src/cli/nodeInflate";
import { buildScoresheet } from "../../src/layout";
import { setInflateRaw } from "../../src/writers/input/inflateRaw";
import { isFastPart } from "../../src/writers/xlsx/fastGrid";
import { writeXlsx } from "../../src/writers/xlsx";
import { DEFAULT_LIMITS, inspectXlsxParts } from "../../src/writers/xlsx/zipGuard";
import type { ZipLimits } from "../../src/writers/xlsx/zipGuard";
import { FC_SEED, runs } from "../support/arbitraries";
import { MINIMAL_PARTS, deflated, unzip, zeroBomb, zip } from "../support/zip";

afterEach(() => setInflateRaw(undefined));

/** Bytes that compress: runs of a few symbols, with some random noise. */
const compressible = fc
  .array(
    fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 2000 })),
      fc.tuple(fc.integer({ min: 0, max: 255 }), fc.constant(1))
    ),
    { maxLength: 200 }
  )
  .map((runsOf) => Buffer.concat(runsOf.map(([b, n]) => Buffer.alloc(n, b))));

describe("nodeInflateRaw", () => {
  test("inflates every whole stream as pako does, at every level, up to a budget of exactly its size", () => {
    fc.assert(
      fc.property(compressible, fc.integer({ min: 0, max: 9 }), (raw, level) => {
        const data = zlib.deflateRawSync(raw, { level });
        const expected = pako.inflateRaw(data);
        expect(Buffer.from(nodeInflateRaw(data, Math.max(1, raw.length))!)).toEqual(
          Buffer.from(expected)
        );
        if (raw.length >= 2) expect(nodeInflateRaw(data, raw.length - 1)).toBeUndefined();
      }),
      { numRuns: runs(150), seed: FC_SEED }
    );
  });

  test("refuses every stream cut short, at every length", () => {
    const data = zlib.deflateRawSync(Buffer.from("网格化治理".repeat(400)));
    for (let n = 0; n < data.length; n++)
      expect(nodeInflateRaw(data.subarray(0, n), 1 << 20)).toBeUndefined();
    expect(nodeInflateRaw(data, 1 << 20)).toBeDefined();
  });

  test("a corrupted stream is refused, or inflated to what pako inflates from it whole", () => {
    const raw = Buffer.from('<row r="1"><c r="A1"><v>92</v></c></row>'.repeat(300));
    const data = zlib.deflateRawSync(raw);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: data.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, flip) => {
          const bad = Buffer.from(data);
          bad[at] = bad[at]! ^ flip;
          const native = nodeInflateRaw(bad, 1 << 20);
          if (native === undefined) return;
          const inflater = new pako.Inflate({ raw: true });
          inflater.push(bad, false);
          expect(inflater.err).toBe(0);
          expect((inflater as unknown as { ended: boolean }).ended).toBe(true);
          expect(Buffer.from(native)).toEqual(Buffer.from(inflater.result as Uint8Array));
        }
      ),
      { numRuns: runs(120), seed: FC_SEED }
    );
  });

  test("bytes after the end of a stream are ignored, as pako ignores them", () => {
    const raw = Buffer.from("网格 ".repeat(500));
    const data = Buffer.concat([zlib.deflateRawSync(raw), Buffer.from("trailing bytes")]);
    const inflater = new pako.Inflate({ raw: true });
    inflater.push(data, false);
    expect((inflater as unknown as { ended: boolean }).ended).toBe(true);
    expect(Buffer.from(nodeInflateRaw(data, 1 << 20)!)).toEqual(raw);
    expect(Buffer.from(inflater.result as Uint8Array)).toEqual(raw);
  });

  test("on a Node without process.getBuiltinModule (before 20.16) it inflates nothing, leaving all to pako", () => {
    const data = zlib.deflateRawSync(Buffer.from("网格"));
    const original = process.getBuiltinModule;
    try {
      (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
      jest.isolateModules(() => {
        const fresh = jest.requireActual<typeof import("../../src/cli/nodeInflate")>(
          "../../src/cli/nodeInflate"
        );
        expect(fresh.nodeInflateRaw(data, 100)).toBeUndefined();
      });
    } finally {
      process.getBuiltinModule = original;
    }
    expect(Buffer.from(nodeInflateRaw(data, 100)!).toString()).toBe("网格");
  });

  test("stops a bomb at the budget instead of inflating it", () => {
    const bomb = zeroBomb(1); // 1 GiB of zeros
    expect(nodeInflateRaw(bomb, 10 * 1024 * 1024)).toBeUndefined();
  });
});

/** The gate's whole answer, with and without zlib installed. */
function bothWays(bytes: Buffer, limits: ZipLimits = DEFAULT_LIMITS) {
  setInflateRaw(undefined);
  const pakoOnly = inspectXlsxParts(bytes, limits, "x.xlsx", isFastPart);
  setInflateRaw(nodeInflateRaw);
  const withZlib = inspectXlsxParts(bytes, limits, "x.xlsx", isFastPart);
  setInflateRaw(undefined);
  return { pakoOnly, withZlib };
}

describe("the input gate with zlib installed gives pako's verdicts and parts", () => {
  const fixtures = path.join(__dirname, "..", "fixtures", "cases");
  const cases = fs.readdirSync(fixtures).filter((f) => f.endsWith(".xlsx"));

  test.each(cases)("fixture %s", (file) => {
    const { pakoOnly, withZlib } = bothWays(fs.readFileSync(path.join(fixtures, file)));
    expect(withZlib).toEqual(pakoOnly);
    expect(withZlib.problems).toEqual([]);
    expect(withZlib.parts?.size).toBeGreaterThan(5);
  });

  test("a freshly written scoresheet: every fast part kept, byte for byte", async () => {
    const bytes = await writeXlsx(
      buildScoresheet({
        identity: { workbookId: "w", createdAt: "2026-12-01", generator: "t", kind: "scoresheet" },
      })
    );
    const { pakoOnly, withZlib } = bothWays(Buffer.from(bytes));
    expect(withZlib).toEqual(pakoOnly);
    const parts = unzip(bytes);
    for (const [name, content] of withZlib.parts!)
      expect(Buffer.from(content)).toEqual(parts.get(name));
    expect([...withZlib.parts!.keys()].sort()).toEqual(
      [...parts.keys()].filter((n) => isFastPart(n)).sort()
    );
  });

  test.each([
    [
      "a zip bomb",
      () => zip([...MINIMAL_PARTS, { name: "xl/media/zeros.bin", data: zeroBomb(1), size: 1000 }]),
      "zip-bomb",
    ],
    [
      "a part whose deflate stream is cut short",
      () => {
        const whole = deflated("xl/worksheets/sheet1.xml", "<worksheet>" + "<x/>".repeat(5000));
        return zip([...MINIMAL_PARTS, { ...whole, data: whole.data.subarray(0, 40) }]);
      },
      undefined, // pako's verdict, whatever it is, is the one the gate keeps
    ],
    [
      "a part with a corrupt deflate stream",
      () => {
        const whole = deflated("xl/worksheets/sheet1.xml", "<worksheet/>");
        const data = Buffer.from(whole.data);
        data[0] = 0xff; // block type 3: reserved, an error in every inflater
        return zip([...MINIMAL_PARTS, { ...whole, data }]);
      },
      "corrupt",
    ],
    [
      "a DOCTYPE after pako's first 64 KB chunk",
      () =>
        zip([
          ...MINIMAL_PARTS,
          deflated(
            "xl/worksheets/sheet1.xml",
            `<worksheet><!--${"-".repeat(70000)}--><!DOCTYPE x></worksheet>`
          ),
        ]),
      "xml-doctype",
    ],
  ])("%s", (_name, make, code) => {
    const { pakoOnly, withZlib } = bothWays(make(), {
      ...DEFAULT_LIMITS,
      maxInflatedBytes: 4 << 20,
    });
    expect(withZlib).toEqual(pakoOnly);
    if (code !== undefined) expect(withZlib.problems.map((p) => p.code)).toContain(code);
  });
});
