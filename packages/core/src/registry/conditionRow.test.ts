import { describe, expect, it } from "vitest";
import { type ConditionRowInput, validateConditionRow, yuanToFen } from "./conditionRow";

const clean: ConditionRowInput = {
  schoolCode: "1525990001",
  buildingArea: "8200.5",
  teachingArea: "5100",
  sportsArea: "12,000",
  equipmentValue: "1250000.50",
  books: "42000",
  studentComputers: "120",
  multimediaRooms: "24",
  musicRooms: "2",
  musicRoomArea: "150",
  artRooms: "",
  artRoomArea: "",
};
const columns = (patch: ConditionRowInput) =>
  validateConditionRow({ ...clean, ...patch }).problems.map((p) => p.column);

describe("yuanToFen", () => {
  it("converts on the digits, without floating-point rounding", () => {
    expect(yuanToFen("1234567.8")).toBe(123456780);
    expect(yuanToFen("0.05")).toBe(5);
    expect(yuanToFen("1,250,000.50")).toBe(125000050);
    expect(yuanToFen("0.29")).toBe(29);
  });
  it("refuses more than two decimals, signs and text", () => {
    expect(yuanToFen("1.234")).toBeNull();
    expect(yuanToFen("-5")).toBeNull();
    expect(yuanToFen("一万")).toBeNull();
  });
});

describe("validateConditionRow", () => {
  it("converts a clean row: areas in m², the equipment value in fen, blank optional rooms as 0", () => {
    const { record, problems } = validateConditionRow(clean);
    expect(problems).toEqual([]);
    expect(record).toEqual({
      schoolCode: "1525990001",
      schoolName: null,
      buildingArea: 8200.5,
      teachingArea: 5100,
      sportsArea: 12000,
      equipmentValueFen: 125000050,
      books: 42000,
      studentComputers: 120,
      multimediaRooms: 24,
      musicRooms: 2,
      musicRoomArea: 150,
      artRooms: 0,
      artRoomArea: 0,
    });
  });
  it("requires the main figures and says to put 0 when there are none", () => {
    const { problems } = validateConditionRow({ ...clean, books: "" });
    expect(problems).toEqual([
      expect.objectContaining({ column: "books", message: expect.stringContaining("没有填 0") }),
    ]);
  });
  it("refuses negative numbers, fractional counts and too many decimals", () => {
    expect(columns({ sportsArea: "-1" })).toEqual(["sportsArea"]);
    expect(columns({ studentComputers: "12.5" })).toEqual(["studentComputers"]);
    expect(columns({ buildingArea: "8200.555" })).toEqual(["buildingArea"]);
    expect(columns({ equipmentValue: "12.345" })).toEqual(["equipmentValue"]);
  });
  it("refuses teaching rooms larger than the whole floor area", () => {
    expect(columns({ teachingArea: "9000" })).toEqual(["teachingArea"]);
  });
  it("requires a room count and its area together", () => {
    expect(columns({ musicRoomArea: "0" })).toEqual(["musicRoomArea"]);
    expect(columns({ artRoomArea: "80" })).toEqual(["artRoomArea"]);
  });
});
