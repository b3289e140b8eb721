import { describe, expect, it } from "vitest";
import { residentIdCheckChar } from "../registry/residentId";
import { checkRosterRow, type RosterRowInput } from "./rosterRow";

function id(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}
const towns = new Set(["440524100"]);
const base: RosterRowInput = {
  residentId: id("44052420180301001"),
  name: "张小明",
  gender: "男",
  birthDate: "2018-03-01",
  villageCode: "440524100201",
  villageName: "东村",
  address: "",
  guardianName: "张大明",
  guardianPhone: "",
};

describe("checkRosterRow", () => {
  it("accepts a good row and derives the township", () => {
    const r = checkRosterRow(base, towns, 2026);
    expect(r.value).toMatchObject({ birthDate: "2018-03-01", gender: "M", townCode: "440524100", address: null });
  });
  it("names a wrong check digit", () => {
    const bad = base.residentId.slice(0, 17) + (base.residentId[17] === "1" ? "2" : "1");
    expect(checkRosterRow({ ...base, residentId: bad }, towns, 2026).problems).toContainEqual({
      column: "residentId",
      message: "身份证号校验位不正确,请核对号码是否抄错",
    });
  });
  it("accepts a child under 6 (学龄前, listed for preschool's population)", () => {
    const four = { ...base, residentId: id("44052420220301001"), birthDate: "2022-03-01" };
    expect(checkRosterRow(four, towns, 2026)).toMatchObject({ value: { birthDate: "2022-03-01" }, problems: [] });
    const newborn = { ...base, residentId: id("44052420260831001"), birthDate: "2026-08-31" };
    expect(checkRosterRow(newborn, towns, 2026).problems).toEqual([]);
  });
  it("refuses a child of 15 on 31 August, and one born after it, in the birth-date column", () => {
    const fifteen = { ...base, residentId: id("44052420110831001"), birthDate: "2011-08-31" };
    expect(checkRosterRow(fifteen, towns, 2026).problems).toEqual([
      {
        column: "birthDate",
        message:
          "截至2026年8月31日年龄为15周岁,超出名单范围(0–14周岁),已满15周岁的不属义务教育适龄儿童,请从名单中删除该行或核对出生日期",
      },
    ]);
    const unborn = { ...base, residentId: id("44052420260901001"), birthDate: "2026-09-01" };
    expect(checkRosterRow(unborn, towns, 2026).problems[0]).toMatchObject({ column: "birthDate" });
  });
  it("refuses a village of another county and a sex disagreeing with the ID", () => {
    const p = checkRosterRow({ ...base, villageCode: "440999100201", gender: "女" }, towns, 2026).problems;
    expect(p.map((x) => x.column).sort()).toEqual(["gender", "villageCode"]);
  });
});
