import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password";

describe("passwordProblems", () => {
  it("accepts a long mixed password", () => {
    expect(passwordProblems("Lanqiao-2026-river", "zhang")).toEqual([]);
  });
  it("flags short and single-kind passwords", () => {
    expect(passwordProblems("short", "zhang")).toEqual(["tooShort", "tooSimple"]);
    expect(passwordProblems("abcdefghijkl", "zhang")).toEqual(["tooSimple"]);
  });
  it("flags a password containing the username", () => {
    expect(passwordProblems("zhangsan2026!", "zhangsan")).toContain("containsUsername");
  });
  it("flags common passwords padded a little", () => {
    expect(passwordProblems("password1234", "x")).toContain("common");
  });
  it("flags overlong passwords", () => {
    expect(passwordProblems(`a1${"x".repeat(200)}`, "x")).toContain("tooLong");
  });
});
