/**
 * Teaching load: how many teachers of each subject a school's classes need (编制需求), and the class–subject–
 * teacher assignments (任课安排) with a head teacher (班主任) for every class.
 */
import type { Stage, Subject } from "@edubureau/core/registry";
import type { GenContext, SchoolInfo } from "./context";
import type { SchoolClassRow } from "./types";

/** [subject, classes one teacher covers, first grade, last grade, specialist] */
type Need = readonly [Subject, number, number?, number?, boolean?];

const NEEDS: Record<Stage, readonly Need[]> = {
  preschool: [["preschool", 0.5]],
  primary: [
    ["chinese", 1.4],
    ["math", 2],
    ["english", 4, 3],
    ["politics", 10],
    ["science", 7, 1, 6, true],
    ["pe", 6, 1, 6, true],
    ["music", 8, 1, 6, true],
    ["art", 9, 1, 6, true],
    ["it", 12, 3, 6, true],
    ["psychology", 30, 1, 6, true],
  ],
  junior: [
    ["chinese", 2],
    ["math", 2],
    ["english", 2],
    ["politics", 5],
    ["history", 5],
    ["geography", 4, 7, 8],
    ["biology", 4, 7, 8],
    ["physics", 3, 8, 9],
    ["chemistry", 2.5, 9, 9],
    ["pe", 5, 7, 9, true],
    ["music", 10, 7, 9, true],
    ["art", 10, 7, 9, true],
    ["it", 8, 7, 9, true],
    ["psychology", 15, 7, 9, true],
  ],
  senior: [
    ["chinese", 2],
    ["math", 2],
    ["english", 2],
    ["physics", 3],
    ["chemistry", 3],
    ["biology", 3],
    ["politics", 4],
    ["history", 4],
    ["geography", 4],
    ["pe", 5, 10, 12, true],
    ["music", 12, 10, 12, true],
    ["art", 12, 10, 12, true],
    ["it", 8, 10, 12, true],
    ["psychology", 15, 10, 12, true],
  ],
  vocational: [
    ["chinese", 3],
    ["math", 3],
    ["english", 3],
    ["politics", 6],
    ["pe", 6],
    ["it", 4],
    ["vocational", 0.8],
  ],
  special: [
    ["special", 0.7],
    ["pe", 9],
    ["music", 9],
    ["art", 9],
  ],
};

/** Subjects that get a class–teacher assignment in a grade: the examined, main subjects. */
export function assignedSubjects(stage: Stage, grade: number): Subject[] {
  switch (stage) {
    case "preschool":
      return ["preschool"];
    case "primary":
      return grade >= 3 ? ["chinese", "math", "english"] : ["chinese", "math"];
    case "junior": {
      const s: Subject[] = ["chinese", "math", "english", "politics", "history"];
      if (grade <= 8) s.push("geography", "biology");
      if (grade >= 8) s.push("physics");
      if (grade === 9) s.push("chemistry");
      return s;
    }
    case "senior":
      return ["chinese", "math", "english", "physics", "chemistry", "biology", "politics", "history", "geography"];
    case "vocational":
      return ["chinese", "math", "english", "vocational"];
    case "special":
      return ["special"];
  }
}

export interface ClassAtStage {
  row: SchoolClassRow;
  stage: Stage;
  pupils: number;
}

/**
 * Teachers needed per stage and subject ("stage|subject" → count) for a school's classes in a year. Small schools
 * (fewer than 8 classes of a stage) have a specialist (PE, music, art, IT, science, psychology) only sometimes,
 * decided once per school so it holds across years; teaching points have two to five 包班 teachers.
 */
export function teacherNeeds(
  ctx: GenContext,
  school: SchoolInfo,
  classes: readonly ClassAtStage[],
): Map<string, number> {
  const needs = new Map<string, number>();
  if (school.row.kind === "teaching_point") {
    const pupils = classes.reduce((n, c) => n + c.pupils, 0);
    const teachers = Math.max(2, Math.min(classes.length, Math.ceil(pupils / 15)));
    needs.set("primary|chinese", Math.ceil(teachers / 2));
    needs.set("primary|math", Math.floor(teachers / 2));
    return needs;
  }
  const stages = [...new Set(classes.map((c) => c.stage))];
  for (const stage of stages) {
    const ofStage = classes.filter((c) => c.stage === stage);
    for (const [subject, perTeacher, from = -3, to = 12, specialist = false] of NEEDS[stage]) {
      const n = ofStage.filter((c) => c.row.grade >= from && c.row.grade <= to).length;
      if (n === 0) continue;
      if (specialist && ofStage.length < 8 && !ctx.rng.fork(`${school.row.id}:${subject}`).chance(0.55)) continue;
      needs.set(`${stage}|${subject}`, Math.ceil(n / perTeacher));
    }
  }
  return needs;
}

export interface Teacher {
  staffId: string;
  stage: Stage;
  subject: Subject;
}

/**
 * Assigns a teacher to every main subject of every class (least-loaded teacher of the subject and stage, else of
 * the stage, else of the school) and picks a head teacher (班主任), preferring the class's Chinese teacher.
 */
export function assignTeachers(
  ctx: GenContext,
  school: SchoolInfo,
  classes: readonly ClassAtStage[],
  teachers: readonly Teacher[],
) {
  if (teachers.length === 0) return;
  const load = new Map<string, number>(teachers.map((t) => [t.staffId, 0]));
  const heads = new Set<string>();
  const leastLoaded = (pool: readonly Teacher[]) =>
    pool.reduce((a, b) => ((load.get(b.staffId) ?? 0) < (load.get(a.staffId) ?? 0) ? b : a));
  for (const c of classes) {
    const assigned: Teacher[] = [];
    for (const subject of assignedSubjects(c.stage, c.row.grade)) {
      const ofStage = teachers.filter((t) => t.stage === c.stage);
      const ofSubject = ofStage.filter((t) => t.subject === subject);
      const t = leastLoaded(ofSubject.length > 0 ? ofSubject : ofStage.length > 0 ? ofStage : teachers);
      load.set(t.staffId, (load.get(t.staffId) ?? 0) + 1);
      assigned.push(t);
      ctx.out.classTeacher.push({
        id: ctx.rng.uuid(),
        regionCode: ctx.regionCode,
        schoolId: school.row.id,
        classId: c.row.id,
        staffId: t.staffId,
        subject,
      });
    }
    const head = assigned.find((t) => !heads.has(t.staffId)) ?? assigned[0];
    if (head) {
      heads.add(head.staffId);
      c.row.headTeacherId = head.staffId;
    }
  }
}
