import { describe, expect, it } from "vitest";
import { daysBetween } from "./daysBetween";

describe("daysBetween", () => {
  it("counts days across months, years and leap days", () => {
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-03-01", "2026-02-01")).toBe(-28);
    expect(daysBetween("2026-02-30", "2026-03-01")).toBeNaN();
  });
});
