import { eq, inArray } from "drizzle-orm";
import { type AuditTargetKinds, labelFromId, tableKind, uuidsOf } from "../audit/targets";
import { person, staff } from "../registry/tables";
import {
  staffingExemption,
  staffingRecognition,
  staffingRecruitLine,
  staffingRecruitNeed,
  staffingRecruitPlan,
  staffingResearcher,
  staffingReserve,
  staffingRotation,
  staffingStudio,
  staffingTraining,
} from "./tables";

/** A kind whose rows name a staff member: labelled "<what> · <name>", never with an ID number. */
function staffRowKind(
  table:
    | typeof staffingTraining
    | typeof staffingRotation
    | typeof staffingExemption
    | typeof staffingResearcher
    | typeof staffingRecognition
    | typeof staffingReserve,
  what: (row: Record<string, unknown>) => string,
): AuditTargetKinds[string] {
  return {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({ row: table, name: person.name })
        .from(table)
        .innerJoin(staff, eq(staff.id, table.staffId))
        .innerJoin(person, eq(person.id, staff.personId))
        .where(inArray(table.id, wanted));
      return new Map(rows.map((r) => [r.row.id, `${what(r.row as Record<string, unknown>)} · ${r.name}`]));
    },
  };
}

/** The workforce's records in the audit log. */
export const staffingAuditTargets: AuditTargetKinds = {
  staffing_setting: labelFromId((id) => (/^\d{4}$/.test(id) ? `教师队伍参数(${id}年起适用)` : null)),
  staffing_export: labelFromId((id) => {
    const [what, year] = id.split(":");
    const names: Record<string, string> = {
      establishment: "编制核定表",
      roster: "教师花名册",
      recruitment: "招聘计划表",
      training: "学时完成情况表",
      summary: "教师队伍工作情况",
    };
    return what && names[what] ? `${names[what]}(${year}学年)` : null;
  }),
  staffing_recruit_plan: tableKind(
    staffingRecruitPlan,
    staffingRecruitPlan.id,
    { schoolYear: staffingRecruitPlan.schoolYear },
    (r) => `${r.schoolYear}学年招聘计划`,
  ),
  staffing_recruit_line: tableKind(
    staffingRecruitLine,
    staffingRecruitLine.id,
    { subject: staffingRecruitLine.subject, quantity: staffingRecruitLine.quantity },
    (r) => `招聘计划行(${r.subject},${r.quantity}人)`,
  ),
  staffing_recruit_need: tableKind(
    staffingRecruitNeed,
    staffingRecruitNeed.id,
    { subject: staffingRecruitNeed.subject, count: staffingRecruitNeed.count },
    (r) => `学校招聘需求(${r.subject},${r.count}人)`,
  ),
  staffing_training: staffRowKind(staffingTraining, (r) => `培训记录“${String(r.course)}”`),
  staffing_rotation: staffRowKind(staffingRotation, (r) => `${String(r.schoolYear)}学年交流`),
  staffing_exemption: staffRowKind(staffingExemption, (r) => `${String(r.schoolYear)}学年免于交流`),
  staffing_researcher: staffRowKind(staffingResearcher, () => "兼职教研员"),
  staffing_recognition: staffRowKind(staffingRecognition, () => "骨干认定"),
  staffing_reserve: staffRowKind(staffingReserve, () => "后备人才"),
  staffing_studio: tableKind(staffingStudio, staffingStudio.id, { name: staffingStudio.name }, (r) => r.name, {
    region: staffingStudio.regionCode,
    match: [staffingStudio.name],
  }),
};
