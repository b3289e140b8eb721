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
  // per grade, the subjects' teacher shares of one class (periods ÷ the stage's workload), computed once
  const perGrade = new Map<number, [string, number][]>();
  for (let grade = 1; grade <= 12; grade++) {
    const stage = establishmentStageOf(grade);
    if (!stage) continue;
    const workload = s.fullWorkload[stage];
    perGrade.set(
      grade,
      Object.entries(s.curriculum[grade] ?? {})
        .filter(([subject, periods]) => subject !== "other" && (periods ?? 0) > 0)
        .map(([subject, periods]) => [subject, (periods ?? 0) / workload]),
    );
  }
  // school → subject → [needed, had]
  const bySchool = new Map<string, Map<string, [number, number]>>();
  const cell = (schoolId: string, subject: string) => {
    let m = bySchool.get(schoolId);
    if (!m) {
      m = new Map();
      bySchool.set(schoolId, m);
    }
    let c = m.get(subject);
    if (!c) {
      c = [0, 0];
      m.set(subject, c);
    }
    return c;
  };
  for (const c of classes) {
    const shares = perGrade.get(c.grade);
    if (!shares) continue;
    for (const [subject, share] of shares) cell(c.schoolId, subject)[0] += share;
  }
  for (const t of teachers) {
    if (t.alsoTeaches.length === 0) {
      if (t.subject) cell(t.schoolId, t.subject)[1] += 1;
      continue;
    }
    for (const [subject, share] of teacherShares(t)) cell(t.schoolId, subject)[1] += share;
  }
  const schools: SubjectGap[] = [];
  const bySubject = new Map<string, { needed: number; had: number; shortage: number; schoolsShort: number }>();
  for (const [schoolId, m] of bySchool) {
    for (const [subject, [n, h]] of m) {
      const short = n - h >= 0.5 - 1e-9;
      schools.push({ schoolId, subject, needed: oneDecimal(n), had: oneDecimal(h), gap: oneDecimal(n - h), short });
      let agg = bySubject.get(subject);
      if (!agg) {
        agg = { needed: 0, had: 0, shortage: 0, schoolsShort: 0 };
        bySubject.set(subject, agg);
      }
      agg.needed += n;
      agg.had += h;
      if (n - h > 0) agg.shortage += n - h;
      if (short) agg.schoolsShort += 1;
    }
  }
  schools.sort((a, b) => (a.schoolId === b.schoolId ? b.gap - a.gap : a.schoolId < b.schoolId ? -1 : 1));
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
