/**
 * Enrollment and retention rates (入学率、巩固率) of a county for the current school year and the four before it, by
 * school, township and county, computed by core from the register (through retentionIntake) and the household
 * roster, and kept as a snapshot so the page reads them warm. The records behind any figure are recomputed on demand.
 */
import { type auth, retention } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import { scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import {
  cohortPathRecords,
  juniorPupilCount,
  regionName,
  schoolsOfCounty,
  townsOfCounty,
} from "../registry/retentionIntake";
import { type CommandContext, sectionActor } from "./commands";
import { latestRates, rosterChildrenForRates } from "./rateStore";
import { latestRoster, settingsOf } from "./store";
import { retentionRateSnapshot } from "./tables";

/** Years of rates shown: the current school year and this many before it. */
export const PAST_YEARS = 4;

type CohortFigures = Omit<retention.CohortResult, "unit" | "members">;
export interface UnitRates {
  unit: string;
  name: string;
  primaryRetention: CohortFigures | null;
  juniorRetention: CohortFigures | null;
  primaryNet: retention.Ratio | null;
  juniorGross: retention.Ratio | null;
  compulsory: retention.Ratio | null;
}
export interface YearRates {
  schoolYear: number;
  county: UnitRates & { nineYear: retention.Ratio };
  towns: UnitRates[];
  schools: UnitRates[];
}
export interface RatesSnapshot {
  countyName: string;
  schoolYear: number;
  years: YearRates[];
}

/** The conventions of every figure, shown on the page's method note, in the export and the README. */
export const RATE_METHOD = [
  "小学巩固率 = 本学年六年级毕业生数 ÷(六年前一年级入学人数 + 转入 − 转出 − 死亡)× 100%,超过100%按100%计;初中三年巩固率同法,入学年级为七年级、三年前入学。",
  "届次:按正常升级路径跟踪(年级 = 入学年级 + 入学后年数);留级学生离开原届次(计入原届次分母、不计毕业),并作为转入计入新届次。",
  "转入:入学时未在该单位、此后在该届次路径上出现在该单位的学生(县内转入、县外转入均计);转出:在该届次路径上最后一条记录不在该单位,或状态为转出(县外)。县内学校之间的转学在乡镇(同乡镇)和全县层面相互抵消。",
  "毕业生:最后一条记录为毕业年级且状态为毕业;本学年毕业年级在读学生(尚未办理毕业)按应届毕业生计。辍学、休学、无后续学籍记录的学生留在分母中。",
  "九年义务教育巩固率 = 本学年九年级在读(或已毕业)学生数 ÷ 八年前小学一年级入学人数(不含转学转入),全县口径,不作转学调整,超过100%按100%计。",
  "小学学龄儿童净入学率 = 户籍名单中6–11周岁在小学就读的儿童 ÷ 户籍名单中6–11周岁儿童;初中毛入学率 = 初中在校生(全县学籍7–9年级在读及休学学生,加户籍儿童县外就读初中、送教上门者)÷ 户籍名单中12–14周岁人口;乡镇口径只计本乡镇户籍儿童。义务教育适龄儿童入学率 = 6–14周岁在学儿童 ÷ 6–14周岁儿童。户籍名单中未满6周岁的儿童(学龄前,供学前教育计算3–5周岁人口)不与学籍比对,不计入任何入学率的分子或分母。",
  "年龄按当年8月31日计算。县外就读(写明就读学校)和送教上门的儿童计为在学(分子);死亡、户籍迁出、持医疗证明缓学的儿童不计入分母;未入学且无说明者留在分母中。",
  "比例以百分数表示,四舍五入保留两位小数;分母为0时显示“暂无数据”。",
];

function figures(r: retention.CohortResult | undefined): CohortFigures | null {
  if (!r) return null;
  const { unit: _u, members: _m, ...rest } = r;
  return rest;
}

/** Computes the rates of a county and stores the snapshot. Section only; audited. */
export async function computeRates(
  db: Db,
  actor: auth.Actor | null,
  ctx: CommandContext,
  options: { schoolYear?: number } = {},
): Promise<RatesSnapshot> {
  const a = sectionActor(actor);
  const settings = await settingsOf(db, a.regionCode, ctx.now);
  const schoolYear = options.schoolYear ?? settings.currentSchoolYear;
  const snapshot = await ratesOf(db, a.regionCode, schoolYear);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(retentionRateSnapshot)
      .values({
        regionCode: a.regionCode,
        schoolYear,
        result: snapshot as unknown as Record<string, unknown>,
        computedBy: a.userId,
        computedAt: ctx.now,
      })
      .returning({ id: retentionRateSnapshot.id });
    const county = snapshot.years.find((y) => y.schoolYear === schoolYear)?.county;
    await recordAudit(tx, {
      actor: a,
      action: "retention.rates.compute",
      targetType: "retention_rate_snapshot",
      targetId: row!.id,
      details: {
        schoolYear,
        primaryRetention: county?.primaryRetention?.retention.rate ?? null,
        juniorRetention: county?.juniorRetention?.retention.rate ?? null,
        nineYear: county?.nineYear.rate ?? null,
        primaryNet: county?.primaryNet?.rate ?? null,
      },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
  return snapshot;
}

/** The rates of a county for `schoolYear` and the years before it, from the records. */
export async function ratesOf(db: Db, regionCode: string, schoolYear: number): Promise<RatesSnapshot> {
  const [schools, towns, countyName] = await Promise.all([
    schoolsOfCounty(db, regionCode),
    townsOfCounty(db, regionCode),
    regionName(db, regionCode),
  ]);
  const years: YearRates[] = [];
  for (let y = schoolYear - PAST_YEARS; y <= schoolYear; y++) {
    years.push(await yearRates(db, regionCode, y, schools, towns));
  }
  return { countyName: countyName ?? regionCode, schoolYear, years };
}

type Schools = Awaited<ReturnType<typeof schoolsOfCounty>>;

async function yearRates(
  db: Db,
  regionCode: string,
  y: number,
  schools: Schools,
  towns: Map<string, string>,
): Promise<YearRates> {
  const records = await cohortPathRecords(db, regionCode, y);
  const townOf = (r: retention.EnrollmentRecord) => schools.get(r.schoolId)?.townCode ?? null;
  const by = (fn: (r: retention.EnrollmentRecord) => string | null) => ({
    primary: new Map(retention.cohortRetention(records, "primary", y, fn).map((r) => [r.unit, r])),
    junior: new Map(retention.cohortRetention(records, "junior", y, fn).map((r) => [r.unit, r])),
  });
  const bySchool = by((r) => r.schoolId);
  const byTown = by(townOf);
  const byCounty = by(() => "county");
  const nine = retention.nineYearRetention(records, y);
  const enrollment = await enrollmentRatesOf(db, regionCode, y);
  const unitRates = (
    unit: string,
    name: string,
    c: typeof bySchool,
    e: retention.EnrollmentRates | null,
  ): UnitRates => ({
    unit,
    name,
    primaryRetention: figures(c.primary.get(unit)),
    juniorRetention: figures(c.junior.get(unit)),
    primaryNet: e?.primaryNet ?? null,
    juniorGross: e?.juniorGross ?? null,
    compulsory: e?.compulsory ?? null,
  });
  const schoolIds = new Set([...bySchool.primary.keys(), ...bySchool.junior.keys()]);
  const townCodes = new Set([...byTown.primary.keys(), ...byTown.junior.keys(), ...(enrollment?.towns.keys() ?? [])]);
  return {
    schoolYear: y,
    county: { ...unitRates("county", "全县", byCounty, enrollment?.county ?? null), nineYear: nine.retention },
    towns: [...townCodes].sort().map((t) => unitRates(t, towns.get(t) ?? t, byTown, enrollment?.towns.get(t) ?? null)),
    schools: [...schoolIds]
      .map((id) => unitRates(id, schools.get(id)?.name ?? id, bySchool, null))
      .sort((p, q) => p.name.localeCompare(q.name, "zh-CN")),
  };
}

/** Enrollment rates of a year from its latest roster (null without a roster). */
async function enrollmentRatesOf(db: Db, regionCode: string, y: number) {
  const roster = await latestRoster(db, regionCode, y);
  if (!roster) return null;
  const outcomes = await rosterOutcomes(db, roster);
  const junior = await juniorPupilCount(db, regionCode, y);
  const byTown = new Map<string, retention.RosterOutcome[]>();
  for (const { townCode, outcome } of outcomes) {
    const list = byTown.get(townCode);
    if (list) list.push(outcome);
    else byTown.set(townCode, [outcome]);
  }
  // the county's junior numerator: every junior pupil of the register; roster children in junior outside it are
  // added by core (explained outcomes)
  return {
    county: retention.enrollmentRates(
      outcomes.map((o) => o.outcome),
      junior,
    ),
    towns: new Map([...byTown].map(([t, list]) => [t, retention.enrollmentRates(list)])),
  };
}

export async function rosterOutcomes(db: Db, roster: { id: string; regionCode: string; schoolYear: number }) {
  const rows = await rosterChildrenForRates(db, roster);
  const placements = new Map<string, retention.RegisterPlacement[]>();
  const explanations = new Map<string, retention.Explanation>();
  for (const r of rows) {
    if (r.outcome === "enrolled" && r.studentId && r.enrollmentId && r.schoolId && r.grade !== null) {
      placements.set(r.residentIdHash, [
        {
          studentId: r.studentId,
          enrollmentId: r.enrollmentId,
          schoolId: r.schoolId,
          grade: r.grade,
          status: "enrolled",
        },
      ]);
    }
    if (r.explanationKind) explanations.set(r.id, { kind: r.explanationKind, stage: r.explanationStage });
  }
  const outcomes = retention.compareRosterToRegister(
    rows.map((r) => ({ rosterEntryId: r.id, residentIdHash: r.residentIdHash, birthDate: r.birthDate })),
    placements,
    explanations,
    roster.schoolYear,
  );
  return rows.map((r) => ({ row: r, townCode: r.townCode, outcome: outcomes.get(r.id)! }));
}

/**
 * The stored rates of a year for a reader: the county and townships for everyone who reads retention; the
 * schools' rows for county readers, a school's own row for its administrator.
 */
export async function readRates(db: Db, actor: auth.Actor | null, schoolYear: number) {
  const scope = scopeOf(actor, "retention");
  const snap = await latestRates(db, scope.regionCode, schoolYear);
  if (!snap) return null;
  const result = snap.result as unknown as RatesSnapshot;
  if (scope.kind !== "county") {
    for (const y of result.years) y.schools = y.schools.filter((s) => s.unit === scope.schoolId);
  }
  return { ...result, computedAt: snap.computedAt.toISOString() };
}

/** The work report's sentence of a year (工作报告表述). */
export function sentenceOf(snapshot: RatesSnapshot, schoolYear: number): string {
  const y = snapshot.years.find((x) => x.schoolYear === schoolYear);
  const none = retention.ratio(0, 0);
  return retention.workReportSentence({
    countyName: snapshot.countyName,
    schoolYear,
    primaryNet: y?.county.primaryNet ?? none,
    juniorGross: y?.county.juniorGross ?? none,
    primaryRetention: y?.county.primaryRetention?.retention ?? none,
    juniorRetention: y?.county.juniorRetention?.retention ?? none,
    nineYearRetention: y?.county.nineYear ?? none,
  });
}
