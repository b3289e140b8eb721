import { describe, expect, it } from "vitest";
import { contentDisposition } from "./openapi";

describe("contentDisposition", () => {
  it("gives a Chinese name as UTF-8 filename* and 'download' with its extension as the ASCII fallback", () => {
    expect(contentDisposition("整改台账.xlsx")).toBe(
      `attachment; filename="download.xlsx"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E5%8F%B0%E8%B4%A6.xlsx`,
    );
  });

  it("keeps a plain ASCII name as its own fallback", () => {
    expect(contentDisposition("edubureau-2026.jsonl.gz")).toBe(
      `attachment; filename="edubureau-2026.jsonl.gz"; filename*=UTF-8''edubureau-2026.jsonl.gz`,
    );
  });

  it("uses the fallback given, and inline when asked", () => {
    expect(contentDisposition("均衡.docx", { fallback: "balance.docx" })).toContain(`filename="balance.docx"`);
    expect(contentDisposition("a.jpg", { inline: true })).toMatch(/^inline; /);
  });

  it("never puts a quote or backslash inside the quoted fallback", () => {
    expect(contentDisposition(`a"b.txt`)).toContain(`filename="download.txt"`);
    expect(contentDisposition("a\\b")).toContain(`filename="download"`);
  });

  it("percent-encodes the characters RFC 5987 leaves out and decodes back to the name", () => {
    const header = contentDisposition("名单(一)'*.xlsx");
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? "";
    expect(encoded).not.toMatch(/['()*]/);
    expect(decodeURIComponent(encoded)).toBe("名单(一)'*.xlsx");
  });
});
