import { registry } from "@edubureau/core";
import { eq, inArray } from "drizzle-orm";
import { type AuditTargetKinds, labelFromId, uuidsOf } from "../audit/targets";
import { school } from "../registry/tables";
import { preschoolReport } from "./tables";

const yearLabel = (id: string) => (/^\d{4}$/.test(id) ? registry.schoolYearLabel(Number(id)) : null);

/** Preschool in the audit log: a kindergarten's yearly report by kindergarten and year; county figures by year. */
export const preschoolAuditTargets: AuditTargetKinds = {
  preschool_report: {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({ id: preschoolReport.id, year: preschoolReport.schoolYear, name: school.name })
        .from(preschoolReport)
        .innerJoin(school, eq(school.id, preschoolReport.schoolId))
        .where(inArray(preschoolReport.id, wanted));
      return new Map(rows.map((r) => [r.id, `${r.name} ${registry.schoolYearLabel(r.year)}填报`]));
    },
  },
  preschool_population: labelFromId((id) => {
    const y = yearLabel(id);
    return y ? `${y}乡镇 3–5 周岁人口` : null;
  }),
  preschool_births: labelFromId((id) => (/^\d{4}(,\d{4})*$/.test(id) ? `${id.replaceAll(",", "、")}年出生人口` : null)),
  preschool_survey: labelFromId((id) => {
    const y = yearLabel(id);
    return y ? `${y}学前教育社会认可度` : null;
  }),
  preschool_settings: labelFromId((id) => (/^\d{6}$/.test(id) ? "学前教育评估参数" : null)),
  preschool_export: labelFromId((id) => {
    const [year, format] = id.split(":");
    const y = yearLabel(year ?? "");
    if (!y || !format) return null;
    return `${y}学前教育${format === "xlsx" ? "评估表(Excel)" : "自评报告(Word)"}`;
  }),
};
