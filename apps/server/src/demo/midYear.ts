/**
 * What happens to pupils during a school year after 1 September: dropouts (辍学, a few in junior and vocational
 * school), transfers out of the county, transfers between the county's schools (转学, mostly towards the county
 * seat) and pupils arriving from outside. A transfer closes the old row (转出, with the destination) and opens a
 * row at the new school for the same year, entered on the transfer date.
 */
import { classBook, enrollmentRow, hasClass, joinSmallestClass, leaveClass, type Pupil, pupilsIn } from "./classes";
import { type GenContext, isOpen, type SchoolInfo, stageAt } from "./context";
import { midYearDate } from "./dates";
import { newPupil } from "./students";

const TRANSFER_OUT_OF_COUNTY = 0.005;
const TRANSFER_IN_COUNTY = 0.008;
const ARRIVALS_FROM_OUTSIDE = 0.004;
const LOCALITY_PULL = { urban: 3, town: 1.5, rural: 0.3 } as const;

function dropoutRate(p: Pupil): number {
  const stage = stageAt(p.school, p.grade);
  if (stage === "junior") return p.school.row.locality === "urban" ? 0.0015 : 0.006;
  if (stage === "vocational") return 0.012;
  return 0;
}

/** Schools that take ordinary transfers: not teaching points, special or vocational schools. */
function takesTransfers(s: SchoolInfo): boolean {
  return s.row.kind !== "teaching_point" && s.row.kind !== "special" && s.row.kind !== "vocational";
}

/**
 * Applies the year's events to the roll and returns the pupils still on roll at the end of the year (at their
 * current school), ready to move up.
 */
export function midYear(
  ctx: GenContext,
  schools: readonly SchoolInfo[],
  pupils: readonly Pupil[],
  year: number,
  classIds: Map<string, string>,
): Pupil[] {
  const { rng } = ctx;
  const book = classBook(pupils);
  const open = schools.filter((s) => isOpen(s, year) && takesTransfers(s));
  const kept: Pupil[] = [];
  for (const p of pupils) {
    const row = p.row;
    if (!row || p.classNo === null || !takesTransfers(p.school)) {
      kept.push(p);
      continue;
    }
    if (rng.chance(dropoutRate(p))) {
      row.status = "dropped_out";
      row.leftOn = midYearDate(rng, year, ctx.latestYear);
      leaveClass(book, p);
      continue;
    }
    const r = rng.next();
    if (r < TRANSFER_OUT_OF_COUNTY) {
      row.status = "transferred_out";
      row.leftOn = midYearDate(rng, year, ctx.latestYear);
      leaveClass(book, p);
      continue;
    }
    if (r < TRANSFER_OUT_OF_COUNTY + TRANSFER_IN_COUNTY) {
      const stage = stageAt(p.school, p.grade);
      const dests = open.filter((s) => s !== p.school && stageAt(s, p.grade) === stage && hasClass(book, s, p.grade));
      if (dests.length > 0) {
        const dest = rng.weighted(dests.map((s) => [s, LOCALITY_PULL[s.row.locality as keyof typeof LOCALITY_PULL]]));
        const on = midYearDate(rng, year, ctx.latestYear);
        row.status = "transferred_out";
        row.leftOn = on;
        row.toSchoolId = dest.row.id;
        leaveClass(book, p);
        const moved: Pupil = {
          ...p,
          school: dest,
          classNo: joinSmallestClass(book, dest, p.grade),
          enteredOn: on,
          fromSchoolId: p.school.row.id,
        };
        moved.row = enrollmentRow(ctx, moved, year, classIds);
        kept.push(moved);
        continue;
      }
    }
    kept.push(p);
  }
  for (const school of open) {
    const size = pupilsIn(book, school);
    const arrivals = Math.floor(size * ARRIVALS_FROM_OUTSIDE + rng.next());
    const grades = school.grades.filter((g) => hasClass(book, school, g));
    for (let i = 0; i < arrivals && grades.length > 0; i++) {
      const grade = rng.pick(grades);
      const student = newPupil(ctx, { school, grade, schoolYear: year });
      const p: Pupil = {
        studentId: student.id,
        school,
        grade,
        classNo: joinSmallestClass(book, school, grade),
        enteredOn: midYearDate(rng, year, ctx.latestYear),
        fromSchoolId: null,
        row: null,
      };
      p.row = enrollmentRow(ctx, p, year, classIds);
      kept.push(p);
    }
  }
  return kept;
}
