/**
 * One school's yearly conditions (办学条件, as of 1 September) as an import takes them in (办学条件导入): the
 * template's columns and the check of one row — every figure a number ≥ 0 with the right precision, teaching rooms
 * within the whole floor area, a room count and its area filled together, and the equipment value typed in 元 and
 * kept in integer fen. Whether the school exists and already has that year's row is the server's check.
 */
import { type RowProblem, rowReader } from "./_lib/rowReader";
import { isSchoolCode } from "./studentNumber";

/** The template's columns in order, with their Chinese headers (units in the header). */
export const conditionRowHeaders = {
  schoolCode: "学校标识码",
  schoolName: "学校名称",
  buildingArea: "校舍建筑面积(平方米)",
  teachingArea: "教学及辅助用房面积(平方米)",
  sportsArea: "体育运动场馆面积(平方米)",
  equipmentValue: "教学仪器设备值(元)",
  books: "图书(册)",
  studentComputers: "学生用计算机(台)",
  multimediaRooms: "网络多媒体教室(间)",
  musicRooms: "音乐专用教室(间)",
  musicRoomArea: "音乐专用教室面积(平方米)",
  artRooms: "美术专用教室(间)",
  artRoomArea: "美术专用教室面积(平方米)",
} as const;
export type ConditionRowColumn = keyof typeof conditionRowHeaders;
export const conditionRowColumns = Object.keys(conditionRowHeaders) as ConditionRowColumn[];
export type ConditionRowInput = Partial<Record<ConditionRowColumn, string>>;
export type ConditionRowProblem = RowProblem<ConditionRowColumn>;

/** A checked row: the figures as the register stores them (areas in m², equipment value in fen). */
export interface ConditionRecord {
  schoolCode: string;
  /** the name typed beside the code, for the server to compare with the register; null when blank */
  schoolName: string | null;
  buildingArea: number;
  teachingArea: number;
  sportsArea: number;
  equipmentValueFen: number;
  books: number;
  studentComputers: number;
  multimediaRooms: number;
  musicRooms: number;
  musicRoomArea: number;
  artRooms: number;
  artRoomArea: number;
}

/**
 * An amount of money in 元 (at most two decimals) as integer fen, computed on the digits so no rounding creeps in.
 *
 * @returns fen, or null when the text is not such an amount
 * @example yuanToFen("1234567.8") // => 123456780; yuanToFen("0.05") // => 5; yuanToFen("1.234") // => null
 */
export function yuanToFen(text: string): number | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.replace(/[,,\s]/g, ""));
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(fen) ? fen : null;
}

/**
 * Checks one row of a school-conditions import.
 *
 * @returns the record (null when there is any error) and the problems found, each naming its column
 * @example validateConditionRow({ schoolCode: "1525990001", buildingArea: "8200", teachingArea: "5100", equipmentValue: "1250000.50", … })
 *   // => { record: { buildingArea: 8200, teachingArea: 5100, equipmentValueFen: 125000050, … }, problems: [] }
 */
export function validateConditionRow(input: ConditionRowInput): {
  record: ConditionRecord | null;
  problems: ConditionRowProblem[];
} {
  const r = rowReader(input, conditionRowHeaders);
  const schoolCode = r.required("schoolCode", "请填写10位学校标识码");
  if (schoolCode && !isSchoolCode(schoolCode)) r.error("schoolCode", "学校标识码应为10位数字:请从下拉列表选择");
  const schoolName = r.text("schoolName", 60);
  const area = (c: ConditionRowColumn, required = true) =>
    r.amount(c, { decimals: 2, unit: "平方米", required, empty: 0 });
  const whole = (c: ConditionRowColumn, unit: string, required = true) =>
    r.amount(c, { decimals: 0, unit, required, empty: 0 });
  const buildingArea = area("buildingArea");
  const teachingArea = area("teachingArea");
  const sportsArea = area("sportsArea");
  const money = r.v("equipmentValue");
  let equipmentValueFen: number | null = null;
  if (!money) r.missing("equipmentValue", "请填写教学仪器设备值(单位:元),没有填 0");
  else {
    equipmentValueFen = yuanToFen(money);
    if (equipmentValueFen === null) {
      r.error("equipmentValue", `「${money}」不是有效金额:请以元为单位填写,最多两位小数,如 1250000.50`);
    }
  }
  const books = whole("books", "册");
  const studentComputers = whole("studentComputers", "台");
  const multimediaRooms = whole("multimediaRooms", "间");
  const musicRooms = whole("musicRooms", "间", false);
  const musicRoomArea = area("musicRoomArea", false);
  const artRooms = whole("artRooms", "间", false);
  const artRoomArea = area("artRoomArea", false);
  if (buildingArea !== undefined && teachingArea !== undefined && teachingArea > buildingArea) {
    r.error(
      "teachingArea",
      `教学及辅助用房面积(${teachingArea})大于校舍建筑面积(${buildingArea}):前者是后者的一部分,请核对`,
    );
  }
  const roomsAndArea = (
    rooms: number | undefined,
    areaValue: number | undefined,
    c: ConditionRowColumn,
    what: string,
  ) => {
    if (rooms === undefined || areaValue === undefined) return;
    if (rooms > 0 && areaValue === 0) r.error(c, `填写了${rooms}间${what},面积却为0:请填写${what}面积`);
    if (rooms === 0 && areaValue > 0) r.error(c, `${what}间数为0,面积却为${areaValue}:请补填间数或把面积改为0`);
  };
  roomsAndArea(musicRooms, musicRoomArea, "musicRoomArea", "音乐专用教室");
  roomsAndArea(artRooms, artRoomArea, "artRoomArea", "美术专用教室");
  const figures = [buildingArea, teachingArea, sportsArea, books, studentComputers, multimediaRooms];
  const rooms = [musicRooms, musicRoomArea, artRooms, artRoomArea];
  if (
    r.problems.some((p) => p.level === "error") ||
    equipmentValueFen === null ||
    [...figures, ...rooms].includes(undefined)
  ) {
    return { record: null, problems: r.problems };
  }
  return {
    record: {
      schoolCode,
      schoolName,
      buildingArea: buildingArea!,
      teachingArea: teachingArea!,
      sportsArea: sportsArea!,
      equipmentValueFen,
      books: books!,
      studentComputers: studentComputers!,
      multimediaRooms: multimediaRooms!,
      musicRooms: musicRooms!,
      musicRoomArea: musicRoomArea!,
      artRooms: artRooms!,
      artRoomArea: artRoomArea!,
    },
    problems: r.problems,
  };
}
