import { api, apiUrl } from "../app/api";
import type { Ok } from "../app/wire";

/** A backup file in the data folder's `backups` (server: backup/files.ts BackupFile). */
export type BackupFile = Ok<"postBackupsMake">;
export type RestoreOutcome = Ok<"postBackupsByNameRestore">;

/** What the administrator types to confirm a restore (server: backup/routes.ts RESTORE_CONFIRMATION). */
export const RESTORE_CONFIRMATION = "恢复并覆盖全部数据";
/** Shortest backup passphrase (server: backup/backupKey.ts MIN_PASSPHRASE_LENGTH). */
export const MIN_PASSPHRASE_LENGTH = 10;
/** Largest upload (server: http/uploadLimits.ts BODY_LIMITS.backupRestore). */
export const MAX_BACKUP_UPLOAD_BYTES = 2048 * 1024 * 1024;

export const backupApi = {
  list: () => api.get<Ok<"getBackups">>("/backups"),
  make: (passphrase: string) => api.post<BackupFile>("/backups/make", { passphrase }),
  upload: (file: File, onProgress: (percent: number) => void) =>
    api.upload<BackupFile>("/backups", file, { raw: true, onProgress }),
  restore: (name: string, body: { passphrase: string; confirmation: string }) =>
    api.post<RestoreOutcome>(`/backups/${encodeURIComponent(name)}/restore`, body),
  remove: (name: string) => api.delete<Ok<"deleteBackupsByName">>(`/backups/${encodeURIComponent(name)}`),
  /** the address the browser downloads a backup from (streamed, not held in the page's memory) */
  downloadUrl: (name: string) => apiUrl(`/backups/${encodeURIComponent(name)}`),
};
