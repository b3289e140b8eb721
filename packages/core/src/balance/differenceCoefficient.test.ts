import { describe, expect, it } from "vitest";
import { differenceCoefficient, unweightedCoefficient } from "./differenceCoefficient";
import example from "./fixtures/balance-cv-example.json" with { type: "json" };

describe("differenceCoefficient (methods.md §1.3)", () => {
  const values = example.schools.map((s) => ({ students: s.students, value: s.books / s.students }));

  it("reproduces the worked example: books per student, weighted by enrollment", () => {
    const result = differenceCoefficient(values);
    if (result.kind !== "ok") throw new Error("expected a coefficient");
    expect(result.mean).toBeCloseTo(example.expected.mean, 4);
    expect(result.sd).toBeCloseTo(example.expected.sd, 4);
    expect(result.cv).toBeCloseTo(example.expected.cv, 4);
    expect(result.schools).toBe(5);
    expect(result.students).toBe(302);
  });

  it("is not the unweighted coefficient, which the example gives for contrast", () => {
    expect(unweightedCoefficient(values.map((v) => v.value))).toBeCloseTo(
      example.expected.unweighted_cv_for_contrast,
      4,
    );
    const weighted = differenceCoefficient(values);
    expect(weighted.kind === "ok" && Math.abs(weighted.cv - 0.4888) > 0.02).toBe(true);
  });

  it("has a weighted mean equal to the county aggregate (all books / all students)", () => {
    const result = differenceCoefficient(values);
    const books = example.schools.reduce((n, s) => n + s.books, 0);
    const students = example.schools.reduce((n, s) => n + s.students, 0);
    expect(result.kind === "ok" && result.mean).toBeCloseTo(books / students, 10);
  });

  it("is zero when every school has the same value", () => {
    const result = differenceCoefficient([
      { students: 10, value: 4 },
      { students: 90, value: 4 },
    ]);
    expect(result.kind === "ok" && result.cv).toBe(0);
  });

  it("uses the population form (divides by total weight, not n − 1)", () => {
    // two schools of 10 and 30 students, values 1 and 3: mean 2.5, variance 0.25·2.25 + 0.75·0.25 = 0.75
    const result = differenceCoefficient([
      { students: 10, value: 1 },
      { students: 30, value: 3 },
    ]);
    expect(result.kind === "ok" && result.cv).toBeCloseTo(Math.sqrt(0.75) / 2.5, 12);
  });

  it("leaves out schools with no students and says when there is nothing to compute", () => {
    expect(
      differenceCoefficient([
        { students: 0, value: 99 },
        { students: 5, value: 2 },
      ]),
    ).toMatchObject({
      kind: "ok",
      cv: 0,
      schools: 1,
    });
    expect(differenceCoefficient([]).kind).toBe("no_data");
    expect(differenceCoefficient([{ students: 5, value: 0 }]).kind).toBe("no_data");
  });
});
