/**
 * The CLI hashes with node:crypto (src/cli/main.ts, readWorker.ts install it with setSha256), the task pane with
 * the pure TypeScript SHA-256: both must give the same digests.
 */
import { createHash } from "crypto";
import { pureSha256Hex, setSha256, sha256Hex, sha256Text } from "../../src/standard/sha256";

const native = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** Deterministic pseudo-random bytes. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

// Lengths around the 64-byte block and its 55/56-byte padding edge, and one past 64 KB.
const INPUTS: readonly [string, Uint8Array][] = [
  ["empty", new Uint8Array(0)],
  ["abc", new TextEncoder().encode("abc")],
  ...[1, 55, 56, 63, 64, 65, 119, 120, 1000].map((n): [string, Uint8Array] => [
    `${n} bytes`,
    bytes(n, n),
  ]),
  ["70,000 bytes (> 64 KB)", bytes(70_000, 7)],
  ["a subarray at an offset", bytes(5000, 3).subarray(17, 4017)],
];

afterEach(() => setSha256(undefined));

test.each(INPUTS)("the pure and the native SHA-256 agree: %s", (_, data) => {
  expect(pureSha256Hex(data)).toBe(native(data));
});

test("known digests", () => {
  expect(pureSha256Hex(new Uint8Array(0))).toBe(
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
  );
  expect(native(new TextEncoder().encode("abc"))).toBe(
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
  );
});

test("setSha256 routes sha256Hex and sha256Text, and undefined restores the pure one", () => {
  const data = bytes(70_000, 11);
  const calls: number[] = [];
  setSha256((d) => {
    calls.push(d.length);
    return native(d);
  });
  expect(sha256Hex(data)).toBe(pureSha256Hex(data));
  expect(sha256Text("评分")).toBe(pureSha256Hex(new TextEncoder().encode("评分")));
  expect(calls).toEqual([70_000, 6]);
  setSha256(undefined);
  expect(sha256Hex(data)).toBe(pureSha256Hex(data));
  expect(calls).toHaveLength(2);
});
