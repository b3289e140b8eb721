/**
 * Who may do what in the teacher workforce (教师队伍 · 人事股), as pure predicates over an actor.
 *
 * - 人事股 (the owning section) keeps the settings, the recruitment plan, rotation decisions, pools and all records.
 * - 教研室 manages 名师工作室 and part-time researchers (兼职教研员).
 * - A school administrator proposes for its own school (rotation, recruitment needs) and records its school-based
 *   training hours (校本研修).
 * - The leader approves the recruitment plan and reads everything; other sections and inspectors (督学) read.
 * - A teacher reads their own record only.
 */
import { type Actor, capabilityOwners } from "../auth/roles";

/** 人事股 of the county. @example isPersonnelSection(renshi) // => true */
export function isPersonnelSection(actor: Actor): boolean {
  return actor.role === "section" && actor.section !== null && capabilityOwners.staffing.includes(actor.section);
}

/** Settings, plans, decisions, pools: 人事股. */
export function mayManageStaffing(actor: Actor): boolean {
  return isPersonnelSection(actor);
}

/** Approves the recruitment plan: the leader. @example mayApproveRecruitment(leader) // => true */
export function mayApproveRecruitment(actor: Actor): boolean {
  return actor.role === "leader";
}

/** 名师工作室 and part-time researchers: 教研室, and 人事股. @example mayManageStudios(jiaoyan) // => true */
export function mayManageStudios(actor: Actor): boolean {
  return isPersonnelSection(actor) || (actor.role === "section" && actor.section === "research");
}

/**
 * Proposes rotation or recruitment needs, records exemptions and school-based hours for a school: that school's
 * administrator, or 人事股 for any school.
 *
 * @example mayActForSchool(school1Admin, school1Id) // => true; mayActForSchool(school1Admin, otherId) // => false
 */
export function mayActForSchool(actor: Actor, schoolId: string): boolean {
  if (isPersonnelSection(actor)) return true;
  return actor.role === "school_admin" && actor.schoolId === schoolId;
}

/** Whether the actor sees only their own record (a teacher). */
export function seesOwnRecordOnly(actor: Actor): boolean {
  return actor.role === "teacher";
}
