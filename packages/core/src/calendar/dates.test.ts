import { describe, expect, it } from "vitest";
import { addDays } from "./addDays";
import { daysBetween } from "./daysBetween";
import { isIsoDate } from "./isIsoDate";

describe("ISO dates", () => {
  it("knows real dates, leap years included", () => {
    expect(isIsoDate("2026-11-20")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-1-01")).toBe(false);
    expect(isIsoDate("2026-01-01T00:00")).toBe(false);
  });
  it("counts days across months, years and leap days", () => {
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-03-01", "2026-02-01")).toBe(-28);
    expect(daysBetween("2026-02-30", "2026-03-01")).toBeNaN();
  });
  it("adds days", () => {
    expect(addDays("2026-11-20", 30)).toBe("2026-12-20");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });
});
