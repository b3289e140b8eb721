import { describe, expect, it } from "vitest";
import { isRegionCode, isSchoolCode, maskStudentNumber, studentNumberKind } from "./studentNumber";

describe("studentNumberKind", () => {
  it("accepts G + a valid resident ID", () => {
    expect(studentNumberKind("G11010519491231002X")).toBe("G");
  });
  it("refuses G + an ID with a wrong check digit", () => {
    expect(studentNumberKind("G110105194912310021")).toBeNull();
  });
  it("accepts J and L forms", () => {
    expect(studentNumberKind("J1101051949123100AB")).toBe("J");
    expect(studentNumberKind("L152599201503120001")).toBe("L");
  });
  it("refuses other prefixes and lengths", () => {
    expect(studentNumberKind("X11010519491231002X")).toBeNull();
    expect(studentNumberKind("G11010519491231002")).toBeNull();
  });
});

describe("codes", () => {
  it("checks region and school codes", () => {
    expect(isRegionCode("152599")).toBe(true);
    expect(isRegionCode("052599")).toBe(false);
    expect(isSchoolCode("2152599001")).toBe(true);
    expect(isSchoolCode("215259900")).toBe(false);
  });
});

describe("maskStudentNumber", () => {
  it("hides the birth date and sequence the number carries", () => {
    expect(maskStudentNumber("G11010519491231002X")).toBe("G110105********002X");
  });
  it("masks short values whole", () => {
    expect(maskStudentNumber("G123")).toBe("****");
  });
});
