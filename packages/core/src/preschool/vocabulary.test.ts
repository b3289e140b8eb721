import { describe, expect, it } from "vitest";
import { ageBandOfGrade, isInclusiveKind, isPublicKind } from "./vocabulary";

describe("kindergarten kinds", () => {
  it("counts education-run, other public and collective as public; recognised private as 普惠 only", () => {
    expect(["education_public", "other_public", "collective"].every((k) => isPublicKind(k as never))).toBe(true);
    expect(isPublicKind("inclusive_private")).toBe(false);
    expect(isInclusiveKind("inclusive_private")).toBe(true);
    expect(isInclusiveKind("private")).toBe(false);
  });
  it("maps register grades −3, −2, −1 to 小班, 中班, 大班", () => {
    expect([-3, -2, -1, 1].map(ageBandOfGrade)).toEqual(["small", "middle", "large", null]);
  });
});
