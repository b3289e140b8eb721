import { pinyin } from "pinyin-pro";

/**
 * The pinyin initials of a Chinese name, lowercase, for search as people type (张三 → "zs").
 * Latin letters are kept; other characters (digits, punctuation, the middle dot of minority names) are dropped.
 * Polyphonic characters take pinyin-pro's surname-aware reading (单 as a surname → "s").
 *
 * @example nameInitials("张三") // => "zs"
 * @example nameInitials("单雄信") // => "sxx"
 */
export function nameInitials(name: string): string {
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array", surname: "head" });
  return initials
    .join("")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/** Whether a search text looks like pinyin initials rather than a name or a number. */
export function looksLikeInitials(text: string): boolean {
  return /^[a-zA-Z]{1,10}$/.test(text);
}
