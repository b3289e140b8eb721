import { createCipheriv, createDecipheriv, createHash, createHmac, randomFillSync } from "node:crypto";

/**
 * Fresh 96-bit GCM nonces cut from a pool of random bytes refilled from the system's CSPRNG (the same source as
 * `randomBytes`, one call per 512 nonces instead of one each: an import encrypts 100,000 resident IDs at once).
 */
const NONCE_BYTES = 12;
const noncePool = Buffer.alloc(NONCE_BYTES * 512);
let nonceAt = noncePool.length;
function freshNonce(): Buffer {
  if (nonceAt === noncePool.length) {
    randomFillSync(noncePool);
    nonceAt = 0;
  }
  // a copy: the pool is overwritten when refilled
  const nonce = Buffer.from(noncePool.subarray(nonceAt, nonceAt + NONCE_BYTES));
  nonceAt += NONCE_BYTES;
  return nonce;
}

/**
 * Protects resident ID numbers and other identifiers at rest:
 * - a keyed hash (HMAC-SHA-256) for exact look-up and duplicate detection without storing the value;
 * - AES-256-GCM ciphertext ("v1:" iv.tag.data, base64url) for a permitted, audited reveal.
 * The key is derived from the platform secret; losing the secret makes the ciphertext unreadable.
 */
export interface PersonalDataCipher {
  hash(value: string): string;
  encrypt(value: string): string;
  /** null when the ciphertext was not made with this key or was altered */
  decrypt(ciphertext: string): string | null;
}

export function createPersonalDataCipher(secret: string): PersonalDataCipher {
  const encKey = createHash("sha256").update(`edubureau:enc:${secret}`).digest();
  const macKey = createHash("sha256").update(`edubureau:mac:${secret}`).digest();
  return {
    hash: (value) => createHmac("sha256", macKey).update(value.trim().toUpperCase()).digest("base64url"),
    encrypt(value) {
      const iv = freshNonce();
      const cipher = createCipheriv("aes-256-gcm", encKey, iv);
      const data = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
      return `v1:${iv.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}.${data.toString("base64url")}`;
    },
    decrypt(ciphertext) {
      const m = /^v1:([\w-]+)\.([\w-]+)\.([\w-]*)$/.exec(ciphertext);
      if (!m) return null;
      try {
        const decipher = createDecipheriv("aes-256-gcm", encKey, Buffer.from(m[1]!, "base64url"));
        decipher.setAuthTag(Buffer.from(m[2]!, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(m[3]!, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        return null;
      }
    },
  };
}
