/**
 * One staff member (教职工) as the register takes it in, by form or by import (教职工信息导入): the template's columns,
 * the check of one row, and the employment rules both ways share — a teacher names the subject and stage taught,
 * the hire date comes after the sixteenth birthday and not after the statistics date, a person past the statutory
 * retirement date is flagged. Checks that need the database (duplicates, school) are the server's.
 */
import { labelTable, type RowProblem, rowReader } from "./_lib/rowReader";
import { parseResidentId, residentIdProblemMessage } from "./residentId";
import { retirementDate } from "./retirement";
import { isSchoolCode } from "./studentNumber";
import { ethnicGroups, normalizeDate } from "./studentRow";
import {
  type BackboneLevel,
  backboneLevel,
  type EmploymentStatus,
  type Establishment,
  establishment,
  type PostType,
  type ProfessionalTitle,
  postType,
  professionalTitle,
  type Qualification,
  qualification,
  type Stage,
  type Subject,
  stage,
  subject,
} from "./vocabulary";

/** The template's columns in order, with their Chinese headers. */
export const staffRowHeaders = {
  name: "姓名",
  residentId: "身份证号",
  ethnicity: "民族",
  staffNumber: "教职工编号",
  schoolCode: "学校标识码",
  postType: "岗位类别",
  establishment: "编制类型",
  subject: "任教学科",
  stageTaught: "任教学段",
  qualification: "最高学历",
  title: "专业技术职称",
  backboneLevel: "骨干教师级别",
  hasCertificate: "教师资格证",
  fullTime: "专职",
  hireDate: "入职日期",
  status: "任职状态",
} as const;
export type StaffRowColumn = keyof typeof staffRowHeaders;
export const staffRowColumns = Object.keys(staffRowHeaders) as StaffRowColumn[];

/** A row as read from the sheet: trimmed cell text by column (dates as YYYY-MM-DD). */
export type StaffRowInput = Partial<Record<StaffRowColumn, string>>;
export type StaffRowProblem = RowProblem<StaffRowColumn>;

/** Statuses an import or a form may set; 调离 (left) is set only by marking someone as left. */
export const settableEmploymentStatuses = ["active", "leave", "retired"] as const satisfies readonly EmploymentStatus[];
const STATUS_LABELS = { active: "在岗", leave: "离岗", retired: "退休" } as const;

/** The employment fields of a staff member in a school year, in register codes. */
export interface StaffEmployment {
  postType: PostType;
  establishment: Establishment;
  subject: Subject | null;
  stageTaught: Stage | null;
  qualification: Qualification;
  title: ProfessionalTitle;
  backboneLevel: BackboneLevel;
  hasCertificate: boolean;
  fullTime: boolean;
  hireDate: string | null;
  status: (typeof settableEmploymentStatuses)[number];
}

/** A checked row, in the register's codes. */
export interface StaffRecord extends StaffEmployment {
  name: string;
  residentId: string;
  gender: "M" | "F";
  birthDate: string;
  ethnicity: string;
  /** null: the register numbers the staff member */
  staffNumber: string | null;
  schoolCode: string;
}

export interface StaffRules {
  /** the statistics date of the school year (1 September), before which the hire date must fall */
  asOf: string;
}

/**
 * The rules an employment must keep, whichever way it is entered: a full-time teacher (专任教师) names the subject
 * and the stage taught; the hire date is on or after the sixteenth birthday and not after the statistics date;
 * someone already past the statutory retirement date but still 在岗 gets a warning.
 *
 * @returns problems keyed by field (the same names as the form and the import columns)
 * @example employmentProblems({ postType: "teacher", subject: null, … }, "1980-05-01", "M", { asOf: "2026-09-01" })
 *   // => [{ column: "subject", message: "专任教师须填写任教学科…", level: "error" }]
 */
export function employmentProblems(
  e: Pick<StaffEmployment, "postType" | "subject" | "stageTaught" | "hireDate" | "status">,
  birthDate: string,
  gender: "M" | "F",
  rules: StaffRules,
): RowProblem<"subject" | "stageTaught" | "hireDate" | "status">[] {
  const problems: RowProblem<"subject" | "stageTaught" | "hireDate" | "status">[] = [];
  const error = (column: "subject" | "stageTaught" | "hireDate", message: string) =>
    problems.push({ column, message, level: "error" });
  if (e.postType === "teacher" && !e.subject) error("subject", "专任教师须填写任教学科:请选择主要任教的学科");
  if (e.postType === "teacher" && !e.stageTaught) {
    error("stageTaught", "专任教师须填写任教学段(按任教学段计入生师比):请选择小学、初中等");
  }
  if (e.hireDate) {
    const sixteen = `${Number(birthDate.slice(0, 4)) + 16}${birthDate.slice(4)}`;
    if (e.hireDate < sixteen) error("hireDate", `入职日期早于年满16周岁(${sixteen}):请核对入职日期或身份证号`);
    else if (e.hireDate > rules.asOf)
      error("hireDate", `入职日期晚于统计时点 ${rules.asOf}:请核对,尚未入职的人员暂不登记`);
  }
  const category = e.postType === "worker" ? "worker" : "cadre";
  const retires = retirementDate(birthDate, gender, category);
  if (e.status === "active" && retires <= rules.asOf) {
    problems.push({
      column: "status",
      level: "warning",
      message: `按法定退休年龄应于 ${retires} 退休:如已退休请把任职状态改为「退休」(确属延迟退休可忽略此提醒)`,
    });
  }
  return problems;
}

/**
 * Checks one row of a staff import and converts it to register codes. Gender and birth date come from the resident
 * ID, which every staff member must have.
 *
 * @returns the record (null when there is any error) and the problems found, each naming its column
 * @example validateStaffRow({ name: "李老师", residentId: "…", postType: "专任教师", subject: "语文", … }, { asOf: "2026-09-01" })
 */
export function validateStaffRow(
  input: StaffRowInput,
  rules: StaffRules,
): { record: StaffRecord | null; problems: StaffRowProblem[] } {
  const r = rowReader(input, staffRowHeaders);
  const name = r.required("name", "请填写姓名");
  if (name && !/^[\p{Script=Han}A-Za-z·• ]{2,40}$/u.test(name)) {
    r.error("name", "姓名格式不正确:请填写2–40个汉字或字母(少数民族姓名可用间隔号「·」),不要含数字或其他符号");
  }
  const residentId = r.required("residentId", "请填写18位身份证号").toUpperCase();
  const parsed = residentId ? parseResidentId(residentId) : null;
  if (parsed && !parsed.ok) {
    const fix = parsed.problem === "checkDigit" ? "" : ",请对照身份证改正";
    r.error("residentId", `${residentIdProblemMessage[parsed.problem]}(当前为「${residentId}」)${fix}`);
  }
  const ethnicity = r.pick("ethnicity", ETHNICITY, "请从下拉列表选择民族,如「汉族」「蒙古族」", "汉族");
  const staffNumber = r.text("staffNumber", 20);
  if (staffNumber && !/^[0-9A-Za-z-]{4,20}$/.test(staffNumber)) {
    r.error("staffNumber", "教职工编号应为4–20位数字或字母:请核对,或留空由系统编号");
  }
  const schoolCode = r.required("schoolCode", "请填写10位学校标识码");
  if (schoolCode && !isSchoolCode(schoolCode))
    r.error("schoolCode", "学校标识码应为10位数字:请核对(可在学校名录中查到)");
  const post = r.pick("postType", POST, "请选择专任教师、行政人员、教辅人员或工勤人员");
  const est = r.pick("establishment", ESTABLISHMENT, "请选择在编、合同制或代课");
  const subj = r.pick("subject", SUBJECT, "请从下拉列表选择任教学科;非任课人员留空", null);
  const stageTaught = r.pick("stageTaught", STAGE, "请从下拉列表选择任教学段;非任课人员留空", null);
  const qual = r.pick("qualification", QUALIFICATION, "请从下拉列表选择最高学历,如「本科」");
  const title = r.pick("title", TITLE, "请从下拉列表选择职称;未评职称填「未评」", "none");
  const backbone = r.pick("backboneLevel", BACKBONE, "请选择校级、县级、市级、省级;不是骨干教师留空或填「无」", "none");
  const hasCertificate = r.yesNo("hasCertificate");
  const fullTime = r.yesNo("fullTime", true);
  const hireText = r.v("hireDate");
  const hireDate = hireText ? normalizeDate(hireText) : null;
  if (hireText && !hireDate) r.error("hireDate", `「${hireText}」不是有效日期:请按 2015-08-28 的格式填写`);
  const status = r.pick("status", STATUS, "请填写在岗、离岗或退休(不填视为在岗);调离人员请在系统中标记", "active");
  if (parsed?.ok && post && status) {
    const e = { postType: post, subject: subj ?? null, stageTaught: stageTaught ?? null, hireDate, status };
    r.problems.push(...employmentProblems(e, parsed.birthDate, parsed.gender, rules));
  }
  const ok =
    !r.problems.some((p) => p.level === "error") && parsed?.ok && ethnicity && post && est && qual && title && backbone;
  if (!ok || !parsed?.ok || !post || !est || !qual || !title || !backbone || !status || !ethnicity) {
    return { record: null, problems: r.problems };
  }
  return {
    record: {
      name,
      residentId,
      gender: parsed.gender,
      birthDate: parsed.birthDate,
      ethnicity,
      staffNumber,
      schoolCode,
      postType: post,
      establishment: est,
      subject: subj ?? null,
      stageTaught: stageTaught ?? null,
      qualification: qual,
      title,
      backboneLevel: backbone,
      hasCertificate,
      fullTime,
      hireDate,
      status,
    },
    problems: r.problems,
  };
}

const ETHNICITY = new Map(ethnicGroups.flatMap((e) => [[e, e] as const, [e.replace(/族$/, ""), e] as const]));
const POST = labelTable(postType.labels);
const ESTABLISHMENT = new Map<string, Establishment>([...labelTable(establishment.labels), ["编制内", "established"]]);
const SUBJECT = new Map<string, Subject | null>([["无", null], ...labelTable(subject.labels)]);
const STAGE = new Map<string, Stage | null>([["无", null], ...labelTable(stage.labels)]);
const QUALIFICATION = labelTable(qualification.labels);
const TITLE = new Map<string, ProfessionalTitle>([...labelTable(professionalTitle.labels), ["无", "none"]]);
const BACKBONE = labelTable(backboneLevel.labels);
const STATUS = labelTable(STATUS_LABELS);
