import { describe, expect, it } from "vitest";
import { digestOfText } from "./canonical";
import { contributionProblems, drawSeed } from "./seed";

// Test vectors of docs/verifiable-draws.md, produced by an independent implementation (Python hashlib).
const ABC = digestOfText("abc");

describe("drawSeed", () => {
  it("matches the published test vectors", () => {
    expect(drawSeed(ABC, ["4721", "9083"])).toBe("0d436996fd1d3fb5d4afd7652dc2fd949935e9fda7f9fe651fb470e884bbe1ba");
    expect(drawSeed(ABC, [])).toBe("4f8b42c22dd3729b519ba6f68d2da7cc5b2d606d05daed5ad5128cc03e6c6358");
    expect(drawSeed(ABC, ["家长代表抽到 37", "8"])).toBe(
      "85688d2aa2009601b35c2d6b866d73a98ebb384dc13340fd62f3566b6123c5a2",
    );
  });
  it("keeps contributions apart by their length prefix", () => {
    expect(drawSeed(ABC, ["12", "3"])).toBe("790640ba530d1ecfd0f119b26c52d1b14061c008124ab42ad37ab14dd66c5453");
    expect(drawSeed(ABC, ["1", "23"])).toBe("96d0ebb2a01fe7300fd9529f92ad03bc23cf3a03c1a46deee45f5b61a6b068e2");
  });
  it("depends on the order of contributions", () => {
    expect(drawSeed(ABC, ["9083", "4721"])).not.toBe(drawSeed(ABC, ["4721", "9083"]));
  });
  it("refuses a digest that is not 64 hex digits", () => {
    expect(() => drawSeed("abc", [])).toThrow();
  });
});

describe("contributionProblems", () => {
  const ok = [
    { role: "家长代表", name: "王先生", value: "4721" },
    { role: "纪检监察", name: "李女士", value: "9083" },
  ];
  it("accepts two witnesses with values", () => {
    expect(contributionProblems(ok)).toEqual([]);
  });
  it("needs at least two witnesses", () => {
    expect(contributionProblems(ok.slice(0, 1))[0]?.field).toBe("contributions");
  });
  it("names the witness whose value is empty or padded", () => {
    const problems = contributionProblems([ok[0] as (typeof ok)[0], { role: "公证员", name: "赵", value: " 12" }]);
    expect(problems).toEqual([{ field: "contributions.1.value", message: expect.stringContaining("第 2 位") }]);
  });
});
