/**
 * The demo county's exams (示范数据): for the latest school year a grade-8 mid-term (non-graduating, reported in
 * levels, with a math item structure) and a grade-6 mid-term (graduating), each with the same cohort's final of the
 * year before as its baseline for value added, and a mid-term of the demo teacher's grade so their view has classes. Scores are drawn deterministically from the seed: each student's
 * ability, a school effect (rural schools a little lower), class and teacher effects, and a planted school "value
 * added" between the two exams so that the value-added page has something to find; a few students absent.
 */
import { exams as core, registry } from "@edubureau/core";
import { eq, sql } from "drizzle-orm";
import { appUser } from "../auth/tables";
import type { Db } from "../db/client";
import { createRandom, type Random } from "../demo/random";
import { classTeacher, enrollment, school } from "../registry/tables";
import { copyAssignments, inputHash } from "./commands";
import { assignExamNumbers } from "./examNumbers";
import { type ExamRow, rowsOf } from "./store";
import { type ExamSubject, exam, examScore } from "./tables";

const S = (code: registry.Subject, fullMarks: number, items?: core.ItemSpec[]): ExamSubject => ({
  code,
  name: registry.subject.labels[code],
  fullMarks,
  items,
});

/** A 120-point paper: 12 multiple-choice items of 3 points, then 6 worked problems (36 + 84 = 120). */
const MATH_ITEMS: core.ItemSpec[] = [
  ...[
    "有理数",
    "整式",
    "一元一次方程",
    "几何初步",
    "三角形",
    "全等三角形",
    "轴对称",
    "实数",
    "平面直角坐标系",
    "函数初步",
    "二次根式",
    "勾股定理",
  ].map((knowledge, i) => ({ number: String(i + 1), maxScore: 3, kind: "objective" as const, knowledge })),
  { number: "13", maxScore: 8, kind: "subjective", knowledge: "计算" },
  { number: "14", maxScore: 10, kind: "subjective", knowledge: "分式方程应用" },
  { number: "15", maxScore: 12, kind: "subjective", knowledge: "全等三角形证明" },
  { number: "16", maxScore: 14, kind: "subjective", knowledge: "统计与概率" },
  { number: "17", maxScore: 18, kind: "subjective", knowledge: "一次函数综合" },
  { number: "18", maxScore: 22, kind: "subjective", knowledge: "几何综合(压轴)" },
];

interface Plan {
  name: string;
  grade: number;
  schoolYear: number;
  term: number;
  heldOn: string;
  graduating: boolean;
  subjects: ExamSubject[];
  /** index of the plan this one compares with */
  baseline?: number;
}

/** The exams of the demo, baselines first. */
function plans(latestYear: number, now: Date): Plan[] {
  const nov = `${latestYear}-11-08`;
  const today = now.toISOString().slice(0, 10);
  const midTerm = nov <= today ? nov : `${latestYear}-09-20`;
  const junior = [S("chinese", 120), S("math", 120), S("english", 120), S("politics", 100), S("history", 100)];
  const primary = [S("chinese", 100), S("math", 100), S("english", 100)];
  return [
    {
      name: "七年级下学期期末质量检测",
      grade: 7,
      schoolYear: latestYear - 1,
      term: 2,
      heldOn: `${latestYear}-06-28`,
      graduating: false,
      subjects: junior,
    },
    {
      name: "八年级上学期期中质量检测",
      grade: 8,
      schoolYear: latestYear,
      term: 1,
      heldOn: midTerm,
      graduating: false,
      subjects: [
        junior[0]!,
        S("math", 120, MATH_ITEMS),
        ...junior.slice(2),
        S("geography", 100),
        S("biology", 100),
        S("physics", 100),
      ],
      baseline: 0,
    },
    {
      name: "五年级下学期期末质量检测",
      grade: 5,
      schoolYear: latestYear - 1,
      term: 2,
      heldOn: `${latestYear}-06-30`,
      graduating: false,
      subjects: primary,
    },
    {
      name: "六年级上学期期中质量检测",
      grade: 6,
      schoolYear: latestYear,
      term: 1,
      heldOn: midTerm,
      graduating: true,
      subjects: primary,
      baseline: 2,
    },
  ];
}

/** A standard normal value fixed by a label (the same student keeps the same ability in every exam). */
function stableNormal(seed: number, label: string): number {
  return createRandom(`edubureau-demo:${seed}:exams:${label}`).normal(0, 1);
}

/**
 * Generates and writes the demo exams for the county of the demo accounts. Safe to call once after the register
 * is loaded, inside or outside a transaction; does nothing when the county has no students in the grades.
 */
export async function loadExamsDemo(db: Db, options: { seed: number; latestYear: number; now: Date }) {
  const [owner] = await db
    .select({ id: appUser.id, regionCode: appUser.regionCode })
    .from(appUser)
    .where(eq(appUser.username, "jiaoyan"))
    .limit(1);
  if (!owner) return { exams: 0, scores: 0 };
  const regionCode = owner.regionCode;
  const rng = createRandom(`edubureau-demo:${options.seed}:exams`);
  const schools = await db
    .select({ id: school.id, locality: school.locality })
    .from(school)
    .where(eq(school.regionCode, regionCode));
  const schoolEffect = new Map(schools.map((s) => [s.id, rng.normal(s.locality === "rural" ? -0.25 : 0.05, 0.25)]));
  const schoolGain = new Map(schools.map((s) => [s.id, rng.normal(0, 0.18)]));
  const ids: string[] = [];
  let scores = 0;
  const all = plans(options.latestYear, options.now);
  // the demo teacher's grade gets a mid-term too, so that the teacher's view has classes to show
  const [teacher] = await rowsOf<{ grade: number }>(
    db,
    sql`select min(c.grade)::int as grade from ${appUser} u
      join ${classTeacher} ct on ct.staff_id = u.staff_id
      join school_class c on c.id = ct.class_id and c.school_year = ${options.latestYear}
      where u.username = 'teacher1'`,
  );
  const teacherGrade = teacher?.grade ?? null;
  if (
    teacherGrade &&
    teacherGrade >= 1 &&
    teacherGrade <= 9 &&
    !all.some((p) => p.schoolYear === options.latestYear && p.grade === teacherGrade)
  ) {
    const subjects =
      teacherGrade <= 6 ? (teacherGrade >= 3 ? all[3]!.subjects : all[3]!.subjects.slice(0, 2)) : all[0]!.subjects;
    all.push({
      name: `${registry.gradeLabel(teacherGrade)}上学期期中质量检测`,
      grade: teacherGrade,
      schoolYear: options.latestYear,
      term: 1,
      heldOn: all[1]!.heldOn,
      graduating: false,
      subjects,
    });
  }
  for (const [p, plan] of all.entries()) {
    const r = rng.fork(`exam:${p}`);
    const id = r.uuid();
    const [row] = await db
      .insert(exam)
      .values({
        id,
        seriesId: id,
        regionCode,
        name: plan.name,
        heldOn: plan.heldOn,
        schoolYear: plan.schoolYear,
        term: plan.term,
        grade: plan.grade,
        graduating: plan.graduating,
        subjects: plan.subjects,
        config: core.defaultAnalysisConfig,
        baselineExamId: plan.baseline === undefined ? null : (ids[plan.baseline] ?? null),
        status: "draft",
        createdBy: owner.id,
        createdAt: options.now,
        updatedAt: options.now,
      })
      .returning();
    ids.push(id);
    scores += await writeCohort(
      db,
      row!,
      plan,
      r,
      options.seed,
      schoolEffect,
      plan.baseline === undefined ? null : schoolGain,
    );
    await assignExamNumbers(db, id);
    await copyAssignments(db, row!);
    const hash = await inputHash(db, row!);
    await db
      .update(exam)
      .set({ status: "published", publishedAt: options.now, publishedBy: owner.id, inputHash: hash })
      .where(eq(exam.id, id));
  }
  return { exams: ids.length, scores };
}

async function writeCohort(
  db: Db,
  row: ExamRow,
  plan: Plan,
  r: Random,
  seed: number,
  schoolEffect: Map<string, number>,
  schoolGain: Map<string, number> | null,
): Promise<number> {
  const cohort = await rowsOf<{ s: string; sc: string; c: string | null }>(
    db,
    sql`select distinct on (${enrollment.studentId}) ${enrollment.studentId} as s, ${enrollment.schoolId} as sc,
        ${enrollment.classId} as c
      from ${enrollment}
      where ${enrollment.regionCode} = ${row.regionCode} and ${enrollment.schoolYear} = ${plan.schoolYear}
        and ${enrollment.grade} = ${plan.grade} and ${enrollment.status} = 'enrolled'
      order by ${enrollment.studentId}`,
  );
  if (cohort.length === 0) return 0;
  const teachers = await rowsOf<{ c: string; subject: string; staff: string }>(
    db,
    sql`select ${classTeacher.classId} as c, ${classTeacher.subject} as subject, ${classTeacher.staffId} as staff
      from ${classTeacher} where ${classTeacher.regionCode} = ${row.regionCode}`,
  );
  const teacherOf = new Map(teachers.map((t) => [`${t.c}:${t.subject}`, t.staff]));
  const classEffect = new Map<string, number>();
  const ids: string[] = [];
  const schoolIds: string[] = [];
  const classIds: (string | null)[] = [];
  const scoreTexts: string[] = [];
  const itemTexts: (string | null)[] = [];
  const hasItems = plan.subjects.some((s) => s.items?.length);
  for (const st of cohort) {
    const ability = stableNormal(seed, `ability:${st.s}`);
    const base = (schoolEffect.get(st.sc) ?? 0) + (schoolGain?.get(st.sc) ?? 0);
    if (st.c && !classEffect.has(st.c)) classEffect.set(st.c, r.normal(0, 0.12));
    const keptOut = r.chance(0.004);
    const values: (number | null)[] = [];
    const items: (number | null)[] = [];
    for (const subject of plan.subjects) {
      const aptitude = stableNormal(seed, `aptitude:${st.s}:${subject.code}`);
      const teacher = st.c ? teacherOf.get(`${st.c}:${subject.code}`) : undefined;
      const teacherEffect = teacher ? stableNormal(seed, `teacher:${teacher}:${subject.code}`) * 0.1 : 0;
      const z =
        0.8 * ability +
        0.35 * aptitude +
        base +
        (st.c ? classEffect.get(st.c)! : 0) +
        teacherEffect +
        r.normal(0, 0.35);
      const share = Math.min(1, Math.max(0.04, 0.7 + 0.16 * z));
      const absent = keptOut || r.chance(0.006);
      const score = absent ? null : Math.round(share * subject.fullMarks * 2) / 2;
      values.push(score);
      for (let j = 0; j < (subject.items?.length ?? 0); j++) items.push(score === null ? null : 0);
      if (score !== null && subject.items?.length) spreadItems(score, subject.items, items, r);
    }
    ids.push(st.s);
    schoolIds.push(st.sc);
    classIds.push(st.c);
    scoreTexts.push(`{${values.map((v) => (v === null ? "NULL" : String(v))).join(",")}}`);
    itemTexts.push(hasItems ? `{${items.map((v) => (v === null ? "NULL" : String(v))).join(",")}}` : null);
  }
  for (let i = 0; i < ids.length; i += 5000) {
    const slice = (xs: unknown[]) => xs.slice(i, i + 5000);
    await db.execute(sql`insert into ${examScore} (exam_id, student_id, region_code, school_id, class_id, scores, items)
      select ${row.id}::uuid, u.s, ${row.regionCode}, u.sc, u.c, u.x::double precision[], u.i::double precision[]
      from unnest(${sql.param(slice(ids))}::uuid[], ${sql.param(slice(schoolIds))}::uuid[],
        ${sql.param(slice(classIds))}::uuid[], ${sql.param(slice(scoreTexts))}::text[],
        ${sql.param(slice(itemTexts))}::text[]) as u(s, sc, c, x, i)`);
  }
  return ids.length;
}

/**
 * Splits a subject score over its items so they add up exactly: objective items right or wrong with the student's
 * overall success rate, the rest spread over the subjective items by their weight, in half points.
 */
function spreadItems(score: number, specs: core.ItemSpec[], out: (number | null)[], r: Random) {
  const start = out.length - specs.length;
  const full = specs.reduce((n, s) => n + s.maxScore, 0);
  const p = score / full;
  let left = score;
  specs.forEach((s, j) => {
    if (s.kind !== "objective") return;
    // easier items first: success falls with the item number
    const got = left >= s.maxScore && r.chance(Math.min(0.98, p + 0.25 - j * 0.03)) ? s.maxScore : 0;
    out[start + j] = got;
    left -= got;
  });
  const subjective = specs.map((s, j) => ({ s, j })).filter((x) => x.s.kind !== "objective");
  const room = subjective.reduce((n, x) => n + x.s.maxScore, 0);
  subjective.forEach(({ s, j }, k) => {
    const last = k === subjective.length - 1;
    const share = last
      ? left
      : Math.min(left, s.maxScore, Math.round(((left * s.maxScore) / Math.max(1, room)) * 2) / 2);
    out[start + j] = Math.min(s.maxScore, share);
    left -= out[start + j]!;
  });
  // whatever did not fit (objective misses left too much) goes to the objective items not yet scored
  specs.forEach((s, j) => {
    if (left <= 0 || s.kind !== "objective" || out[start + j] !== 0) return;
    if (left >= s.maxScore) {
      out[start + j] = s.maxScore;
      left -= s.maxScore;
    }
  });
  if (left > 0) {
    // last resort: top up subjective items below their maximum
    for (const { s, j } of subjective) {
      const add = Math.min(left, s.maxScore - out[start + j]!);
      out[start + j]! += add;
      left -= add;
    }
  }
}
