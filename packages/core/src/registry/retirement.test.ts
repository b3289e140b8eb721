import { describe, expect, it } from "vitest";
import { ageOn, retirementAgeMonths, retirementDate } from "./retirement";

describe("retirementAgeMonths (2025 gradual reform)", () => {
  it("keeps 60 for men born before 1965", () => {
    expect(retirementAgeMonths("1964-12-31", "M")).toBe(720);
  });
  it("adds one month per four months of birth for men from 1965", () => {
    expect(retirementAgeMonths("1965-01-01", "M")).toBe(721);
    expect(retirementAgeMonths("1965-04-30", "M")).toBe(721);
    expect(retirementAgeMonths("1965-05-01", "M")).toBe(722);
  });
  it("caps men at 63 from September 1976", () => {
    expect(retirementAgeMonths("1976-08-01", "M")).toBe(755);
    expect(retirementAgeMonths("1976-09-01", "M")).toBe(756);
    expect(retirementAgeMonths("1990-01-01", "M")).toBe(756);
  });
  it("moves women teachers from 55 to 58", () => {
    expect(retirementAgeMonths("1969-12-01", "F")).toBe(660);
    expect(retirementAgeMonths("1970-01-01", "F")).toBe(661);
    expect(retirementAgeMonths("1981-09-01", "F")).toBe(696);
  });
  it("moves women workers from 50 to 55, one month per two", () => {
    expect(retirementAgeMonths("1975-02-01", "F", "worker")).toBe(601);
    expect(retirementAgeMonths("1975-03-01", "F", "worker")).toBe(602);
    expect(retirementAgeMonths("1984-11-01", "F", "worker")).toBe(660);
  });
});

describe("retirementDate", () => {
  it("adds the age to the birth date", () => {
    expect(retirementDate("1965-05-10", "M")).toBe("2025-07-10");
    expect(retirementDate("1960-03-15", "M")).toBe("2020-03-15");
  });
  it("falls on the last day of a shorter month", () => {
    expect(retirementDate("1969-12-31", "F")).toBe("2024-12-31");
    expect(retirementDate("1970-01-31", "F")).toBe("2025-02-28");
  });
});

describe("ageOn", () => {
  it("counts whole years, the birthday itself included", () => {
    expect(ageOn("2019-09-01", "2025-09-01")).toBe(6);
    expect(ageOn("2019-09-02", "2025-09-01")).toBe(5);
  });
});
