import { describe, expect, it } from "vitest";
import { borderlineStudents } from "./borderline";
import { meanAndSd, tScore, zScores } from "./standardScores";

describe("standard scores", () => {
  it("computes z and T against the reference mean and sd", () => {
    const z = zScores(Float64Array.from([60, 80, Number.NaN]), 70, 10);
    expect(Array.from(z)).toEqual([-1, 1, Number.NaN]);
    expect(tScore(-1)).toBe(40);
    expect(tScore(0)).toBe(50);
  });
  it("gives everyone z = 0 when everyone scored the same", () => {
    expect(Array.from(zScores(Float64Array.from([5, 5]), 5, 0))).toEqual([0, 0]);
  });
  it("gives the population mean and sd of those present, null for nobody", () => {
    expect(meanAndSd(Float64Array.from([60, 80, Number.NaN]))).toEqual({ n: 2, mean: 70, sd: 10 });
    expect(meanAndSd(Float64Array.from([Number.NaN]))).toBeNull();
  });
});

describe("borderlineStudents", () => {
  it("takes line − buffer ≤ score < line: the line itself has been reached", () => {
    const b = borderlineStudents(Float64Array.from([54.5, 55, 59.5, 60, Number.NaN]), 100, {
      name: "及格临界",
      share: 0.6,
      buffer: 0.05,
    });
    expect(b).toEqual({ name: "及格临界", line: 60, from: 55, students: [1, 2] });
  });
  it("scales with full marks (150-point paper, excellent line 127.5)", () => {
    const b = borderlineStudents(Float64Array.from([120, 119.5, 127.4, 127.5]), 150, {
      name: "优秀临界",
      share: 0.85,
      buffer: 0.05,
    });
    expect(b.line).toBe(127.5);
    expect(b.from).toBe(120);
    expect(b.students).toEqual([0, 2]);
  });
});
