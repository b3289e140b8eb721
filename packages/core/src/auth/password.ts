/** Problems a new password can have. */
export type PasswordProblem = "tooShort" | "tooLong" | "tooSimple" | "containsUsername" | "common";

export const passwordProblemMessage: Record<PasswordProblem, string> = {
  tooShort: "密码至少10个字符",
  tooLong: "密码不能超过128个字符",
  tooSimple: "密码需至少包含字母、数字、符号中的两类",
  containsUsername: "密码不能包含用户名",
  common: "密码过于常见,请换一个",
};

const COMMON = ["password", "123456", "12345678", "qwerty", "admin", "111111", "abc123", "edubureau"];

/**
 * Checks a new password against the policy.
 *
 * @returns the problems found; empty when the password is acceptable
 * @example passwordProblems("short", "zhang") // => ["tooShort", "tooSimple"]
 */
export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < 10) problems.push("tooShort");
  if (password.length > 128) problems.push("tooLong");
  const kinds = [/[A-Za-z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (kinds < 2) problems.push("tooSimple");
  const lower = password.toLowerCase();
  if (username.length >= 3 && lower.includes(username.toLowerCase())) problems.push("containsUsername");
  if (COMMON.some((c) => lower.startsWith(c) && lower.length <= c.length + 4)) problems.push("common");
  return problems;
}
