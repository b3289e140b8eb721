import { describe, expect, it } from "vitest";
import { canonicalInputs } from "./canonicalInputs";
import { nationalBalanceConfig as config } from "./config";
import { school, schoolA, teachers } from "./testSchools";

describe("canonicalInputs", () => {
  const b = school({
    schoolId: "B",
    enrollment: { primary: 10, junior: 0, senior: 0 },
    teachers: teachers(2, {}, "z"),
  });

  it("does not depend on the order of schools, teachers or keys", () => {
    const shuffled = { ...schoolA, teachers: [...schoolA.teachers].reverse() };
    const reordered = Object.fromEntries(Object.entries(b).reverse()) as typeof b;
    expect(canonicalInputs([schoolA, b], config)).toBe(canonicalInputs([reordered, shuffled], config));
  });

  it("changes when a value or a setting changes", () => {
    const base = canonicalInputs([schoolA, b], config);
    const moreStudents = { ...b, enrollment: { ...b.enrollment, primary: 11 } };
    expect(canonicalInputs([schoolA, moreStudents], config)).not.toBe(base);
    expect(canonicalInputs([schoolA, b], { ...config, schoolMinimumMet: 7 })).not.toBe(base);
  });
});
