import { describe, expect, it } from "vitest";
import { checkEvidence, DEFAULT_EVIDENCE_MAX_BYTES, sniffEvidenceType } from "./evidence";

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
/** ASCII text as bytes (core has no TextEncoder types). */
const text = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const WEBP = new Uint8Array([...text("RIFF"), 1, 2, 3, 4, ...text("WEBPVP8 ")]);
const PDF = text("%PDF-1.7\n");
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04); // a .docx or .xlsx
const EXE = text("MZ\x90\x00");

describe("sniffEvidenceType", () => {
  it("recognises the accepted types by their first bytes", () => {
    expect(sniffEvidenceType(JPEG)).toBe("image/jpeg");
    expect(sniffEvidenceType(PNG)).toBe("image/png");
    expect(sniffEvidenceType(WEBP)).toBe("image/webp");
    expect(sniffEvidenceType(PDF)).toBe("application/pdf");
  });
  it("refuses everything else, including a RIFF that is not WebP and truncated headers", () => {
    expect(sniffEvidenceType(ZIP)).toBeNull();
    expect(sniffEvidenceType(EXE)).toBeNull();
    expect(sniffEvidenceType(new Uint8Array([...text("RIFF"), 1, 2, 3, 4, ...text("WAVE")]))).toBeNull();
    expect(sniffEvidenceType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(sniffEvidenceType(text("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffEvidenceType(new Uint8Array())).toBeNull();
  });
});

describe("checkEvidence", () => {
  it("accepts a file whose name fits its content, whatever the case of the extension", () => {
    expect(checkEvidence({ name: "整改后.JPG", bytes: JPEG })).toEqual({ ok: true, contentType: "image/jpeg" });
    expect(checkEvidence({ name: "a.jpeg", bytes: JPEG })).toEqual({ ok: true, contentType: "image/jpeg" });
    expect(checkEvidence({ name: "报告.pdf", bytes: PDF })).toEqual({ ok: true, contentType: "application/pdf" });
    expect(checkEvidence({ name: "x.webp", bytes: WEBP })).toEqual({ ok: true, contentType: "image/webp" });
  });

  it("refuses a wrong type with the accepted ones named", () => {
    const r = checkEvidence({ name: "整改报告.docx", bytes: ZIP });
    expect(r).toEqual({
      ok: false,
      problem: {
        code: "wrong_type",
        message: "文件“整改报告.docx”不是 JPEG、PNG、WebP 图片或 PDF 文档,只能上传这几种格式的整改照片或材料",
      },
    });
  });

  it("refuses a fake extension: a program named like a photo, a PDF named like a photo", () => {
    expect(checkEvidence({ name: "photo.jpg", bytes: EXE })).toMatchObject({
      ok: false,
      problem: { code: "wrong_type" },
    });
    expect(checkEvidence({ name: "photo.jpg", bytes: PDF })).toEqual({
      ok: false,
      problem: {
        code: "name_mismatch",
        message: "文件“photo.jpg”的内容是PDF 文档,与扩展名不符,请改为 .pdf 后再上传",
      },
    });
    expect(checkEvidence({ name: "noextension", bytes: PNG })).toMatchObject({ problem: { code: "name_mismatch" } });
  });

  it("refuses an empty file and one over the limit, at the boundary", () => {
    expect(checkEvidence({ name: "a.png", bytes: new Uint8Array() })).toMatchObject({ problem: { code: "empty" } });
    const atLimit = new Uint8Array(1024);
    atLimit.set(PNG);
    expect(checkEvidence({ name: "a.png", bytes: atLimit }, 1024)).toMatchObject({ ok: true });
    const over = new Uint8Array(1025);
    over.set(PNG);
    expect(checkEvidence({ name: "a.png", bytes: over }, 1024)).toMatchObject({
      ok: false,
      problem: { code: "too_large" },
    });
    const big = new Uint8Array(DEFAULT_EVIDENCE_MAX_BYTES + 1);
    big.set(PNG);
    expect(checkEvidence({ name: "现场.png", bytes: big })).toEqual({
      ok: false,
      problem: { code: "too_large", message: "文件“现场.png”大小为 10 MB,超过上限 10 MB,请压缩后再上传" },
    });
  });
});
