import { describe, expect, it } from "vitest";
import { largestRemainder, proposeRecruitmentPlan } from "./recruitmentPlan";

const fifteen = [
  ...Array.from({ length: 5 }, () => ({ schoolId: "a", subject: "chinese" })),
  ...Array.from({ length: 3 }, () => ({ schoolId: "a", subject: "math" })),
  ...Array.from({ length: 4 }, () => ({ schoolId: "b", subject: "chinese" })),
  ...Array.from({ length: 3 }, () => ({ schoolId: "c", subject: "pe" })),
];

describe("proposeRecruitmentPlan", () => {
  it("turns 15 retirements under 退二补一 rounded up into 8 recruits that the lines add up to", () => {
    const p = proposeRecruitmentPlan(fifteen, [], new Map(), { retirementsPerRecruit: 2, recruitRounding: "ceil" });
    expect(p.retirements).toBe(15);
    expect(p.replacementExact).toBe(7.5);
    expect(p.replacement).toBe(8);
    // exact shares 2.5, 1.5, 2, 1.5 → floors 2,1,2,1 = 6; two more by largest remainder (0.5 each; ties: more
    // retirements first: a/chinese (5), then a/math vs c/pe both 3 → school order a first)
    const by = Object.fromEntries(p.lines.map((l) => [`${l.schoolId}/${l.subject}`, l.replacement]));
    expect(by).toEqual({ "a/chinese": 3, "a/math": 2, "b/chinese": 2, "c/pe": 1 });
    expect(p.proposed).toBe(8);
  });

  it("rounds 7.5 down under a floor rule and replaces one for one under 1:1", () => {
    expect(
      proposeRecruitmentPlan(fifteen, [], new Map(), { retirementsPerRecruit: 2, recruitRounding: "floor" })
        .replacement,
    ).toBe(7);
    expect(
      proposeRecruitmentPlan(fifteen, [], new Map(), { retirementsPerRecruit: 1, recruitRounding: "ceil" }).replacement,
    ).toBe(15);
  });

  it("gives a school's vacant posts to its short subjects, largest gap first, never more than its 缺编", () => {
    const p = proposeRecruitmentPlan(
      [],
      [
        { schoolId: "a", subject: "music", gap: 1.4 },
        { schoolId: "a", subject: "science", gap: 2.6 },
        { schoolId: "a", subject: "art", gap: 0.3 },
        { schoolId: "b", subject: "pe", gap: 2 },
      ],
      new Map([
        ["a", 4],
        ["b", 0],
      ]),
      { retirementsPerRecruit: 2, recruitRounding: "ceil" },
    );
    const by = Object.fromEntries(p.lines.map((l) => [`${l.schoolId}/${l.subject}`, l.forShortage]));
    // science 2.6 → 3, music 1.4 → 1 (4 posts used), art 0.3 → 0; school b has no vacant post
    expect(by).toEqual({ "a/science": 3, "a/music": 1 });
    expect(p.proposed).toBe(4);
  });
});

describe("largestRemainder", () => {
  it("keeps the total and gives ties to the earlier item", () => {
    expect(largestRemainder([1.5, 1.5, 0.5], 4)).toEqual([2, 2, 0]);
    expect(largestRemainder([0.4, 1.7, 0.9], 3)).toEqual([0, 2, 1]);
    expect(largestRemainder([0.5, 0.5], 0)).toEqual([0, 0]);
  });
});
