/** The overview of the workforce and the sentences of its work report, each with the page of records behind it. */
import { registry, staffing } from "@edubureau/core";
import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ReadableScope } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import {
  demandOf,
  establishmentOf,
  poolsOf,
  proposalOf,
  retiringOf,
  rotationOf,
  structureOf,
  subjectLabel,
  trainingOf,
  type WorkforceBasis,
} from "./figures";
import { countyName, ruleText, todayFor } from "./routeKit";
import type * as s from "./schemas";
import { planLines, planOf } from "./store";

/** The sentences of a work report, each with the page of records behind it. */
function reportSentences(o: Omit<z.infer<typeof s.overviewSchema>, "sentences">, topShort: string[]) {
  const yearLabel = registry.schoolYearLabel(o.schoolYear);
  const e = o.establishment;
  const out: { text: string; link: string }[] = [];
  out.push({
    text: `${yearLabel}全县核定中小学教职工编制${e.owed}名,实有在编${e.filled}名;${
      e.shortage > 0 ? `${e.schoolsShort}所学校缺编共${e.shortage}名` : "没有学校缺编"
    }${e.surplus > 0 ? `,${e.schoolsOver}所学校超编共${e.surplus}名` : ""}。`,
    link: "/staffing/establishment",
  });
  if (topShort.length > 0) {
    out.push({ text: `按国家课程方案测算,${topShort.join("、")}等学科教师短缺。`, link: "/staffing/demand" });
  }
  const planned = o.plan ? o.plan.quantity : o.proposal.proposed;
  out.push({
    text: `本学年预计${o.proposal.retirements}名在编专任教师退休,按照编制${ruleText(o.rule.retirementsPerRecruit)}机制并补充学科缺口,${
      o.plan?.status === "approved" ? "经审批" : "拟"
    }招聘${planned}名新教师。`,
    link: "/staffing/recruitment",
  });
  if (o.structure.total > 0) {
    out.push({
      text: `全县在岗专任教师${o.structure.total}名,平均年龄${o.structure.averageAge}岁,50岁及以上${o.structure.aged50}名,占${o.structure.ageingShare}%;今后${o.forecast.years.length}年将有${o.forecast.byYear.reduce((a, b) => a + b, 0)}名教职工达到法定退休年龄。`,
      link: "/staffing/structure",
    });
  }
  out.push({
    text: `${o.training.cycleStart.slice(0, 4)}—${o.training.cycleEnd.slice(0, 4)}年继续教育周期内,${o.training.complete}名教师已完成规定学时,完成率${o.training.rate ?? 0}%;${o.training.nationalParticipants}名教师参加国培,${o.training.provincialParticipants}名参加省培。`,
    link: "/staffing/training",
  });
  out.push({
    text: `${yearLabel}交流轮岗教师${o.rotation.rotating}名,占城区和优质学校符合交流条件教师的${o.rotation.share ?? 0}%,其中骨干教师${o.rotation.backboneRotating}名。`,
    link: "/staffing/rotation",
  });
  out.push({
    text: `将${o.pools.reserve}名优秀年轻教师纳入后备人才库,聘任兼职教研员${o.pools.researchers}名,建成县级“名师工作室”${o.pools.studios}个;认定期内骨干教师${o.pools.backbone}名、学科带头人${o.pools.leader}名、名师${o.pools.master}名。`,
    link: "/staffing/pools",
  });
  return out;
}

export async function overviewOf(c: Context<AppEnv>, scope: ReadableScope, b: WorkforceBasis) {
  const db = c.var.deps.db;
  const today = todayFor(c.var);
  const est = establishmentOf(b);
  const demand = demandOf(b);
  const st = structureOf(b);
  const forecast = staffing.forecastTable(retiringOf(b), b.schoolYear, b.settings.forecastYears);
  const proposal = proposalOf(b);
  const [plan, training, rotation, pools] = await Promise.all([
    planOf(db, scope.regionCode, b.schoolYear),
    trainingOf(db, scope, b, today),
    rotationOf(db, scope, b),
    poolsOf(db, scope, b, today),
  ]);
  const lines = plan ? await planLines(db, scope, plan.id) : [];
  const shortages = demand.county
    .filter((x) => x.shortage >= 0.5)
    .slice(0, 8)
    .map((x) => ({
      subject: x.subject,
      label: subjectLabel(x.subject),
      shortage: x.shortage,
      schoolsShort: x.schoolsShort,
    }));
  const base = {
    schoolYear: b.schoolYear,
    today,
    countyName: await countyName(c, scope.regionCode),
    rule: {
      retirementsPerRecruit: b.settings.retirementsPerRecruit,
      recruitRounding: b.settings.recruitRounding,
      postRounding: b.settings.postRounding,
      province: b.settings.province,
      fromYear: b.settings.fromYear,
    },
    establishment: {
      owed: est.owed,
      filled: est.filled,
      nonEstablished: est.nonEstablished,
      surplus: est.surplus,
      shortage: est.shortage,
      balance: est.balance,
      schoolsShort: est.schoolsShort,
      schoolsOver: est.schoolsOver,
      schools: est.schools.length,
    },
    shortages,
    structure: { total: st.total, aged50: st.aged50, ageingShare: st.ageingShare, averageAge: st.averageAge },
    forecast: { years: forecast.years, byYear: forecast.county.byYear, overdue: forecast.county.overdue },
    plan: plan
      ? {
          status: plan.status,
          retirements: plan.retirements,
          proposed: plan.proposedTotal,
          quantity: lines.reduce((n, l) => n + l.quantity, 0),
        }
      : null,
    proposal: {
      retirements: proposal.retirements,
      replacement: proposal.replacement,
      forShortage: proposal.forShortage,
      proposed: proposal.proposed,
    },
    training: {
      cycleStart: training.cycle.start,
      cycleEnd: training.cycle.end,
      total: training.total,
      complete: training.complete,
      behind: training.behind,
      rate: training.rate,
      nationalParticipants: training.nationalParticipants,
      provincialParticipants: training.provincialParticipants,
    },
    rotation: {
      eligible: rotation.figures.eligibleAtTargetSchools,
      target: rotation.figures.target,
      rotating: rotation.figures.rotating,
      backboneRotating: rotation.figures.backboneRotating,
      backboneTarget: rotation.figures.backboneTarget,
      share: rotation.figures.share,
      met: rotation.figures.met,
      backboneMet: rotation.figures.backboneMet,
    },
    pools: {
      ...pools.tiers,
      reserve: pools.reserve.filter((r) => r.status === "active").length,
      studios: pools.studios.studios.length,
      researchers: pools.activeResearchers,
      doubleQualifiedShare: pools.doubleQualifiedShare,
    },
  };
  return {
    ...base,
    sentences: reportSentences(
      base,
      shortages.slice(0, 4).map((x) => x.label),
    ),
    est,
  };
}
