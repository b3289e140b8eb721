/**
 * The demo county's admissions: a published sunshine allocation of the first primary school's grade 1 (the
 * register's intake, the school's head teachers, three witnesses), a published lottery for an oversubscribed
 * school, and published quota places — run through the same commands as 招生办 would, so a newcomer sees complete,
 * verifiable events on first start. Deterministic: the witnesses' values come from the demo seed.
 */
import type { admissions, auth } from "@edubureau/core";
import { and, asc, eq } from "drizzle-orm";
import { actorFromUser } from "../auth/actor";
import { appUser } from "../auth/tables";
import type { Db } from "../db/client";
import { gradeClassPlacement, schoolTeachers } from "../registry/admissionsIntake";
import { school, schoolClass, town } from "../registry/tables";
import {
  addContribution,
  type CommandContext,
  createAllocationFromRegister,
  createLottery,
  createQuota,
  freezeEvent,
  publishEvent,
  runEvent,
} from "./commands";
import { saveZone } from "./zones";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "子涵浩然欣怡梓轩雨萱宇航思彤俊杰诗琪明轩佳怡一诺";

/** Loads the admissions demo events; returns how many were published (0 when the county has no primary school). */
export async function loadAdmissionsDemo(
  db: Db,
  props: { seed: number; latestYear: number; now: Date },
): Promise<number> {
  const [user] = await db.select().from(appUser).where(eq(appUser.username, "zhaosheng")).limit(1);
  if (!user) return 0;
  const actor: auth.Actor = actorFromUser(user);
  // each step is dated as it would have happened: prepared and frozen days before the event, drawn at the event,
  // published an hour later (all in the past: the events fall in the summer before the latest school year)
  const at = (month: number, day: number) => new Date(Date.UTC(props.latestYear, month - 1, day, 1, 0, 0));
  const ctxAt = (d: Date, hours = 0): CommandContext => ({
    now: new Date(d.getTime() + hours * 3_600_000),
    ip: "demo",
  });
  const witnesses = (salt: number) => [
    { role: "家长代表", name: "家长代表甲", value: String(((props.seed * 7919 + salt * 104729) % 9000) + 1000) },
    { role: "纪检监察", name: "纪检组长", value: String(((props.seed * 6271 + salt * 7907) % 9000) + 1000) },
    { role: "公证员", name: "公证处", value: String(((props.seed * 4493 + salt * 15485863) % 900000) + 100000) },
  ];
  const finish = async (
    id: string,
    eventTime: Date,
    salt: number,
    override: admissions.SettledGradeOverride | null = null,
  ) => {
    await freezeEvent(db, actor, id, ctxAt(eventTime, -72));
    for (const [i, w] of witnesses(salt).entries()) await addContribution(db, actor, id, w, ctxAt(eventTime, i / 60));
    await runEvent(db, actor, id, ctxAt(eventTime, 0.1), { override });
    await publishEvent(db, actor, id, ctxAt(eventTime, 1));
  };
  let published = 0;

  const [primary] = await db
    .select({ id: school.id, name: school.name })
    .from(school)
    .where(and(eq(school.regionCode, actor.regionCode), eq(school.kind, "primary"), eq(school.status, "open")))
    .orderBy(asc(school.code))
    .limit(1);
  if (primary) {
    const classes = await db
      .select({ number: schoolClass.number, head: schoolClass.headTeacherId })
      .from(schoolClass)
      .where(
        and(
          eq(schoolClass.schoolId, primary.id),
          eq(schoolClass.schoolYear, props.latestYear),
          eq(schoolClass.grade, 1),
        ),
      )
      .orderBy(asc(schoolClass.number));
    const teachers = await schoolTeachers(db, primary.id, props.latestYear);
    const heads = classes.map((c) => c.head).filter((h): h is string => Boolean(h));
    const teamIds = heads.length === classes.length ? heads : teachers.slice(0, classes.length).map((t) => t.staffId);
    const allocationTime = at(8, 26);
    if (classes.length > 0) {
      const e = await createAllocationFromRegister(
        db,
        actor,
        {
          schoolId: primary.id,
          schoolYear: props.latestYear,
          grade: 1,
          classes: classes.length,
          title: `${primary.name}${props.latestYear}级一年级阳光分班`,
          eventTime: allocationTime,
          balance: ["留守儿童"],
          familyChoices: {},
          headTeacherIds: teamIds.length === classes.length ? teamIds : [],
        },
        ctxAt(allocationTime, -96),
      );
      // the demo register already has the grade in classes: 招生办 overrides, as the platform requires, and the
      // result is shown but never written into the register
      const inClasses = (await gradeClassPlacement(db, primary.id, props.latestYear, 1)).size;
      await finish(
        e.id,
        allocationTime,
        1,
        inClasses > 0
          ? {
              reason: "演示数据:学籍中的一年级班级为演示生成,本次分班仅作演示,结果不写入学籍班级",
              confirmStudents: inClasses,
            }
          : null,
      );
      published++;
    }
  }

  const applicants = Array.from({ length: 180 }, (_, i) => ({
    name: `${SURNAMES[(i * 7 + props.seed) % SURNAMES.length]}${GIVEN.slice((i * 2) % GIVEN.length, ((i * 2) % GIVEN.length) + 2)}`,
    tier: i % 9 === 0 ? 1 : 2,
    family: i === 40 || i === 41 ? "F1" : i === 100 || i === 101 ? "F2" : null,
  }));
  const lotteryTime = at(7, 15);
  const lottery = await createLottery(
    db,
    actor,
    {
      title: `${props.latestYear}年县实验小学一年级招生摇号`,
      eventTime: lotteryTime,
      places: 90,
      tiers: [
        { tier: 1, label: "学区内户籍且实际居住" },
        { tier: 2, label: "学区内居住(非户籍)" },
      ],
      applicants,
      source: "manual",
    },
    ctxAt(lotteryTime, -120),
  );
  await finish(lottery.id, lotteryTime, 2);
  published++;

  const quotaTime = at(6, 30);
  const quota = await createQuota(
    db,
    actor,
    {
      title: `${props.latestYear}年市第一高级中学指标到校分配`,
      eventTime: quotaTime,
      seniorSchoolId: null,
      seniorSchool: { code: "G0001", name: "市第一高级中学" },
      schoolYear: props.latestYear,
      plan: 300,
      sharePercent: 60,
      baseKind: "graduates",
      ruralWeightPercent: 120,
      floorLine: 0,
      tieBreakNames: [],
      candidates: [],
    },
    ctxAt(quotaTime, -240),
  );
  await freezeEvent(db, actor, quota.id, ctxAt(quotaTime, -72));
  await runEvent(db, actor, quota.id, ctxAt(quotaTime));
  await publishEvent(db, actor, quota.id, ctxAt(quotaTime, 1));
  await loadZones(db, actor, ctxAt(at(4, 1)));
  return published + 1;
}

const ZONE_KINDS = {
  primary: ["primary", "nine_year", "twelve_year"],
  junior: ["junior", "nine_year", "complete_secondary", "twelve_year"],
} as const;

/** One primary and one junior catchment zone per town: the town's name as the address unit, its schools. */
async function loadZones(db: Db, actor: auth.Actor, ctx: CommandContext) {
  const towns = await db.select().from(town).where(eq(town.regionCode, actor.regionCode)).orderBy(asc(town.code));
  const schools = await db
    .select({ id: school.id, kind: school.kind, townCode: school.townCode })
    .from(school)
    .where(and(eq(school.regionCode, actor.regionCode), eq(school.status, "open")));
  for (const t of towns) {
    for (const stage of ["primary", "junior"] as const) {
      const ids = schools
        .filter((s) => s.townCode === t.code && (ZONE_KINDS[stage] as readonly string[]).includes(s.kind))
        .map((s) => s.id);
      if (ids.length === 0) continue;
      await saveZone(
        db,
        actor,
        null,
        {
          name: `${t.name}${stage === "primary" ? "小学" : "初中"}学区`,
          stage,
          units: [t.name],
          schoolIds: ids,
          places: {},
        },
        ctx,
      );
    }
  }
}
