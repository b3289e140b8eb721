import { describe, expect, it } from "vitest";
import { chineseDate } from "./chineseDate";

describe("chineseDate", () => {
  it("writes months and days without leading zeros", () => {
    expect(chineseDate("2027-07-01")).toBe("2027年7月1日");
    expect(chineseDate("2026-12-31")).toBe("2026年12月31日");
  });

  it("reads a date-time by its date part", () => {
    expect(chineseDate("2026-09-01T08:00:00+08:00")).toBe("2026年9月1日");
  });
});
