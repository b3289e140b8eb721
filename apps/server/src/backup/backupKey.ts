import { createCipheriv, createDecipheriv, randomBytes, scrypt } from "node:crypto";

/**
 * The platform secret (the key of the resident ID ciphertext and keyed hashes) as a backup carries it: encrypted
 * with AES-256-GCM under a key derived from the operator's backup passphrase by scrypt. Without the secret a
 * restored database's ID numbers could not be decrypted nor matched; without the passphrase the backup does not
 * give the secret away.
 */
export interface SealedKey {
  kdf: "scrypt";
  /** scrypt cost parameters */
  N: number;
  r: number;
  p: number;
  /** base64url */
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

/** 2^15 × 8 × 128 bytes = 32 MiB and about 0.1 s per derivation. */
const COST = { N: 1 << 15, r: 8, p: 1 } as const;
/** Largest cost accepted from a file, so a crafted header cannot make the server derive for minutes. */
const MAX_N = 1 << 20;

/** Shortest passphrase accepted when a backup is made. */
export const MIN_PASSPHRASE_LENGTH = 10;

function deriveKey(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize("NFC"), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r + (1 << 20) }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** Encrypts the platform secret under a passphrase. */
export async function sealKey(secret: string, passphrase: string): Promise<SealedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", await deriveKey(passphrase, salt, COST), iv);
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return {
    kdf: "scrypt",
    ...COST,
    salt: salt.toString("base64url"),
    iv: iv.toString("base64url"),
    tag: cipher.getAuthTag().toString("base64url"),
    data: data.toString("base64url"),
  };
}

/** The platform secret, or null when the passphrase is wrong (or the sealed key was altered or is malformed). */
export async function openKey(sealed: SealedKey, passphrase: string): Promise<string | null> {
  const { N, r, p } = sealed;
  const integer = (v: unknown, max: number) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= max;
  if (sealed.kdf !== "scrypt" || !integer(N, MAX_N) || (N & (N - 1)) !== 0 || !integer(r, 32) || !integer(p, 16)) {
    return null;
  }
  try {
    const key = await deriveKey(passphrase, Buffer.from(sealed.salt, "base64url"), { N, r, p });
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv, "base64url"));
    decipher.setAuthTag(Buffer.from(sealed.tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
