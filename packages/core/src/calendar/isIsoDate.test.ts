import { describe, expect, it } from "vitest";
import { isIsoDate } from "./isIsoDate";

describe("isIsoDate", () => {
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
});
