import { chmodSync, existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createPersonalDataCipher } from "../auth/personalData";
import { resolveSecret, secretFile } from "../bootstrap";
import type { Config } from "../config";
import type { Tx } from "../db/bulkInsert";
import type { Database } from "../db/client";
import { AppError, conflict } from "../http/errors";
import { checkBackup, firstResidentIdCipher, restoreDatabase } from "./backup";

export interface RestoreProps {
  database: Database;
  config: Config;
  file: string;
  passphrase: string;
  onProgress: (msg: string) => void;
  /** runs last inside the restore's transaction (its audit row, written into the restored log) */
  finish?: (tx: Tx) => Promise<void>;
}

export interface RestoreOutcome {
  /** the platform secret the restored data is encrypted with, now the configured one */
  secret: string;
  /** true when the data folder's secret.key was replaced by the backup's (the old one kept beside it) */
  keyReplaced: boolean;
  /** when the backup was made (ISO) */
  backupCreatedAt: string;
}

/**
 * Restores a backup with its key, so that resident IDs stay decryptable and duplicate checks keep matching:
 * - the passphrase must open the backup's key; every check runs before anything is written;
 * - with EDUBUREAU_SECRET set, the backup's key must be that secret, or the restore is refused;
 * - otherwise the data folder's secret.key becomes the backup's (the previous one is kept as
 *   secret.key.replaced-<time>), written beside it before the transaction and put in place after it commits;
 * - a version 1 backup (no key inside) restores only when the configured key decrypts its ID numbers.
 */
export async function restoreWithKey(props: RestoreProps): Promise<RestoreOutcome> {
  const { database, config, file } = props;
  const checked = await checkBackup(database, file, props.passphrase);
  const current = resolveSecret(config);
  let target: string;
  if (checked.secret === null) {
    const sample = await firstResidentIdCipher(file);
    if (sample && createPersonalDataCipher(current).decrypt(sample) === null) {
      throw new AppError(
        409,
        "BACKUP_WITHOUT_KEY",
        "这份备份由旧版本制作,不含加密身份证号所用的密钥,且与本机的密钥不符:恢复后身份证号将无法解密。" +
          "请在制作备份的机器上恢复,或把原数据文件夹中的 secret.key(或原来的 EDUBUREAU_SECRET)用于本机后重试",
      );
    }
    target = current;
  } else {
    target = checked.secret;
  }
  if (config.secret && target !== config.secret) {
    throw new AppError(
      409,
      "BACKUP_KEY_MISMATCH",
      "备份中的个人信息密钥与本机环境变量 EDUBUREAU_SECRET 不同:恢复后身份证号将无法解密,未写入任何数据。" +
        "请把 EDUBUREAU_SECRET 设为备份来源系统的值后重新恢复(运行 npm run cli -- backup-secret <备份文件> 可用备份口令取出该值)",
    );
  }
  const replace = target !== current;
  const keyFile = secretFile(config);
  const pending = `${keyFile}.restoring`;
  if (replace) {
    writeFileSync(pending, target, { mode: 0o600 });
    chmodSync(pending, 0o600);
  }
  try {
    await restoreDatabase(database, file, props.onProgress, props.finish);
  } catch (err) {
    if (replace) rmSync(pending, { force: true });
    throw err;
  }
  if (replace) {
    if (existsSync(keyFile))
      renameSync(keyFile, `${keyFile}.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`);
    renameSync(pending, keyFile);
  }
  return { secret: target, keyReplaced: replace, backupCreatedAt: checked.header.createdAt };
}

/** Only one restore at a time in this process. */
let restoring = false;
export async function exclusively<T>(work: () => Promise<T>): Promise<T> {
  if (restoring) throw conflict("BACKUP_BUSY", "正在恢复另一份备份,请等它完成后再试");
  restoring = true;
  try {
    return await work();
  } finally {
    restoring = false;
  }
}
