import { describe, expect, it } from "vitest";
import {
  mayAssignOwners,
  mayReadOwners,
  type OwnerAssignment,
  ownerAssignmentProblems,
  ownersOn,
  owningSections,
} from "./capabilityOwners";
import { canRevealPersonalData, canWrite } from "./policy";
import { refusalMessage } from "./refusals";
import { type Actor, capabilityOwners } from "./roles";

const base = { userId: "u", username: "u", schoolId: null, staffId: null, regionCode: "152599" };
const jcjy: Actor = { ...base, role: "section", section: "basic_education" };
const tiwei: Actor = { ...base, role: "section", section: "health_arts" };
const xueqian: Actor = { ...base, role: "section", section: "preschool_education" };
const fitnessToHealthArts: OwnerAssignment = {
  capability: "fitness",
  section: "health_arts",
  effectiveFrom: "2027-01-01",
};

describe("ownersOn", () => {
  it("is the default map when the county has set nothing", () => {
    expect(ownersOn([], "2026-12-07")).toEqual(capabilityOwners);
  });
  it("gives fitness to 体卫艺股 from the day it applies, not the day before", () => {
    expect(ownersOn([fitnessToHealthArts], "2026-12-31").fitness).toEqual(["basic_education"]);
    expect(ownersOn([fitnessToHealthArts], "2027-01-01").fitness).toEqual(["health_arts"]);
    expect(ownersOn([fitnessToHealthArts], "2027-01-01").preschool).toEqual(["basic_education"]);
  });
  it("takes the latest assignment in effect, whatever the order given", () => {
    const back: OwnerAssignment = { capability: "fitness", section: "basic_education", effectiveFrom: "2027-09-01" };
    expect(ownersOn([back, fitnessToHealthArts], "2027-06-30").fitness).toEqual(["health_arts"]);
    expect(ownersOn([back, fitnessToHealthArts], "2027-09-01").fitness).toEqual(["basic_education"]);
  });
  it("leaves the capabilities a county cannot set as they are", () => {
    expect(ownersOn([fitnessToHealthArts], "2027-01-01").ledger).toEqual(["supervision", "safety"]);
  });
});

describe("canWrite with the county's owners", () => {
  it("with the defaults, 基础教育股 writes fitness and preschool and the new sections write neither", () => {
    expect(canWrite(jcjy, "fitness")).toBe(true);
    expect(canWrite(jcjy, "preschool")).toBe(true);
    expect(canWrite(tiwei, "fitness")).toBe(false);
    expect(canWrite(xueqian, "preschool")).toBe(false);
  });
  it("after fitness goes to 体卫艺股, 体卫艺股 writes and reveals fitness and 基础教育股 no longer does", () => {
    const owners = ownersOn([fitnessToHealthArts], "2027-01-01");
    expect(canWrite({ ...tiwei, owners }, "fitness")).toBe(true);
    expect(canRevealPersonalData({ ...tiwei, owners }, "fitness")).toBe(true);
    expect(canWrite({ ...jcjy, owners }, "fitness")).toBe(false);
    expect(canWrite({ ...jcjy, owners }, "preschool")).toBe(true);
    expect(owningSections({ owners }, "fitness")).toEqual(["health_arts"]);
  });
  it("names the owning section of the day in a refusal", () => {
    expect(refusalMessage("fitness.manageStandard")).toBe("您没有权限更正体质健康评分表(由基础教育股负责)");
    const owners = ownersOn([fitnessToHealthArts], "2027-01-01");
    expect(refusalMessage("fitness.manageStandard", owners)).toBe("您没有权限更正体质健康评分表(由体卫艺股负责)");
    expect(refusalMessage("preschool.configure", owners)).toBe("您没有权限修改学前教育评估参数(由基础教育股负责)");
  });
});

describe("who sets and reads the owners", () => {
  it("is set by the administrator only and read by the bureau's accounts", () => {
    expect(mayAssignOwners({ role: "admin" })).toBe(true);
    expect(mayAssignOwners({ role: "leader" })).toBe(false);
    expect(mayAssignOwners(jcjy)).toBe(false);
    expect(mayReadOwners({ role: "leader" })).toBe(true);
    expect(mayReadOwners(jcjy)).toBe(true);
    expect(mayReadOwners({ role: "school_admin" })).toBe(false);
    expect(mayReadOwners({ role: "teacher" })).toBe(false);
  });
});

describe("ownerAssignmentProblems", () => {
  const ok = { capability: "fitness", section: "health_arts", effectiveFrom: "2027-01-01", basis: "局长办公会决定" };
  it("accepts a choice of the capability from today on", () => {
    expect(ownerAssignmentProblems(ok, "2026-12-07")).toEqual([]);
    expect(ownerAssignmentProblems({ ...ok, effectiveFrom: "2026-12-07" }, "2026-12-07")).toEqual([]);
  });
  it("refuses a section that is not a choice of the capability, naming the choices", () => {
    expect(ownerAssignmentProblems({ ...ok, section: "personnel" }, "2026-12-07")).toEqual([
      { field: "section", message: "体质健康只能由基础教育股或体卫艺股负责" },
    ]);
    expect(ownerAssignmentProblems({ ...ok, capability: "preschool" }, "2026-12-07")).toEqual([
      { field: "section", message: "学前教育只能由基础教育股或学前教育股负责" },
    ]);
  });
  it("refuses a capability that cannot be set, a past day, a bad date and a missing basis", () => {
    expect(ownerAssignmentProblems({ ...ok, capability: "exams" }, "2026-12-07")[0]?.field).toBe("capability");
    expect(ownerAssignmentProblems({ ...ok, effectiveFrom: "2026-12-06" }, "2026-12-07")[0]?.message).toContain(
      "不能早于今天",
    );
    expect(ownerAssignmentProblems({ ...ok, effectiveFrom: "2027-1-1" }, "2026-12-07")[0]?.field).toBe("effectiveFrom");
    expect(ownerAssignmentProblems({ ...ok, basis: " " }, "2026-12-07")[0]?.field).toBe("basis");
  });
});
