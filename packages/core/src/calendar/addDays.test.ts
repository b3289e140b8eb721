import { describe, expect, it } from "vitest";
import { addDays } from "./addDays";

describe("addDays", () => {
  it("adds days", () => {
    expect(addDays("2026-11-20", 30)).toBe("2026-12-20");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });
});
