import { describe, expect, it } from "vitest";
import { decimals, formatNumber, stepValue } from "../src/app/format";

describe("formatNumber", () => {
  it.each([
    [5, "%d", "5"],
    [5.7, "%d", "5"],
    [3.14159, "%0.2f", "3.14"],
    [3.14159, "%.3f", "3.142"],
    [2, "%.1f%%", "2.0%"],
    [7, "$%i", "$7"],
    [1234.5, "%e", "1.234500e+03"],
    [0.5, "%g", "0.5"],
    [5, "%03d", "005"],
    [5, "%+d", "+5"],
    [5, "", "5"],
    [5, "no spec", "5"],
  ])("%s with %s -> %s", (v, fmt, out) => {
    expect(formatNumber(v, fmt)).toBe(out);
  });
});

describe("stepping", () => {
  it("has no float noise and clamps", () => {
    expect(stepValue(0.1, 0.2, 1, null, null)).toBe(0.3);
    expect(stepValue(9, 5, 1, 0, 10)).toBe(10);
    expect(stepValue(1, 5, -1, 0, 10)).toBe(0);
    expect(decimals(0.25)).toBe(2);
    expect(decimals(1e-7)).toBe(7);
  });
});
