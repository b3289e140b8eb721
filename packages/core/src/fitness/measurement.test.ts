import { describe, expect, it } from "vitest";
import { checkMeasurement, parseRunTime } from "./measurement";

describe("parseRunTime", () => {
  it.each([
    ["235", "run1000", 235],
    ["3′55″", "run1000", 235],
    ["3'55\"", "run800", 235],
    ["3分55秒", "run1000", 235],
    ["3.55", "run1000", 235],
    ["3.5", "run800", 230],
    ["1'45", "shuttle", 105],
    ["8.6", "run50", 8.6],
    ["", "run50", null],
    ["3'75", "run1000", null],
    ["快", "run50", null],
  ] as const)("%s (%s) → %s", (text, item, expected) => {
    expect(parseRunTime(text, item)).toBe(expected);
  });
});

describe("checkMeasurement", () => {
  const juniorGirl = ["vital", "run50", "sit_reach", "jump", "situp", "run800"] as const;
  it("names a height typed in metres and gives the value in centimetres", () => {
    const p = checkMeasurement({ grade: 7, sex: "female", heightCm: 1.58, weightKg: 45, values: {} }, juniorGirl);
    expect(p).toEqual([{ field: "heightCm", message: expect.stringContaining("改为 158") }]);
  });
  it("refuses a 50 m in 3 s and a height of 17 m", () => {
    const p = checkMeasurement(
      { grade: 7, sex: "female", heightCm: 1700, weightKg: 45, values: { run50: 3 } },
      juniorGirl,
    );
    expect(p.map((x) => x.field)).toEqual(["heightCm", "run50"]);
  });
  it("refuses a 1000 m for a girl and pull-ups for a girl", () => {
    const p = checkMeasurement(
      { grade: 8, sex: "female", heightCm: 158, weightKg: 45, values: { run1000: 240, pullup: 3 } },
      juniorGirl,
    );
    expect(p.map((x) => x.field)).toEqual(["run1000", "pullup"]);
    expect(p[0]?.message).toContain("800米跑");
  });
  it("refuses an item the grade does not test and accepts plausible values", () => {
    expect(
      checkMeasurement({ grade: 8, sex: "female", heightCm: 158, weightKg: 45, values: { rope: 120 } }, juniorGirl)[0]
        ?.field,
    ).toBe("rope");
    expect(
      checkMeasurement(
        { grade: 8, sex: "female", heightCm: 158, weightKg: 45, values: { run800: 230, situp: 40 } },
        juniorGirl,
      ),
    ).toEqual([]);
  });
});
