import { describe, expect, it } from "vitest";
import { nationalPreschoolConfig, validatePreschoolConfig } from "./config";

describe("validatePreschoolConfig", () => {
  it("accepts the national values (85 %, 80 %, 50 %, 小班 25 / 中班 30 / 大班 35 / 混龄 30, 1:15)", () => {
    expect(validatePreschoolConfig(nationalPreschoolConfig)).toEqual([]);
    expect(nationalPreschoolConfig.classLimits).toEqual({ small: 25, middle: 30, large: 35, mixed: 30 });
  });
  it("names a share entered as a percentage and a class limit that is not a whole number", () => {
    const problems = validatePreschoolConfig({
      ...nationalPreschoolConfig,
      grossEnrollmentMin: 85,
      classLimits: { ...nationalPreschoolConfig.classLimits, small: 25.5 },
    });
    expect(problems.map((p) => p.field)).toEqual(["grossEnrollmentMin", "classLimits.small"]);
    expect(problems[0]?.message).toContain("0.85");
  });
});
