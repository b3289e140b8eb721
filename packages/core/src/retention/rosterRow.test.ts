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
  it("refuses an age outside 6–14 on 31 August", () => {
    const young = { ...base, residentId: id("44052420200901001"), birthDate: "2020-09-01" };
    expect(checkRosterRow(young, towns, 2026).problems[0]?.message).toContain("年龄为5周岁,不在义务教育适龄范围");
  });
  it("refuses a village of another county and a sex disagreeing with the ID", () => {
    const p = checkRosterRow({ ...base, villageCode: "440999100201", gender: "女" }, towns, 2026).problems;
    expect(p.map((x) => x.column).sort()).toEqual(["gender", "villageCode"]);
  });
});
