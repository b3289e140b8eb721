import { describe, expect, it } from "vitest";
import { generateCountyParts } from "./generate";
import { countiesGeneratedAhead } from "./generateAhead";
import { prepareCounty } from "./preparedCounty";

describe("countiesGeneratedAhead", () => {
  it("yields on its worker thread the very counties generated here, prepared the same way", async () => {
    const options = { seed: 11, scale: "tiny" as const, latestYear: 2026 };
    const ahead = [];
    for await (const county of countiesGeneratedAhead(options)) ahead.push(county);
    const here = [...generateCountyParts(options)].map((c, i) => prepareCounty(c, i === 0));
    expect(ahead).toHaveLength(1);
    expect(ahead).toEqual(here);
    expect(ahead[0]?.accounts).toHaveLength(15);
    expect(ahead[0]?.copies.enrollment?.rows).toBeGreaterThan(100);
  });

  it("stops its worker when the loader stops early, and yields counties in order", async () => {
    const codes: string[] = [];
    for await (const county of countiesGeneratedAhead({ seed: 11, scale: "city", latestYear: 2026 })) {
      codes.push(county.regionCode);
      expect(county.accounts === null).toBe(codes.length > 1);
      if (codes.length === 2) break;
    }
    expect(codes).toEqual(["152599", "152598"]);
  });
});
