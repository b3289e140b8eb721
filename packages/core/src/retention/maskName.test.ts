import { describe, expect, it } from "vitest";
import { maskName } from "./maskName";

describe("maskName", () => {
  it.each([
    ["张小明", "张*明"],
    ["李四", "李*"],
    ["欧阳小小明", "欧***明"],
    ["王", "*"],
    ["", ""],
  ])("masks %s as %s", (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
