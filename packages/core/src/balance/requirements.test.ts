import { describe, expect, it } from "vitest";
import { nationalBalanceConfig as config } from "./config";
import { evaluateBalance } from "./evaluate";
import { checkRequirements, type RequirementInputs } from "./requirements";
import { schoolA, teachers } from "./testSchools";

const evaluation = evaluateBalance(
  [{ ...schoolA, teachers: [...schoolA.teachers, ...teachers(2, { hasCertificate: false }, "u")] }],
  "primary",
  config,
);
const inputs: RequirementInputs = {
  evaluation,
  classes: [
    { classId: "c1", schoolId: "A", schoolName: "甲小学", name: "一年级(1)班", grade: 1, size: 45 },
    { classId: "c2", schoolId: "A", schoolName: "甲小学", name: "一年级(2)班", grade: 1, size: 46 },
  ],
  schoolSizes: [
    { schoolId: "A", name: "甲小学", kind: "primary", students: 2001 },
    { schoolId: "N", name: "九年制", kind: "nine_year", students: 2500 },
  ],
  migrants: [
    { schoolId: "A", schoolName: "甲小学", ownership: "public", migrants: 80 },
    { schoolId: "P", schoolName: "民办小学", ownership: "private", migrants: 20 },
  ],
};
const byKey = (key: string) => checkRequirements(inputs, config).find((r) => r.key === key);

describe("checkRequirements (methods.md §1.4)", () => {
  it("flags classes above 45 (primary), not a class of exactly 45", () => {
    expect(byKey("class_size")).toMatchObject({
      status: "not_met",
      items: [{ schoolId: "A", label: "甲小学 一年级(2)班", detail: "46 人" }],
    });
  });

  it("limits schools to 2000 and nine-year schools to 2500", () => {
    expect(byKey("school_size")?.items.map((i) => i.label)).toEqual(["甲小学"]);
  });

  it("counts certified teachers against 100% and names the school with uncertified teachers", () => {
    expect(byKey("certification")).toMatchObject({
      status: "not_met",
      value: "91.7%(22/24)",
      items: [{ schoolId: "A", detail: "2 人未持证" }],
    });
  });

  it("checks migrant children in public schools against 85%, naming the private schools when short", () => {
    expect(byKey("migrant_public")).toMatchObject({ status: "not_met", items: [{ schoolId: "P" }] });
    const enough = checkRequirements(
      {
        ...inputs,
        migrants: [
          { schoolId: "A", schoolName: "甲小学", ownership: "public", migrants: 85 },
          ...inputs.migrants.slice(1, 2).map((m) => ({ ...m, migrants: 15 })),
        ],
      },
      config,
    ).find((r) => r.key === "migrant_public");
    expect(enough?.status).toBe("met");
  });

  it("says 数据不足 where the register has no data, and what is missing", () => {
    expect(byKey("exchange")).toMatchObject({ status: "unknown", value: "数据不足:登记册未记录交流轮岗" });
    expect(byKey("retention")).toBeUndefined(); // a junior requirement only
    const junior = checkRequirements({ ...inputs, evaluation: { ...evaluation, stage: "junior" } }, config);
    expect(junior.find((r) => r.key === "retention")?.status).toBe("unknown");
    expect(junior.find((r) => r.key === "class_size")?.status).toBe("met"); // 50 for junior
  });
});
