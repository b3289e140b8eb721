import { describe, expect, it } from "vitest";
import { enrollmentRates } from "./enrollmentRates";
import { compareRosterToRegister, type Explanation, type RegisterPlacement } from "./rosterComparison";

const place = (grade: number, status = "enrolled"): RegisterPlacement[] => [
  { studentId: `s${grade}`, enrollmentId: `e${grade}`, schoolId: "A", grade, status },
];

describe("compareRosterToRegister and enrollmentRates", () => {
  // school year 2026, ages on 2026-08-31
  const children = [
    { rosterEntryId: "a", residentIdHash: "ha", birthDate: "2020-08-31" }, // 6, in grade 1
    { rosterEntryId: "b", residentIdHash: "hb", birthDate: "2020-09-01" }, // 5: preschool, in no rate
    { rosterEntryId: "c", residentIdHash: "hc", birthDate: "2018-03-01" }, // 8, not enrolled: gap
    { rosterEntryId: "d", residentIdHash: "hd", birthDate: "2017-05-01" }, // 9, enrolled outside the county
    { rosterEntryId: "e", residentIdHash: "he", birthDate: "2016-05-01" }, // 10, deceased: excluded
    { rosterEntryId: "f", residentIdHash: "hf", birthDate: "2013-05-01" }, // 13, grade 7
    { rosterEntryId: "g", residentIdHash: "hg", birthDate: "2014-01-01" }, // 12, still in grade 6 (primary)
    { rosterEntryId: "h", residentIdHash: "hh", birthDate: "2012-06-01" }, // 14, 送教上门 (by age: junior)
    { rosterEntryId: "i", residentIdHash: "hi", birthDate: "2015-10-01" }, // 10, 休学 in grade 4 counts as on roll
  ];
  const placements = new Map<string, RegisterPlacement[]>([
    ["ha", place(1)],
    ["hf", place(7)],
    ["hg", place(6)],
    ["hi", place(4, "suspended")],
    ["hc", place(3, "dropped_out")], // a dropped-out row is not on roll
  ]);
  const explanations = new Map<string, Explanation>([
    ["d", { kind: "outside_county", stage: "primary" }],
    ["e", { kind: "deceased", stage: null }],
    ["h", { kind: "home_teaching", stage: null }],
  ]);
  const outcomes = compareRosterToRegister(children, placements, explanations, 2026);

  it("sorts each child into enrolled, explained, gap or preschool (under 6)", () => {
    expect(outcomes.get("a")).toMatchObject({ kind: "enrolled", age: 6, stage: "primary" });
    expect(outcomes.get("b")).toEqual({ kind: "preschool", age: 5 });
    expect(outcomes.get("c")).toEqual({ kind: "gap", age: 8 });
    expect(outcomes.get("d")).toMatchObject({ kind: "explained" });
    expect(outcomes.get("i")).toMatchObject({ kind: "enrolled", stage: "primary" });
  });

  it("works the hand example of the three rates", () => {
    const r = enrollmentRates(outcomes.values());
    // primary net, ages 6–11 without the deceased e: a, c, d, i → in primary: a, d (outside county), i → 3/4
    // (g is 12: not in the primary age band although in grade 6)
    expect(r.primaryNet).toEqual({ numerator: 3, denominator: 4, rate: 75, capped: false });
    // junior gross (township form): roster children in junior: f, h (送教上门 at 14, junior by age) → 2 / ages 12–14: f, g, h → 66.67
    expect(r.juniorGross).toMatchObject({ numerator: 2, denominator: 3, rate: 66.67 });
    // compulsory 6–14 without e: a c d f g h i = 7, in school all but c → 6/7
    expect(r.compulsory).toMatchObject({ numerator: 6, denominator: 7, rate: 85.71 });
  });

  it("counts every junior pupil of the register at county level, plus roster children in junior elsewhere", () => {
    // the register has 5 junior pupils (f and 4 migrants not on the roster); h is taught at home
    const r = enrollmentRates(outcomes.values(), 5);
    expect(r.juniorGross).toMatchObject({ numerator: 6, denominator: 3, rate: 200 }); // gross rates are not capped
  });
});
