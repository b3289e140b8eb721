/**
 * The workforce's demo for the county with the demo accounts: the county's settings, profiles (position, subjects
 * also taught, arrival at the school, 双师型), boarding and high-performing schools, five years of training records
 * (2022–2026 cycle), two rotation years, recognitions, the reserve pool, ten studios with activities, fifteen
 * part-time researchers, a few schools' recruitment needs and a draft recruitment plan — so every page has content
 * on first start. All rows in bulk inserts, in one transaction.
 */
import { calendar, staffing } from "@edubureau/core";
import { insertAll } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { createRandom, type Random } from "../demo/random";
import { staffingSchools, staffOfYear } from "../registry/staffingIntake";
import { defaultRegionCode } from "../registry/store";
import { loadBasis, proposalOf } from "./figures";
import {
  staffingExemption,
  staffingProfile,
  staffingRecognition,
  staffingRecruitLine,
  staffingRecruitNeed,
  staffingRecruitPlan,
  staffingResearcher,
  staffingReserve,
  staffingRotation,
  staffingSchoolYear,
  staffingSetting,
  staffingStudio,
  staffingStudioActivity,
  staffingStudioMember,
  staffingTraining,
} from "./tables";

export interface StaffingDemoOptions {
  seed: number;
  now: Date;
  latestYear: number;
}

const ALSO = ["science", "psychology", "it", "music", "art", "pe"] as const;
const COUNTY_COURSES = [
  "新课标背景下的大单元教学设计",
  "作业设计与减负提质专题研修",
  "班主任工作能力提升培训",
  "信息技术应用能力提升工程2.0",
  "心理健康教育全员培训",
  "师德师风专题教育",
  "课堂教学评价与命题能力培训",
];
const NATIONAL = ["国培计划·乡村教师能力提升项目", "国培计划·骨干教师高端研修", "国家智慧教育平台暑期研修"];
const PROVINCIAL = ["省培计划·学科骨干教师培训", "省级名师领航研修", "省培计划·新任教师岗前培训"];
const STUDIO_SUBJECTS = [
  "chinese",
  "math",
  "english",
  "physics",
  "music",
  "pe",
  "art",
  "science",
  "history",
  "psychology",
];
const SUBJECT_NAMES: Record<string, string> = {
  chinese: "语文",
  math: "数学",
  english: "英语",
  physics: "物理",
  music: "音乐",
  pe: "体育",
  art: "美术",
  science: "科学",
  history: "历史",
  psychology: "心理健康",
};

const pad = (n: number) => String(n).padStart(2, "0");
const dateIn = (rng: Random, year: number, fromMonth: number, toMonth: number) =>
  `${year}-${pad(rng.int(fromMonth, toMonth))}-${pad(rng.int(1, 28))}`;

/**
 * Loads the demo; returns how many training records it wrote.
 *
 * @example await loadStaffingDemo(db, { seed: 2026, now, latestYear: 2026 })
 */
export async function loadStaffingDemo(
  db: Db,
  o: StaffingDemoOptions,
): Promise<{ training: number; teachers: number }> {
  const regionCode = await defaultRegionCode(db);
  if (!regionCode) return { training: 0, teachers: 0 };
  const rng = createRandom(`staffing-${o.seed}`);
  const county = { kind: "county" as const, regionCode };
  const today = calendar.beijingDate(o.now);
  const [schools, staff, lastYear] = await Promise.all([
    staffingSchools(db, county),
    staffOfYear(db, county, o.latestYear),
    staffOfYear(db, county, o.latestYear - 1),
  ]);
  const settings: staffing.StaffingSettings = {
    ...staffing.defaultStaffingSettings,
    province: "内蒙古自治区",
    fromYear: 2022,
  };
  const teachers = staff.filter((s) => s.postType === "teacher" && s.status === "active");
  const schoolOf = new Map(schools.map((s) => [s.id, s]));
  const cycle = staffing.trainingCycleOf(today, settings.cycleStartYear);

  // profiles
  const principals = new Set<string>();
  const profiles = staff.map((s) => {
    const hireYear = s.hireDate ? Number(s.hireDate.slice(0, 4)) : 2010;
    const position = s.postType === "admin" && !principals.has(s.schoolId) ? "principal" : "teacher";
    if (position === "principal") principals.add(s.schoolId);
    const arrived = Math.max(hireYear, o.latestYear - rng.int(0, 14));
    const school = schoolOf.get(s.schoolId);
    return {
      staffId: s.staffId,
      regionCode,
      position,
      positionSince: position === "principal" ? `${Math.max(arrived, o.latestYear - rng.int(1, 9))}-09-01` : null,
      alsoTeaches: s.postType === "teacher" && rng.next() < 0.15 ? [rng.pick(ALSO)] : [],
      atSchoolSince: `${arrived}-${arrived === hireYear && s.hireDate ? s.hireDate.slice(5) : "09-01"}`,
      doubleQualified: school?.kind === "vocational" && s.postType === "teacher" && rng.next() < 0.45,
      createdAt: o.now,
      updatedAt: o.now,
    };
  });

  const profileOf = new Map(profiles.map((p) => [p.staffId, p]));

  // boarding and high-performing schools
  const facts = schools.flatMap((s) =>
    [o.latestYear - 1, o.latestYear].map((year) => ({
      regionCode,
      schoolId: s.id,
      schoolYear: year,
      boardingStudents:
        s.locality !== "urban" && ["junior", "nine_year", "complete_secondary", "senior"].includes(s.kind)
          ? rng.int(80, 400)
          : 0,
      highPerforming: s.locality === "urban" && rng.next() < 0.5,
      updatedAt: o.now,
    })),
  );

  // recognitions: about 10 % backbone, 3 % subject leaders, 1 % masters
  const recognitions: Record<string, unknown>[] = [];
  const tierOf = new Map<string, staffing.BackboneTier>();
  for (const t of teachers) {
    const x = rng.next();
    const tier: staffing.BackboneTier | null = x < 0.01 ? "master" : x < 0.04 ? "leader" : x < 0.14 ? "backbone" : null;
    if (!tier) continue;
    tierOf.set(t.staffId, tier);
    const year = rng.int(o.latestYear - 5, o.latestYear);
    const recognisedOn = `${year}-09-${pad(rng.int(5, 25))}`;
    recognitions.push({
      regionCode,
      schoolId: t.schoolId,
      staffId: t.staffId,
      tier,
      level: tier === "master" ? "city" : rng.next() < 0.2 ? "city" : "county",
      subject: t.subject,
      recognisedOn,
      expiresOn: `${year + 3}${recognisedOn.slice(4)}`,
      createdAt: o.now,
      updatedAt: o.now,
    });
  }

  // training: five cycle years, most teachers on pace, some behind
  const training: Record<string, unknown>[] = [];
  for (const t of teachers) {
    const diligence = rng.next();
    const hireYear = t.hireDate ? Number(t.hireDate.slice(0, 4)) : cycle.startYear;
    for (let year = Math.max(cycle.startYear, hireYear); year <= Number(today.slice(0, 4)); year++) {
      const courses = new Set<string>();
      const add = (
        course: string,
        level: staffing.TrainingLevel,
        days: number,
        hours: number,
        month: [number, number],
      ) => {
        if (courses.has(course)) return;
        courses.add(course);
        const start = dateIn(rng, year, month[0], month[1]);
        const end = calendar.addDays(start, days - 1);
        if (end > today || end > cycle.end) return;
        training.push({
          regionCode,
          schoolId: t.schoolId,
          staffId: t.staffId,
          course: `${year}年${course}`,
          level,
          startDate: start,
          endDate: end,
          hours: Math.min(hours, days * 8),
          source: "demo",
          createdAt: o.now,
        });
      };
      if (diligence < 0.12) {
        add(rng.pick(COUNTY_COURSES), "county", 3, 24, [3, 6]);
        continue;
      }
      add(rng.pick(COUNTY_COURSES), "county", 4, 32, [3, 5]);
      add("校本研修", "school", 30, rng.int(24, 40), [9, 10]);
      if (diligence > 0.5) add(rng.pick(COUNTY_COURSES), "county", 2, 16, [6, 7]);
      if (rng.next() < 0.08) add(rng.pick(NATIONAL), "national", 10, 80, [7, 8]);
      else if (rng.next() < 0.12) add(rng.pick(PROVINCIAL), "provincial", 5, 40, [7, 8]);
    }
  }

  // rotation: two school years; about 12 % of the eligible at urban schools rotate, backbone among them
  const rotations: Record<string, unknown>[] = [];
  const exemptions: Record<string, unknown>[] = [];
  const ruralIds = schools.filter((s) => s.locality !== "urban").map((s) => s.id);
  for (const [year, roster] of [
    [o.latestYear - 1, lastYear],
    [o.latestYear, staff],
  ] as const) {
    const asOf = `${year}-09-01`;
    const due = roster.filter((s) => {
      if (s.postType !== "teacher" || s.status !== "active") return false;
      if (schoolOf.get(s.schoolId)?.locality !== "urban") return false;
      const p = profileOf.get(s.staffId);
      return staffing.wholeYears(p?.atSchoolSince ?? s.hireDate ?? asOf, asOf) >= settings.rotationYears;
    });
    const take = Math.ceil(due.length * 0.12);
    const order = [...due].sort(
      (a, b) => Number(tierOf.has(b.staffId)) - Number(tierOf.has(a.staffId)) || rng.next() - 0.5,
    );
    order.slice(0, take).forEach((s, i) => {
      const pending = year === o.latestYear && i >= take - 2;
      rotations.push({
        regionCode,
        schoolYear: year,
        staffId: s.staffId,
        schoolId: s.schoolId,
        toSchoolId: ruralIds.length > 0 ? rng.pick(ruralIds) : null,
        status: pending ? "proposed" : "approved",
        startDate: pending ? null : `${year}-09-01`,
        endDate: pending ? null : `${year + 2}-07-15`,
        note: "城区学校教师到乡村学校交流",
        decisionNote: pending ? null : "同意,交流期满回原校",
        decidedAt: pending ? null : o.now,
        createdAt: o.now,
        updatedAt: o.now,
      });
    });
    for (const s of order.slice(take, take + 3)) {
      exemptions.push({
        regionCode,
        schoolId: s.schoolId,
        schoolYear: year,
        staffId: s.staffId,
        reason: rng.pick(["距法定退休年龄不足5年", "孕期及哺乳期", "重病治疗期间"]),
        createdAt: o.now,
      });
    }
  }

  // reserve pool: 57 young teachers; studios; researchers
  const young = teachers
    .filter((t) => Number(today.slice(0, 4)) - Number(t.birthDate.slice(0, 4)) <= 35)
    .sort(() => rng.next() - 0.5)
    .slice(0, 57);
  const reserve = young.map((t) => ({
    regionCode,
    schoolId: t.schoolId,
    staffId: t.staffId,
    joinedOn: `${o.latestYear - rng.int(0, 1)}-06-${pad(rng.int(10, 28))}`,
    criteria: "35周岁以下,近三年年度考核优秀或获县级以上教学奖励",
    assessment: rng.pick(["优秀", "合格", "优秀", null]),
    assessedOn: `${o.latestYear}-07-10`,
    status: "active",
    createdAt: o.now,
    updatedAt: o.now,
  }));
  const hosts = teachers
    .filter((t) => tierOf.get(t.staffId) === "master" || tierOf.get(t.staffId) === "leader")
    .sort((a, b) => (a.staffNumber < b.staffNumber ? -1 : 1));
  const studios: Record<string, unknown>[] = [];
  const members: Record<string, unknown>[] = [];
  const activities: Record<string, unknown>[] = [];
  const used = new Set<string>();
  for (const subject of STUDIO_SUBJECTS) {
    const host =
      hosts.find((h) => h.subject === subject && !used.has(h.staffId)) ?? hosts.find((h) => !used.has(h.staffId));
    if (!host) break;
    used.add(host.staffId);
    const id = crypto.randomUUID();
    studios.push({
      id,
      regionCode,
      name: `${host.name}${SUBJECT_NAMES[subject] ?? ""}名师工作室`,
      hostStaffId: host.staffId,
      subject,
      foundedOn: `${o.latestYear - rng.int(1, 3)}-10-${pad(rng.int(8, 28))}`,
      createdAt: o.now,
      updatedAt: o.now,
    });
    const pool = teachers.filter((t) => t.subject === subject && t.staffId !== host.staffId);
    for (const m of pool.sort(() => rng.next() - 0.5).slice(0, rng.int(5, 8))) {
      members.push({ regionCode, studioId: id, staffId: m.staffId, joinedOn: `${o.latestYear - 1}-11-01` });
    }
    for (const year of [o.latestYear - 1, o.latestYear]) {
      for (let k = 0; k < rng.int(3, 5); k++) {
        const on = dateIn(rng, year, 3, 12);
        if (on > today) continue;
        activities.push({
          regionCode,
          studioId: id,
          on,
          title: rng.pick([
            "送教下乡示范课",
            "同课异构研讨",
            "课题开题论证",
            "青年教师磨课",
            "读书分享会",
            "教学成果展示",
          ]),
          participants: rng.int(12, 60),
          createdAt: o.now,
        });
      }
    }
  }
  const researchers = teachers
    .filter((t) => tierOf.has(t.staffId) && !used.has(t.staffId) && t.subject)
    .slice(0, 15)
    .map((t) => ({
      regionCode,
      staffId: t.staffId,
      subject: t.subject,
      appointedOn: `${o.latestYear}-09-15`,
      termEndsOn: `${o.latestYear + 3}-09-14`,
      createdAt: o.now,
    }));
  const needs = schools.slice(0, 3).map((s, i) => ({
    regionCode,
    schoolId: s.id,
    schoolYear: o.latestYear,
    subject: ["music", "psychology", "it"][i] ?? "science",
    count: 1,
    reason: "该学科无专职教师,课程由其他学科教师兼任",
    createdAt: o.now,
  }));

  await db.transaction(async (tx) => {
    await tx
      .insert(staffingSetting)
      .values({ regionCode, fromYear: 2022, province: settings.province, settings, updatedAt: o.now });
    await insertAll(tx, staffingProfile, profiles);
    await insertAll(tx, staffingSchoolYear, facts);
    await insertAll(tx, staffingRecognition, recognitions);
    await insertAll(tx, staffingTraining, training);
    await insertAll(tx, staffingRotation, rotations);
    await insertAll(tx, staffingExemption, exemptions);
    await insertAll(tx, staffingReserve, reserve);
    await insertAll(tx, staffingStudio, studios);
    await insertAll(tx, staffingStudioMember, members);
    await insertAll(tx, staffingStudioActivity, activities);
    await insertAll(tx, staffingResearcher, researchers);
    await insertAll(tx, staffingRecruitNeed, needs);
  });

  // a draft recruitment plan of the latest year, proposed from the figures as 人事股 would
  const basis = await loadBasis(db, county, o.latestYear);
  const proposal = proposalOf(basis);
  const planId = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(staffingRecruitPlan).values({
      id: planId,
      regionCode,
      schoolYear: o.latestYear,
      retirementsPerRecruit: settings.retirementsPerRecruit,
      recruitRounding: settings.recruitRounding,
      retirements: proposal.retirements,
      proposedTotal: proposal.proposed,
      status: "draft",
      createdAt: o.now,
      updatedAt: o.now,
    });
    await insertAll(
      tx,
      staffingRecruitLine,
      proposal.lines.map((l) => ({
        regionCode,
        planId,
        schoolId: l.schoolId,
        subject: l.subject,
        retirements: l.retirements,
        gap: Math.round(l.gap * 10) / 10,
        replacement: l.replacement,
        forShortage: l.forShortage,
        proposed: l.proposed,
        quantity: l.proposed,
      })),
    );
  });
  return { training: training.length, teachers: teachers.length };
}
