/** The staffing pages' presenters: a workforce basis → the response of each page. */
import { registry, staffing } from "@edubureau/core";
import type { Context } from "hono";
import type { ReadableScope } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { staffingSchools, staffNamesByIds } from "../registry/staffingIntake";
import {
  demandOf,
  establishmentOf,
  proposalOf,
  retiringOf,
  structureOf,
  subjectLabel,
  type trainingOf,
  type WorkforceBasis,
} from "./figures";
import { label, schoolName } from "./routeKit";
import { arrivalsOfPlan, needsOf, planLines, planOf } from "./store";

export function presentEstablishment(b: WorkforceBasis) {
  const e = establishmentOf(b);
  return {
    schoolYear: b.schoolYear,
    owed: e.owed,
    filled: e.filled,
    nonEstablished: e.nonEstablished,
    surplus: e.surplus,
    shortage: e.shortage,
    balance: e.balance,
    schools: e.schools.map((x) => ({
      schoolId: x.schoolId,
      schoolName: x.schoolName,
      kind: label(registry.schoolKind, b.schoolById.get(x.schoolId)?.kind ?? null),
      primary: x.byStage.primary ?? null,
      junior: x.byStage.junior ?? null,
      senior: x.byStage.senior ?? null,
      byClass: x.byClass.length > 0,
      special: x.special,
      boarding: x.boarding,
      inclusive: x.inclusive,
      exact: x.exact,
      owed: x.owed,
      filled: x.filled,
      nonEstablished: x.nonEstablished,
      balance: x.balance,
    })),
  };
}

export function presentDemand(b: WorkforceBasis) {
  const d = demandOf(b);
  return {
    schoolYear: b.schoolYear,
    county: d.county.map((x) => ({
      ...x,
      label: subjectLabel(x.subject),
      usuallyShort: staffing.usuallyShortSubjects.includes(x.subject as registry.Subject),
    })),
    schools: d.schools.map((x) => ({ ...x, schoolName: schoolName(b, x.schoolId), label: subjectLabel(x.subject) })),
  };
}

export function countsOf(map: Record<string, number>, labels?: Record<string, string>) {
  return Object.entries(map)
    .map(([code, count]) => ({ code, label: labels?.[code] ?? (code === "unknown" ? "未填" : code), count }))
    .sort((a, b) => b.count - a.count);
}

export function presentStructure(b: WorkforceBasis) {
  const st = structureOf(b);
  const forecast = staffing.forecastTable(retiringOf(b), b.schoolYear, b.settings.forecastYears);
  const subjects = { ...registry.subject.labels, unknown: "未填" } as Record<string, string>;
  return {
    schoolYear: b.schoolYear,
    asOf: b.asOf,
    total: st.total,
    aged50: st.aged50,
    ageingShare: st.ageingShare,
    averageAge: st.averageAge,
    pyramid: st.pyramid,
    byTitle: countsOf(st.byTitle, registry.professionalTitle.labels),
    byQualification: countsOf(st.byQualification, registry.qualification.labels),
    byBackbone: countsOf(st.byBackbone, registry.backboneLevel.labels),
    byGender: countsOf(st.byGender, registry.gender.labels),
    byLocality: countsOf(st.byLocality, registry.locality.labels),
    byStage: countsOf(st.byStage, { ...registry.stage.labels, unknown: "未填" }),
    bySubject: countsOf(st.bySubject, subjects),
    forecast: {
      years: forecast.years,
      county: forecast.county,
      rows: forecast.rows.map((r) => ({ ...r, schoolName: schoolName(b, r.schoolId), label: subjectLabel(r.subject) })),
    },
  };
}

export async function presentRecruitment(c: Context<AppEnv>, scope: ReadableScope, b: WorkforceBasis) {
  const db = c.var.deps.db;
  const proposal = proposalOf(b);
  const plan = await planOf(db, scope.regionCode, b.schoolYear);
  const lines = plan ? await planLines(db, scope, plan.id) : [];
  const needs = await needsOf(db, scope, b.schoolYear);
  const arrivals = plan ? await arrivalsOfPlan(db, scope, plan.id) : [];
  const recruitNames = await staffNamesByIds(
    db,
    scope.regionCode,
    arrivals.map((x) => x.staffId),
  );
  const planned = new Map(lines.map((l) => [`${l.schoolId}:${l.subject}`, l.quantity]));
  const names = new Map(
    (await staffingSchools(db, { kind: "county", regionCode: scope.regionCode })).map((x) => [x.id, x.name]),
  );
  return {
    schoolYear: b.schoolYear,
    rule: { retirementsPerRecruit: b.settings.retirementsPerRecruit, recruitRounding: b.settings.recruitRounding },
    proposal: {
      retirements: proposal.retirements,
      replacementExact: proposal.replacementExact,
      replacement: proposal.replacement,
      forShortage: proposal.forShortage,
      proposed: proposal.proposed,
    },
    plan: plan
      ? {
          id: plan.id,
          status: plan.status as "draft" | "approved",
          retirements: plan.retirements,
          proposedTotal: plan.proposedTotal,
          quantity: lines.reduce((n, l) => n + l.quantity, 0),
          arrived: lines.reduce((n, l) => n + l.arrived, 0),
          approvedAt: plan.approvedAt?.toISOString() ?? null,
          lines: lines.map((l) => ({
            id: l.id,
            schoolId: l.schoolId,
            schoolName: names.get(l.schoolId) ?? "",
            subject: l.subject,
            label: subjectLabel(l.subject),
            retirements: l.retirements,
            gap: Number(l.gap),
            replacement: l.replacement,
            forShortage: l.forShortage,
            proposed: l.proposed,
            quantity: l.quantity,
            arrived: l.arrived,
            note: l.note,
            recruits: arrivals
              .filter((x) => x.lineId === l.id)
              .map((x) => ({
                staffId: x.staffId,
                staffNumber: recruitNames.get(x.staffId)?.staffNumber ?? "",
                name: recruitNames.get(x.staffId)?.name ?? "",
                arrivedOn: x.arrivedOn,
              })),
          })),
        }
      : null,
    needs: needs.map((n) => ({
      id: n.id,
      schoolId: n.schoolId,
      schoolName: names.get(n.schoolId) ?? "",
      subject: n.subject,
      label: subjectLabel(n.subject),
      count: n.count,
      planned: plan ? (planned.get(`${n.schoolId}:${n.subject}`) ?? 0) : null,
      reason: n.reason,
      createdAt: n.createdAt.toISOString(),
    })),
    schools: [...names].map(([id, name]) => ({ id, name })),
  };
}

export function presentProgress(b: WorkforceBasis, t: Awaited<ReturnType<typeof trainingOf>>["teachers"][number]) {
  return {
    staffId: t.staff.staffId,
    staffNumber: t.staff.staffNumber,
    name: t.staff.name,
    schoolName: schoolName(b, t.staff.schoolId),
    subject: subjectLabel(t.staff.subject),
    total: t.progress.total,
    schoolBased: t.progress.schoolBased,
    counted: t.progress.counted,
    required: t.progress.required,
    expected: t.progress.expected,
    percent: t.progress.percent,
    complete: t.progress.complete,
    behind: t.progress.behind,
  };
}
