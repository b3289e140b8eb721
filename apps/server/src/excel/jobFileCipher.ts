/**
 * An upload waiting for its commit is kept encrypted: the file may be a county's household roster or its whole
 * register, with every resident ID in clear. Each file gets a key of its own (AES-256-GCM, 12-byte IV); that key is
 * kept beside it encrypted with the platform key (the personal-data cipher, auth/personalData.ts), so losing the
 * platform secret makes the waiting files unreadable like every other ciphertext.
 *
 * Stored file: IV (12 bytes) · tag (16 bytes) · ciphertext. A job stored before files were encrypted has no key and
 * its file is read as it is, until the purge drops it.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { PersonalDataCipher } from "../auth/personalData";
import { conflict } from "../http/errors";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A file as kept in the job table: the encrypted bytes and the file's key, itself encrypted with the platform key. */
export interface SealedFile {
  bytes: Buffer;
  key: string;
}

/** Encrypts an upload under a fresh key of its own. */
export function sealJobFile(cipher: PersonalDataCipher, file: Buffer): SealedFile {
  const key = randomBytes(32);
  const iv = randomBytes(IV_BYTES);
  const aes = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([aes.update(file), aes.final()]);
  return { bytes: Buffer.concat([iv, aes.getAuthTag(), data]), key: cipher.encrypt(key.toString("base64")) };
}

/**
 * The upload as it was sent. An empty file (committed or discarded) stays empty; a file without a key was stored in
 * clear.
 *
 * @throws AppError 409 IMPORT_FILE_UNREADABLE when the key or the file does not decrypt (the platform secret changed
 *   since the upload, or the row was altered)
 */
export function openJobFile(cipher: PersonalDataCipher, stored: Buffer, sealedKey: string | null): Buffer {
  if (sealedKey === null || stored.length === 0) return stored;
  const keyText = cipher.decrypt(sealedKey);
  if (keyText !== null && stored.length >= IV_BYTES + TAG_BYTES) {
    try {
      const aes = createDecipheriv("aes-256-gcm", Buffer.from(keyText, "base64"), stored.subarray(0, IV_BYTES));
      aes.setAuthTag(stored.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([aes.update(stored.subarray(IV_BYTES + TAG_BYTES)), aes.final()]);
    } catch {
      // falls through to the refusal
    }
  }
  throw conflict(
    "IMPORT_FILE_UNREADABLE",
    "该批次的原文件无法解密(平台密钥在上传后更换过,或数据被改动),未写入任何数据:请重新上传",
  );
}
