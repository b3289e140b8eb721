/**
 * Checks of one row of the household-registration roster (户籍适龄人口名单) the public-security and civil-affairs
 * offices hand the bureau: resident ID with its check digit (methods.md §8), birth date and sex agreeing with the
 * ID, age 0–14 on 31 August of the school year (children under 6 are listed for preschool's population aged 3–5 and
 * take no part in the comparison with the register), a village code (村/社区 12-digit statistical code) whose first nine
 * digits are a township of the county. Problems are returned in Chinese, each naming its column and the fix.
 */
import { parseResidentId, residentIdProblemMessage } from "../registry/residentId";
import { ageOnCensusDay, ROSTER_AGES } from "./ageOnCensusDay";

/** The roster's columns, in the template's order, with their Chinese headers. */
export const rosterColumns = {
  residentId: "身份证号",
  name: "姓名",
  gender: "性别",
  birthDate: "出生日期",
  villageCode: "村(社区)代码",
  villageName: "村(社区)名称",
  address: "住址",
  guardianName: "监护人姓名",
  guardianPhone: "监护人电话",
} as const;
export type RosterColumn = keyof typeof rosterColumns;

export interface RosterRowInput {
  residentId: string;
  name: string;
  gender: string;
  birthDate: string;
  villageCode: string;
  villageName: string;
  address: string;
  guardianName: string;
  guardianPhone: string;
}

export interface RosterRowValue {
  residentId: string;
  name: string;
  gender: "M" | "F";
  birthDate: string;
  villageCode: string;
  townCode: string;
  villageName: string;
  address: string | null;
  guardianName: string | null;
  guardianPhone: string | null;
}

export interface RosterProblem {
  column: RosterColumn;
  message: string;
}

/**
 * Check one roster row.
 *
 * @param townCodes - the county's township codes (9 digits)
 * @param schoolYear - ages are counted on 31 August of this year
 * @example checkRosterRow({ residentId: "440524201803010014", ... }, new Set(["440524100"]), 2026).value?.birthDate // => "2018-03-01"
 */
export function checkRosterRow(
  row: RosterRowInput,
  townCodes: ReadonlySet<string>,
  schoolYear: number,
): { value: RosterRowValue; problems: [] } | { value: null; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const id = row.residentId.trim().toUpperCase();
  const parsed = parseResidentId(id);
  if (!id) problems.push({ column: "residentId", message: "身份证号不能为空,请填写18位身份证号" });
  else if (!parsed.ok) problems.push({ column: "residentId", message: residentIdProblemMessage[parsed.problem] });
  const name = row.name.trim();
  if (!name) problems.push({ column: "name", message: "姓名不能为空,请按户籍登记填写" });
  else if (name.length > 30) problems.push({ column: "name", message: "姓名过长(超过30字),请核对" });
  const g = row.gender.trim();
  const gender = g === "男" || g === "M" ? "M" : g === "女" || g === "F" ? "F" : null;
  if (!gender) problems.push({ column: "gender", message: "性别应填写“男”或“女”" });
  else if (parsed.ok && parsed.gender !== gender) {
    problems.push({ column: "gender", message: "性别与身份证号第17位不一致(奇数为男,偶数为女),请核对" });
  }
  const birth = row.birthDate.trim();
  let birthDate = parsed.ok ? parsed.birthDate : "";
  if (birth) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(birth)) {
      problems.push({ column: "birthDate", message: "出生日期应为 YYYY-MM-DD 格式,如 2018-03-01" });
    } else if (parsed.ok && parsed.birthDate !== birth) {
      problems.push({ column: "birthDate", message: `出生日期与身份证号中的日期(${parsed.birthDate})不一致,请核对` });
    } else birthDate = birth;
  } else if (!parsed.ok) {
    problems.push({ column: "birthDate", message: "出生日期不能为空,请填写 YYYY-MM-DD" });
  }
  if (birthDate) {
    const age = ageOnCensusDay(birthDate, schoolYear);
    if (!(age >= ROSTER_AGES.from && age <= ROSTER_AGES.to)) {
      problems.push({
        column: "birthDate",
        message:
          age < ROSTER_AGES.from
            ? `出生日期晚于${schoolYear}年8月31日,不在本学年名单范围(0–14周岁)内,请核对出生日期或删除该行`
            : `截至${schoolYear}年8月31日年龄为${age}周岁,超出名单范围(0–14周岁),已满15周岁的不属义务教育适龄儿童,请从名单中删除该行或核对出生日期`,
      });
    }
  }
  const village = row.villageCode.trim();
  if (!/^\d{12}$/.test(village)) {
    problems.push({ column: "villageCode", message: "村(社区)代码应为12位数字的统计用区划代码" });
  } else if (!townCodes.has(village.slice(0, 9))) {
    problems.push({
      column: "villageCode",
      message: `村(社区)代码前9位(${village.slice(0, 9)})不是本县的乡镇(街道),请核对代码`,
    });
  }
  if (problems.length > 0) return { value: null, problems };
  const opt = (s: string) => (s.trim() ? s.trim() : null);
  return {
    value: {
      residentId: id,
      name,
      gender: gender!,
      birthDate,
      villageCode: village,
      townCode: village.slice(0, 9),
      villageName: row.villageName.trim(),
      address: opt(row.address),
      guardianName: opt(row.guardianName),
      guardianPhone: opt(row.guardianPhone),
    },
    problems: [],
  };
}

/** The message of a duplicate resident ID within one file. */
export function duplicateRosterIdMessage(firstRow: number): string {
  return `身份证号与第${firstRow}行重复,同一儿童只保留一行`;
}
