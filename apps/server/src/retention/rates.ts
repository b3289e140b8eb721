/**
 * Enrollment and retention rates (入学率、巩固率) of a county for the current school year and the four before it, by
 * school, township and county, computed by core from the register (through retentionIntake) and the household
 * roster, and kept as a snapshot so the page reads them warm. The records behind any figure are recomputed on demand.
 */
import { type auth, registry, retention } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { notFound } from "../http/errors";
import {
  cohortPathRecords,
  juniorPupilCount,
  pupilsById,
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
  "小学学龄儿童净入学率 = 户籍名单中6–11周岁在小学就读的儿童 ÷ 户籍名单中6–11周岁儿童;初中毛入学率 = 初中在校生(全县学籍7–9年级在读及休学学生,加户籍儿童县外就读初中、送教上门者)÷ 户籍名单中12–14周岁人口;乡镇口径只计本乡镇户籍儿童。义务教育适龄儿童入学率 = 6–14周岁在学儿童 ÷ 6–14周岁儿童。",
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

async function rosterOutcomes(db: Db, roster: { id: string; regionCode: string; schoolYear: number }) {
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

export type RateKey = "primaryRetention" | "juniorRetention" | "nineYear" | "primaryNet" | "juniorGross" | "compulsory";

const RATE_TITLES: Record<RateKey, [string, string, string]> = {
  primaryRetention: ["小学巩固率", "毕业生(应届)", "入学人数 + 转入 − 转出 − 死亡"],
  juniorRetention: ["初中三年巩固率", "毕业生(应届)", "入学人数 + 转入 − 转出 − 死亡"],
  nineYear: ["九年义务教育巩固率", "九年级在读或毕业", "八年前一年级入学"],
  primaryNet: ["小学学龄儿童净入学率", "6–11周岁在小学就读", "6–11周岁户籍儿童(不含死亡、迁出、缓学)"],
  juniorGross: ["初中毛入学率", "初中在校生", "12–14周岁户籍儿童(不含死亡、迁出、缓学)"],
  compulsory: ["义务教育适龄儿童入学率", "6–14周岁在学", "6–14周岁户籍儿童(不含死亡、迁出、缓学)"],
};

const ROLE_LABELS: Record<string, string> = {
  graduate: "毕业(应届)",
  transfer_out: "转出",
  deceased: "死亡",
  not_graduated: "未毕业(辍学、休学、留级或无后续记录)",
};

/** A national student number as shown: its letter, then the masked resident ID or number (G152599********0031). */
function maskedNumber(n: string): string {
  return n ? `${n[0]}${registry.maskResidentId(n.slice(1))}` : "";
}

/** Rows a records list returns at most. */
export const RECORDS_MAX_ROWS = 2000;

/**
 * The records behind one figure of one unit (county, township code or school id), names masked; every such view is
 * audited. School administrators see the records of their own school only.
 */
export async function recordsBehind(
  db: Db,
  actor: auth.Actor | null,
  q: { schoolYear: number; rate: RateKey; unit: string },
  ctx: CommandContext,
) {
  const a = authorize(actor, "read", "retention");
  const scope = scopeOf(a, "retention");
  if (scope.kind !== "county" && q.unit !== scope.schoolId) throw notFound("单位");
  const [title, numeratorLabel, denominatorLabel] = RATE_TITLES[q.rate];
  const schools = await schoolsOfCounty(db, a.regionCode);
  const unitOf = (schoolId: string) =>
    q.unit === "county" ? "county" : /^\d{9}$/.test(q.unit) ? (schools.get(schoolId)?.townCode ?? null) : schoolId;
  type Row = {
    nameMasked: string;
    reference: string;
    schoolName: string | null;
    role: string;
    inNumerator: boolean;
    inDenominator: boolean;
  };
  let rows: Row[] = [];
  if (q.rate === "primaryRetention" || q.rate === "juniorRetention" || q.rate === "nineYear") {
    const records = await cohortPathRecords(db, a.regionCode, q.schoolYear);
    const byId = new Map(records.map((r) => [r.enrollmentId, r]));
    let picked: { studentId: string; enrollmentId: string; role: string; num: boolean; den: boolean }[] = [];
    if (q.rate === "nineYear") {
      if (q.unit !== "county") throw notFound("单位");
      const nine = retention.nineYearRetention(records, q.schoolYear);
      picked = [
        ...nine.entryIds.map((id) => ({
          studentId: byId.get(id)!.studentId,
          enrollmentId: id,
          role: "八年前一年级入学",
          num: false,
          den: true,
        })),
        ...nine.finalGradeIds.map((id) => ({
          studentId: byId.get(id)!.studentId,
          enrollmentId: id,
          role: "九年级在读或毕业",
          num: true,
          den: false,
        })),
      ];
    } else {
      const stage = q.rate === "primaryRetention" ? "primary" : "junior";
      const [res] = retention
        .cohortRetention(records, stage, q.schoolYear, (r) => unitOf(r.schoolId))
        .filter((r) => r.unit === q.unit);
      picked = (res?.members ?? []).map((m) => ({
        studentId: m.studentId,
        enrollmentId: m.enrollmentId,
        role: `${m.joined === "intake" ? "入学" : "转入"} → ${ROLE_LABELS[m.outcome]}`,
        num: m.outcome === "graduate",
        den: m.outcome !== "transfer_out" && m.outcome !== "deceased",
      }));
    }
    const pupils = await pupilsById(
      db,
      picked.slice(0, RECORDS_MAX_ROWS).map((p) => p.studentId),
    );
    rows = picked.slice(0, RECORDS_MAX_ROWS).map((p) => {
      const pupil = pupils.get(p.studentId);
      const rec = byId.get(p.enrollmentId);
      return {
        nameMasked: retention.maskName(pupil?.name ?? ""),
        reference: `学籍号 ${maskedNumber(pupil?.studentNumber ?? "")}(${rec?.schoolYear}学年 ${rec?.grade}年级)`,
        schoolName: rec ? (schools.get(rec.schoolId)?.name ?? null) : null,
        role: p.role,
        inNumerator: p.num,
        inDenominator: p.den,
      };
    });
    rows.sort((x, y) => Number(y.inNumerator) - Number(x.inNumerator) || x.role.localeCompare(y.role, "zh-CN"));
    const truncated = picked.length > RECORDS_MAX_ROWS;
    await auditRecords(db, a, q, rows.length, ctx);
    return { title, numeratorLabel, denominatorLabel, rows, truncated };
  }
  // enrollment rates: the roster children of the unit (county or township), by outcome
  if (scope.kind !== "county" || !(q.unit === "county" || /^\d{9}$/.test(q.unit))) throw notFound("单位");
  const roster = await latestRoster(db, a.regionCode, q.schoolYear);
  if (!roster) return { title, numeratorLabel, denominatorLabel, rows: [], truncated: false };
  const list = (await rosterOutcomes(db, roster)).filter((o) => q.unit === "county" || o.townCode === q.unit);
  const ages =
    q.rate === "primaryNet"
      ? retention.PRIMARY_AGES
      : q.rate === "juniorGross"
        ? retention.JUNIOR_AGES
        : retention.COMPULSORY_AGES;
  for (const { row, outcome } of list) {
    if (outcome.kind === "out_of_range") continue;
    const excluded =
      outcome.kind === "explained" && retention.explanationEffect[outcome.explanation.kind] === "excluded";
    const inAge = outcome.age >= ages.from && outcome.age <= ages.to;
    const stage =
      outcome.kind === "enrolled"
        ? outcome.stage
        : outcome.kind === "explained" && !excluded
          ? (outcome.explanation.stage ?? (outcome.age <= 11 ? "primary" : "junior"))
          : null;
    const num =
      q.rate === "primaryNet"
        ? inAge && !excluded && stage === "primary"
        : q.rate === "juniorGross"
          ? stage === "junior"
          : inAge && !excluded && stage !== null;
    const den = inAge && !excluded;
    if (!num && !den && !(inAge && excluded)) continue;
    const label =
      outcome.kind === "enrolled"
        ? `在读 ${outcome.placement.grade}年级`
        : outcome.kind === "explained"
          ? retention.explanationLabels[outcome.explanation.kind]
          : "未入学(无说明)";
    rows.push({
      nameMasked: row.nameMasked,
      reference: `身份证 ${row.residentIdMasked} · ${outcome.age}周岁`,
      schoolName: row.schoolId ? (schools.get(row.schoolId)?.name ?? null) : null,
      role: excluded ? `${label}(不计入分母)` : label,
      inNumerator: num,
      inDenominator: den,
    });
  }
  rows.sort((x, y) => Number(x.inNumerator) - Number(y.inNumerator));
  const truncated = rows.length > RECORDS_MAX_ROWS;
  rows = rows.slice(0, RECORDS_MAX_ROWS);
  await auditRecords(db, a, q, rows.length, ctx);
  return { title, numeratorLabel, denominatorLabel, rows, truncated };
}

async function auditRecords(
  db: Db,
  a: auth.Actor,
  q: { schoolYear: number; rate: RateKey; unit: string },
  n: number,
  ctx: CommandContext,
) {
  await recordAudit(db, {
    actor: a,
    action: "retention.rates.records",
    targetType: "retention_rate_snapshot",
    targetId: `${q.schoolYear}:${q.rate}:${q.unit}`,
    details: { ...q, rows: n },
    ip: ctx.ip,
    at: ctx.now,
  });
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
