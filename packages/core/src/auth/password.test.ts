import { describe, expect, it } from "vitest";
import { passwordProblems, passwordUserInputs } from "./password";

const zhang = { username: "zhangsan", displayName: "张三", countyName: "北原县" };
const codes = (password: string, context = zhang) => passwordProblems(password, context).map((p) => p.code);
const GUESSABLE = /^密码太容易被猜到:.+,请使用更长、不含用户名和常见词的密码$/;

describe("passwordProblems", () => {
  it("accepts long passwords the estimator finds hard to guess", () => {
    expect(codes("Lanqiao-2026-river")).toEqual([]);
    expect(codes("River-Bend-2031")).toEqual([]);
    expect(codes("correct horse battery staple")).toEqual([]);
  });

  it("flags short and single-kind passwords", () => {
    expect(codes("short")).toEqual(expect.arrayContaining(["tooShort", "tooSimple"]));
    expect(codes("abcdefghijkl")).toContain("tooSimple");
  });

  it("refuses the published demo password, alone or padded", () => {
    const problems = passwordProblems("EduDemo@2026", zhang);
    expect(problems.map((p) => p.code)).toEqual(["published", "guessable"]);
    expect(problems[0]?.message).toBe("不能使用公开过的演示密码,请换一个");
    expect(codes("EduDemo@2026!")).toContain("published");
  });

  it("refuses a password of repeated characters with the reason in Chinese", () => {
    const [problem] = passwordProblems("aaaaaaaaa1", zhang);
    expect(problem?.code).toBe("guessable");
    expect(problem?.message).toMatch(GUESSABLE);
    expect(problem?.message).toContain("重复的字符");
  });

  it("refuses passwords built on the username, the display name's pinyin or the county", () => {
    expect(codes("zhangsan2026!")).toEqual(["containsUsername", "guessable"]);
    expect(codes("Beiyuan@2026")).toEqual(["guessable"]);
    expect(codes("Zs@beiyuanxian")).toEqual(["guessable"]);
    expect(codes("Edubureau2026!")).toEqual(["guessable"]);
  });

  it("refuses passwords common in Chinese breach lists", () => {
    for (const p of ["woaini1314", "Admin@123456", "1qaz@WSX3edc", "P@ssw0rd2026", "qq123456789"]) {
      const problems = passwordProblems(p, { username: "x" });
      expect(
        problems.map((q) => q.code),
        p,
      ).toEqual(["guessable"]);
      expect(problems[0]?.message).toMatch(GUESSABLE);
    }
  });

  it("flags overlong passwords without estimating their whole length", () => {
    expect(codes(`a1${"x".repeat(200)}`)).toContain("tooLong");
  });
});

describe("passwordUserInputs", () => {
  it("adds the pinyin of the display name and of the county, with and without 县", () => {
    expect(passwordUserInputs(zhang)).toEqual(
      expect.arrayContaining(["zhangsan", "张三", "zs", "北原县", "beiyuanxian", "beiyuan", "edubureau"]),
    );
  });
});
