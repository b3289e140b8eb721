import { describe, expect, it } from "vitest";
import { defaultStaffingSettings as s } from "./settings";
import { subjectDemand, teacherShares } from "./subjectDemand";

describe("subjectDemand", () => {
  it("divides classes × weekly periods by the stage's full workload", () => {
    // 6 classes of grade 3: science 2 periods each → 12 / 15 = 0.8 needed; music 2 → 0.8; chinese 6 → 36/15 = 2.4
    const classes = Array.from({ length: 6 }, () => ({ schoolId: "a", grade: 3 }));
    const teachers = [
      { schoolId: "a", subject: "chinese", alsoTeaches: [] },
      { schoolId: "a", subject: "chinese", alsoTeaches: [] },
      { schoolId: "a", subject: "chinese", alsoTeaches: [] },
    ];
    const d = subjectDemand(classes, teachers, s);
    const science = d.schools.find((g) => g.subject === "science");
    expect(science).toMatchObject({ needed: 0.8, had: 0, gap: 0.8, short: true });
    const chinese = d.schools.find((g) => g.subject === "chinese");
    expect(chinese).toMatchObject({ needed: 2.4, had: 3, gap: -0.6, short: false });
    // "other" periods are demanded of no subject
    expect(d.schools.some((g) => g.subject === "other")).toBe(false);
  });

  it("counts a teacher who also teaches half for the main subject and splits the other half", () => {
    expect(teacherShares({ subject: "math", alsoTeaches: ["science", "it"] })).toEqual([
      ["math", 0.5],
      ["science", 0.25],
      ["it", 0.25],
    ]);
    expect(teacherShares({ subject: "math", alsoTeaches: ["math"] })).toEqual([["math", 1]]);
  });

  it("sums only the schools' positive gaps into the county's shortage", () => {
    // school a: 1 junior class of grade 7, music 1 period /13 = 0.08 needed, 1 music teacher → −0.9
    // school b: 13 classes of grade 7: music 13/13 = 1 needed, none → +1
    const classes = [{ schoolId: "a", grade: 7 }, ...Array.from({ length: 13 }, () => ({ schoolId: "b", grade: 7 }))];
    const d = subjectDemand(classes, [{ schoolId: "a", subject: "music", alsoTeaches: [] }], s);
    const music = d.county.find((c) => c.subject === "music");
    expect(music).toMatchObject({ needed: 1.1, had: 1, shortage: 1, net: 0.1, schoolsShort: 1 });
  });
});
