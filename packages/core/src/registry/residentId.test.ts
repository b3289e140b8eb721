import { describe, expect, it } from "vitest";
import { maskResidentId, parseResidentId, residentIdCheckChar } from "./residentId";

describe("residentIdCheckChar", () => {
  it("computes X for the standard's example", () => {
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
  });
  it("computes 4 for the second example", () => {
    expect(residentIdCheckChar("44052418800101001")).toBe("4");
  });
  it("returns null for input that is not 17 digits", () => {
    expect(residentIdCheckChar("1101051949123100")).toBeNull();
    expect(residentIdCheckChar("1101051949123100A")).toBeNull();
  });
});

describe("parseResidentId", () => {
  it("reads region, birth date and gender from a valid ID", () => {
    expect(parseResidentId("11010519491231002X")).toEqual({
      ok: true,
      regionCode: "110105",
      birthDate: "1949-12-31",
      gender: "F",
    });
    expect(parseResidentId("440524188001010014")).toMatchObject({ ok: true, gender: "M" });
  });
  it("accepts a lowercase x", () => {
    expect(parseResidentId("11010519491231002x").ok).toBe(true);
  });
  it("refuses a wrong check digit", () => {
    expect(parseResidentId("110105194912310021")).toEqual({ ok: false, problem: "checkDigit" });
  });
  it("refuses an impossible birth date", () => {
    expect(parseResidentId("110105194902300021")).toEqual({ ok: false, problem: "birthDate" });
  });
  it("refuses wrong length and letters", () => {
    expect(parseResidentId("1101051949123100")).toEqual({ ok: false, problem: "format" });
    expect(parseResidentId("11010519491231002Y")).toEqual({ ok: false, problem: "format" });
  });
});

describe("maskResidentId", () => {
  it("keeps the region and the last four", () => {
    expect(maskResidentId("11010519491231002X")).toBe("110105********002X");
  });
  it("masks short values whole", () => {
    expect(maskResidentId("12345")).toBe("*****");
  });
});
