/**
 * The records behind one figure of the rates (比率明细): the pupils of a cohort or the roster children counted in its
 * numerator and denominator, names masked; every view is audited.
 */
import { type auth, registry, retention } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { notFound } from "../http/errors";
import { cohortPathRecords, pupilsById, schoolsOfCounty } from "../registry/retentionIntake";
import type { CommandContext } from "./commands";
import { rosterOutcomes } from "./rates";
import { latestRoster } from "./store";

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
    if (!retention.isSchoolAgeOutcome(outcome)) continue;
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
