import { describe, expect, it } from "vitest";
import { looksLikeInitials, nameInitials } from "./nameInitials";

describe("nameInitials", () => {
  it("gives the initials of a Han name", () => {
    expect(nameInitials("张三")).toBe("zs");
    expect(nameInitials("欧阳娜娜")).toBe("oynn");
  });
  it("reads a polyphonic surname as a surname", () => {
    expect(nameInitials("单雄信")).toBe("sxx");
    expect(nameInitials("曾小贤")).toBe("zxx");
  });
  it("drops the middle dot of transliterated names", () => {
    expect(nameInitials("巴特尔·朝鲁")).toBe("btecl");
  });
});

describe("looksLikeInitials", () => {
  it("tells initials from names and numbers", () => {
    expect(looksLikeInitials("zs")).toBe(true);
    expect(looksLikeInitials("张三")).toBe(false);
    expect(looksLikeInitials("0407")).toBe(false);
  });
});
