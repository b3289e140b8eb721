/**
 * One school (学校) as a county import takes it in (学校信息导入): the template's columns and the check of one row —
 * the 10-digit national code, the enumerations (办学类型, 城乡分类, 办学性质), coordinates within range, a real date.
 * Whether the code is already taken is the server's check.
 */
import { labelTable, type RowProblem, rowReader } from "./_lib/rowReader";
import { isSchoolCode } from "./studentNumber";
import { normalizeDate } from "./studentRow";
import { type Locality, locality, type Ownership, ownership, type SchoolKind, schoolKind } from "./vocabulary";

/** The template's columns in order, with their Chinese headers. */
export const schoolRowHeaders = {
  code: "学校标识码",
  name: "学校名称",
  kind: "办学类型",
  locality: "城乡分类",
  ownership: "办学性质",
  address: "地址",
  principal: "校长",
  phone: "联系电话",
  latitude: "纬度",
  longitude: "经度",
  openedOn: "建校日期",
} as const;
export type SchoolRowColumn = keyof typeof schoolRowHeaders;
export const schoolRowColumns = Object.keys(schoolRowHeaders) as SchoolRowColumn[];
export type SchoolRowInput = Partial<Record<SchoolRowColumn, string>>;
export type SchoolRowProblem = RowProblem<SchoolRowColumn>;

/** A checked row, in the register's codes. */
export interface SchoolRecord {
  code: string;
  name: string;
  kind: SchoolKind;
  locality: Locality;
  ownership: Ownership;
  address: string | null;
  principal: string | null;
  phone: string | null;
  latitude: number | null;
  longitude: number | null;
  openedOn: string | null;
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/**
 * Checks one row of a school import.
 *
 * @returns the record (null when there is any error) and the problems found, each naming its column
 * @example validateSchoolRow({ code: "1525990101", name: "北原县第三小学", kind: "小学", locality: "城区", ownership: "公办" })
 *   // => { record: { code: "1525990101", kind: "primary", locality: "urban", ownership: "public", … }, problems: [] }
 */
export function validateSchoolRow(input: SchoolRowInput): {
  record: SchoolRecord | null;
  problems: SchoolRowProblem[];
} {
  const r = rowReader(input, schoolRowHeaders);
  const code = r.required("code", "请填写10位学校标识码");
  if (code && !isSchoolCode(code)) r.error("code", "学校标识码应为10位数字:请按教育事业统计中的学校标识码填写");
  const name = r.required("name", "请填写学校全称,如「北原县第三小学」");
  if (name && (name.length < 2 || name.length > 60)) r.error("name", "学校名称应为2–60个字:请填写学校全称");
  const kind = r.pick("kind", labelTable(schoolKind.labels), "请从下拉列表选择办学类型,如「小学」「初级中学」");
  const loc = r.pick("locality", labelTable(locality.labels), "请填写城区、镇区或乡村");
  const own = r.pick("ownership", labelTable(ownership.labels), "请填写公办或民办", "public");
  const address = r.text("address", 200);
  const principal = r.text("principal", 40);
  const phone = r.text("phone", 20);
  if (phone && !PHONE.test(phone))
    r.error("phone", "联系电话格式不正确:请填写11位手机号或带区号的固话(如 0471-1234567)");
  const coordinate = (c: "latitude" | "longitude", limit: number) => {
    const text = r.v(c);
    if (!text) return null;
    const n = Number(text);
    if (!/^-?\d{1,3}(\.\d+)?$/.test(text) || Math.abs(n) > limit) {
      r.error(
        c,
        `「${text}」不是有效的${schoolRowHeaders[c]}:请填写 −${limit} 到 ${limit} 之间的小数(度),不知道可留空`,
      );
      return null;
    }
    return n;
  };
  const latitude = coordinate("latitude", 90);
  const longitude = coordinate("longitude", 180);
  if (
    (latitude === null) !== (longitude === null) &&
    !r.problems.some((p) => p.column === "latitude" || p.column === "longitude")
  ) {
    r.error(latitude === null ? "latitude" : "longitude", "经度和纬度须同时填写或同时留空");
  }
  const openedText = r.v("openedOn");
  const openedOn = openedText ? normalizeDate(openedText) : null;
  if (openedText && !openedOn) r.error("openedOn", `「${openedText}」不是有效日期:请按 1958-09-01 的格式填写`);
  if (r.problems.some((p) => p.level === "error") || !kind || !loc || !own)
    return { record: null, problems: r.problems };
  return {
    record: {
      code,
      name,
      kind,
      locality: loc,
      ownership: own,
      address,
      principal,
      phone,
      latitude,
      longitude,
      openedOn,
    },
    problems: r.problems,
  };
}
