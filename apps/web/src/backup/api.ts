import { api, apiUrl } from "../app/api";

/** A backup file in the data folder's `backups` (server: backup/files.ts BackupFile). */
export interface BackupFile {
  name: string;
  /** backup: made on this page; upload: uploaded here for a restore */
  kind: "backup" | "upload";
  /** bytes */
  size: number;
  /** ISO time */
  createdAt: string;
}

export interface RestoreOutcome {
  /** ISO time the backup was made */
  backupCreatedAt: string;
  /** the data folder's key was replaced by the backup's */
  keyReplaced: boolean;
}

/** What the administrator types to confirm a restore (server: backup/routes.ts RESTORE_CONFIRMATION). */
export const RESTORE_CONFIRMATION = "恢复并覆盖全部数据";
/** Shortest backup passphrase (server: backup/backupKey.ts MIN_PASSPHRASE_LENGTH). */
export const MIN_PASSPHRASE_LENGTH = 10;
/** Largest upload (server: http/uploadLimits.ts BODY_LIMITS.backupRestore). */
export const MAX_BACKUP_UPLOAD_BYTES = 2048 * 1024 * 1024;

export const backupApi = {
  list: () => api.get<{ rows: BackupFile[] }>("/backups"),
  make: (passphrase: string) => api.post<BackupFile>("/backups/make", { passphrase }),
  upload: (file: File, onProgress: (percent: number) => void) =>
    api.upload<BackupFile>("/backups", file, { raw: true, onProgress }),
  restore: (name: string, body: { passphrase: string; confirmation: string }) =>
    api.post<RestoreOutcome>(`/backups/${encodeURIComponent(name)}/restore`, body),
  remove: (name: string) => api.delete<{ ok: true }>(`/backups/${encodeURIComponent(name)}`),
  /** the address the browser downloads a backup from (streamed, not held in the page's memory) */
  downloadUrl: (name: string) => apiUrl(`/backups/${encodeURIComponent(name)}`),
};
