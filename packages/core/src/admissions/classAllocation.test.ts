import { describe, expect, it } from "vitest";
import { canonicalJson, digestOfText } from "./canonical";
import {
  type AllocationInput,
  type AllocationStudent,
  allocateClasses,
  allocationInput,
  allocationProblems,
} from "./classAllocation";
import { drawStream } from "./generator";
import { drawSeed } from "./seed";

const student = (code: string, over: Partial<AllocationStudent> = {}): AllocationStudent => ({
  code,
  gender: "M",
  specialNeeds: false,
  family: null,
  familyChoice: null,
  attributes: {},
  score: null,
  ...over,
});

const inputOf = (students: AllocationStudent[], classes: number, over: Partial<AllocationInput> = {}) =>
  allocationInput({
    code: "YG-TEST",
    title: "测试",
    eventTime: "2026-08-28T09:00:00+08:00",
    classes,
    balance: [],
    scoreBalancing: false,
    students,
    headTeacherTeams: [],
    ...over,
  });

const seedOf = (i: number) => drawSeed(digestOfText(`seed ${i}`), [String(i)]);

function run(input: AllocationInput, seed: string) {
  const out = allocateClasses(input, digestOfText(canonicalJson(input)), seed);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.result;
}

const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

/** A random intake from a numbered case: sizes, genders, special needs, families and an extra attribute vary. */
function randomIntake(caseNo: number) {
  const r = drawStream(seedOf(1_000_000 + caseNo), "property");
  const classes = 2 + r.uniformInt(11);
  const n = classes + r.uniformInt(classes * 45);
  const students: AllocationStudent[] = [];
  let family = 0;
  while (students.length < n) {
    const code = () => `S${String(students.length + 1).padStart(4, "0")}`;
    const base = {
      gender: r.uniformInt(2) === 0 ? ("M" as const) : ("F" as const),
      specialNeeds: r.uniformInt(20) === 0,
      attributes: { 住校: r.uniformInt(3) === 0 ? "是" : "否" },
    };
    const multiples = r.uniformInt(25) === 0 && students.length + 3 <= n ? 2 + r.uniformInt(2) : 1;
    if (multiples === 1) students.push(student(code(), base));
    else {
      family++;
      const choice = r.uniformInt(2) === 0 || multiples > classes ? ("together" as const) : ("apart" as const);
      for (let m = 0; m < multiples; m++) {
        students.push(
          student(code(), {
            ...base,
            gender: r.uniformInt(2) === 0 ? "M" : "F",
            specialNeeds: r.uniformInt(20) === 0,
            family: `F${family}`,
            familyChoice: choice,
          }),
        );
      }
    }
  }
  return inputOf(students, Math.min(classes, students.length), { balance: ["住校"] });
}

describe("allocateClasses: constraints hold on 300 random intakes", () => {
  it("sizes differ by at most 1, special needs by at most 1 (unless multiples bring several), each gender by at most 2, multiples as chosen", () => {
    let genderWithinOne = 0;
    for (let caseNo = 0; caseNo < 300; caseNo++) {
      const input = randomIntake(caseNo);
      const result = run(input, seedOf(caseNo));
      const classOf = new Map<string, number>();
      for (const c of result.classes) for (const s of c.students) classOf.set(s, c.number);
      expect(classOf.size).toBe(input.students.length);
      expect(result.classes.map((c) => c.number)).toEqual(Array.from({ length: input.classes }, (_, i) => i + 1));
      expect(spread(result.classes.map((c) => c.size))).toBeLessThanOrEqual(1);
      // multiples kept together may bring several special needs into one class
      const togetherSpecial = new Map<string, number>();
      for (const s of input.students) {
        if (s.family && s.familyChoice === "together" && s.specialNeeds) {
          togetherSpecial.set(s.family, (togetherSpecial.get(s.family) ?? 0) + 1);
        }
      }
      const specialBound = Math.max(1, ...togetherSpecial.values());
      expect(spread(result.classes.map((c) => c.specialNeeds))).toBeLessThanOrEqual(specialBound);
      expect(spread(result.classes.map((c) => c.boys))).toBeLessThanOrEqual(2);
      expect(spread(result.classes.map((c) => c.girls))).toBeLessThanOrEqual(2);
      if (spread(result.classes.map((c) => c.boys)) <= 1 && spread(result.classes.map((c) => c.girls)) <= 1) {
        genderWithinOne++;
      }
      const families = new Map<string, AllocationStudent[]>();
      for (const s of input.students) if (s.family) families.set(s.family, [...(families.get(s.family) ?? []), s]);
      for (const members of families.values()) {
        const classes = new Set(members.map((m) => classOf.get(m.code)));
        expect(classes.size).toBe(members[0]?.familyChoice === "together" ? 1 : members.length);
      }
    }
    // with multiples kept together a class may need one more boy or girl than another; usually not
    expect(genderWithinOne).toBeGreaterThan(250);
  });

  it("keeps boys and girls within 1 when there are no families", () => {
    for (let caseNo = 0; caseNo < 200; caseNo++) {
      const r = drawStream(seedOf(caseNo), "no-families");
      const k = 2 + r.uniformInt(9);
      const n = k + r.uniformInt(k * 50);
      const students = Array.from({ length: n }, (_, i) =>
        student(`S${i}`, { gender: r.uniformInt(3) === 0 ? "F" : "M", specialNeeds: r.uniformInt(15) === 0 }),
      );
      const result = run(inputOf(students, k), seedOf(caseNo + 7));
      expect(spread(result.classes.map((c) => c.size))).toBeLessThanOrEqual(1);
      expect(spread(result.classes.map((c) => c.boys))).toBeLessThanOrEqual(1);
      expect(spread(result.classes.map((c) => c.girls))).toBeLessThanOrEqual(1);
      expect(spread(result.classes.map((c) => c.specialNeeds))).toBeLessThanOrEqual(1);
    }
  });

  it("balances an extra attribute within 1 when there are no families", () => {
    const r = drawStream(seedOf(5), "attr");
    const students = Array.from({ length: 173 }, (_, i) =>
      student(`S${i}`, {
        gender: r.uniformInt(2) ? "F" : "M",
        attributes: { 住校: r.uniformInt(4) === 0 ? "是" : "否" },
      }),
    );
    const input = inputOf(students, 5, { balance: ["住校"] });
    const result = run(input, seedOf(9));
    const boarders = result.classes.map(
      (c) => c.students.filter((s) => input.students.find((x) => x.code === s)?.attributes.住校 === "是").length,
    );
    expect(spread(boarders)).toBeLessThanOrEqual(1);
  });
});

describe("allocateClasses: determinism", () => {
  it("gives the same result, byte for byte, for the same input and seed, and another for another seed", () => {
    const input = randomIntake(3);
    const a = canonicalJson(run(input, seedOf(1)));
    const b = canonicalJson(run(JSON.parse(JSON.stringify(input)), seedOf(1)));
    expect(a).toBe(b);
    expect(canonicalJson(run(input, seedOf(2)))).not.toBe(a);
  });
  it("pins a small worked allocation (a change to the algorithm must change its version)", () => {
    const students = ["A", "B", "C", "D", "E", "F", "G"].map((c, i) =>
      student(c, { gender: i % 2 ? "F" : "M", specialNeeds: c === "C" }),
    );
    const result = run(inputOf(students, 3, { headTeacherTeams: ["T1", "T2", "T3"] }), seedOf(0));
    expect(result.classes.map((c) => [c.number, c.students.join(""), c.headTeacherTeam])).toEqual([
      [1, "BC", "T3"],
      [2, "EFG", "T2"],
      [3, "AD", "T1"],
    ]);
  });
});

describe("allocateClasses: every student has the same chance of every class", () => {
  it("passes a chi-square test over 3,000 seeds for a student in each situation", () => {
    const students = Array.from({ length: 40 }, (_, i) =>
      student(`S${String(i).padStart(2, "0")}`, {
        gender: i % 3 === 0 ? "F" : "M",
        specialNeeds: i === 5,
        ...(i === 10 || i === 11 ? { family: "T", familyChoice: "together" as const } : {}),
        ...(i === 20 || i === 21 ? { family: "U", familyChoice: "apart" as const } : {}),
      }),
    );
    const k = 4;
    const input = inputOf(students, k);
    const watched = ["S00", "S01", "S05", "S10", "S20", "S39"];
    const counts = new Map(watched.map((w) => [w, new Array<number>(k).fill(0)]));
    const seeds = 3000;
    for (let i = 0; i < seeds; i++) {
      const result = run(input, seedOf(i));
      for (const c of result.classes) {
        for (const w of watched) {
          const row = counts.get(w) as number[];
          if (c.students.includes(w)) row[c.number - 1] = (row[c.number - 1] ?? 0) + 1;
        }
      }
    }
    const expected = seeds / k;
    for (const w of watched) {
      const chi = (counts.get(w) as number[]).reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
      // 3 degrees of freedom; six students are tested, so each at 0.0001 (critical value 21.11)
      expect(chi, `${w}: ${counts.get(w)}`).toBeLessThan(21.11);
    }
  });

  it("gives a head-teacher team each class equally often", () => {
    const students = Array.from({ length: 12 }, (_, i) => student(`S${i}`));
    const input = inputOf(students, 3, { headTeacherTeams: ["T1", "T2", "T3"] });
    const counts = [0, 0, 0];
    for (let i = 0; i < 1500; i++) {
      const t1 = run(input, seedOf(i)).classes.find((c) => c.headTeacherTeam === "T1");
      const at = (t1?.number ?? 1) - 1;
      counts[at] = (counts[at] ?? 0) + 1;
    }
    const chi = counts.reduce((s, c) => s + (c - 500) ** 2 / 500, 0);
    expect(chi).toBeLessThan(13.82);
  });
});

describe("allocationProblems", () => {
  it("accepts a sound input", () => {
    expect(allocationProblems(inputOf([student("A"), student("B")], 2))).toEqual([]);
  });
  it("refuses more classes than students and zero classes", () => {
    expect(allocationProblems(inputOf([student("A")], 2))[0]?.message).toContain("多于学生数");
    expect(allocationProblems(inputOf([student("A")], 0))[0]?.field).toBe("classes");
  });
  it("names a duplicated code and a bad gender by row", () => {
    const problems = allocationProblems(inputOf([student("A"), student("A", { gender: "X" as "M" })], 1));
    expect(problems.map((p) => p.field).sort()).toEqual(["students.1.code", "students.1.gender"]);
  });
  it("refuses families that cannot be honoured and choices that disagree", () => {
    const apart = ["A", "B", "C"].map((c) => student(c, { family: "F", familyChoice: "apart" }));
    expect(allocationProblems(inputOf(apart, 2))[0]?.message).toContain("只有 2 个班");
    const mixed = [
      student("A", { family: "F", familyChoice: "apart" }),
      student("B", { family: "F", familyChoice: "together" }),
    ];
    expect(allocationProblems(inputOf(mixed, 1))[0]?.message).toContain("意愿不一致");
    expect(
      allocationProblems(inputOf([student("A", { family: "F", familyChoice: "apart" }), student("B")], 1))[0]?.message,
    ).toContain("只有 1 名");
  });
  it("wants one head-teacher team per class, a value for every balanced attribute, and scores only when balancing by score", () => {
    const input = inputOf([student("A"), student("B")], 2, { headTeacherTeams: ["T1"] });
    expect(allocationProblems(input)[0]?.field).toBe("headTeacherTeams");
    const attrs = inputOf([student("A", { attributes: { 住校: "是" } }), student("B")], 1, { balance: ["住校"] });
    expect(allocationProblems(attrs)).toEqual([{ field: "students.1.attributes.住校", message: expect.any(String) }]);
    const scores = { ...inputOf([student("A"), student("B")], 1), scoreBalancing: true };
    expect(allocationProblems(scores).map((p) => p.field)).toEqual(["students.0.score", "students.1.score"]);
  });
  it("returns problems instead of a result", () => {
    const out = allocateClasses(inputOf([], 1), "0".repeat(64), seedOf(0));
    expect(out.ok).toBe(false);
  });
});

describe("score balancing (off by default)", () => {
  it("spreads high and low scores when switched on", () => {
    const students = Array.from({ length: 40 }, (_, i) => student(`S${String(i).padStart(2, "0")}`, { score: i }));
    const input = inputOf(students, 4, { scoreBalancing: true });
    const result = run(input, seedOf(3));
    const means = result.classes.map(
      (c) => c.students.reduce((s, code) => s + Number(code.slice(1)), 0) / c.students.length,
    );
    expect(spread(means)).toBeLessThanOrEqual(3);
  });
  it("drops scores from the published input when off", () => {
    expect(inputOf([student("A", { score: 99 })], 1).students[0]?.score).toBeNull();
  });
});
