import { describe, expect, it } from "vitest";
import { openKey, sealKey } from "./backupKey";

describe("the backup's sealed key", () => {
  const secret = "the-platform-secret-0123456789abcdef";

  it("opens with the passphrase it was sealed with, and only with it", async () => {
    const sealed = await sealKey(secret, "县局备份口令-2026");
    expect(JSON.stringify(sealed)).not.toContain(secret);
    expect(await openKey(sealed, "县局备份口令-2026")).toBe(secret);
    expect(await openKey(sealed, "县局备份口令-2025")).toBeNull();
    expect(await openKey(sealed, "")).toBeNull();
  });

  it("treats a passphrase typed in another Unicode normal form as the same", async () => {
    const sealed = await sealKey(secret, "caf\u00e9-passphrase");
    expect(await openKey(sealed, "cafe\u0301-passphrase")).toBe(secret);
  });

  it("refuses an altered key or cost parameters out of bounds without deriving for long", async () => {
    const sealed = await sealKey(secret, "县局备份口令-2026");
    const flipped = sealed.data.startsWith("A") ? `B${sealed.data.slice(1)}` : `A${sealed.data.slice(1)}`;
    expect(await openKey({ ...sealed, data: flipped }, "县局备份口令-2026")).toBeNull();
    const started = Date.now();
    for (const cost of [{ N: 1 << 30 }, { N: 1000 }, { r: 1000 }, { p: 0 }, { N: 1.5 }]) {
      expect(await openKey({ ...sealed, ...cost }, "县局备份口令-2026")).toBeNull();
    }
    expect(await openKey({ ...sealed, kdf: "pbkdf2" as "scrypt" }, "县局备份口令-2026")).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
