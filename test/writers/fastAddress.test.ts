/**
 * The fast reader's per-cell scanners without regular expressions (issue 15) against the patterns they replace:
 * decodeAddress against /^([A-Z]{1,3})([1-9]\d{0,6})$/ with columns up to XFD, on table cases at every edge and
 * on generated strings biased toward addresses.
 */
import fc from "fast-check";
import { columnNumber, decodeAddress } from "../../src/writers/xlsx/fastXml";
import { FC_SEED, runs } from "../support/arbitraries";

/** The specification decodeAddress was written from (its former body). */
function byPattern(a: string): { row: number; col: number } | undefined {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(a);
  const col = m ? columnNumber(m[1]!) : undefined;
  return m && col !== undefined ? { row: Number(m[2]), col } : undefined;
}

test.each([
  ["A1", { row: 1, col: 1 }],
  ["Z9", { row: 9, col: 26 }],
  ["AA10", { row: 10, col: 27 }],
  ["XFD1048576", { row: 1048576, col: 16384 }],
  ["XFD9999999", { row: 9999999, col: 16384 }],
  ["XFE1", undefined],
  ["ZZZ1", undefined],
  ["AAAA1", undefined],
  ["A12345678", undefined],
  ["A0", undefined],
  ["A01", undefined],
  ["A", undefined],
  ["1", undefined],
  ["", undefined],
  ["a1", undefined],
  ["A1 ", undefined],
  [" A1", undefined],
  ["$A$1", undefined],
  ["A1B", undefined],
  ["A-1", undefined],
  ["Ａ1", undefined],
])("decodeAddress(%j)", (address, expected) => {
  expect(decodeAddress(address)).toEqual(expected);
  expect(byPattern(address)).toEqual(expected);
});

test("decodeAddress agrees with its pattern on generated strings", () => {
  const letters = fc.string({
    unit: fc.constantFrom("A", "B", "X", "F", "D", "Z", "a", "$"),
    maxLength: 5,
  });
  const digits = fc.string({ unit: fc.constantFrom("0", "1", "5", "9", " ", "A"), maxLength: 9 });
  fc.assert(
    fc.property(
      fc.oneof(
        fc.tuple(letters, digits).map(([l, d]) => l + d),
        fc.string()
      ),
      (a) => {
        expect(decodeAddress(a)).toEqual(byPattern(a));
      }
    ),
    { numRuns: runs(3000), seed: FC_SEED }
  );
});
