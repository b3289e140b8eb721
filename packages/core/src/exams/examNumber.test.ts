import { describe, expect, it } from "vitest";
import { formatExamNumber, normalizeExamNumber, planExamNumbers } from "./examNumber";

describe("formatExamNumber", () => {
  it("writes the school part and the seat with leading zeros, seven digits", () => {
    expect(formatExamNumber(3, 412)).toBe("0030412");
    expect(formatExamNumber(999, 9999)).toBe("9999999");
  });
  it("refuses parts out of range rather than cutting them", () => {
    expect(formatExamNumber(1000, 1)).toBeNull();
    expect(formatExamNumber(1, 10000)).toBeNull();
    expect(formatExamNumber(0, 1)).toBeNull();
    expect(formatExamNumber(1.5, 1)).toBeNull();
  });
});

describe("normalizeExamNumber", () => {
  it("puts back the leading zeros Excel drops from a number cell", () => {
    expect(normalizeExamNumber("30412")).toBe("0030412");
  });
  it("removes spaces and reads full-width digits", () => {
    expect(normalizeExamNumber(" ００３ ０４１２ ")).toBe("0030412");
  });
  it("leaves text that is not digits for the caller to report", () => {
    expect(normalizeExamNumber("A12")).toBe("A12");
    expect(normalizeExamNumber("")).toBe("");
  });
});

describe("planExamNumbers", () => {
  it("numbers a fresh roster school by school from seat 1", () => {
    const plan = planExamNumbers([
      { school: null, lastSeat: 0, waiting: 40 },
      { school: null, lastSeat: 0, waiting: 12 },
    ]);
    expect(plan).toEqual({
      ok: true,
      schools: [
        { school: 1, seatBase: 0 },
        { school: 2, seatBase: 0 },
      ],
    });
  });
  it("keeps a numbered school's part and continues after its last seat; a new school takes the next part", () => {
    const plan = planExamNumbers([
      { school: null, lastSeat: 0, waiting: 3 },
      { school: 1, lastSeat: 40, waiting: 2 },
      { school: 2, lastSeat: 12, waiting: 0 },
    ]);
    expect(plan).toEqual({
      ok: true,
      schools: [
        { school: 3, seatBase: 0 },
        { school: 1, seatBase: 40 },
        { school: 2, seatBase: 12 },
      ],
    });
  });
  it("says in Chinese when a school has more students than seats", () => {
    const plan = planExamNumbers([{ school: 1, lastSeat: 9990, waiting: 10 }]);
    expect(plan).toEqual({ ok: false, problem: expect.stringContaining("超过 9999 人") });
  });
  it("says in Chinese when there are more schools than school numbers", () => {
    const schools = Array.from({ length: 1000 }, () => ({ school: null, lastSeat: 0, waiting: 1 }));
    expect(planExamNumbers(schools)).toEqual({ ok: false, problem: expect.stringContaining("超过 999 所") });
  });
});
