import fc from "fast-check";
import {
  decimalOf,
  decimalPlaces,
  exact,
  Fraction,
  formatScore,
  formatSignedPercent,
  round2,
  shiftDecimal,
  toUnits,
} from "../../src/engine/exact";

describe("the number model (README: Numbers)", () => {
  it.each([
    [0.1, 1n, 1],
    [2.5, 25n, 1],
    [300, 300n, 0],
    [1e-7, 1n, 7],
    [-2.25, -225n, 2],
  ])("decimalOf(%p) is the decimal as typed", (x, digits, scale) => {
    const d = decimalOf(x)!;
    expect(exact(x).equals(exact(Number(`${digits}e${-scale}`)))).toBe(true);
    expect(d.digits * 10n ** BigInt(Math.max(0, -d.scale))).toBe(
      digits * 10n ** BigInt(Math.max(0, -scale))
    );
  });

  it.each([
    [0.29, 29],
    [4.35, 435],
    [2.5, 250],
    [300, 30000],
    [2.675, undefined],
    [1e-7, undefined],
    [0.30000000000000004, undefined],
    [NaN, undefined],
  ])("toUnits(%p) in hundredths is %p", (x, units) => {
    expect(toUnits(x)).toBe(units);
  });

  it.each([
    [0.925, 2, 92.5],
    [0.57, 2, 57],
    [0.0001, 2, 0.01],
    [92.5, -2, 0.925],
    [5, -2, 0.05],
    [45, -2, 0.45],
    [0, 2, 0],
  ])("shiftDecimal(%p, %p) is %p exactly", (x, places, out) => {
    expect(shiftDecimal(x, places)).toBe(out);
  });

  it("a percent and its fraction convert both ways without float noise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        const percent = hundredths / 100;
        const fraction = shiftDecimal(percent, -2);
        expect(decimalPlaces(fraction)).toBeLessThanOrEqual(4);
        expect(shiftDecimal(fraction, 2)).toBe(percent);
      }),
      { seed: 9, numRuns: 500 }
    );
  });

  it.each([
    [exact(13).div(3), 4.33, "4.33"],
    [exact(13).div(3).mul(3), 13, "13"],
    [exact(900).div(3), 300, "300"],
    [exact(2099.99).div(7), 300, "300"],
    [exact(299.995), 300, "300"],
    [exact(299.994), 299.99, "299.99"],
    [exact(4.5), 4.5, "4.5"],
    [exact(2.675), 2.68, "2.68"],
    [exact(0.005), 0.01, "0.01"],
  ])("rounds %s half up (四舍五入) to %p, shown as %p", (x, n, s) => {
    expect(round2(x)).toBe(n);
    expect(formatScore(x)).toBe(s);
  });

  it("shows both decimals when asked", () => {
    expect(formatScore(exact(4.5), { fixed: true })).toBe("4.50");
    expect(formatScore(300, { fixed: true })).toBe("300.00");
  });

  it("every rounded figure has at most 2 decimals, for any rational of hundredths over 1–7 experts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50000 * 7 }),
        fc.integer({ min: 1, max: 7 }),
        (units, n) => {
          const r = round2(exact(units).div(100 * n));
          expect(decimalPlaces(r)).toBeLessThanOrEqual(2);
          expect(formatScore(r)).toMatch(/^\d+(\.\d{1,2})?$/);
        }
      ),
      { seed: 17, numRuns: 1000 }
    );
  });
});

describe("formatSignedPercent: a deviation as merge, the report and the consensus sheet print it", () => {
  test.each([
    [30.17, "+30.17%"],
    [-0.33, "-0.33%"],
    [0, "0%"],
    [-0, "0%"],
    [2.5, "+2.5%"],
    [-100, "-100%"],
    // Rounds half up on the magnitude; a figure that rounds to 0 carries no sign.
    [0.004, "0%"],
    [-0.004, "0%"],
    [0.005, "+0.01%"],
    [-0.005, "-0.01%"],
    [-30.165, "-30.17%"],
  ])("%s → %s", (pct, shown) => {
    expect(formatSignedPercent(pct)).toBe(shown);
  });

  test("an exact fraction: -1/300 of a percent is 0%, 2/3 is +0.67%", () => {
    expect(formatSignedPercent(new Fraction(-1, 300))).toBe("0%");
    expect(formatSignedPercent(new Fraction(2, 3))).toBe("+0.67%");
    expect(formatSignedPercent(new Fraction(-2, 3))).toBe("-0.67%");
  });
});
