import { describe, expect, it } from "vitest";
import { accountScopeProblems } from "./accountScope";

describe("accountScopeProblems", () => {
  it("accepts each role with exactly its scope", () => {
    expect(accountScopeProblems({ role: "leader" })).toEqual([]);
    expect(accountScopeProblems({ role: "section", section: "research" })).toEqual([]);
    expect(accountScopeProblems({ role: "school_admin", schoolId: "s" })).toEqual([]);
    expect(accountScopeProblems({ role: "teacher", schoolId: "s", staffId: "t" })).toEqual([]);
  });
  it("requires a section for section staff and refuses an unknown one", () => {
    expect(accountScopeProblems({ role: "section" }).map((p) => p.field)).toEqual(["section"]);
    expect(accountScopeProblems({ role: "section", section: "canteen" })[0]?.message).toBe("股室不存在");
  });
  it("requires a school and a staff record for a teacher", () => {
    expect(accountScopeProblems({ role: "teacher" }).map((p) => p.field)).toEqual(["schoolId", "staffId"]);
  });
  it("refuses a school on a county-wide role", () => {
    expect(accountScopeProblems({ role: "leader", schoolId: "s" })).toEqual([
      { field: "schoolId", message: "该角色不应指定学校" },
    ]);
  });
});
