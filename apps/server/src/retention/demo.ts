/**
 * The demo county's dropout control (控辍保学): six earlier school years of enrollment (so the register carries nine
 * and the rates mean something), a household roster of the county's school-age pupils plus children not enrolled,
 * the children under 6 of every township (for preschool's population only),
 * enrolled elsewhere, a disabled child taught at home (送教上门) and a deceased child; a low-income list; two pupils
 * absent for weeks who became real dropouts with persuasion visits (one on the low-income list, one overdue); every
 * school's zero-report of last month but one school late; the comparisons run and the rates computed.
 */
import { type auth, calendar, registry, retention } from "@edubureau/core";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { PersonalDataCipher } from "../auth/personalData";
import { appUser } from "../auth/tables";
import { insertAll } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { preschoolPopulation } from "../preschool/tables";
import { addEnrollmentHistory } from "../registry/retentionHistory";
import { compulsorySchools } from "../registry/retentionIntake";
import { enrollment, person, region, school, student, town } from "../registry/tables";
import { runComparison } from "./comparisonCommands";
import { loadDemoCases } from "./demoCases";
import { cohortSizes, preschoolRosterRows } from "./demoPreschoolChildren";
import { computeRates } from "./rates";
import { raiseCountyReminders } from "./reminders";
import { type RosterRow, writeRoster } from "./rosterImport";
import { retentionAbsence, retentionExplanation, retentionPovertyEntry, retentionZeroReport } from "./tables";

export interface RetentionDemoResult {
  historyRows: number;
  /** the roster's school-age children (6–14); the children under 6 it also lists are not counted here */
  rosterChildren: number;
  cases: number;
}

/** A region code no demo place has (see LEAVER_REGION in registry/retentionHistory.ts). */
export const EXTRA_REGION = "152511";
function extraId(birthDate: string, seq: number, gender: "M" | "F") {
  const first17 = `${EXTRA_REGION}${birthDate.replaceAll("-", "")}${String(seq * 2 + (gender === "M" ? 1 : 2)).padStart(3, "0")}`;
  return first17 + registry.residentIdCheckChar(first17);
}

/**
 * Loads the demo of dropout control for the county with the demo accounts (needs 基础教育股's account, jcjy).
 *
 * @example await loadRetentionDemo(db, cipher, { seed: 2026, now, latestYear: 2026 })
 */
export async function loadRetentionDemo(
  db: Db,
  cipher: PersonalDataCipher,
  options: { seed: number; now: Date; latestYear: number },
): Promise<RetentionDemoResult> {
  const [county] = await db.select().from(region).where(eq(region.level, "county")).limit(1);
  const [jcjy] = await db.select().from(appUser).where(eq(appUser.username, "jcjy")).limit(1);
  if (!county || !jcjy) return { historyRows: 0, rosterChildren: 0, cases: 0 };
  const regionCode = county.code;
  const year = options.latestYear;
  const actor: auth.Actor = {
    userId: jcjy.id,
    username: jcjy.username,
    role: "section",
    section: "basic_education",
    schoolId: null,
    staffId: null,
    regionCode,
  };
  const ctx = { now: options.now, ip: "127.0.0.1" };
  const today = calendar.beijingDate(options.now);

  const history = await addEnrollmentHistory(db, cipher, regionCode, year - 2, 6, options.seed);

  // the roster: every pupil on roll aged 6–14 on 31 August (as public security would list them), and the extras
  const pupils = await db
    .select({
      cipher: person.residentIdCipher,
      name: person.name,
      gender: person.gender,
      birthDate: person.birthDate,
      townCode: school.townCode,
      guardian: student.guardianName,
      address: student.address,
      householdInCounty: student.householdInCounty,
    })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .innerJoin(school, eq(school.id, enrollment.schoolId))
    .where(
      and(
        eq(enrollment.regionCode, regionCode),
        eq(enrollment.schoolYear, year),
        inArray(enrollment.status, ["enrolled", "suspended"]),
        sql`${enrollment.grade} between 1 and 9`,
      ),
    );
  const towns = await db.select({ code: town.code, name: town.name }).from(town).where(eq(town.regionCode, regionCode));
  const townCodes = towns.map((t) => t.code);
  const rows: RosterRow[] = [];
  let rowNumber = 1;
  const seenIds = new Set<string>();
  for (const p of pupils) {
    if (!p.householdInCounty || !p.cipher) continue;
    const age = retention.ageOnCensusDay(p.birthDate, year);
    if (age < 6 || age > 14) continue;
    const id = cipher.decrypt(p.cipher);
    if (!id || seenIds.has(id)) continue;
    seenIds.add(id);
    const townCode = p.townCode ?? townCodes[0]!;
    rowNumber++;
    rows.push({
      rowNumber,
      residentId: id,
      name: p.name,
      gender: p.gender as "M" | "F",
      birthDate: p.birthDate,
      villageCode: `${townCode}${String(200 + (rowNumber % 12)).padStart(3, "0")}`,
      townCode,
      villageName: `${towns.find((t) => t.code === townCode)?.name ?? ""}第${(rowNumber % 12) + 1}村`,
      address: p.address,
      guardianName: p.guardian,
      guardianPhone: null,
    });
  }
  const extras: {
    name: string;
    birth: string;
    gender: "M" | "F";
    explanation?: retention.ExplanationKind;
    stage?: retention.Stage;
    detail?: string;
  }[] = [
    { name: "包小雨", birth: `${year - 7}-04-12`, gender: "F" }, // 7, never enrolled
    { name: "乌日娜", birth: `${year - 9}-10-03`, gender: "F" }, // 8
    { name: "巴特尔", birth: `${year - 13}-02-20`, gender: "M" }, // 13
    {
      name: "张浩宇",
      birth: `${year - 10}-06-01`,
      gender: "M",
      explanation: "outside_county",
      stage: "primary",
      detail: "随父母在呼和浩特市实验小学就读(四年级),已电话核实",
    },
    {
      name: "李思琪",
      birth: `${year - 12}-03-15`,
      gender: "F",
      explanation: "outside_county",
      stage: "junior",
      detail: "在赤峰市第二中学就读(七年级),接收学校已出具在读证明",
    },
    {
      name: "王子涵",
      birth: `${year - 11}-08-08`,
      gender: "M",
      explanation: "home_teaching",
      stage: "primary",
      detail: "重度肢体残疾,由中心小学每周送教上门两次",
    },
    {
      name: "赵一诺",
      birth: `${year - 8}-01-30`,
      gender: "F",
      explanation: "deferred",
      detail: "县人民医院诊断证明(2026-诊字-0815),缓学一年",
    },
    {
      name: "刘天佑",
      birth: `${year - 9}-05-05`,
      gender: "M",
      explanation: "deceased",
      detail: "2026年7月病故,村委会出具证明",
    },
  ];
  extras.forEach((e, i) => {
    const townCode = townCodes[i % townCodes.length]!;
    rowNumber++;
    rows.push({
      rowNumber,
      residentId: extraId(e.birth, 10 + i, e.gender),
      name: e.name,
      gender: e.gender,
      birthDate: e.birth,
      villageCode: `${townCode}${String(201 + i).padStart(3, "0")}`,
      townCode,
      villageName: `${towns[i % towns.length]?.name ?? ""}第${i + 2}村`,
      address: `${towns[i % towns.length]?.name ?? ""}第${i + 2}村${i + 3}组`,
      guardianName: `${e.name[0]}建国`,
      guardianPhone: "13900000000",
    });
  });
  // the children under 6 of every township (学龄前): listed by public security, read by preschool only
  const sixYearOlds = new Map<string, number>();
  for (const r of rows) {
    if (retention.ageOnCensusDay(r.birthDate, year) === 6)
      sixYearOlds.set(r.townCode, (sixYearOlds.get(r.townCode) ?? 0) + 1);
  }
  const entered = await db
    .select()
    .from(preschoolPopulation)
    .where(and(eq(preschoolPopulation.regionCode, regionCode), eq(preschoolPopulation.schoolYear, year)));
  const enteredOf = new Map(entered.map((p) => [p.townCode, [p.age3, p.age4, p.age5] as const]));
  const sizes = new Map(towns.map((t) => [t.code, cohortSizes(enteredOf.get(t.code), sixYearOlds.get(t.code) ?? 0)]));
  const schoolAge = rows.length;
  rows.push(...preschoolRosterRows(towns, sizes, year, rowNumber));
  await writeRoster(
    db,
    {
      regionCode,
      schoolYear: year,
      source: "县公安局户政大队、县民政局",
      fileName: `${year}年户籍儿童名单(0–14周岁).xlsx`,
      fileSha256: "",
      importJobId: null,
      importedBy: jcjy.id,
      now: options.now,
    },
    rows,
    cipher,
  );
  await insertAll(
    db,
    retentionExplanation,
    extras.flatMap((e, i) =>
      e.explanation
        ? [
            {
              regionCode,
              schoolYear: year,
              residentIdHash: cipher.hash(extraId(e.birth, 10 + i, e.gender)),
              kind: e.explanation,
              stage: e.stage ?? null,
              detail: e.detail!,
              recordedBy: jcjy.id,
            },
          ]
        : [],
    ),
  );

  // two junior pupils absent for weeks: the real dropouts of the demo
  const juniors = await db
    .select({ studentId: enrollment.studentId, schoolId: enrollment.schoolId, hash: person.residentIdHash })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .where(
      and(
        eq(enrollment.regionCode, regionCode),
        eq(enrollment.schoolYear, year),
        eq(enrollment.grade, 8),
        eq(enrollment.status, "enrolled"),
      ),
    )
    .orderBy(enrollment.studentId)
    .limit(2);
  const lastMonth = retention.previousMonth(retention.monthOf(today));
  await insertAll(
    db,
    retentionAbsence,
    juniors.map((j, i) => ({
      regionCode,
      schoolId: j.schoolId,
      studentId: j.studentId,
      month: lastMonth,
      fromDate: `${lastMonth}-0${2 + i}`,
      toDate: `${lastMonth}-2${6 + i}`,
      schoolDays: 18 - i,
      approvedLeave: false,
      reason: i === 0 ? "外出务工,家长称不愿再读书" : "厌学在家,多次联系未返校",
      reportedBy: jcjy.id,
      reportedAt: options.now,
    })),
  );
  if (juniors[0]?.hash) {
    await insertAll(db, retentionPovertyEntry, [
      {
        regionCode,
        list: "dibao",
        residentIdHash: juniors[0].hash,
        residentIdMasked: "************",
        nameMasked: "*",
        importedBy: jcjy.id,
        importedAt: options.now,
      },
    ]);
  }

  // last month's zero-reports: every school the zero-report list expects (the same list) but the last one (late)
  const schools = await compulsorySchools(db, regionCode);
  const due = retention.zeroReportDueDate(lastMonth);
  await insertAll(
    db,
    retentionZeroReport,
    schools.slice(0, -1).map((s, i) => ({
      regionCode,
      schoolId: s.id,
      month: lastMonth,
      outOfSchool: juniors.some((j) => j.schoolId === s.id) ? 1 : 0,
      note: juniors.some((j) => j.schoolId === s.id) ? "1名学生连续缺课,已上报并开展劝返" : "",
      reportedBy: jcjy.id,
      reportedOn: calendar.addDays(due, -(i % 4)),
    })),
  );

  for (const kind of ["roster", "attendance", "transfers", "poverty"] as const)
    await runComparison(db, actor, kind, ctx);

  // the two dropouts' cases (demoCases.ts); then the reminders the scheduled job would raise today
  const cases = await loadDemoCases(db, { regionCode, userId: jcjy.id, today, now: options.now });
  await raiseCountyReminders(db, regionCode, options.now);
  await computeRates(db, actor, ctx, { schoolYear: year });
  return { historyRows: history.rows, rosterChildren: schoolAge, cases };
}
