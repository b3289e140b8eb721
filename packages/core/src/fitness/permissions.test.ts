import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/index";
import { mayImportResults, mayManageStandard } from "./permissions";

const base: Actor = {
  userId: "u",
  username: "u",
  role: "section",
  section: "basic_education",
  schoolId: null,
  staffId: null,
  regionCode: "000000",
};
const schoolAdmin: Actor = { ...base, role: "school_admin", section: null, schoolId: "A" };

describe("fitness permissions", () => {
  it("lets 基础教育股 correct the tables, not schools, other sections, teachers or leadership", () => {
    expect(mayManageStandard(base)).toBe(true);
    expect(mayManageStandard({ ...base, section: "research" })).toBe(false);
    expect(mayManageStandard(schoolAdmin)).toBe(false);
    expect(mayManageStandard({ ...base, role: "leader", section: null })).toBe(false);
    expect(mayManageStandard({ ...schoolAdmin, role: "teacher", staffId: "t" })).toBe(false);
  });
  it("lets a school import its own results and the section import any school's", () => {
    expect(mayImportResults(schoolAdmin, "A")).toBe(true);
    expect(mayImportResults(schoolAdmin, "B")).toBe(false);
    expect(mayImportResults(base, "B")).toBe(true);
    expect(mayImportResults({ ...base, role: "leader", section: null }, "A")).toBe(false);
  });
});
