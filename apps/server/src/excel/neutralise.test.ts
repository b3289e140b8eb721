import { describe, expect, it } from "vitest";
import { neutraliseCell, neutraliseText, restoreText } from "./neutralise";

describe("neutraliseText", () => {
  it("prefixes text that starts with each formula trigger", () => {
    for (const text of ["=1+1", "+1+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=", "-", "@张三"]) {
      expect(neutraliseText(text)).toBe(`'${text}`);
    }
  });

  it("prefixes a formula that looks like a number at first", () => {
    expect(neutraliseText("-1+1")).toBe("'-1+1");
    expect(neutraliseText("+86 138")).toBe("'+86 138");
    expect(neutraliseText("-1e5")).toBe("'-1e5");
  });

  it("leaves a text that is a plain signed number, which no spreadsheet reads as a formula", () => {
    for (const text of ["-3", "+86", "-0.25", "-12.5%", "-.5"]) expect(neutraliseText(text)).toBe(text);
  });

  it("leaves safe text, empty text and text with a trigger after the start", () => {
    for (const text of ["张三", "", "a=1", " =1", "北原县第一小学", "'=1", "—"])
      expect(neutraliseText(text)).toBe(text);
  });
});

describe("restoreText", () => {
  it("takes off the quote an export added", () => {
    for (const text of ["=1+1", "-2+3", "@x", "\t=1"]) expect(restoreText(neutraliseText(text))).toBe(text);
  });

  it("keeps a quote that was not added by an export", () => {
    for (const text of ["'abc", "'-3", "'", "it's"]) expect(restoreText(text)).toBe(text);
  });
});

describe("neutraliseCell", () => {
  it("leaves numbers (negative ones too), dates, booleans and empty cells as they are", () => {
    const date = new Date("2026-09-01");
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(0)).toBe(0);
    expect(neutraliseCell(date)).toBe(date);
    expect(neutraliseCell(true)).toBe(true);
    expect(neutraliseCell(null)).toBe(null);
    expect(neutraliseCell(undefined)).toBe(undefined);
  });

  it("prefixes dangerous strings and leaves safe ones", () => {
    expect(neutraliseCell('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(neutraliseCell("张三")).toBe("张三");
  });

  it("prefixes the first run of dangerous rich text and the text of a hyperlink", () => {
    const rich = { richText: [{ text: "" }, { text: "=1+1", font: { bold: true } }] };
    expect(neutraliseCell(rich)).toEqual({ richText: [{ text: "'" }, { text: "=1+1", font: { bold: true } }] });
    const safe = { richText: [{ text: "张" }, { text: "=三" }] };
    expect(neutraliseCell(safe)).toBe(safe);
    expect(neutraliseCell({ text: "@x", hyperlink: "https://example.org" })).toEqual({
      text: "'@x",
      hyperlink: "https://example.org",
    });
  });

  it("leaves a formula the writer set itself", () => {
    const formula = { formula: "SUM(A1:A3)" };
    expect(neutraliseCell(formula)).toBe(formula);
  });
});
