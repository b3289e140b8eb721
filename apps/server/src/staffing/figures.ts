/**
 * The workforce's figures for a reader's scope and a school year: the register is read through registry's
 * staffingIntake, the workforce's own rows through the store, and every figure is computed by core.
 */
import { registry, staffing } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import {
  classesByGrade,
  type IntakeSchool,
  type IntakeStaff,
  staffingSchools,
  staffOfYear,
  studentsByStage,
} from "../registry/staffingIntake";
import {
  exemptionsOf,
  profilesOf,
  recognitionsOf,
  researchersOf,
  reserveOf,
  rotationsOf,
  schoolYearFacts,
  settingsFor,
  studiosOf,
  trainingIn,
} from "./store";

/** Everything the figures are computed from, loaded once per request. */
export interface WorkforceBasis {
  schoolYear: number;
  /** the statistics date, 1 September of the school year */
  asOf: string;
  settings: staffing.StaffingSettings;
  schools: IntakeSchool[];
  schoolById: Map<string, IntakeSchool>;
  staff: IntakeStaff[];
  profiles: Awaited<ReturnType<typeof profilesOf>>;
  students: Awaited<ReturnType<typeof studentsByStage>>;
  classes: Awaited<ReturnType<typeof classesByGrade>>;
  facts: Awaited<ReturnType<typeof schoolYearFacts>>;
}

export async function loadBasis(db: Db, scope: ReadableScope, schoolYear: number): Promise<WorkforceBasis> {
  const [{ settings }, schools, staff, profiles, students, classes, facts] = await Promise.all([
    settingsFor(db, scope.regionCode, schoolYear),
    staffingSchools(db, scope),
    staffOfYear(db, scope, schoolYear, scope.kind === "classes" ? { staffId: scope.staffId } : undefined),
    profilesOf(db, scope.regionCode),
    studentsByStage(db, scope, schoolYear),
    classesByGrade(db, scope, schoolYear),
    schoolYearFacts(db, scope, schoolYear),
  ]);
  return {
    schoolYear,
    asOf: `${schoolYear}-09-01`,
    settings,
    schools,
    schoolById: new Map(schools.map((s) => [s.id, s])),
    staff,
    profiles,
    students,
    classes,
    facts,
  };
}

const isTeacher = (s: IntakeStaff) => s.postType === "teacher" && s.status === "active";

/** Establishment (编制核定) per school and for the scope. */
export function establishmentOf(b: WorkforceBasis) {
  const inputs = new Map<string, staffing.SchoolEstablishmentInput>();
  for (const s of b.schools) {
    inputs.set(s.id, {
      schoolId: s.id,
      schoolName: s.name,
      kind: s.kind,
      students: {},
      classes: {},
      boardingStudents: b.facts.get(s.id)?.boardingStudents ?? 0,
      inclusiveStudents: 0,
      filled: 0,
      nonEstablished: 0,
    });
  }
  for (const r of b.students) {
    const i = inputs.get(r.schoolId);
    if (!i || r.stage === "other") continue;
    const st = r.stage as staffing.EstablishmentStage;
    i.students[st] = (i.students[st] ?? 0) + r.students;
    i.inclusiveStudents += r.inclusive;
  }
  for (const c of b.classes) {
    const i = inputs.get(c.schoolId);
    const st = staffing.establishmentStageOf(c.grade);
    if (!i || !st) continue;
    i.classes[st] = (i.classes[st] ?? 0) + c.classes;
  }
  for (const s of b.staff) {
    const i = inputs.get(s.schoolId);
    if (!i) continue;
    if (s.establishment === "established" && (s.status === "active" || s.status === "leave")) i.filled += 1;
    else if (s.status === "active") i.nonEstablished += 1;
  }
  // schools without students or staff (closed in all but name) are left out of the table
  const list = [...inputs.values()].filter(
    (i) => i.filled + i.nonEstablished > 0 || Object.values(i.students).some((n) => (n ?? 0) > 0),
  );
  return staffing.countyEstablishment(list, b.settings);
}

/** Subject demand (学科结构) per school and subject and for the scope. */
export function demandOf(b: WorkforceBasis) {
  // the national curriculum plan is that of general schools: vocational and special-education schools are left out
  const general = (schoolId: string) => !["vocational", "special"].includes(b.schoolById.get(schoolId)?.kind ?? "");
  const classes: staffing.DemandClass[] = [];
  for (const c of b.classes) {
    if (!general(c.schoolId)) continue;
    for (let k = 0; k < c.classes; k++) classes.push({ schoolId: c.schoolId, grade: c.grade });
  }
  const teachers = b.staff
    .filter((s) => isTeacher(s) && general(s.schoolId))
    .map((s) => ({
      schoolId: s.schoolId,
      subject: s.subject,
      alsoTeaches: b.profiles.get(s.staffId)?.alsoTeaches ?? [],
    }));
  return staffing.subjectDemand(classes, teachers, b.settings);
}

/** Teacher structure (队伍结构) of 在岗 专任教师, optionally of one stage or subject. */
export function structureOf(b: WorkforceBasis, filter: { stage?: string; subject?: string } = {}) {
  const teachers = b.staff
    .filter(isTeacher)
    .filter(
      (s) => (!filter.stage || s.stageTaught === filter.stage) && (!filter.subject || s.subject === filter.subject),
    )
    .map((s) => ({
      birthDate: s.birthDate,
      gender: s.gender,
      stage: s.stageTaught,
      subject: s.subject,
      title: s.title,
      qualification: s.qualification,
      backboneLevel: s.backboneLevel,
      locality: b.schoolById.get(s.schoolId)?.locality ?? "rural",
    }));
  return staffing.teacherStructure(teachers, b.asOf);
}

/** Staff retiring within the forecast window (在岗 and 离岗, every post). */
export function retiringOf(b: WorkforceBasis) {
  const people = b.staff
    .filter((s) => s.status === "active" || s.status === "leave")
    .map((s) => ({
      staffId: s.staffId,
      schoolId: s.schoolId,
      subject: s.postType === "teacher" ? s.subject : null,
      birthDate: s.birthDate,
      gender: s.gender,
      postType: s.postType,
      establishment: s.establishment,
    }));
  return staffing.retiringWithin(people, b.schoolYear, b.settings.forecastYears);
}

/** The proposed recruitment plan for the school year from the figures. */
export function proposalOf(b: WorkforceBasis) {
  const est = establishmentOf(b);
  const demand = demandOf(b);
  const retiring = retiringOf(b).filter(
    (r) => r.yearIndex <= 0 && r.postType === "teacher" && r.establishment === "established" && r.subject,
  );
  return staffing.proposeRecruitmentPlan(
    retiring.map((r) => ({ schoolId: r.schoolId, subject: r.subject as string })),
    demand.schools.filter((g) => g.gap > 0).map((g) => ({ schoolId: g.schoolId, subject: g.subject, gap: g.gap })),
    new Map(est.schools.map((s) => [s.schoolId, s.shortage])),
    b.settings,
  );
}

/** Each teacher's training progress in the cycle containing the date, and completion by school and scope. */
export async function trainingOf(db: Db, scope: ReadableScope, b: WorkforceBasis, today: string) {
  const cycle = staffing.trainingCycleOf(today, b.settings.cycleStartYear);
  const records = await trainingIn(db, scope, cycle.start, cycle.end);
  const byStaff = new Map<string, typeof records>();
  for (const r of records) byStaff.set(r.staffId, [...(byStaff.get(r.staffId) ?? []), r]);
  const teachers = b.staff.filter(isTeacher).map((s) => ({
    staff: s,
    progress: staffing.trainingProgress(
      (byStaff.get(s.staffId) ?? []).map((r) => ({ level: r.level, hours: Number(r.hours), endDate: r.endDate })),
      cycle,
      s.hireDate,
      today,
      b.settings,
    ),
  }));
  const bySchool = new Map<string, { teachers: number; complete: number; behind: number }>();
  for (const t of teachers) {
    const agg = bySchool.get(t.staff.schoolId) ?? { teachers: 0, complete: 0, behind: 0 };
    agg.teachers += 1;
    if (t.progress.complete) agg.complete += 1;
    if (t.progress.behind) agg.behind += 1;
    bySchool.set(t.staff.schoolId, agg);
  }
  const participation = { national: new Set<string>(), provincial: new Set<string>() };
  const hoursByYear = new Map<number, number>();
  for (const r of records) {
    if (r.level === "national") participation.national.add(r.staffId);
    if (r.level === "provincial") participation.provincial.add(r.staffId);
    const y = Number(r.endDate.slice(0, 4));
    hoursByYear.set(y, (hoursByYear.get(y) ?? 0) + Number(r.hours));
  }
  const complete = teachers.filter((t) => t.progress.complete).length;
  return {
    cycle,
    teachers,
    schools: [...bySchool.entries()].map(([schoolId, a]) => ({
      schoolId,
      ...a,
      rate: a.teachers > 0 ? staffing.oneDecimal((a.complete / a.teachers) * 100) : null,
    })),
    total: teachers.length,
    complete,
    behind: teachers.filter((t) => t.progress.behind).length,
    rate: teachers.length > 0 ? staffing.oneDecimal((complete / teachers.length) * 100) : null,
    nationalParticipants: participation.national.size,
    provincialParticipants: participation.provincial.size,
    hoursByYear: [...hoursByYear.entries()].sort((a, c) => a[0] - c[0]).map(([year, hours]) => ({ year, hours })),
  };
}

/** Rotation (交流轮岗) of the school year: who is due, the proposals and decisions, and the figures. */
export async function rotationOf(db: Db, scope: ReadableScope, b: WorkforceBasis) {
  const [exemptions, rotations, recognitions] = await Promise.all([
    exemptionsOf(db, scope, b.schoolYear),
    rotationsOf(db, scope, b.schoolYear),
    recognitionsOf(db, scope),
  ]);
  const exempt = new Map(exemptions.map((e) => [e.staffId, e.reason]));
  const backbone = new Set(recognitions.filter((r) => staffing.recognitionActive(r, b.asOf)).map((r) => r.staffId));
  const isTargetSchool = (schoolId: string) =>
    b.schoolById.get(schoolId)?.locality === "urban" || (b.facts.get(schoolId)?.highPerforming ?? false);
  const candidates = b.staff.filter(isTeacher).map((s) => {
    const p = b.profiles.get(s.staffId);
    const since = p?.atSchoolSince ?? s.hireDate ?? b.asOf;
    const e = staffing.rotationEligibility(
      { atSchoolSince: since, isPrincipal: p?.position === "principal", exempt: exempt.has(s.staffId) },
      b.asOf,
      b.settings,
    );
    return {
      staff: s,
      since,
      ...e,
      exemptReason: exempt.get(s.staffId) ?? null,
      backbone: backbone.has(s.staffId) || s.backboneLevel !== "none",
      targetSchool: isTargetSchool(s.schoolId),
    };
  });
  const due = candidates.filter((c) => c.due);
  const approved = rotations.filter((r) => r.status === "approved" && isTargetSchool(r.schoolId));
  const backboneIds = new Set(candidates.filter((c) => c.backbone).map((c) => c.staff.staffId));
  const figures = staffing.rotationFigures(
    {
      eligibleAtTargetSchools: due.filter((c) => c.eligible && c.targetSchool).length,
      rotating: approved.length,
      backboneRotating: approved.filter((r) => backboneIds.has(r.staffId)).length,
    },
    b.settings,
  );
  return { due, rotations, exemptions, figures };
}

/** Pools and studios: tiers in force, reserve pool, studios with members and activities, researchers, 双师型. */
export async function poolsOf(db: Db, scope: ReadableScope, b: WorkforceBasis, today: string) {
  const [recognitions, reserve, studios, researchers] = await Promise.all([
    recognitionsOf(db, scope),
    reserveOf(db, scope),
    studiosOf(db, scope.regionCode),
    researchersOf(db, scope.regionCode),
  ]);
  const vocational = b.staff.filter((s) => isTeacher(s) && b.schoolById.get(s.schoolId)?.kind === "vocational");
  const double = vocational.filter((s) => b.profiles.get(s.staffId)?.doubleQualified).length;
  const year = Number(today.slice(0, 4));
  return {
    recognitions,
    tiers: staffing.tierCounts(recognitions, today),
    expiringWithinYear: recognitions.filter(
      (r) =>
        staffing.recognitionActive(r, today) && r.expiresOn !== null && r.expiresOn <= `${year + 1}${today.slice(4)}`,
    ).length,
    reserve,
    studios,
    researchers,
    activeResearchers: researchers.filter((r) => r.appointedOn <= today && (!r.termEndsOn || r.termEndsOn > today))
      .length,
    vocationalTeachers: vocational.length,
    doubleQualified: double,
    doubleQualifiedShare: staffing.doubleQualifiedShare(double, vocational.length),
  };
}

/** The label of a subject code (registry's vocabulary), or 非教学岗位 for none. */
export function subjectLabel(code: string | null): string {
  if (!code) return "非教学岗位";
  return (registry.subject.labels as Record<string, string>)[code] ?? code;
}
