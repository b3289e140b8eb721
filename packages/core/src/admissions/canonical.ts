import { sha256, toHex, utf8 } from "../_lib/sha256";

/** A value that has one canonical text: JSON without undefined, functions, NaN or Infinity. */
export type CanonicalValue = null | boolean | number | string | CanonicalValue[] | { [key: string]: CanonicalValue };

/**
 * The canonical serialization of a published draw file (docs/verifiable-draws.md §2): RFC 8785 JSON
 * Canonicalization — no whitespace, object keys sorted by UTF-16 code units, strings escaped as ECMAScript
 * JSON.stringify does, numbers in ECMAScript shortest round-trip form. Array order is kept: the document builders
 * sort every list by a stated key before they serialize it. Object members whose value is undefined are left out.
 *
 * @example canonicalJson({ b: [2, 1], a: "阳光" }) // => '{"a":"阳光","b":[2,1]}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("canonical JSON has no NaN or Infinity");
      return JSON.stringify(value);
    case "string":
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + canonicalJson(value[i]);
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      // the default sort compares UTF-16 code units, as RFC 8785 requires
      const keys = Object.keys(record).sort();
      let out = "{";
      let first = true;
      for (const k of keys) {
        const v = record[k];
        if (v === undefined) continue;
        out += `${first ? "" : ","}${JSON.stringify(k)}:${canonicalJson(v)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}

/**
 * The SHA-256 digest of a text's UTF-8 bytes, in lowercase hex: the digest published for input and result files.
 *
 * @example digestOfText("abc") // => "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function digestOfText(text: string): string {
  return toHex(sha256(utf8(text)));
}

/**
 * Parses a published file and tells whether it is exactly in canonical form (a file that parses but was
 * re-formatted, re-ordered or padded is refused: its digest would not be the published one anyway).
 *
 * @example parseCanonical('{"a":1}') // => { ok: true, value: { a: 1 } }
 * @example parseCanonical('{ "a": 1 }') // => { ok: false, problem: "…" }
 */
export function parseCanonical(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: "文件不是有效的 JSON" };
  }
  if (canonicalJson(value) !== text) return { ok: false, problem: "文件不是规范格式(被重新排版或改动过)" };
  return { ok: true, value };
}
