import type { Role, Section } from "./roles";
import { sections } from "./roles";

export interface AccountScopeInput {
  role: Role;
  section?: string | null;
  schoolId?: string | null;
  staffId?: string | null;
  townCode?: string | null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Checks that an account's scope fits its role: section staff need a section, school administrators a school,
 * teachers a school and their staff record, a township contact its township (9-digit code); the other roles carry
 * none of these. Whether the township is one of the county's is the server's check.
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
  if (input.role === "township" && !input.townCode) {
    problems.push({ field: "townCode", message: "乡镇联络员须指定所属乡镇" });
  } else if (input.townCode && !/^\d{9}$/.test(input.townCode)) {
    problems.push({ field: "townCode", message: "乡镇代码应为9位数字" });
  }
  if (input.role !== "township" && input.townCode) {
    problems.push({ field: "townCode", message: "只有乡镇联络员可指定乡镇" });
  }
  return problems;
}
