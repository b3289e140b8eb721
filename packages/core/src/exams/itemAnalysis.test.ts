import { describe, expect, it } from "vitest";
import { difficultyBand, discriminationQuality, type ItemSpec, itemAnalysis } from "./itemAnalysis";

const NaN_ = Number.NaN;

describe("itemAnalysis on a worked example", () => {
  // ten students, subject scores from 20 down to 2: the 27% groups are round(2.7) = 3 students each
  const subject = Float64Array.from([20, 18, 16, 14, 12, 10, 8, 6, 4, 2]);
  const specs: ItemSpec[] = [
    { number: "1", maxScore: 1, kind: "objective", knowledge: "有理数" },
    { number: "2", maxScore: 4, kind: "subjective" },
    { number: "3", maxScore: 1, kind: "objective" },
  ];
  const items = [
    Float64Array.from([1, 1, 0, 1, 1, 0, 1, 0, 0, 0]),
    Float64Array.from([4, 3, 3, 2, 2, 2, 1, 1, 1, 0]),
    Float64Array.from([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]),
  ];
  const [a, b, c] = itemAnalysis(subject, items, specs);

  it("gives the objective item P = 5/10 and D = P(top) − P(bottom) = 2/3 − 0", () => {
    expect(a).toMatchObject({ n: 10, mean: 0.5, difficulty: 0.5, difficultyBand: "medium", knowledge: "有理数" });
    expect(a!.discrimination).toBeCloseTo(2 / 3, 12);
    expect(a!.quality).toBe("very_good");
    expect(a!.fullMarkRate).toBe(0.5);
    expect(a!.zeroRate).toBe(0.5);
  });

  it("gives the subjective item P = 1.9/4 and D = (10/3 − 2/3)/4", () => {
    expect(b!.difficulty).toBeCloseTo(0.475, 12);
    expect(b!.discrimination).toBeCloseTo(2 / 3, 12);
  });

  it("labels an item the weak students answer better as poor (negative D)", () => {
    expect(c!.discrimination).toBeCloseTo(1 / 3 - 2 / 3, 12);
    expect(c!.quality).toBe("poor");
  });

  it("leaves out absent students and can look at a selection only", () => {
    const withAbsent = Float64Array.from([...subject.slice(0, 9), NaN_]);
    const [x] = itemAnalysis(withAbsent, [items[0]!], [specs[0]!]);
    expect(x!.n).toBe(9);
    const select = Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    const [y] = itemAnalysis(subject, [items[0]!], [specs[0]!], select);
    expect(y!.n).toBe(4);
    expect(y!.difficulty).toBe(0.75);
  });

  it("gives no discrimination for a single student", () => {
    const [x] = itemAnalysis(Float64Array.from([5]), [Float64Array.from([1])], [specs[0]!]);
    expect(x!.discrimination).toBeNull();
    expect(x!.difficulty).toBe(1);
  });
});

describe("labels", () => {
  it.each([
    [0.4, "very_good"],
    [0.39, "good"],
    [0.3, "good"],
    [0.29, "revise"],
    [0.2, "revise"],
    [0.19, "poor"],
  ] as const)("D = %f is %s", (d, q) => expect(discriminationQuality(d)).toBe(q));
  it("bands difficulty", () => {
    expect(difficultyBand(0.71)).toBe("easy");
    expect(difficultyBand(0.7)).toBe("medium");
    expect(difficultyBand(0.39)).toBe("hard");
  });
});
