import { type Actor, canWrite } from "../auth/index";

/**
 * May the actor correct the standard's tables (更正评分表)? The section that owns fitness (基础教育股), not schools.
 *
 * @example mayManageStandard(basicEducationSection) // => true; mayManageStandard(schoolAdmin) // => false
 */
export function mayManageStandard(actor: Actor): boolean {
  return actor.role === "section" && canWrite(actor, "fitness");
}

/**
 * May the actor import a school's results? The school's own administrator, or the owning section for any school of
 * the county.
 *
 * @example mayImportResults(schoolAdminOfA, "A") // => true; mayImportResults(schoolAdminOfA, "B") // => false
 */
export function mayImportResults(actor: Actor, schoolId: string): boolean {
  if (!canWrite(actor, "fitness")) return false;
  if (actor.role === "school_admin") return actor.schoolId === schoolId;
  return actor.role === "section";
}
