import { describe, expect, it } from "vitest";
import { lockedUntil } from "./loginThrottle";

const now = new Date("2026-01-01T00:00:00Z");

describe("lockedUntil", () => {
  it("does not lock before the free attempts are used", () => {
    expect(lockedUntil(4, now)).toBeNull();
  });
  it("locks for a minute at the fifth failure and doubles after", () => {
    expect(lockedUntil(5, now)?.toISOString()).toBe("2026-01-01T00:01:00.000Z");
    expect(lockedUntil(6, now)?.toISOString()).toBe("2026-01-01T00:02:00.000Z");
    expect(lockedUntil(8, now)?.toISOString()).toBe("2026-01-01T00:08:00.000Z");
  });
  it("never locks longer than the maximum", () => {
    expect(lockedUntil(40, now)?.toISOString()).toBe("2026-01-01T01:00:00.000Z");
  });
});
