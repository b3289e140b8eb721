import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { pinyin } from "pinyin-pro";
import { commonChinesePasswords, publishedPasswords } from "./commonPasswords";

/** What can be wrong with a new password. */
export type PasswordProblemCode = "tooShort" | "tooLong" | "tooSimple" | "containsUsername" | "published" | "guessable";

export interface PasswordProblem {
  code: PasswordProblemCode;
  /** Chinese, for the user: what is wrong and how to fix it */
  message: string;
}

/** What the estimator should treat as guessable for this account. */
export interface PasswordContext {
  username: string;
  displayName?: string | null;
  /** the county's name (北原县): a password built on it is guessable */
  countyName?: string | null;
}

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
/** The estimator's score (0–4) a new password must reach: 3 is at least 10^8 guesses. */
export const MIN_PASSWORD_SCORE = 3;

export const passwordProblemMessage: Record<Exclude<PasswordProblemCode, "guessable">, string> = {
  tooShort: `密码至少${MIN_PASSWORD_LENGTH}个字符`,
  tooLong: `密码不能超过${MAX_PASSWORD_LENGTH}个字符`,
  tooSimple: "密码需至少包含字母、数字、符号中的两类",
  containsUsername: "密码不能包含用户名",
  published: "不能使用公开过的演示密码,请换一个",
};

/** The rule as a hint under a new-password field. */
export const passwordPolicyHint = `至少${MIN_PASSWORD_LENGTH}个字符,包含字母、数字、符号中的两类;不能含用户名、姓名、县名或常见词,太容易被猜到的密码(如常用密码、键盘连续键、重复字符)会被拒绝`;

/** Why the estimator found a password guessable, by its warning key. */
const warningMessage: Record<string, string> = {
  straightRow: "含有键盘上连续的一行按键",
  keyPattern: "含有键盘上的简单图案",
  simpleRepeat: "含有重复的字符(如 aaa)",
  extendedRepeat: "含有重复的字符组合(如 abcabc)",
  sequences: "含有常见的字符序列(如 abc、123)",
  recentYears: "含有近年的年份",
  dates: "含有日期",
  topTen: "这是最常用的密码之一",
  topHundred: "这是非常常用的密码",
  common: "这是常用密码",
  similarToCommon: "与常用密码相似",
  wordByItself: "单个词语很容易被猜到",
  namesByThemselves: "单独的姓名很容易被猜到",
  commonNames: "含有常见姓名",
  userInputs: "含有用户名、姓名、县名或本系统的名称",
  pwned: "该密码已在数据泄露中出现过",
};

/** Words every account's password is checked against, besides its own names. */
const SITE_WORDS = ["edubureau", "edudemo", "jiaoyuju", "教育局"];

let configured = false;
function configureEstimator() {
  if (configured) return;
  zxcvbnOptions.setOptions({
    dictionary: { ...dictionary, passwords: [...commonChinesePasswords, ...dictionary.passwords] },
    graphs: adjacencyGraphs,
  });
  configured = true;
}

/** A Chinese name and its pinyin, full and initials (张三 → 张三, zhangsan, zs). */
function nameVariants(name: string | null | undefined): string[] {
  const trimmed = name?.trim();
  if (!trimmed) return [];
  const syllables = pinyin(trimmed, { toneType: "none", type: "array", surname: "head" }).map((s) =>
    s.toLowerCase().replace(/[^a-z]/g, ""),
  );
  const variants = [trimmed, syllables.join(""), syllables.map((s) => s[0] ?? "").join("")];
  // a county's or district's name without its 县/区/市 (北原县 → beiyuan)
  if (/[县区市旗]$/.test(trimmed) && syllables.length > 2) variants.push(syllables.slice(0, -1).join(""));
  return variants.filter((v) => v.length >= 2);
}

/**
 * The words that make a password guessable for this account: its username, display name and county (with their
 * pinyin), and the platform's own names.
 *
 * @example passwordUserInputs({ username: "zhangsan", displayName: "张三" }) // => ["zhangsan", "张三", "zs", "edubureau", …]
 */
export function passwordUserInputs(context: PasswordContext): string[] {
  const words = [
    context.username,
    ...nameVariants(context.displayName),
    ...nameVariants(context.countyName),
    ...SITE_WORDS,
  ];
  return [...new Set(words.map((w) => w.toLowerCase()).filter((w) => w.length >= 2))];
}

/**
 * Checks a new password against the policy: length, two kinds of character, not the username, not a published
 * password, and a strength estimate (zxcvbn: dictionaries of breached passwords, words and names, keyboard
 * patterns, repeats, sequences, dates, and the account's own names) of at least {@link MIN_PASSWORD_SCORE}.
 *
 * @returns the problems found, each with its Chinese message; empty when the password is acceptable
 * @example passwordProblems("aaaaaaaaa1", { username: "zhang" }).map((p) => p.code) // => ["guessable"]
 */
export function passwordProblems(password: string, context: PasswordContext): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const flag = (code: Exclude<PasswordProblemCode, "guessable">) =>
    problems.push({ code, message: passwordProblemMessage[code] });
  if (password.length < MIN_PASSWORD_LENGTH) flag("tooShort");
  if (password.length > MAX_PASSWORD_LENGTH) flag("tooLong");
  const kinds = [/[A-Za-z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (kinds < 2) flag("tooSimple");
  const lower = password.toLowerCase();
  const username = context.username.toLowerCase();
  if (username.length >= 3 && lower.includes(username)) flag("containsUsername");
  if (publishedPasswords.some((p) => lower.includes(p.toLowerCase()))) flag("published");
  if (password.length > 0) {
    configureEstimator();
    // the estimate's cost grows with length; a prefix of 100 characters decides as well as the whole
    const result = zxcvbn(password.slice(0, 100), passwordUserInputs(context));
    if (result.score < MIN_PASSWORD_SCORE) {
      const why = (result.feedback.warning && warningMessage[result.feedback.warning]) || "可能在短时间内被破解";
      problems.push({ code: "guessable", message: `密码太容易被猜到:${why},请使用更长、不含用户名和常见词的密码` });
    }
  }
  return problems;
}
