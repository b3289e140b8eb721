/**
 * Staff (教职工) over the three school years: the first year's staff sized from each school's classes, then each
 * year retirements, leavers, teacher exchange (交流轮岗, mostly between the county seat and the towns), moves
 * after a merger and new hires for the subjects short of teachers. One employment row per person per year, and
 * class–subject–teacher assignments for every class.
 */
import type { BackboneLevel, PostType, Qualification, Stage, Subject } from "@edubureau/core/registry";
import { addPerson, drawEthnicity, type GenContext, isOpen, type SchoolInfo, stageAt } from "./context";
import { ageOn, isoDate } from "./dates";
import { ORIGIN_REGION_CODES } from "./residentIds";
import {
  drawBackbone,
  drawCertificate,
  drawEstablishment,
  drawQualification,
  type Establishment,
  femaleShare,
  titleAt,
} from "./staffProfile";
import { assignTeachers, type ClassAtStage, teacherNeeds } from "./teaching";
import type { DemoPersonRow } from "./types";

interface Member {
  staffId: string;
  person: DemoPersonRow;
  hireYear: number;
  school: SchoolInfo;
  post: PostType;
  stage: Stage;
  subject: Subject | null;
  qualification: Qualification;
  /** fixed quantile of the title distribution: titles rise with service */
  titleU: number;
  backbone: BackboneLevel;
  establishment: Establishment;
  hasCertificate: boolean;
  principal: boolean;
}

const EXCHANGE_RATE = 0.03;
const LEAVING_RATE = 0.012;

/** Classes of each school and year with their stage and number of pupils. */
function classIndex(ctx: GenContext, schools: readonly SchoolInfo[]): Map<string, ClassAtStage[]> {
  const pupils = new Map<string, number>();
  for (const e of ctx.out.enrollment) if (e.classId) pupils.set(e.classId, (pupils.get(e.classId) ?? 0) + 1);
  const byId = new Map(schools.map((s) => [s.row.id, s]));
  const index = new Map<string, ClassAtStage[]>();
  for (const row of ctx.out.schoolClass) {
    const school = byId.get(row.schoolId);
    if (!school) continue;
    const key = `${row.schoolId}|${row.schoolYear}`;
    const list = index.get(key) ?? [];
    list.push({ row, stage: stageAt(school, row.grade), pupils: pupils.get(row.id) ?? 0 });
    index.set(key, list);
  }
  return index;
}

function mainStage(school: SchoolInfo): Stage {
  return stageAt(school, school.grades[0] ?? 1);
}

/** Generates staff, employment rows and class assignments for all years; sets each school's principal. */
export function simulateStaff(ctx: GenContext, schools: readonly SchoolInfo[]): void {
  const { rng } = ctx;
  const classes = classIndex(ctx, schools);
  let sequence = 0;
  let staff: Member[] = [];

  const hire = (
    school: SchoolInfo,
    year: number,
    post: PostType,
    stage: Stage,
    subject: Subject | null,
    first: boolean,
  ) => {
    const principal = post === "admin" && !staff.some((m) => m.school === school && m.principal);
    const gender = rng.chance(principal ? 0.3 : femaleShare(post, stage)) ? "F" : "M";
    const retireAge = gender === "M" ? 60 : 55;
    const age = principal
      ? Math.round(Math.min(retireAge - 4, Math.max(38, rng.normal(48, 4))))
      : first
        ? Math.round(Math.min(retireAge - 1, Math.max(23, rng.normal(school.row.locality === "urban" ? 40 : 43, 9))))
        : rng.int(22, 27);
    const birthYear = year - age - (rng.chance(0.7) ? 1 : 0);
    const birthDate = isoDate(birthYear, rng.int(1, 12), rng.int(1, 28));
    const hireYear = first ? Math.min(year - (principal ? 10 : 0), birthYear + rng.int(21, 25)) : year;
    const person = addPerson(ctx, {
      gender,
      birthDate,
      ethnicity: drawEthnicity(rng, school.plan.mongolShare ? 0.7 : undefined),
      generation: "adult",
      origin: rng.chance(0.15) ? rng.pick(ORIGIN_REGION_CODES) : undefined,
    });
    const locality = school.row.locality as "urban" | "town" | "rural";
    const establishment = drawEstablishment(rng, post, school.row.ownership, locality);
    const staffId = rng.uuid();
    sequence += 1;
    ctx.out.staff.push({
      id: staffId,
      regionCode: ctx.regionCode,
      personId: person.id,
      staffNumber: `${ctx.regionCode}${String(sequence).padStart(6, "0")}`,
      hireDate: isoDate(hireYear, 8, rng.int(20, 31)),
    });
    staff.push({
      staffId,
      person,
      hireYear,
      school,
      post,
      stage,
      subject,
      qualification: drawQualification(rng, post, stage, locality, age),
      titleU: rng.next(),
      backbone: drawBackbone(rng, post, year - hireYear, locality),
      establishment,
      hasCertificate: drawCertificate(rng, post, establishment, school.row.ownership),
      principal,
    });
  };

  for (const [i, year] of ctx.years.entries()) {
    const open = schools.filter((s) => isOpen(s, year));
    if (i > 0) staff = churn(ctx, staff, open, classes, year);
    for (const school of open) {
      const list = classes.get(`${school.row.id}|${year}`) ?? [];
      const needs = teacherNeeds(ctx, school, list);
      const here = staff.filter((m) => m.school === school);
      let teachers = 0;
      for (const [key, n] of needs) {
        teachers += n;
        const [stage, subject] = key.split("|") as [Stage, Subject];
        const have = here.filter((m) => m.post === "teacher" && m.stage === stage && m.subject === subject).length;
        for (let k = have; k < n; k++) hire(school, year, "teacher", stage, subject, i === 0);
      }
      const tp = school.row.kind === "teaching_point";
      const targets: [PostType, number][] = [
        ["admin", tp ? 0 : Math.max(1, Math.round(1 + teachers * 0.06))],
        ["support", tp ? 0 : Math.round(teachers * 0.04)],
        [
          "worker",
          tp
            ? 0
            : Math.round(teachers * 0.05) +
              (school.row.kind === "kindergarten" ? list.length : 0) +
              (school.row.locality === "urban" ? 0 : 2),
        ],
      ];
      for (const [post, n] of targets) {
        const have = here.filter((m) => m.post === post).length;
        for (let k = have; k < n; k++) hire(school, year, post, mainStage(school), null, i === 0);
      }
      const atSchool = staff.filter((m) => m.school === school);
      if (!atSchool.some((m) => m.principal)) {
        const head = atSchool.find((m) => m.post === "admin") ?? atSchool[0];
        if (head) head.principal = true;
      }
    }
    writeYear(ctx, staff, open, classes, year);
    for (const m of staff) if (m.principal) m.school.row.principal = m.person.name;
  }
}

/** Retirement (60 for men, 55 for women), leavers, moves after a merger and teacher exchange, before a new year. */
function churn(
  ctx: GenContext,
  staff: readonly Member[],
  open: readonly SchoolInfo[],
  classes: Map<string, ClassAtStage[]>,
  year: number,
): Member[] {
  const { rng } = ctx;
  const start = isoDate(year, 9, 1);
  const kept: Member[] = [];
  for (const m of staff) {
    if (ageOn(m.person.birthDate, start) >= (m.person.gender === "M" ? 60 : 55)) continue;
    if (!m.principal && rng.chance(LEAVING_RATE)) continue;
    if (!open.includes(m.school)) {
      if (!m.school.mergedInto) continue;
      m.school = m.school.mergedInto;
      m.principal = false;
    }
    if (m.qualification === "college" && rng.chance(0.03)) m.qualification = "bachelor";
    if (!m.hasCertificate && m.post === "teacher" && rng.chance(0.3)) m.hasCertificate = true;
    kept.push(m);
  }
  const teaches = (s: SchoolInfo, stage: Stage) =>
    (classes.get(`${s.row.id}|${year}`) ?? []).some((c) => c.stage === stage);
  for (const m of kept) {
    if (m.post !== "teacher" || year - m.hireYear < 6 || !rng.chance(EXCHANGE_RATE)) continue;
    const dests = open.filter((s) => s !== m.school && s.row.kind !== "teaching_point" && teaches(s, m.stage));
    if (dests.length === 0) continue;
    const fromUrban = m.school.row.locality === "urban";
    m.school = rng.weighted(
      dests.map((s) => [s, fromUrban === (s.row.locality === "urban") ? 0.3 : s.row.locality === "rural" ? 3 : 2]),
    );
  }
  return kept;
}

/** Employment rows of a year (a few on leave) and the class assignments of the teachers at work. */
function writeYear(
  ctx: GenContext,
  staff: readonly Member[],
  open: readonly SchoolInfo[],
  classes: Map<string, ClassAtStage[]>,
  year: number,
): void {
  const { rng } = ctx;
  const active = new Map<SchoolInfo, Member[]>();
  for (const m of staff) {
    const onLeave = !m.principal && rng.chance(0.01);
    const locality = m.school.row.locality as "urban" | "town" | "rural";
    ctx.out.employment.push({
      id: rng.uuid(),
      regionCode: ctx.regionCode,
      schoolId: m.school.row.id,
      schoolYear: year,
      staffId: m.staffId,
      postType: m.post,
      establishment: m.establishment,
      subject: m.subject,
      stageTaught: m.post === "teacher" ? m.stage : null,
      qualification: m.qualification,
      title: titleAt(m.titleU, m.post, year - m.hireYear, locality),
      backboneLevel: m.backbone,
      hasCertificate: m.hasCertificate,
      fullTime: m.post !== "worker" || rng.chance(0.9),
      status: onLeave ? "leave" : "active",
    });
    if (onLeave || m.post !== "teacher") continue;
    const list = active.get(m.school) ?? [];
    list.push(m);
    active.set(m.school, list);
  }
  for (const school of open) {
    const teachers = (active.get(school) ?? []).map((m) => ({
      staffId: m.staffId,
      stage: m.stage,
      subject: m.subject ?? "chinese",
    }));
    assignTeachers(ctx, school, classes.get(`${school.row.id}|${year}`) ?? [], teachers);
  }
}
