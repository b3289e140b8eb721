import { describe, expect, it } from "vitest";
import { examMethodNotes, itemMethodNotes, valueAddedMethodNotes } from "./methodNotes";

describe("method notes", () => {
  it("state the item bands with their boundaries, the group size rounding and the tie rule", () => {
    const text = itemMethodNotes().notes.join("\n");
    expect(text).toContain("P > 0.7 为“容易”,0.4 ≤ P ≤ 0.7 为“中等”,P < 0.4 为“较难”");
    expect(text).toContain("27%");
    expect(text).toContain("四舍五入");
    expect(text).toContain("剩余名额 ÷ 同分人数");
  });

  it("state the value-added model: standardisation, one county regression, the interval's degrees of freedom, suppression", () => {
    const text = valueAddedMethodNotes(12).notes.join("\n");
    expect(text).toContain("标准差");
    expect(text).toContain("全县只做一次回归");
    expect(text).toContain("自由度 n − 1");
    expect(text).toContain("少于 12 人");
    expect(valueAddedMethodNotes(1).notes.at(-1)).toContain("少于 2 人");
  });

  it("name no files or code identifiers", () => {
    for (const s of examMethodNotes(10)) {
      for (const note of s.notes) expect(note).not.toMatch(/\.md|§|[A-Za-z]{3,}/);
    }
  });
});
