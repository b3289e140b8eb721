import { describe, expect, it } from "vitest";
import { rotationEligibility, rotationFigures } from "./rotation";
import { defaultStaffingSettings as s } from "./settings";

describe("rotationEligibility", () => {
  it("makes a teacher due after 6 whole years and a principal after two 3-year terms", () => {
    expect(
      rotationEligibility({ atSchoolSince: "2020-09-01", isPrincipal: false, exempt: false }, "2026-09-01", s),
    ).toEqual({ years: 6, due: true, eligible: true });
    expect(
      rotationEligibility({ atSchoolSince: "2020-09-02", isPrincipal: false, exempt: false }, "2026-09-01", s).due,
    ).toBe(false);
    expect(
      rotationEligibility({ atSchoolSince: "2021-09-01", isPrincipal: true, exempt: false }, "2026-09-01", {
        ...s,
        principalTermYears: 2,
      }).due,
    ).toBe(true);
    expect(
      rotationEligibility({ atSchoolSince: "2010-09-01", isPrincipal: false, exempt: true }, "2026-09-01", s).eligible,
    ).toBe(false);
  });
});

describe("rotationFigures", () => {
  it("wants 10 % of the eligible rounded up and 20 % backbone among those rotating", () => {
    const f = rotationFigures({ eligibleAtTargetSchools: 57, rotating: 6, backboneRotating: 1 }, s);
    expect(f.target).toBe(6);
    expect(f.met).toBe(true);
    expect(f.backboneTarget).toBe(2);
    expect(f.backboneMet).toBe(false);
    expect(f.share).toBe(10.5);
    expect(rotationFigures({ eligibleAtTargetSchools: 0, rotating: 0, backboneRotating: 0 }, s).share).toBeNull();
  });
});
