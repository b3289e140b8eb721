import { describe, expect, it } from "vitest";
import { canonicalJson, digestOfText } from "./canonical";
import { allocationInput } from "./classAllocation";
import { type PublishedDraw, runDraw, verifyDraw } from "./draw";
import { lotteryInput } from "./lottery";
import { quotaInput } from "./quota";

const allocationText = canonicalJson(
  allocationInput({
    code: "YG-2026-0001",
    title: "第一小学2026级阳光分班",
    eventTime: "2026-08-28T09:00:00+08:00",
    classes: 2,
    balance: [],
    scoreBalancing: false,
    students: ["S1", "S2", "S3", "S4", "S5"].map((code, i) => ({
      code,
      gender: i % 2 ? ("F" as const) : ("M" as const),
      specialNeeds: false,
      family: null,
      familyChoice: null,
      attributes: {},
      score: null,
    })),
    headTeacherTeams: ["T1", "T2"],
  }),
);
const contributions = ["4721", "9083"];

function published(inputText: string, values = contributions): PublishedDraw {
  const run = runDraw(inputText, values);
  if (!run.ok) throw new Error(JSON.stringify(run.problems));
  return { inputText, inputDigest: digestOfText(inputText), contributions: values, ...run.outcome };
}

describe("verifyDraw", () => {
  it("says match for the published files of an allocation", () => {
    const v = verifyDraw(published(allocationText));
    expect(v.match).toBe(true);
    expect(v.checks.map((c) => c.check)).toEqual(["input_digest", "seed", "result", "result_digest"]);
  });
  it("fails when one student's gender is changed in the input file", () => {
    const p = published(allocationText);
    const tampered = p.inputText.replace(
      '"code":"S1","family":null,"familyChoice":null,"gender":"M"',
      '"code":"S1","family":null,"familyChoice":null,"gender":"F"',
    );
    expect(tampered).not.toBe(p.inputText);
    const v = verifyDraw({ ...p, inputText: tampered });
    expect(v.match).toBe(false);
    expect(v.checks.find((c) => c.check === "input_digest")?.ok).toBe(false);
  });
  it("fails when a contribution is changed", () => {
    const v = verifyDraw({ ...published(allocationText), contributions: ["4721", "9084"] });
    expect(v.match).toBe(false);
    expect(v.checks.find((c) => c.check === "seed")?.ok).toBe(false);
  });
  it("fails when the result file is changed, even with its digest updated to match", () => {
    const p = published(allocationText);
    const result = JSON.parse(p.resultText);
    [result.classes[0].students[0], result.classes[1].students[0]] = [
      result.classes[1].students[0],
      result.classes[0].students[0],
    ];
    const resultText = canonicalJson(result);
    const v = verifyDraw({ ...p, resultText, resultDigest: digestOfText(resultText) });
    expect(v.match).toBe(false);
    expect(v.checks.find((c) => c.check === "result")?.ok).toBe(false);
  });
  it("fails when the published result digest is wrong", () => {
    const v = verifyDraw({ ...published(allocationText), resultDigest: "0".repeat(64) });
    expect(v.checks.find((c) => c.check === "result_digest")?.ok).toBe(false);
  });
  it("refuses an input file that was re-formatted", () => {
    const p = published(allocationText);
    const v = verifyDraw({ ...p, inputText: JSON.stringify(JSON.parse(p.inputText), null, 2) });
    expect(v.match).toBe(false);
    expect(v.checks.find((c) => c.check === "input_canonical")?.ok).toBe(false);
  });
  it("verifies a lottery and a quota computation the same way (the quota has no seed)", () => {
    const lottery = canonicalJson(
      lotteryInput({
        code: "YH-1",
        title: "摇号",
        eventTime: "2026-07-10T09:00:00+08:00",
        places: 1,
        tiers: [{ tier: 1, label: "全部" }],
        applicants: [
          { code: "A", tier: 1, family: null },
          { code: "B", tier: 1, family: null },
        ],
      }),
    );
    expect(verifyDraw(published(lottery)).match).toBe(true);
    const quota = canonicalJson(
      quotaInput({
        code: "ZB-1",
        title: "指标到校",
        eventTime: "2026-06-30T09:00:00+08:00",
        seniorSchool: { code: "G", name: "一中" },
        plan: 10,
        sharePercent: 50,
        baseKind: "graduates",
        ruralWeightPercent: 100,
        juniorSchools: [{ code: "A", name: "甲", base: 1, rural: false }],
        floorLine: 0,
        tieBreakNames: [],
        candidates: [],
      }),
    );
    const q = published(quota, []);
    expect(q.seed).toBeNull();
    expect(verifyDraw(q).match).toBe(true);
  });
  it("refuses an unknown algorithm", () => {
    const text = canonicalJson({ algorithm: "other", version: 1, kind: "lottery" });
    expect(runDraw(text, []).ok).toBe(false);
  });
});
