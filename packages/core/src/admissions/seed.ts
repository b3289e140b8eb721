import { fromHex, sha256, toHex, utf8 } from "../_lib/sha256";

/** A witness's contribution at the event (现场见证人随机数), in the order entered. */
export interface Contribution {
  /** e.g. 家长代表, 纪检监察, 公证员 */
  role: string;
  /** the witness's name as published (may be a surname and title) */
  name: string;
  /** the number they chose or drew physically, as text exactly as entered */
  value: string;
}

/**
 * The seed of a draw (docs/verifiable-draws.md §3): SHA-256 of the input file's digest (32 bytes) followed by each
 * contribution's value as a 4-byte big-endian byte length and its UTF-8 bytes, in the order entered. The length
 * prefix keeps "12","3" and "1","23" apart. Roles and names are published beside the values but not hashed.
 *
 * @example drawSeed("ba78…15ad", ["4721", "9083"]) // => 64 hex digits
 */
export function drawSeed(inputDigestHex: string, contributions: readonly string[]): string {
  const digest = fromHex(inputDigestHex);
  if (digest?.length !== 32) throw new TypeError("an input digest is 64 hexadecimal digits");
  const parts: Uint8Array[] = [digest];
  for (const value of contributions) {
    const bytes = utf8(value);
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, bytes.length);
    parts.push(length, bytes);
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const message = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    message.set(p, offset);
    offset += p.length;
  }
  return toHex(sha256(message));
}

/**
 * Problems with witnesses' contributions before a draw may run: at least two, each with a role and a value of
 * 1–64 visible characters.
 *
 * @example contributionProblems([{ role: "家长代表", name: "王", value: "" }]) // => [{ field: "contributions", … }, …]
 */
export function contributionProblems(contributions: readonly Contribution[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (contributions.length < 2) {
    problems.push({ field: "contributions", message: "至少需要两位见证人提供随机数(如家长代表、纪检监察人员)" });
  }
  contributions.forEach((c, i) => {
    problems.push(...contributionEntryProblems(c, i));
  });
  return problems;
}

/**
 * Problems with one witness's contribution, numbered as the `index`-th (0-based) of the event.
 *
 * @example contributionEntryProblems({ role: "公证员", name: "赵", value: " 1" }, 2)[0].message // => "第 3 位见证人的随机数…"
 */
export function contributionEntryProblems(c: Contribution, index: number): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const at = `contributions.${index}`;
  const who = `第 ${index + 1} 位见证人`;
  if (!c.role.trim()) problems.push({ field: `${at}.role`, message: `${who}未填写身份` });
  if (!c.name.trim()) problems.push({ field: `${at}.name`, message: `${who}未填写姓名` });
  if (!/^\S.{0,63}$/u.test(c.value) || c.value !== c.value.trim()) {
    problems.push({ field: `${at}.value`, message: `${who}的随机数应为 1–64 个字符,首尾不能有空格` });
  }
  return problems;
}
