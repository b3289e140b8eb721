import { describe, expect, it } from "vitest";
import { analyzeExam, type ExamColumns, TOTAL, totalScores } from "./analyzeExam";
import { type AnalysisConfig, defaultAnalysisConfig, levelIndex, scoreLine } from "./config";
import { type GroupStats, groupIndex, levelGroups } from "./groupStats";
import { decilePoints, quantileSorted } from "./quantile";

const NaN_ = Number.NaN;

/** One school, one class, one subject of full marks 100, with one teacher. */
function oneGroup(scores: number[], fullMarks = 100): ExamColumns {
  const n = scores.length;
  return {
    size: n,
    subjects: [{ code: "math", fullMarks }],
    scores: [Float64Array.from(scores)],
    school: new Int32Array(n),
    klass: new Int32Array(n),
    teacher: [new Int32Array(n)],
    groups: { schools: 1, classes: 1, teachers: 1 },
  };
}

describe("analyzeExam on hand-computed cases", () => {
  it("counts ties at each line as reaching it, and the low rate strictly below", () => {
    // lines of 100: excellent 85, good 70, pass 60, low < 40
    const a = analyzeExam(oneGroup([85, 84.5, 70, 69.5, 60, 59.5, 40, 39.5, NaN_, NaN_]));
    const c = a.subjects[0]!.county;
    expect(c.enrolled).toBe(10);
    expect(c.sat).toBe(8);
    expect(c.absent).toBe(2);
    expect(c.counts).toEqual({ excellent: 1, good: 3, pass: 5, low: 1 });
    // default denominator: the enrolled cohort
    expect(c.rates.pass).toBe(0.5);
    expect(c.ratesOfSat.pass).toBe(5 / 8);
    expect(c.ratesOfEnrolled.excellent).toBe(0.1);
    expect(c.mean).toBeCloseTo(508 / 8, 12);
    expect(c.min).toBe(39.5);
    expect(c.max).toBe(85);
    expect(c.median).toBe((60 + 69.5) / 2);
  });

  it("counts against those who sat when configured", () => {
    const config: AnalysisConfig = { ...defaultAnalysisConfig, denominator: "sat" };
    const c = analyzeExam(oneGroup([90, NaN_, 50, NaN_]), config).subjects[0]!.county;
    expect(c.rates.excellent).toBe(0.5);
    expect(c.ratesOfEnrolled.excellent).toBe(0.25);
  });

  it("puts a line exactly where the share says, whatever floating point does (57% of 100 is 57)", () => {
    const config: AnalysisConfig = {
      ...defaultAnalysisConfig,
      thresholds: { ...defaultAnalysisConfig.thresholds, pass: 0.57 },
    };
    const a = analyzeExam(oneGroup([57, 56.99999999999999]), config);
    expect(a.subjects[0]!.lines.pass).toBe(57);
    expect(a.subjects[0]!.county.counts.pass).toBe(1);
  });

  it("reports no figures, only counts, when everybody is absent", () => {
    const c = analyzeExam(oneGroup([NaN_, NaN_, NaN_])).subjects[0]!.county;
    expect(c).toMatchObject({ enrolled: 3, sat: 0, absent: 3, mean: null, sd: null, median: null, rank: null });
    expect(c.deciles).toEqual([]);
    expect(c.rates).toEqual({ excellent: 0, good: 0, pass: 0, low: 0 });
    expect(c.ratesOfSat).toEqual({ excellent: null, good: null, pass: null, low: null });
  });

  it("gives one student their own score everywhere and a standard deviation of 0", () => {
    const c = analyzeExam(oneGroup([77])).subjects[0]!.county;
    expect(c).toMatchObject({ sat: 1, mean: 77, sd: 0, min: 77, max: 77, median: 77 });
    expect(c.deciles).toEqual(decilePoints.map(() => 77));
  });

  it("puts full marks into the top band and the top level", () => {
    const a = analyzeExam(oneGroup([100, 100, 0]));
    const c = a.subjects[0]!.county;
    expect(a.subjects[0]!.bandEdges).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(c.bands[9]).toBe(2);
    expect(c.bands[0]).toBe(1);
    expect(c.levels).toEqual([2, 0, 0, 1]);
    expect(c.sd).toBeCloseTo(Math.sqrt(((100 - 200 / 3) ** 2 * 2 + (200 / 3) ** 2) / 3), 12);
  });

  it("sums a total only for students who sat every subject", () => {
    expect(Array.from(totalScores([Float64Array.from([50, NaN_, 0]), Float64Array.from([40, 30, 0])]))).toEqual([
      90,
      NaN_,
      0,
    ]);
    const data: ExamColumns = {
      ...oneGroup([50, NaN_]),
      subjects: [
        { code: "chinese", fullMarks: 100 },
        { code: "math", fullMarks: 120 },
      ],
      scores: [Float64Array.from([50, NaN_]), Float64Array.from([100, 90])],
      teacher: [new Int32Array(2), new Int32Array(2)],
    };
    const total = analyzeExam(data).subjects.at(-1)!;
    expect(total.code).toBe(TOTAL);
    expect(total.fullMarks).toBe(220);
    expect(total.county).toMatchObject({ enrolled: 2, sat: 1, mean: 150 });
    expect(levelGroups(total, "teacher")).toEqual([]);
  });

  it("gives schools their difference from the county and internal ranks, ties sharing a rank", () => {
    const data: ExamColumns = {
      size: 6,
      subjects: [{ code: "math", fullMarks: 100 }],
      scores: [Float64Array.from([80, 60, 70, 70, 90, 50])],
      school: Int32Array.from([0, 0, 1, 1, 2, 2]),
      klass: Int32Array.from([0, 0, 1, 1, 2, -1]),
      teacher: [Int32Array.from([0, 0, 0, 0, -1, -1])],
      groups: { schools: 3, classes: 3, teachers: 2 },
    };
    const s = analyzeExam(data).subjects[0]!;
    const schools = levelGroups(s, "school");
    const classes = levelGroups(s, "class");
    const teachers = levelGroups(s, "teacher");
    expect(s.county.mean).toBe(70);
    expect(schools.map((g) => g.meanDiff)).toEqual([0, 0, 0]);
    expect(schools.map((g) => g.rank)).toEqual([1, 1, 1]);
    expect(classes.map((g) => g.mean)).toEqual([70, 70, 90]);
    expect(classes.map((g) => g.rank)).toEqual([2, 2, 1]);
    expect(classes[2]!.enrolled).toBe(1); // the unplaced student is in no class
    expect(teachers).toHaveLength(1); // teacher 1 has no students
    expect(teachers[0]).toMatchObject({ group: 0, enrolled: 4, mean: 70 });
    expect(groupIndex(s.teacher, 1)).toBe(-1);
    expect(groupIndex(s.class, 2)).toBe(2);
    expect(classes[2]!.standardizedDiff).toBeCloseTo(20 / s.county.sd!, 12);
  });

  it("orders scores that are off any grid (comparison sort) the same way", () => {
    const c = analyzeExam(oneGroup([33.333, 99.001, 12.5, 70.0001])).subjects[0]!.county;
    expect(c.median).toBeCloseTo((33.333 + 70.0001) / 2, 10);
    expect(c.counts.good).toBe(2);
  });
});

// ---- the engine against a straightforward reference on random data ----

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random cohort. Classes lie within schools; teachers teach across schools unless `nestedTeachers`, so both ways
 * of laying out a level (split off the schools' order, or gathered on its own) are exercised.
 */
function randomExam(seed: number, n: number, nestedTeachers = false): ExamColumns {
  const r = rng(seed);
  const subjects = [
    { code: "chinese", fullMarks: 120 },
    { code: "math", fullMarks: 100 },
    { code: "english", fullMarks: 150 },
  ];
  const schools = 7;
  const classes = 30;
  const teachers = nestedTeachers ? 14 : 12;
  const klass = new Int32Array(n);
  const school = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    klass[i] = r() < 0.03 ? -1 : Math.floor(r() * classes);
    school[i] = klass[i]! >= 0 ? klass[i]! % schools : Math.floor(r() * schools);
  }
  const scores = subjects.map((s, k) =>
    Float64Array.from({ length: n }, () => {
      if (r() < 0.05) return Number.NaN;
      // half points on most subjects, arbitrary decimals on one
      const v = Math.min(s.fullMarks, Math.max(0, s.fullMarks * (0.3 + 0.7 * r() * r() + 0.2 * r())));
      return k === 2 ? Math.round(v * 1000) / 1000 : Math.round(v * 2) / 2;
    }),
  );
  const teacher = subjects.map((_, k) =>
    Int32Array.from(klass, (c) => {
      if (c < 0) return -1;
      // nested: a teacher for every third class of a school (class c is in school c % 7)
      return nestedTeachers ? (c % schools) + schools * (Math.floor(c / schools) % 2) : (c * 3 + k) % teachers;
    }),
  );
  return { size: n, subjects, scores, school, klass, teacher, groups: { schools, classes, teachers } };
}

/** The same cohort with its rows ordered by school, then class (students in no class last), as the snapshot is. */
function inSnapshotOrder(data: ExamColumns): ExamColumns {
  const classOrder = (i: number) => (data.klass[i]! < 0 ? Number.MAX_SAFE_INTEGER : data.klass[i]!);
  const order = Array.from({ length: data.size }, (_, i) => i).sort(
    (a, b) => data.school[a]! - data.school[b]! || classOrder(a) - classOrder(b) || a - b,
  );
  const ints = (column: Int32Array) => Int32Array.from(order, (i) => column[i]!);
  return {
    ...data,
    scores: data.scores.map((x) => Float64Array.from(order, (i) => x[i]!)),
    school: ints(data.school),
    klass: ints(data.klass),
    teacher: data.teacher.map(ints),
  };
}

/** The reference: every figure from its definition, group by group, with plain arrays and a sort. */
function reference(x: Float64Array, group: Int32Array, g: number, fullMarks: number) {
  const all: number[] = [];
  let enrolled = 0;
  for (let i = 0; i < x.length; i++) {
    if (group[i] !== g) continue;
    enrolled++;
    if (!Number.isNaN(x[i]!)) all.push(x[i]!);
  }
  all.sort((a, b) => a - b);
  const n = all.length;
  const mean = n ? all.reduce((s, v) => s + v, 0) / n : null;
  const sd = n && mean !== null ? Math.sqrt(all.reduce((s, v) => s + (v - mean) ** 2, 0) / n) : null;
  const line = (share: number) => scoreLine(share, fullMarks);
  const counts = {
    excellent: all.filter((v) => v >= line(0.85)).length,
    good: all.filter((v) => v >= line(0.7)).length,
    pass: all.filter((v) => v >= line(0.6)).length,
    low: all.filter((v) => v < line(0.4)).length,
  };
  const levels = [0, 0, 0, 0];
  for (const v of all) levels[levelIndex(v, fullMarks)]!++;
  const bands = Array.from({ length: 10 }, () => 0);
  for (const v of all) bands[Math.min(9, Math.floor((v / fullMarks) * 10 + 1e-9))]!++;
  return {
    enrolled,
    sat: n,
    mean,
    sd,
    min: n ? all[0] : null,
    max: n ? all[n - 1] : null,
    median: n ? quantileSorted(all, 0.5) : null,
    q1: n ? quantileSorted(all, 0.25) : null,
    q3: n ? quantileSorted(all, 0.75) : null,
    deciles: n ? decilePoints.map((p) => quantileSorted(all, p)) : [],
    counts,
    levels,
    bands,
  };
}

function expectSame(actual: GroupStats, expected: ReturnType<typeof reference>) {
  expect(actual.enrolled).toBe(expected.enrolled);
  expect(actual.sat).toBe(expected.sat);
  expect(actual.counts).toEqual(expected.counts);
  expect(actual.levels).toEqual(expected.levels);
  expect(actual.bands).toEqual(expected.bands);
  for (const k of ["mean", "sd", "min", "max", "median", "q1", "q3"] as const) {
    if (expected[k] === null) expect(actual[k]).toBeNull();
    else expect(actual[k]).toBeCloseTo(expected[k]!, 9);
  }
  expect(actual.deciles.length).toBe(expected.deciles.length);
  for (const [i, d] of actual.deciles.entries()) expect(d).toBeCloseTo(expected.deciles[i]!, 9);
}

describe("analyzeExam against the reference implementation on random data", () => {
  for (const [seed, nestedTeachers, snapshotOrder] of [
    [1, false, false],
    [2, false, true],
    [3, true, false],
    [4, true, true],
  ] as const) {
    const layout = `teachers ${nestedTeachers ? "within" : "across"} schools, rows ${snapshotOrder ? "by school and class" : "in any order"}`;
    it(`agrees at every level, every subject and the total (seed ${seed}, ${layout})`, () => {
      const random = randomExam(seed, 2500, nestedTeachers);
      const data = snapshotOrder ? inSnapshotOrder(random) : random;
      const a = analyzeExam(data);
      const columns = [...data.scores, totalScores(data.scores)];
      a.subjects.forEach((s, k) => {
        const x = columns[k]!;
        expectSame(s.county, reference(x, new Int32Array(data.size), 0, s.fullMarks));
        const schools = levelGroups(s, "school");
        const teachers = levelGroups(s, "teacher");
        for (const g of schools) expectSame(g, reference(x, data.school, g.group, s.fullMarks));
        for (const g of levelGroups(s, "class")) expectSame(g, reference(x, data.klass, g.group, s.fullMarks));
        if (k < data.subjects.length) {
          for (const g of teachers) expectSame(g, reference(x, data.teacher[k]!, g.group, s.fullMarks));
          expect(teachers.length).toBeGreaterThan(0);
        }
        // the county is the sum of its schools
        expect(schools.reduce((n, g) => n + g.sat, 0)).toBe(s.county.sat);
        // ranks: a higher mean never ranks below a lower one
        for (const g of schools) for (const h of schools) if (g.mean! > h.mean!) expect(g.rank!).toBeLessThan(h.rank!);
      });
    });
  }
});

describe("analyzeExam in parts", () => {
  it("gives the whole analysis when its parts are put together in order, the total in the last part", () => {
    const data = randomExam(5, 1500, true);
    const whole = analyzeExam(data);
    const first = analyzeExam(data, undefined, { subjects: [0], total: false });
    const rest = analyzeExam(data, undefined, { subjects: [1, 2], total: true });
    expect([...first.subjects, ...rest.subjects]).toEqual(whole.subjects);
    expect(rest.subjects.at(-1)!.code).toBe(TOTAL);
    expect(analyzeExam(data, undefined, { subjects: [], total: false }).subjects).toEqual([]);
  });

  it("adds the totals in the subjects' order whatever the part, so that decimal scores total the same", () => {
    const random = rng(9);
    const data = randomExam(6, 1500, false);
    // tenths of a point: sums of these depend on the order they are added in
    const scores = data.scores.map((x) =>
      Float64Array.from(x, (v) => (Number.isNaN(v) ? v : Math.round(random() * 999) / 10)),
    );
    const decimals = { ...data, subjects: data.subjects.map((s) => ({ ...s, fullMarks: 100 })), scores };
    const whole = analyzeExam(decimals);
    const parts = [
      ...analyzeExam(decimals, undefined, { subjects: [0], total: false }).subjects,
      ...analyzeExam(decimals, undefined, { subjects: [1, 2], total: true }).subjects,
    ];
    expect(parts).toEqual(whole.subjects);
  });
});
