import { describe, expect, it } from "vitest";
import type { ItemSpec } from "./itemAnalysis";
import { checkItemStructure, itemNumberKey } from "./itemStructure";

const item = (number: string, maxScore: number): ItemSpec => ({ number, maxScore, kind: "subjective" });
const math = (items: ItemSpec[], fullMarks = 100) => checkItemStructure({ name: "数学", fullMarks, items });

describe("itemNumberKey", () => {
  it("reads a column header's item number as the item's own", () => {
    expect(itemNumberKey("第17（2）题")).toBe("17(2)");
    expect(itemNumberKey("小题3")).toBe("3");
    expect(itemNumberKey(" 5 ")).toBe("5");
  });
});

describe("checkItemStructure", () => {
  it("accepts no items, and items whose maxima add up to the full marks", () => {
    expect(math([])).toEqual([]);
    expect(checkItemStructure({ name: "数学", fullMarks: 100 })).toEqual([]);
    expect(math([item("1", 40), item("17(2)", 59.5), item("A1", 0.5)])).toEqual([]);
  });

  it("says by how much the maxima miss the full marks", () => {
    expect(math([item("1", 40), item("2", 50)])).toEqual([
      "「数学」各小题满分之和为 90,与科目满分 100 不一致:请调整小题分值,使合计等于 100",
    ]);
  });

  it("refuses a missing, repeated or unnameable number", () => {
    expect(math([item("", 50), item("2", 50)])).toEqual(["「数学」第 1 道小题没有题号:请填写题号,如 1、2、17(2)"]);
    expect(math([item("1", 50), item("1", 50)])).toEqual([
      "「数学」题号「1」重复(第 1 道小题已用):每道小题的题号应不同",
    ]);
    expect(math([item("17(2)", 50), item("17（2）", 50)])[0]).toContain("重复");
    for (const bad of ["1-1", "1_1", "1 1", "第1", "1题"]) {
      expect(math([item(bad, 50), item("2", 50)])[0], bad).toContain("不能含「-」「_」或空格");
    }
  });

  it("refuses a maximum that is not positive or has more than two decimals", () => {
    expect(math([item("1", 0), item("2", 100)])).toEqual(["「数学」第 1 道小题的满分应大于 0"]);
    expect(math([item("1", 33.333), item("2", 66.667)])[0]).toBe("「数学」第 1 道小题的满分 33.333 最多两位小数");
  });
});
