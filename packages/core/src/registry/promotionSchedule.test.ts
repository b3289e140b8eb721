import { describe, expect, it } from "vitest";
import { promotionDateProblem, promotionRefusal } from "./promotionSchedule";

describe("promotionRefusal", () => {
  const base = { today: "2027-07-10", currentYear: 2026, fromYear: 2026, promotionDate: "2027-07-10" };

  it("lets the current year be promoted on the promotion date and after it", () => {
    expect(promotionRefusal(base)).toBeNull();
    expect(promotionRefusal({ ...base, today: "2027-08-30" })).toBeNull();
  });

  it("refuses the day before the promotion date, naming the date", () => {
    const refusal = promotionRefusal({ ...base, today: "2027-07-09" });
    expect(refusal?.code).toBe("PROMOTION_TOO_EARLY");
    expect(refusal?.message).toBe("全县升级日期为2027年7月10日,此前不能办理2026—2027学年的升级");
  });

  it("refuses when the county has set no date", () => {
    expect(promotionRefusal({ ...base, promotionDate: null })?.code).toBe("PROMOTION_DATE_UNSET");
  });

  it("refuses any year but the county's current one, whatever the date", () => {
    const refusal = promotionRefusal({ ...base, fromYear: 2025 });
    expect(refusal?.code).toBe("PROMOTION_NOT_CURRENT_YEAR");
    expect(refusal?.message).toContain("2026—2027学年");
    expect(promotionRefusal({ ...base, fromYear: 2027 })?.code).toBe("PROMOTION_NOT_CURRENT_YEAR");
  });
});

describe("promotionDateProblem", () => {
  it("accepts no date and dates from after the year's start to the end of the next calendar year", () => {
    expect(promotionDateProblem(2026, null)).toBeNull();
    expect(promotionDateProblem(2026, "2026-09-02")).toBeNull();
    expect(promotionDateProblem(2026, "2027-12-31")).toBeNull();
  });

  it("refuses the year's first day and anything outside the range, naming the range", () => {
    expect(promotionDateProblem(2026, "2026-09-01")).toBe(
      "升级日期应在2026年9月2日至2027年12月31日之间(2026—2027学年结束前后)",
    );
    expect(promotionDateProblem(2026, "2028-01-01")).not.toBeNull();
  });
});
