import { describe, expect, it } from "vitest";
import { canonicalJson, digestOfText, parseCanonical } from "./canonical";

describe("canonicalJson", () => {
  it("sorts keys, keeps array order and leaves no whitespace", () => {
    expect(canonicalJson({ b: [2, 1], a: "阳光", c: { z: null, y: true } })).toBe(
      '{"a":"阳光","b":[2,1],"c":{"y":true,"z":null}}',
    );
  });
  it("writes numbers in the shortest round-trip form, as RFC 8785 does", () => {
    expect(canonicalJson([1, -0, 1.5, 1e21, 0.1 + 0.2, 100])).toBe("[1,0,1.5,1e+21,0.30000000000000004,100]");
  });
  it("escapes strings as JSON.stringify does (quotes, control characters, lone surrogates)", () => {
    expect(canonicalJson('a"b\\c\n\u0001')).toBe('"a\\"b\\\\c\\n\\u0001"');
    expect(canonicalJson("\ud800")).toBe('"\\ud800"');
  });
  it("sorts keys by UTF-16 code units (uppercase before lowercase)", () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3 })).toBe('{"B":2,"a":3,"b":1}');
  });
  it("leaves out undefined members and refuses NaN", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson(Number.NaN)).toThrow();
  });
});

describe("digestOfText", () => {
  it("is the SHA-256 of the UTF-8 bytes in lowercase hex", () => {
    expect(digestOfText("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(digestOfText('{"a":"阳光"}')).toHaveLength(64);
  });
});

describe("parseCanonical", () => {
  it("accepts canonical text and refuses re-formatted or re-ordered text", () => {
    expect(parseCanonical('{"a":1,"b":[1,2]}')).toEqual({ ok: true, value: { a: 1, b: [1, 2] } });
    expect(parseCanonical('{ "a": 1 }').ok).toBe(false);
    expect(parseCanonical('{"b":1,"a":2}').ok).toBe(false);
    expect(parseCanonical('{"a":1}\n').ok).toBe(false);
    expect(parseCanonical("not json").ok).toBe(false);
  });
});
