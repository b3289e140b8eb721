import type { Role, Section } from "./roles";
import { sections } from "./roles";

export interface AccountScopeInput {
  role: Role;
  section?: string | null;
  schoolId?: string | null;
  staffId?: string | null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Checks that an account's scope fits its role: section staff need a section, school administrators a school,
 * teachers a school and their staff record; the other roles carry none of these.
 *
 * @returns problems by field, empty when consistent
 * @example accountScopeProblems({ role: "school_admin" }) // => [{ field: "schoolId", message: "学校管理员须指定所属学校" }]
 */
export function accountScopeProblems(input: AccountScopeInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const needs = {
    section: input.role === "section",
    school: input.role === "school_admin" || input.role === "teacher",
    staff: input.role === "teacher",
  };
  if (needs.section && !input.section) problems.push({ field: "section", message: "股室人员须指定所属股室" });
  if (input.section && !sections.includes(input.section as Section)) {
    problems.push({ field: "section", message: "股室不存在" });
  }
  if (!needs.section && input.section) problems.push({ field: "section", message: "只有股室人员可指定股室" });
  if (needs.school && !input.schoolId) {
    problems.push({
      field: "schoolId",
      message: input.role === "teacher" ? "教师须指定所属学校" : "学校管理员须指定所属学校",
    });
  }
  if (!needs.school && input.schoolId) problems.push({ field: "schoolId", message: "该角色不应指定学校" });
  if (needs.staff && !input.staffId) problems.push({ field: "staffId", message: "教师账号须关联教职工记录" });
  if (!needs.staff && input.staffId) problems.push({ field: "staffId", message: "只有教师账号可关联教职工记录" });
  return problems;
}
