/**
 * Cohorts over the three school years: the first year's roll, then each summer pupils move up a grade,
 * graduates leave or go on to the next stage (幼升小, 小升初, 中考), teaching-point pupils move to their central
 * school, a merged school's pupils move to the school it merged into, and new pupils enter.
 */
import { assignClasses, classBook, joinSmallestClass, type Pupil, splitSizes } from "./classes";
import { type GenContext, isOpen, type SchoolInfo } from "./context";
import { isoDate } from "./dates";
import { newPupil } from "./students";

/** The last grade of a stage at a non-special school: after it pupils graduate (毕业). */
function stageEnds(school: SchoolInfo, grade: number): boolean {
  return school.row.kind !== "special" && (grade === -1 || grade === 6 || grade === 9 || grade === 12);
}

/** Grades at which a school takes in new pupils: its first grade and the first grade of each later stage. */
function entryGrades(school: SchoolInfo): number[] {
  return school.grades.filter((g, i) => i === 0 || stageEnds(school, g - 1));
}

/** The entry grade a pupil in `grade` entered the school at. */
function entryGradeOf(school: SchoolInfo, grade: number): number {
  return Math.max(...entryGrades(school).filter((g) => g <= grade));
}

function bandOf(school: SchoolInfo, grade: number) {
  const band = school.plan.bands.find((b) => grade >= b.from && grade <= b.to) ?? school.plan.bands[0];
  if (!band) throw new Error(`school ${school.plan.key} has no grades`);
  return band;
}

/** Intake target of a grade in a year; young cohorts shrink slightly year on year (falling births). */
function target(ctx: GenContext, school: SchoolInfo, grade: number, year: number, sizeFactor: number): number {
  const trend = grade <= 1 ? 1 - 0.02 * (year - (ctx.years[0] ?? year)) : 1;
  return Math.max(1, Math.round(bandOf(school, grade).perGrade * sizeFactor * trend * ctx.rng.normal(1, 0.05)));
}

/** Forms the classes of a new cohort: class count from the school's class size, one class at a teaching point. */
function formClasses(ctx: GenContext, school: SchoolInfo, cohort: Pupil[], extraPerClass = 0): void {
  const size = bandOf(school, cohort[0]?.grade ?? 1).classSize * ctx.rng.normal(1, 0.04) + extraPerClass;
  const k = school.row.kind === "teaching_point" ? 1 : Math.max(1, Math.round(cohort.length / size));
  assignClasses(ctx.rng, cohort, splitSizes(ctx.rng, cohort.length, k));
}

function freshPupil(ctx: GenContext, school: SchoolInfo, grade: number, year: number, homebound = false): Pupil {
  const student = newPupil(ctx, { school, grade, schoolYear: year, homebound });
  const entered = year - (grade - entryGradeOf(school, grade));
  return {
    studentId: student.id,
    school,
    grade,
    classNo: null,
    enteredOn: isoDate(entered, 9, 1),
    fromSchoolId: null,
    row: null,
  };
}

/** The roll of the first school year: every grade of every open school, generated fresh. */
export function initialRoll(ctx: GenContext, schools: readonly SchoolInfo[], sizeFactor: number): Pupil[] {
  const year = ctx.years[0] ?? ctx.latestYear;
  const pupils: Pupil[] = [];
  for (const school of schools) {
    if (!isOpen(school, year)) continue;
    for (const grade of school.grades) {
      const band = bandOf(school, grade);
      // The legacy oversized cohort is the one in the school's last grade by the latest year.
      const legacy = grade === band.to - 2 ? (school.plan.legacyLarge ?? 0) : 0;
      const n = target(ctx, school, grade, year, sizeFactor);
      const cohort = Array.from({ length: n }, () => freshPupil(ctx, school, grade, year));
      formClasses(ctx, school, cohort, legacy);
      pupils.push(...cohort);
      for (let i = 0; i < (school.plan.homebound ?? 0); i++) pupils.push(freshPupil(ctx, school, grade, year, true));
    }
  }
  return pupils;
}

interface PoolEntry {
  pupil: Pupil;
  origin: SchoolInfo;
}

/** Preference tier of a destination for a pupil leaving `origin` (lower is preferred); null when not considered. */
function tier(origin: SchoolInfo, dest: SchoolInfo): number | null {
  if (origin === dest) return 0;
  const sameTown = origin.row.townCode === dest.row.townCode;
  if (origin.row.locality === "urban") return dest.row.locality === "urban" ? (sameTown ? 1 : 2) : null;
  if (sameTown) return 1;
  return dest.row.locality === "urban" ? 3 : 2;
}

/** 中考 outcome by locality: general senior high, vocational school, or leaving the county's schools. */
const SENIOR_TRACK = {
  urban: { general: 0.62, vocational: 0.3 },
  town: { general: 0.5, vocational: 0.34 },
  rural: { general: 0.42, vocational: 0.36 },
} as const;

/**
 * Places the pupils of a pool into destination schools: own school first, then same town, then wider; weighted by
 * the places left. Pupils who find no place leave the county's schools (升学到外地).
 */
function allocate(ctx: GenContext, pool: PoolEntry[], dests: SchoolInfo[], remaining: number[], grade: number) {
  const placed = dests.map((): Pupil[] => []);
  const own = ctx.rng.shuffle(pool.filter((e) => dests.includes(e.origin)));
  const others = ctx.rng.shuffle(pool.filter((e) => !dests.includes(e.origin)));
  for (const e of [...own, ...others]) {
    let kinds: readonly string[] | null = null;
    if (grade === 10) {
      const track = SENIOR_TRACK[e.origin.row.locality as keyof typeof SENIOR_TRACK];
      const r = ctx.rng.next();
      if (r >= track.general + track.vocational) continue;
      kinds = r < track.general ? ["complete_secondary", "senior"] : ["vocational"];
    }
    let best = Number.POSITIVE_INFINITY;
    let candidates: [number, number][] = [];
    dests.forEach((d, i) => {
      const t = tier(e.origin, d);
      if (t === null || (remaining[i] ?? 0) <= 0 || (kinds && !kinds.includes(d.row.kind))) return;
      if (t < best) {
        best = t;
        candidates = [];
      }
      if (t === best) candidates.push([i, remaining[i] ?? 0]);
    });
    if (candidates.length === 0) continue;
    const i = ctx.rng.weighted(candidates);
    remaining[i] = (remaining[i] ?? 0) - 1;
    placed[i]?.push(e.pupil);
  }
  return placed;
}

/** Moves the roll from the previous school year into `year`; marks graduates and leavers on last year's rows. */
export function advance(
  ctx: GenContext,
  schools: readonly SchoolInfo[],
  pupils: readonly Pupil[],
  year: number,
  sizeFactor: number,
): Pupil[] {
  const next: Pupil[] = [];
  const joiners: Pupil[] = [];
  const pools = new Map<number, PoolEntry[]>([
    [1, []],
    [7, []],
    [10, []],
  ]);
  const start = isoDate(year, 9, 1);
  const graduate = (p: Pupil) => {
    if (p.row) {
      p.row.status = "graduated";
      p.row.leftOn = isoDate(year, 7, 5);
    }
    pools.get(p.grade + 1 === 0 ? 1 : p.grade + 1)?.push({ pupil: { ...p, row: null }, origin: p.school });
  };
  for (const p of pupils) {
    const s = p.school;
    const moveTo = (dest: SchoolInfo) =>
      joiners.push({
        ...p,
        school: dest,
        grade: p.grade + 1,
        classNo: null,
        enteredOn: start,
        fromSchoolId: s.row.id,
        row: null,
      });
    if (s.mergedInto && !isOpen(s, year)) {
      if (stageEnds(s, p.grade)) graduate(p);
      else moveTo(s.mergedInto);
    } else if (!stageEnds(s, p.grade) && s.grades.includes(p.grade + 1)) {
      next.push({ ...p, grade: p.grade + 1, row: null });
    } else if (s.parent && !stageEnds(s, p.grade)) {
      if (p.row) {
        p.row.status = "transferred_out";
        p.row.toSchoolId = s.parent.row.id;
        p.row.leftOn = isoDate(year, 7, 10);
      }
      moveTo(s.parent);
    } else {
      graduate(p);
    }
  }
  // Special schools keep their own pupils only; their graduates do not go on in the county's pools.
  for (const [, pool] of pools) pool.splice(0, pool.length, ...pool.filter((e) => e.origin.row.kind !== "special"));

  const open = schools.filter((s) => isOpen(s, year));
  const entry = [...new Set(open.flatMap(entryGrades))].sort((a, b) => a - b);
  for (const grade of entry) {
    const dests = open.filter((s) => entryGrades(s).includes(grade) && (s.row.kind !== "special" || grade === 1));
    const regular = dests.filter((s) => s.row.kind !== "special");
    const targets = dests.map((s) => target(ctx, s, grade, year, sizeFactor));
    const remaining = regular.map((s) => targets[dests.indexOf(s)] ?? 0);
    const placed = allocate(ctx, pools.get(grade) ?? [], regular, remaining, grade);
    dests.forEach((school, i) => {
      const cohort: Pupil[] = (placed[regular.indexOf(school)] ?? []).map((p) => ({
        ...p,
        school,
        grade,
        enteredOn: start,
        fromSchoolId: null,
        classNo: null,
      }));
      while (cohort.length < (targets[i] ?? 0)) cohort.push(freshPupil(ctx, school, grade, year));
      formClasses(ctx, school, cohort);
      next.push(...cohort);
      for (let h = 0; h < (school.plan.homebound ?? 0); h++) next.push(freshPupil(ctx, school, grade, year, true));
    });
  }
  const book = classBook(next);
  for (const j of joiners) {
    j.classNo = joinSmallestClass(book, j.school, j.grade);
    next.push(j);
  }
  return next;
}
