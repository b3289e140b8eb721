import { describe, expect, it } from "vitest";
import { difficultyBand, discriminationQuality, groupSize, type ItemSpec, itemAnalysis } from "./itemAnalysis";

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

/** A class of n students, `right` of whom score full marks on one item (the others 0), subject scores all distinct. */
function oneItemClass(n: number, right: number, maxScore: number) {
  const subject = Float64Array.from({ length: n }, (_, i) => 100 - i);
  const item = Float64Array.from({ length: n }, (_, i) => (i < right ? maxScore : 0));
  const spec: ItemSpec = { number: "1", maxScore, kind: "objective" };
  return itemAnalysis(subject, [item], [spec])[0]!;
}

describe("difficulty bands at their boundaries (P > 0.7 easy, 0.4 ≤ P ≤ 0.7 medium, P < 0.4 hard)", () => {
  it("labels P = 105/150 = 0.7 medium, not easy (2.1 / 3 is 0.7000000000000001 in floating point)", () => {
    const x = oneItemClass(50, 35, 3);
    expect(x.difficulty).toBeCloseTo(0.7, 12);
    expect(x.difficultyBand).toBe("medium");
  });

  it("labels P = 60/150 = 0.4 medium, not hard (1.2 / 3 is 0.39999999999999997 in floating point)", () => {
    const x = oneItemClass(50, 20, 3);
    expect(x.difficulty).toBeCloseTo(0.4, 12);
    expect(x.difficultyBand).toBe("medium");
  });

  it("labels one student more or fewer on the other side", () => {
    expect(oneItemClass(50, 36, 3).difficultyBand).toBe("easy");
    expect(oneItemClass(50, 19, 3).difficultyBand).toBe("hard");
  });

  it("decides half-point and tenth-point items exactly too", () => {
    // 10 students with 3.5 of 5 each: P = 35/50 = 0.7; with 2 of 5: P = 0.4
    const subject = Float64Array.from({ length: 10 }, (_, i) => 50 - i);
    const spec: ItemSpec = { number: "1", maxScore: 5, kind: "subjective" };
    const [a] = itemAnalysis(subject, [new Float64Array(10).fill(3.5)], [spec]);
    expect(a!.difficultyBand).toBe("medium");
    const [b] = itemAnalysis(subject, [new Float64Array(10).fill(2)], [spec]);
    expect(b!.difficultyBand).toBe("medium");
    // 0.7 of 1 point by tenths: 3 × 0.7 = 2.0999999999999996 summed in floating point
    const [c] = itemAnalysis(subject.slice(0, 3), [Float64Array.of(0.7, 0.7, 0.7)], [{ ...spec, maxScore: 1 }]);
    expect(c!.difficultyBand).toBe("medium");
  });

  it("falls back to the floating-point P, rounded to 1e-9, for scores off the hundredth-point grid", () => {
    // 7/3 of 10/3 points: P = 0.7 up to rounding
    const subject = Float64Array.from({ length: 6 }, (_, i) => 60 - i);
    const [x] = itemAnalysis(
      subject,
      [new Float64Array(6).fill(7 / 3)],
      [{ number: "1", maxScore: 10 / 3, kind: "subjective" }],
    );
    expect(x!.difficulty).toBeCloseTo(0.7, 12);
    expect(x!.difficultyBand).toBe("medium");
    expect(x!.discrimination).toBe(0);
  });

  it("bands a floating-point P after rounding it to 1e-9", () => {
    expect(difficultyBand(2.1 / 3)).toBe("medium");
    expect(difficultyBand(1.2 / 3)).toBe("medium");
  });
});

describe("27% groups with ties at the edge", () => {
  it("rounds 27% of n to the nearest whole student, halves up", () => {
    expect([1, 2, 3, 10, 50, 150, 450].map(groupSize)).toEqual([0, 1, 1, 3, 14, 41, 122]);
  });

  // ten students, g = 3. Top: 20 and 18 count fully, the three 16s share the last place (weight 1/3 each).
  // Bottom: 2 counts fully, the three 6s share the two places left (weight 2/3 each).
  const subject = Float64Array.from([20, 18, 16, 16, 16, 10, 6, 6, 6, 2]);
  const specs: ItemSpec[] = [
    { number: "1", maxScore: 1, kind: "objective" },
    { number: "2", maxScore: 4, kind: "subjective" },
  ];
  const items = [Float64Array.from([1, 1, 1, 0, 0, 1, 1, 0, 0, 0]), Float64Array.from([4, 3, 4, 2, 0, 2, 3, 1, 2, 0])];

  it("gives the tied students a fractional share of the places (worked by hand)", () => {
    const [a, b] = itemAnalysis(subject, items, specs);
    // objective: P(top) = (1 + 1 + 1/3 · 1) / (2 + 1/3 · 3) = 7/9; P(bottom) = (0 + 2/3 · 1) / (1 + 2/3 · 3) = 2/9
    expect(a!.discrimination).toBeCloseTo(7 / 9 - 2 / 9, 12);
    expect(a!.quality).toBe("very_good");
    // subjective: mean top = (4 + 3 + 1/3 · 6) / 3 = 3; mean bottom = (0 + 2/3 · 6) / 3 = 4/3; D = (3 − 4/3) / 4
    expect(b!.discrimination).toBeCloseTo(5 / 12, 12);
    expect(b!.quality).toBe("very_good");
  });

  it("gives D = 0 when everyone ties", () => {
    const [x] = itemAnalysis(new Float64Array(4).fill(7), [Float64Array.of(1, 0, 1, 0)], [specs[0]!]);
    expect(x!.discrimination).toBe(0);
  });

  it("decides D's quality exactly at a boundary", () => {
    // g = 3 of 10 distinct scores; a 2.5-point item: top 2.5, 2.5, 0 and bottom 0, 0, 0 → D = (5/3) / 2.5 = 2/3;
    // a 5-point item: top 2, 2, 2 and bottom 0, 0, 0 → D = 2 / 5 = 0.4 exactly, very good
    const s = Float64Array.from({ length: 10 }, (_, i) => 100 - i);
    const [x, y] = itemAnalysis(
      s,
      [Float64Array.from([2.5, 2.5, 0, 1, 1, 1, 1, 0, 0, 0]), Float64Array.from([2, 2, 2, 1, 1, 1, 1, 0, 0, 0])],
      [
        { number: "1", maxScore: 2.5, kind: "subjective" },
        { number: "2", maxScore: 5, kind: "subjective" },
      ],
    );
    expect(x!.discrimination).toBeCloseTo(2 / 3, 12);
    expect(x!.quality).toBe("very_good");
    expect(y!.discrimination).toBeCloseTo(0.4, 12);
    expect(y!.quality).toBe("very_good");
  });

  it("decides D's quality in exact arithmetic, not on a rounded floating-point D", () => {
    // 100 002 students, g = 27 001: 1 000 above the cut score (400 right), 26 027 tied at it (7 708 right) sharing the
    // 26 001 places left; the bottom group has nothing right. D = (400 + 26 001 · 7 708 / 26 027) / 27 001, which is
    // 0.3 − 1/(10 · 26 027 · 27 001) ≈ 0.29999999986: below 0.3, though it rounds to 0.3 at 1e-9.
    const n = 100_002;
    const s = new Float64Array(n);
    const item = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (i < 1000) {
        s[i] = 1000 + i;
        item[i] = i < 400 ? 1 : 0;
      } else if (i < 1000 + 26_027) {
        s[i] = 500;
        item[i] = i < 1000 + 7708 ? 1 : 0;
      } else s[i] = i % 400;
    }
    const [x] = itemAnalysis(s, [item], [{ number: "1", maxScore: 1, kind: "objective" }]);
    expect(x!.discrimination).toBeCloseTo((400 + (26_001 * 7708) / 26_027) / 27_001, 14);
    expect(x!.discrimination).toBeLessThan(0.3);
    expect(discriminationQuality(x!.discrimination!)).toBe("good");
    expect(x!.quality).toBe("revise");
  });

  it("leaves D unchanged when the students are stored in another order", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const n = 97;
    // subject scores on few values (many ties), half-point item scores, a few absent
    const subj = Float64Array.from({ length: n }, () => (random() < 0.05 ? Number.NaN : Math.floor(random() * 12) * 5));
    const maxes = [1, 2, 3, 5, 10, 2.5];
    const cols = maxes.map((m) =>
      Float64Array.from(subj, (v) =>
        random() < 0.03 ? Number.NaN : Math.min(m, Math.max(0, Math.round(((v / 55) * m + random() - 0.5) * 2) / 2)),
      ),
    );
    const sp: ItemSpec[] = maxes.map((maxScore, k) => ({ number: String(k + 1), maxScore, kind: "subjective" }));
    const base = itemAnalysis(subj, cols, sp);
    for (let round = 0; round < 20; round++) {
      const order = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const shuffled = itemAnalysis(
        Float64Array.from(order, (i) => subj[i]!),
        cols.map((c) => Float64Array.from(order, (i) => c[i]!)),
        sp,
      );
      shuffled.forEach((x, k) => {
        expect(x.discrimination).toBe(base[k]!.discrimination);
        expect(x.quality).toBe(base[k]!.quality);
        expect(x.difficulty).toBe(base[k]!.difficulty);
      });
    }
  });

  it("sorts subject scores on the grid by counting and others by comparison into the same groups", () => {
    let seed = 3;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const n = 401;
    // half-point subject scores with many ties, and the same shifted off the hundredth grid: the same order
    const onGrid = Float64Array.from({ length: n }, () =>
      random() < 0.05 ? Number.NaN : Math.floor(random() * 40) / 2,
    );
    const offGrid = Float64Array.from(onGrid, (v) => v + 1e-7);
    const cols = [3, 5, 10].map((m) =>
      Float64Array.from(onGrid, (v) => (Number.isNaN(v) ? 0 : Math.round((v / 20) * m * 2) / 2)),
    );
    const sp: ItemSpec[] = [3, 5, 10].map((maxScore, k) => ({ number: String(k + 1), maxScore, kind: "subjective" }));
    const select = Uint8Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 0 : 1));
    for (const only of [undefined, select]) {
      const counted = itemAnalysis(onGrid, cols, sp, only);
      expect(itemAnalysis(offGrid, cols, sp, only)).toEqual(counted);
      expect(counted.every((x) => x.discrimination !== null && x.discrimination > 0)).toBe(true);
    }
  });
});
