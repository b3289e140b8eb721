import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { calendar } from "@edubureau/core";
import type { Config } from "../config";

/**
 * Backups made or uploaded through the web page live as files in `backups` under the data folder (not in the
 * database they back up: a restore would replace them, and every backup would hold the ones before it).
 */
export const backupsFolder = (config: Pick<Config, "dataDir">) => join(config.dataDir, "backups");

/** backup-… made on the page, upload-… uploaded for a restore; the time is China Standard Time. */
const NAME = /^(backup|upload)-(\d{8}-\d{6})(?:-(\d+))?\.jsonl\.gz$/;

export type BackupFileKind = "backup" | "upload";

export interface BackupFile {
  name: string;
  kind: BackupFileKind;
  /** bytes */
  size: number;
  /** ISO time the file was written */
  createdAt: string;
}

/** The backup file at `path`, its size and time read from the file. */
export function backupFileAt(name: string, path: string, kind: BackupFileKind): BackupFile {
  const stat = statSync(path);
  return { name, kind, size: stat.size, createdAt: stat.mtime.toISOString() };
}

/** The page's backup files, newest first (files of other names in the folder are left out). */
export function listBackupFiles(config: Pick<Config, "dataDir">): BackupFile[] {
  const folder = backupsFolder(config);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .map(({ name, match }) => backupFileAt(name, join(folder, name), match[1] as BackupFileKind))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** The path of a listed backup file by its name, or null when there is none of that name (or the name is not one). */
export function backupFilePath(config: Pick<Config, "dataDir">, name: string): string | null {
  if (!NAME.test(name)) return null;
  const path = join(backupsFolder(config), name);
  return existsSync(path) ? path : null;
}

/** A new file's name and path (the folder made when missing), unique within the folder. */
export function newBackupFile(config: Pick<Config, "dataDir">, kind: BackupFileKind, now: Date) {
  const folder = backupsFolder(config);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stamp = calendar.beijingIso(now).slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  for (let n = 1; ; n++) {
    const name = `${kind}-${stamp}${n === 1 ? "" : `-${n}`}.jsonl.gz`;
    const path = join(folder, name);
    if (!existsSync(path) && !existsSync(`${path}.partial`)) return { name, path, partial: `${path}.partial` };
  }
}
