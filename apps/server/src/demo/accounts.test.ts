import { auth } from "@edubureau/core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccounts, demoAccountsSummary } from "./accounts";
import { generateCounty } from "./generate";

const county = generateCounty({ seed: 7, scale: "tiny", latestYear: 2026 });
const accounts = demoAccounts(county);
const byName = new Map(accounts.map((a) => [a.username, a]));

describe("demoAccounts", () => {
  it("covers every role and every section with the agreed usernames", () => {
    expect(accounts.map((a) => a.username)).toEqual([
      "admin",
      "leader",
      "jcjy",
      "renshi",
      "dudao",
      "anquan",
      "zizhu",
      "jiaoyan",
      "zhaosheng",
      "bangong",
      "school1",
      "school2",
      "teacher1",
      "duxue",
      "xiangzhen",
    ]);
    expect(new Set(accounts.map((a) => a.role))).toEqual(new Set(auth.roles));
    // 学前教育股 and 体卫艺股 are sections a county may set up for preschool and fitness: the demo keeps 基础教育股
    const optional: readonly auth.Section[] = ["preschool_education", "health_arts"];
    expect(accounts.filter((a) => a.role === "section").map((a) => a.section)).toEqual(
      auth.sections.filter((s) => !optional.includes(s)),
    );
    expect(byName.get("xiangzhen")?.townCode).toBe(county.town.map((t) => t.code).sort()[0]);
    expect(byName.get("jcjy")?.displayName).toBe("基础教育股·李明");
    expect(byName.get("zizhu")?.displayName).toBe("计财股·赵敏");
    expect(DEMO_PASSWORD).toBe("EduDemo@2026");
  });

  it("gives school1 the first urban primary school and school2 the first junior school", () => {
    const school1 = county.school.find((s) => s.id === byName.get("school1")?.schoolId);
    const school2 = county.school.find((s) => s.id === byName.get("school2")?.schoolId);
    expect(school1).toMatchObject({ kind: "primary", locality: "urban", name: "北原县第一小学" });
    expect(school2).toMatchObject({ kind: "junior", name: "北原县第二中学" });
  });

  it("ties teacher1 to a teacher of school1's school with some, not all, of its classes this year", () => {
    const teacher = byName.get("teacher1");
    expect(teacher?.schoolId).toBe(byName.get("school1")?.schoolId);
    const classes = county.schoolClass.filter((c) => c.schoolId === teacher?.schoolId && c.schoolYear === 2026);
    const ids = new Set(classes.map((c) => c.id));
    const mine = new Set(
      county.classTeacher.filter((a) => a.staffId === teacher?.staffId && ids.has(a.classId)).map((a) => a.classId),
    );
    expect(mine.size).toBeGreaterThan(0);
    expect(mine.size).toBeLessThan(classes.length);
    const job = county.employment.find((e) => e.staffId === teacher?.staffId && e.schoolYear === 2026);
    expect(job).toMatchObject({ schoolId: teacher?.schoolId, postType: "teacher", status: "active" });
  });

  it("is deterministic, ids included", () => {
    expect(demoAccounts(generateCounty({ seed: 7, scale: "tiny", latestYear: 2026 }))).toEqual(accounts);
  });
});

describe("demoAccountsSummary", () => {
  it("prints one line per account with its role and scope", () => {
    const lines = demoAccountsSummary();
    expect(lines).toHaveLength(15);
    expect(lines.at(-1)).toBe("xiangzhen  乡镇联络员 · 首个劝返个案所在乡镇");
    expect(lines[0]).toBe("admin      系统管理员");
    expect(lines.find((l) => l.startsWith("school1"))).toContain("北原县第一小学");
    expect(lines.find((l) => l.startsWith("jcjy"))).toContain("基础教育股");
    expect(demoAccountsSummary(accounts).find((l) => l.startsWith("teacher1"))).toContain("老师");
  });
});
