import { describe, expect, it } from "vitest";
import { countyEstablishment, type SchoolEstablishmentInput, schoolEstablishment } from "./establishment";
import { defaultStaffingSettings as s } from "./settings";

const base: SchoolEstablishmentInput = {
  schoolId: "a",
  schoolName: "一小",
  kind: "primary",
  students: {},
  classes: {},
  boardingStudents: 0,
  inclusiveStudents: 0,
  filled: 0,
  nonEstablished: 0,
};

describe("schoolEstablishment", () => {
  it("owes primary posts at 1:19 and adds one post per 50 boarding students", () => {
    // 380 / 19 = 20; 50 / 50 = 1 → 21 owed; 19 filled → 缺编 2
    const e = schoolEstablishment(
      { ...base, students: { primary: 380 }, classes: { primary: 9 }, boardingStudents: 50, filled: 19 },
      s,
    );
    expect(e.byStage.primary).toBe(20);
    expect(e.boarding).toBe(1);
    expect(e.owed).toBe(21);
    expect(e.shortage).toBe(2);
    expect(e.surplus).toBe(0);
  });

  it("uses the junior 1:13.5 and senior 1:12.5 ratios and rounds the school's total half up", () => {
    // 400/13.5 = 29.63, 300/12.5 = 24 → 53.63 → 54
    const e = schoolEstablishment(
      { ...base, kind: "complete_secondary", students: { junior: 400, senior: 300 }, filled: 56 },
      s,
    );
    expect(e.byStage.junior).toBe(29.6);
    expect(e.byStage.senior).toBe(24);
    expect(e.exact).toBe(53.6);
    expect(e.owed).toBe(54);
    expect(e.surplus).toBe(2);
    // 53.63 rounded down under a floor rule
    expect(
      schoolEstablishment({ ...base, students: { junior: 400, senior: 300 } }, { ...s, postRounding: "floor" }).owed,
    ).toBe(53);
  });

  it("staffs a small school by class when that gives more posts", () => {
    // 60 students / 19 = 3.16; 6 classes × 1.5 = 9 → 9 posts
    const e = schoolEstablishment({ ...base, students: { primary: 60 }, classes: { primary: 6 } }, s);
    expect(e.byStage.primary).toBe(9);
    expect(e.byClass).toEqual(["primary"]);
    expect(e.owed).toBe(9);
    // the same numbers at a school of 100 or more students stay on the ratio
    const big = schoolEstablishment({ ...base, students: { primary: 114 }, classes: { primary: 6 } }, s);
    expect(big.byStage.primary).toBe(6);
    expect(big.byClass).toEqual([]);
  });

  it("staffs a special-education school at 1:3 and adds posts for 随班就读 students elsewhere", () => {
    expect(schoolEstablishment({ ...base, kind: "special", students: { primary: 45, junior: 15 } }, s).owed).toBe(20);
    // 190/19 = 10, 20 inclusive / 10 = 2 → 12
    expect(schoolEstablishment({ ...base, students: { primary: 190 }, inclusiveStudents: 20 }, s).owed).toBe(12);
  });
});

describe("countyEstablishment", () => {
  it("sums whole school totals and does not let one school's surplus fill another's gap", () => {
    const c = countyEstablishment(
      [
        { ...base, schoolId: "a", students: { primary: 380 }, filled: 23 }, // 20 owed, +3
        { ...base, schoolId: "b", students: { primary: 190 }, filled: 8 }, // 10 owed, −2
      ],
      s,
    );
    expect(c.owed).toBe(30);
    expect(c.filled).toBe(31);
    expect(c.surplus).toBe(3);
    expect(c.shortage).toBe(2);
    expect(c.balance).toBe(1);
    expect(c.schoolsShort).toBe(1);
    expect(c.schoolsOver).toBe(1);
  });

  it("gives zeros for a county without schools", () => {
    expect(countyEstablishment([], s)).toMatchObject({ owed: 0, filled: 0, shortage: 0 });
  });
});
