/**
 * Subject demand (学科结构): teachers needed per subject from the curriculum plan against the teachers who teach it.
 *
 * Conventions (method note and README):
 * - Needed = Σ over the school's classes of the subject's weekly periods in the grade (the curriculum setting) ÷ the
 *   full weekly workload of the class's stage (the workload setting). Periods of `other` (综合实践, 劳动, 地方课程) are
 *   shared by all teachers and not demanded of one subject.
 * - Had = full-time equivalents of 在岗 专任教师 of every employment type: a teacher with no also-taught subject counts 1
 *   for the main subject; a teacher who also teaches counts 0.5 for the main subject and the other 0.5 split evenly
 *   among the subjects also taught.
 * - Gap = needed − had, one decimal. A subject is short at a school when its gap is at least 0.5 (at least one
 *   teacher once rounded). The county's shortage of a subject is the sum of the schools' positive gaps (a surplus
 *   at one school does not fill another's gap); the county's net gap is shown beside it.
 */
import type { Subject } from "../registry/vocabulary";
import { establishmentStageOf, oneDecimal, type StaffingSettings } from "./settings";

/** The subjects counties usually find short (音体美, 科学, 心理, 信息科技), highlighted on the page. */
export const usuallyShortSubjects: readonly Subject[] = ["music", "pe", "art", "science", "psychology", "it"];

export interface DemandClass {
  schoolId: string;
  grade: number;
}

export interface DemandTeacher {
  schoolId: string;
  /** main subject (任教学科) */
  subject: string | null;
  /** subjects also taught (兼任学科) */
  alsoTeaches: string[];
}

export interface SubjectGap {
  schoolId: string;
  subject: string;
  needed: number;
  had: number;
  /** needed − had */
  gap: number;
  short: boolean;
}

export interface CountySubjectGap {
  subject: string;
  needed: number;
  had: number;
  /** Σ schools' positive gaps */
  shortage: number;
  /** Σ needed − Σ had */
  net: number;
  schoolsShort: number;
}

/** The full-time equivalents a teacher gives each subject. @example teacherShares({ subject: "math", alsoTeaches: ["science"] }) // => [["math", 0.5], ["science", 0.5]] */
export function teacherShares(t: Pick<DemandTeacher, "subject" | "alsoTeaches">): [string, number][] {
  const also = [...new Set(t.alsoTeaches.filter((x) => x && x !== t.subject))];
  if (!t.subject) return also.map((x) => [x, 1 / also.length]);
  if (also.length === 0) return [[t.subject, 1]];
  return [[t.subject, 0.5], ...also.map((x): [string, number] => [x, 0.5 / also.length])];
}

/**
 * Teachers needed, had and the gap per school and subject, and the county's shortage per subject.
 *
 * @example
 * // one school, 6 classes of grade 3 with 2 science periods, workload 15: needed 12/15 = 0.8; no science teacher →
 * // gap 0.8, short
 * subjectDemand(classes, [], settings).schools.find((g) => g.subject === "science")
 */
export function subjectDemand(
  classes: DemandClass[],
  teachers: DemandTeacher[],
  s: StaffingSettings,
): { schools: SubjectGap[]; county: CountySubjectGap[] } {
  const needed = new Map<string, number>();
  const had = new Map<string, number>();
  const key = (school: string, subject: string) => `${school}\u0000${subject}`;
  for (const c of classes) {
    const stage = establishmentStageOf(c.grade);
    if (!stage) continue;
    const plan = s.curriculum[c.grade] ?? {};
    const workload = s.fullWorkload[stage];
    for (const [subject, periods] of Object.entries(plan)) {
      if (subject === "other" || !periods) continue;
      const k = key(c.schoolId, subject);
      needed.set(k, (needed.get(k) ?? 0) + periods / workload);
    }
  }
  for (const t of teachers) {
    for (const [subject, share] of teacherShares(t)) {
      const k = key(t.schoolId, subject);
      had.set(k, (had.get(k) ?? 0) + share);
    }
  }
  const schools: SubjectGap[] = [];
  for (const k of new Set([...needed.keys(), ...had.keys()])) {
    const [schoolId, subject] = k.split("\u0000") as [string, string];
    const n = needed.get(k) ?? 0;
    const h = had.get(k) ?? 0;
    const gap = oneDecimal(n - h);
    schools.push({ schoolId, subject, needed: oneDecimal(n), had: oneDecimal(h), gap, short: n - h >= 0.5 - 1e-9 });
  }
  schools.sort((a, b) => (a.schoolId === b.schoolId ? b.gap - a.gap : a.schoolId < b.schoolId ? -1 : 1));
  const bySubject = new Map<string, { needed: number; had: number; shortage: number; schoolsShort: number }>();
  for (const k of new Set([...needed.keys(), ...had.keys()])) {
    const subject = k.split("\u0000")[1] as string;
    const n = needed.get(k) ?? 0;
    const h = had.get(k) ?? 0;
    const agg = bySubject.get(subject) ?? { needed: 0, had: 0, shortage: 0, schoolsShort: 0 };
    agg.needed += n;
    agg.had += h;
    if (n - h > 0) agg.shortage += n - h;
    if (n - h >= 0.5 - 1e-9) agg.schoolsShort += 1;
    bySubject.set(subject, agg);
  }
  const county = [...bySubject.entries()]
    .map(([subject, a]) => ({
      subject,
      needed: oneDecimal(a.needed),
      had: oneDecimal(a.had),
      shortage: oneDecimal(a.shortage),
      net: oneDecimal(a.needed - a.had),
      schoolsShort: a.schoolsShort,
    }))
    .sort((a, b) => b.shortage - a.shortage);
  return { schools, county };
}
