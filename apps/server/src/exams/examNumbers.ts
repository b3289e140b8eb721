/**
 * Exam numbers (考号) in the database: given to every student of a roster who has none yet, in one statement, in
 * the order and format core's exams/examNumber.ts documents (school by school code, seat by class and 学籍号).
 * Called when an exam is created and when an import adds students to the roster; numbers once given never change.
 */
import { exams as core } from "@edubureau/core";
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { conflict } from "../http/errors";
import { classNumbers, schoolCodes, studentNumbers } from "../registry/examsIntake";
import { rowsOf } from "./store";
import { examScore } from "./tables";

/**
 * Numbers the students of an exam's roster that have no exam number yet. Locks the exam row first, so two imports
 * adding students at once do not hand out the same seat.
 *
 * @returns how many students were numbered
 * @throws AppError 409 when a school has more students than seats (or the exam more schools than school numbers)
 */
export async function assignExamNumbers(db: Db, examId: string): Promise<number> {
  await db.execute(sql`select id from exam where id = ${examId} for update`);
  const schools = await rowsOf<{ id: string; school: number | null; last: number; waiting: number }>(
    db,
    sql`select e.school_id as id,
        max(substr(e.exam_number, 1, ${core.EXAM_NUMBER_SCHOOL_DIGITS}::int))::int as school,
        coalesce(max(substr(e.exam_number, ${core.EXAM_NUMBER_SCHOOL_DIGITS + 1}::int)::int), 0)::int as last,
        count(*) filter (where e.exam_number is null)::int as waiting
      from ${examScore} e join ${schoolCodes} s on s.id = e.school_id
      where e.exam_id = ${examId}
      group by e.school_id, s.code
      order by s.code collate "C", e.school_id`,
  );
  const waiting = schools.reduce((n, s) => n + s.waiting, 0);
  if (waiting === 0) return 0;
  const plan = core.planExamNumbers(schools.map((s) => ({ school: s.school, lastSeat: s.last, waiting: s.waiting })));
  if (!plan.ok) throw conflict("EXAM_NUMBERS_FULL", plan.problem);
  const ids = schools.map((s) => s.id);
  const parts = plan.schools.map((p) => p.school);
  const bases = plan.schools.map((p) => p.seatBase);
  await db.execute(sql`update ${examScore} e
    set exam_number = lpad(p.part::text, ${core.EXAM_NUMBER_SCHOOL_DIGITS}::int, '0')
      || lpad((p.base + r.k)::text, ${core.EXAM_NUMBER_SEAT_DIGITS}::int, '0')
    from (
      select x.student_id, x.school_id, row_number() over (partition by x.school_id
          order by c.number nulls last, st.student_number collate "C", x.student_id) as k
      from ${examScore} x
        join ${studentNumbers} st on st.id = x.student_id
        left join ${classNumbers} c on c.id = x.class_id
      where x.exam_id = ${examId} and x.exam_number is null
    ) r
    join unnest(${sql.param(ids)}::uuid[], ${sql.param(parts)}::int[], ${sql.param(bases)}::int[]) as p(school_id, part, base)
      on p.school_id = r.school_id
    where e.exam_id = ${examId} and e.student_id = r.student_id`);
  return waiting;
}
