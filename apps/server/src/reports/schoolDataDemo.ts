/**
 * The report's own inputs in the demo county (示范数据·报告数据): two years of after-school service (both terms), of
 * the schools' library counts and of 高考 and 中考 results (the register's 高三 and 初三 students of the school year
 * before the exam), so the work report shows a change. Bulk inserts, deterministic for a seed.
 */
import type { reports } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { appUser } from "../auth/tables";
import { insertAll } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { createRandom, type Random } from "../demo/random";
import { graduatingStudents } from "../registry/examCandidatesIntake";
import { enrolledInCounty, schoolsWithTown } from "../registry/fitnessIntake";
import { reportAfterSchool, reportExamResult, reportSchoolCount } from "./tables";

const CONTENTS = ["作业辅导、阅读", "作业辅导、书法、篮球", "作业辅导、合唱、科技小组", "作业辅导、足球、绘画"];

/** A tier drawn with the demo's weights (a later year a little better). */
function tierOf(rng: Random, exam: reports.ExamResultKind, better: number): reports.AdmissionTier {
  const x = rng.next();
  if (exam === "gaokao")
    return x < 0.2 + better
      ? "undergraduate_first"
      : x < 0.52 + better
        ? "undergraduate"
        : x < 0.9
          ? "college"
          : "none";
  return x < 0.3 + better ? "key_high" : x < 0.72 ? "ordinary_high" : x < 0.93 ? "vocational" : "none";
}

/**
 * Writes the demo's after-school, counts and exam results rows for the county of the demo accounts.
 *
 * @example await loadSchoolDataDemo(db, { seed: 2026, latestYear: 2026, now: new Date() })
 */
export async function loadSchoolDataDemo(db: Db, o: { seed: number; latestYear: number; now: Date }) {
  const [section] = await db.select().from(appUser).where(eq(appUser.username, "jcjy")).limit(1);
  if (!section) return { afterSchool: 0, counts: 0, candidates: 0 };
  const regionCode = section.regionCode;
  const rng = createRandom(`report-data-${o.seed}`);
  const schools = (await schoolsWithTown(db, regionCode)).filter((s) => s.kind !== "kindergarten");
  const stamp = { regionCode, createdAt: o.now, updatedAt: o.now };
  const afterSchool: (typeof reportAfterSchool.$inferInsert)[] = [];
  const counts: (typeof reportSchoolCount.$inferInsert)[] = [];
  const results: (typeof reportExamResult.$inferInsert)[] = [];
  for (const year of [o.latestYear - 1, o.latestYear]) {
    const later = year === o.latestYear ? 0.04 : 0;
    const roll = await enrolledInCounty(db, regionCode, year);
    const onRoll = new Map<string, number>();
    for (const r of roll) onRoll.set(r.schoolId, (onRoll.get(r.schoolId) ?? 0) + 1);
    for (const s of schools) {
      const pupils = onRoll.get(s.id) ?? 0;
      for (const term of ["autumn", "spring"] as const) {
        const participants = Math.round(pupils * (0.6 + later + rng.next() * 0.25));
        afterSchool.push({
          ...stamp,
          schoolId: s.id,
          year,
          term,
          participants,
          teachers: participants === 0 ? 0 : Math.max(1, Math.round(participants / rng.int(15, 25))),
          content: rng.pick(CONTENTS),
          charged: rng.next() < 0.2,
        });
      }
      const booksAdded = rng.int(300, 900) + Math.round(pupils * (1 + later * 10));
      counts.push({ ...stamp, schoolId: s.id, year, booksAdded, booksTotal: pupils * 30 + booksAdded });
    }
    // the candidates of the exams held in June of `year`: the 高三 and 初三 students of the school year before
    const before = await graduatingStudents(db, regionCode, year - 1);
    let n = 0;
    for (const r of before) {
      const exam = r.grade === 12 ? "gaokao" : r.grade === 9 ? "zhongkao" : null;
      if (!exam) continue;
      n++;
      const sat = rng.next() > 0.03;
      const tier = sat ? tierOf(rng, exam, later) : "none";
      results.push({
        ...stamp,
        year,
        exam,
        candidateNumber: `${year % 100}${exam === "gaokao" ? "1" : "2"}${regionCode}${String(n).padStart(5, "0")}`,
        studentId: r.studentId,
        schoolId: r.schoolId,
        sat,
        totalScore: sat ? rng.int(exam === "gaokao" ? 280 : 300, exam === "gaokao" ? 680 : 720) : null,
        tier,
        admittedSchool: tier === "none" ? null : tier === "key_high" ? "县第一中学" : "录取院校",
      });
    }
  }
  await insertAll(db, reportAfterSchool, afterSchool);
  await insertAll(db, reportSchoolCount, counts);
  await insertAll(db, reportExamResult, results);
  return { afterSchool: afterSchool.length, counts: counts.length, candidates: results.length };
}
