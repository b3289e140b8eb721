/**
 * One row of a student import (学生信息导入): the template's columns, their vocabularies, and the check of one row
 * — required fields, enumerations, the resident ID (GB 11643) and its agreement with birth date and gender, the
 * student number, and whether the age fits the grade. Checks that need the database (duplicates, school, class)
 * are the server's.
 */
import { type RowProblem, rowReader } from "./_lib/rowReader";
import { parseResidentId, residentIdProblemMessage } from "./residentId";
import { ageOn } from "./retirement";
import { isSchoolCode, studentNumberKind } from "./studentNumber";
import { gradeLabel, stageOfGrade } from "./vocabulary";

/** The template's columns in order, with their Chinese headers. */
export const studentRowHeaders = {
  name: "姓名",
  gender: "性别",
  birthDate: "出生日期",
  ethnicity: "民族",
  residentId: "身份证号",
  studentNumber: "学籍号",
  householdType: "户口性质",
  schoolCode: "学校标识码",
  grade: "年级",
  classNumber: "班号",
  leftBehind: "留守儿童",
  migrant: "随迁子女",
  disability: "残疾类别",
  disabilityPlacement: "安置方式",
  orphan: "孤儿",
  povertyRegistered: "建档立卡",
  dibao: "低保",
  address: "家庭住址",
  guardianName: "监护人",
  guardianPhone: "监护人电话",
} as const;
export type StudentRowColumn = keyof typeof studentRowHeaders;
export const studentRowColumns = Object.keys(studentRowHeaders) as StudentRowColumn[];

/** A row as read from the sheet: trimmed cell text by column (dates as YYYY-MM-DD); absent or "" when empty. */
export type StudentRowInput = Partial<Record<StudentRowColumn, string>>;

/** The 56 ethnic groups (GB/T 3304) and 其他. */
export const ethnicGroups =
  `汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族
  黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族
  仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族
  赫哲族 门巴族 珞巴族 基诺族 其他`.split(/\s+/);
/** Household registration (户口性质), with the older wording accepted as well. */
export const householdTypeLabels = { urban: "城镇", rural: "农村" } as const;
const HOUSEHOLD_ALIASES = {
  城镇: "urban",
  城镇户口: "urban",
  非农业户口: "urban",
  农村: "rural",
  农村户口: "rural",
  农业户口: "rural",
} as const;
/** Disability categories (残疾类别); an empty cell or 无 means none. */
export const disabilityCategories = "视力残疾 听力残疾 言语残疾 肢体残疾 智力残疾 精神残疾 多重残疾".split(" ");
/** How a disabled pupil is taught (安置方式). */
export const disabilityPlacements = ["随班就读", "特教学校", "送教上门"];
/** Grades a student row may name: kindergarten levels −3..−1 and grades 1–12, by their Chinese labels. */
export const importGrades = [-3, -2, -1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const GRADE_BY_TEXT = new Map<string, number>([
  ...importGrades.map((g) => [gradeLabel(g), g] as const),
  ...importGrades.map((g) => [String(g), g] as const),
  ["初一", 7],
  ["初二", 8],
  ["初三", 9],
]);

/** A checked row, in the register's codes. */
export interface StudentRecord {
  name: string;
  gender: "M" | "F";
  birthDate: string;
  ethnicity: string;
  /** null only for a student registered without one (J- or L-type student number) */
  residentId: string | null;
  studentNumber: string;
  householdType: "urban" | "rural";
  schoolCode: string;
  grade: number;
  classNumber: number;
  leftBehind: boolean;
  migrant: boolean;
  disability: string | null;
  disabilityPlacement: string | null;
  orphan: boolean;
  povertyRegistered: boolean;
  dibao: boolean;
  address: string | null;
  guardianName: string | null;
  guardianPhone: string | null;
}

/** One problem of a row: the column, and what is wrong and how to fix it. Warnings do not block the import. */
export type StudentRowProblem = RowProblem<StudentRowColumn>;

/** How many years younger and older than the usual age for the grade a pupil may be before the row is flagged. */
export interface AgeTolerance {
  younger: number;
  older: number;
}
export type AgeGroup = "preschool" | "primary" | "junior" | "senior" | "special";
/** Defaults: primary and junior pupils flagged outside [grade+4, grade+8]; special schools admit older children. */
export const defaultAgeTolerance: Record<AgeGroup, AgeTolerance> = {
  preschool: { younger: 1, older: 2 },
  primary: { younger: 1, older: 3 },
  junior: { younger: 1, older: 3 },
  senior: { younger: 1, older: 4 },
  special: { younger: 1, older: 8 },
};

export interface StudentRowOptions {
  /** the school year the rows enroll into (2026 = 2026—2027学年); ages are counted on 1 September of it */
  schoolYear: number;
  /** the row's school is a special-education school (特殊教育学校) */
  specialSchool?: boolean;
  ageTolerance?: Partial<Record<AgeGroup, AgeTolerance>>;
}

/**
 * The usual age on 1 September for a grade: six in grade 1, three in 小班 (−3).
 *
 * @example usualAgeForGrade(1) // => 6; usualAgeForGrade(-3) // => 3
 */
export function usualAgeForGrade(grade: number): number {
  return grade >= 1 ? grade + 5 : grade + 6;
}

/**
 * Reads a date typed as 2015-03-08, 2015/3/8, 2015.3.8, 2015年3月8日 or 20150308.
 *
 * @returns the ISO date, or null when it is not a real date
 * @example normalizeDate("2015年3月8日") // => "2015-03-08"
 */
export function normalizeDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The row reader of a student row. */
const studentRowReader = (input: StudentRowInput) => rowReader(input, studentRowHeaders);
type RowReader = ReturnType<typeof studentRowReader>;

/** Resident ID, student number, birth date and gender, each checked against the others. */
function identity(r: RowReader) {
  let residentId: string | null = r.v("residentId").toUpperCase() || null;
  let fromId: { birthDate: string; gender: "M" | "F" } | null = null;
  if (residentId) {
    const parsed = parseResidentId(residentId);
    if (parsed.ok) fromId = parsed;
    else {
      const fix = parsed.problem === "checkDigit" ? "" : ",请对照户口簿或身份证改正";
      r.error("residentId", `${residentIdProblemMessage[parsed.problem]}(当前为「${residentId}」)${fix}`);
    }
  }

  let studentNumber = r.v("studentNumber").toUpperCase();
  const kind = studentNumber ? studentNumberKind(studentNumber) : null;
  if (studentNumber && !kind) {
    r.error(
      "studentNumber",
      "学籍号格式不正确:请填写19位学籍号(G+身份证号、J+18位自编码或L+地区码+出生日期+4位数字),或留空由系统按G+身份证号生成",
    );
  } else if (kind === "G" && fromId && studentNumber.slice(1) !== residentId) {
    r.error("studentNumber", "G 开头的学籍号应为「G+本人身份证号」,与身份证号不一致;请核对,或留空由系统生成");
  } else if (kind === "G" && !residentId) {
    // the number carries the ID: take it from there
    residentId = studentNumber.slice(1);
    fromId = parseResidentId(residentId) as { birthDate: string; gender: "M" | "F" };
  } else if (!studentNumber && fromId) {
    studentNumber = `G${residentId}`;
  } else if (!studentNumber && !residentId) {
    r.error("residentId", "身份证号未填写:请填写身份证号;确无身份证号的学生须在「学籍号」填写 J 或 L 开头的学籍号");
  }

  let birthDate = fromId?.birthDate ?? "";
  const birthText = r.v("birthDate");
  const typedBirth = birthText ? normalizeDate(birthText) : null;
  if (birthText && !typedBirth) r.error("birthDate", `「${birthText}」不是有效日期:请按 2015-03-08 的格式填写`);
  else if (typedBirth && fromId && typedBirth !== fromId.birthDate) {
    r.error("birthDate", `出生日期与身份证号不一致(身份证号为 ${fromId.birthDate}):请核对后改正其中之一`);
  } else if (typedBirth) birthDate = typedBirth;
  else if (!residentId) r.required("birthDate", "请按 2015-03-08 的格式填写出生日期(没有身份证号时必填)");
  if (kind === "L" && birthDate && studentNumber.slice(7, 15) !== birthDate.replaceAll("-", "")) {
    r.error("studentNumber", "L 开头的临时学籍号第8–15位应为出生日期,与出生日期不一致;请核对");
  }

  let gender = fromId?.gender;
  if (r.v("gender") || !residentId) {
    const typed = r.pick("gender", GENDERS, "请填写「男」或「女」;有身份证号时可不填");
    const parity = fromId?.gender === "M" ? "奇数为男" : "偶数为女";
    if (typed && fromId && typed !== fromId.gender) {
      r.error("gender", `性别与身份证号不一致(身份证号第17位${parity}):请核对后改正其中之一`);
    } else gender = typed;
  }
  return { residentId, studentNumber, birthDate, gender };
}

/** School, grade and class. */
function placement(r: RowReader) {
  const schoolCode = r.required("schoolCode", "请填写10位学校标识码");
  if (schoolCode && !isSchoolCode(schoolCode))
    r.error("schoolCode", "学校标识码应为10位数字:请核对(可在学校名录中查到)");
  const grade = r.pick("grade", GRADE_BY_TEXT, "请从下拉列表选择年级,如「一年级」「七年级」「高一」");
  const classText = r.required("classNumber", "请填写班号,如 1 表示1班");
  const classNumber = Number(/^[(（]?(\d{1,2})[)）]?班?$/.exec(classText)?.[1] ?? 0);
  if (classText && classNumber < 1)
    r.error("classNumber", `「${classText}」不是有效班号:请填写1–99的数字,如 3 表示3班`);
  return { schoolCode, grade, classNumber };
}

/** Special-group flags, disability and its placement, and contact details. */
function circumstances(r: RowReader) {
  const [leftBehind, migrant, orphan] = [r.yesNo("leftBehind"), r.yesNo("migrant"), r.yesNo("orphan")];
  const [povertyRegistered, dibao] = [r.yesNo("povertyRegistered"), r.yesNo("dibao")];
  if (leftBehind && migrant) r.error("leftBehind", "留守儿童与随迁子女不能同时为「是」:请按学生实际情况只保留一项");
  const disability = r.pick("disability", DISABILITY, "请从下拉列表选择残疾类别;无残疾留空或填「无」", null) ?? null;
  let disabilityPlacement: string | null = null;
  if (disability) {
    disabilityPlacement =
      r.pick("disabilityPlacement", PLACEMENT, "请选择随班就读、特教学校或送教上门(有残疾类别时必填)") ?? null;
  } else if (r.v("disabilityPlacement")) {
    r.error("disabilityPlacement", "没有残疾类别时安置方式应留空:请删除,或补填残疾类别");
  }
  const text = (c: StudentRowColumn, max: number) => {
    if (r.v(c).length > max) r.error(c, `${studentRowHeaders[c]}过长(最多${max}个字):请精简`);
    return r.v(c) || null;
  };
  const guardianPhone = text("guardianPhone", 20);
  if (guardianPhone && !/^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(guardianPhone)) {
    r.error("guardianPhone", "监护人电话格式不正确:请填写11位手机号或带区号的固话(如 0471-1234567)");
  }
  const [address, guardianName] = [text("address", 200), text("guardianName", 40)];
  return {
    leftBehind,
    migrant,
    orphan,
    povertyRegistered,
    dibao,
    disability,
    disabilityPlacement,
    address,
    guardianName,
    guardianPhone,
  };
}

/**
 * Whether a pupil's age on 1 September of the school year fits the grade, within the tolerance of its stage.
 * The one rule for every way a student enters the register (form and import).
 *
 * @example ageForGrade("2019-03-15", 1, { schoolYear: 2026 }) // => { age: 7, usual: 6, fits: true }
 */
export function ageForGrade(birthDate: string, grade: number, options: StudentRowOptions) {
  const group: AgeGroup = options.specialSchool ? "special" : (stageOfGrade(grade) as AgeGroup);
  const tolerance = { ...defaultAgeTolerance, ...options.ageTolerance }[group];
  const age = ageOn(birthDate, `${options.schoolYear}-09-01`);
  const usual = usualAgeForGrade(grade);
  return { age, usual, fits: age >= usual - tolerance.younger && age <= usual + tolerance.older };
}

/** The warning for an age that does not fit the grade, or null. */
function ageWarning(birthDate: string, grade: number, options: StudentRowOptions): StudentRowProblem | null {
  const { age, usual, fits } = ageForGrade(birthDate, grade, options);
  if (fits) return null;
  const message = `${options.schoolYear}年9月1日年龄为${age}岁,${gradeLabel(grade)}通常为${usual}岁:请核对出生日期和年级(确属实可忽略此提醒)`;
  return { column: "birthDate", level: "warning", message };
}

/**
 * Checks one row of a student import and converts it to register codes.
 *
 * @returns the record (null when there is any error) and the problems found, each naming its column
 * @example validateStudentRow({ name: "张三", residentId: "11010520200308001X", schoolCode: "1525990001", grade: "一年级", … }, { schoolYear: 2026 })
 */
export function validateStudentRow(
  input: StudentRowInput,
  options: StudentRowOptions,
): { record: StudentRecord | null; problems: StudentRowProblem[] } {
  const r = studentRowReader(input);
  const name = r.required("name", "请填写学生姓名");
  if (name && !/^[\p{Script=Han}A-Za-z·• ]{2,40}$/u.test(name)) {
    r.error("name", "姓名格式不正确:请填写2–40个汉字或字母(少数民族姓名可用间隔号「·」),不要含数字或其他符号");
  }
  const { gender, ...id } = identity(r);
  const ethnicity = r.pick("ethnicity", ETHNICITY, "请从下拉列表选择民族,如「汉族」「蒙古族」");
  const householdType = r.pick("householdType", HOUSEHOLD, "请填写「城镇」或「农村」");
  const { grade, ...place } = placement(r);
  const rest = circumstances(r);
  const warning = id.birthDate && grade !== undefined ? ageWarning(id.birthDate, grade, options) : null;
  if (warning) r.problems.push(warning);
  if (r.problems.some((p) => p.level === "error") || !gender || !ethnicity || !householdType || grade === undefined) {
    return { record: null, problems: r.problems };
  }
  return { record: { name, gender, ethnicity, householdType, grade, ...id, ...place, ...rest }, problems: r.problems };
}

const GENDERS = new Map(Object.entries({ 男: "M", 女: "F" } as const));
const ETHNICITY = new Map(ethnicGroups.flatMap((e) => [[e, e] as const, [e.replace(/族$/, ""), e] as const]));
const HOUSEHOLD = new Map(Object.entries(HOUSEHOLD_ALIASES));
const DISABILITY = new Map<string, string | null>([["无", null], ...disabilityCategories.map((d) => [d, d] as const)]);
const PLACEMENT = new Map(disabilityPlacements.map((p) => [p, p]));
