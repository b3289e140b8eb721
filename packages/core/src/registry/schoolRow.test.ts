import { describe, expect, it } from "vitest";
import { type SchoolRowInput, validateSchoolRow } from "./schoolRow";

const clean: SchoolRowInput = {
  code: "1525990101",
  name: "北原县第三小学",
  kind: "小学",
  locality: "城区",
  ownership: "公办",
};
const columns = (patch: SchoolRowInput) => validateSchoolRow({ ...clean, ...patch }).problems.map((p) => p.column);

describe("validateSchoolRow", () => {
  it("converts a clean row to register codes", () => {
    expect(validateSchoolRow({ ...clean, latitude: "41.5", longitude: "111.2", openedOn: "1958年9月1日" })).toEqual({
      record: {
        code: "1525990101",
        name: "北原县第三小学",
        kind: "primary",
        locality: "urban",
        ownership: "public",
        address: null,
        principal: null,
        phone: null,
        latitude: 41.5,
        longitude: 111.2,
        openedOn: "1958-09-01",
      },
      problems: [],
    });
  });
  it("takes a blank 办学性质 as 公办", () => {
    expect(validateSchoolRow({ ...clean, ownership: "" }).record?.ownership).toBe("public");
  });
  it("flags a code that is not 10 digits and unknown enumerations", () => {
    expect(columns({ code: "152599010" })).toEqual(["code"]);
    expect(columns({ kind: "中学" })).toEqual(["kind"]);
    expect(columns({ locality: "农村" })).toEqual(["locality"]);
  });
  it("flags coordinates out of range or given alone, a bad phone and a bad date", () => {
    expect(columns({ latitude: "95", longitude: "111" })).toEqual(["latitude"]);
    expect(columns({ latitude: "41.5" })).toEqual(["longitude"]);
    expect(columns({ phone: "12345" })).toEqual(["phone"]);
    expect(columns({ openedOn: "1958-02-30" })).toEqual(["openedOn"]);
  });
});
