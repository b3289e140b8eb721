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

describe("accountScopeProblems of a township contact", () => {
  it("needs a 9-digit township and nothing else; other roles carry no township", () => {
    expect(accountScopeProblems({ role: "township", townCode: "152599100" })).toEqual([]);
    expect(accountScopeProblems({ role: "township" })).toEqual([
      { field: "townCode", message: "乡镇联络员须指定所属乡镇" },
    ]);
    expect(accountScopeProblems({ role: "township", townCode: "1525991" })[0]?.message).toBe("乡镇代码应为9位数字");
    expect(
      accountScopeProblems({ role: "township", townCode: "152599100", schoolId: "s" }).map((p) => p.field),
    ).toEqual(["schoolId"]);
    expect(accountScopeProblems({ role: "leader", townCode: "152599100" })).toEqual([
      { field: "townCode", message: "只有乡镇联络员可指定乡镇" },
    ]);
  });
});
