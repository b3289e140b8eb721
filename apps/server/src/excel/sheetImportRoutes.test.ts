import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createPersonalDataCipher } from "../auth/personalData";
import { resultsImporter } from "../fitness/importer";
import { BODY_LIMITS } from "../http/uploadLimits";
import { openJobFile, sealJobFile } from "./jobFileCipher";
import { sheetImportRoutes } from "./sheetImportRoutes";

const options = (mountedAt: string) => ({
  capability: "fitness" as const,
  tags: ["体质健康 · 成绩导入"],
  importers: { [resultsImporter.spec.kind]: resultsImporter },
  access: { importer: () => ({}) as never },
  defaultYear: () => 2026,
  bodyLimit: BODY_LIMITS.registryImport,
  mountedAt,
  template: { path: "/imports/template.xlsx", summary: "模板", fileName: () => "模板.xlsx" },
  upload: { summary: "上传", body: undefined, form: {} as never },
});

describe("sheetImportRoutes", () => {
  it("mounts where the app gives the upload its declared body limit, and refuses to start elsewhere", () => {
    expect(() => sheetImportRoutes(options("/api/fitness"))).not.toThrow();
    expect(() => sheetImportRoutes(options("/api/somewhere"))).toThrow(/uploadLimits/);
  });

  it("needs an entry check when there are several importers", () => {
    const two = { ...options("/api/fitness"), importers: { a: resultsImporter, b: resultsImporter } };
    expect(() => sheetImportRoutes(two)).toThrow(/access.enter/);
  });
});

describe("a waiting upload's encryption", () => {
  const cipher = createPersonalDataCipher("unit-secret-0123456789-0123456789-0123456789");

  it("gives back the file, under a fresh key each time", () => {
    const file = randomBytes(4096);
    const a = sealJobFile(cipher, file);
    const b = sealJobFile(cipher, file);
    expect(a.bytes.equals(b.bytes)).toBe(false);
    expect(a.key).not.toBe(b.key);
    expect(openJobFile(cipher, a.bytes, a.key).equals(file)).toBe(true);
  });

  it("reads a file kept in clear (no key) and an emptied one as they are", () => {
    const file = Buffer.from("PK clear");
    expect(openJobFile(cipher, file, null)).toBe(file);
    expect(openJobFile(cipher, Buffer.alloc(0), "v1:x.y.z").length).toBe(0);
  });

  it("refuses an altered file or a key of another secret with a 409", () => {
    const sealed = sealJobFile(cipher, Buffer.from("某县户籍名单"));
    const altered = Buffer.from(sealed.bytes);
    altered[altered.length - 1] = (altered[altered.length - 1] ?? 0) ^ 1;
    expect(() => openJobFile(cipher, altered, sealed.key)).toThrow(/无法解密/);
    const other = createPersonalDataCipher("other-secret-0123456789-0123456789-0123456789");
    expect(() => openJobFile(other, sealed.bytes, sealed.key)).toThrow(/无法解密/);
  });
});
