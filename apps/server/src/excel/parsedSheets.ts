/**
 * The parsed sheet of a recent upload, kept in memory for its commit (上传后提交), so a large file is not unzipped
 * and parsed a second time: for 100,000 students that is about 2 s of the commit. The commit still checks every row
 * again against the register as it is then; only the reading of the same bytes is spared.
 *
 * Bounded on purpose: the newest few uploads only, each for a short while, and taken (removed) by its commit. The
 * parsed rows hold resident IDs in clear (in this process's memory only; the stored upload is encrypted); a commit
 * after the entry is gone (or after a restart) reads and decrypts the stored file again.
 */
import type { PersonalDataCipher } from "../auth/personalData";
import type { Db } from "../db/client";
import { importJobFile, type JobFilter } from "./importJobs";
import { readSheet, type Sheet, type SheetSpec } from "./importSheet";

/** How many uploads are kept, and for how long. */
const KEEP = 2;
const KEEP_MS = 15 * 60 * 1000;

const recent = new Map<string, { sheet: Sheet<string>; until: number }>();

/** Keeps an upload's parsed sheet for its commit, dropping the oldest beyond the bound. */
export function rememberSheet(jobId: string, sheet: Sheet<string>, now = Date.now()): void {
  recent.set(jobId, { sheet, until: now + KEEP_MS });
  for (const [id, entry] of recent) {
    if (recent.size > KEEP || entry.until <= now) recent.delete(id);
  }
}

/** Removes and returns an upload's parsed sheet if it is still kept. */
function takeSheet<C extends string>(jobId: string, now = Date.now()): Sheet<C> | null {
  const entry = recent.get(jobId);
  recent.delete(jobId);
  return entry && entry.until > now ? (entry.sheet as Sheet<C>) : null;
}

/** Drops every kept sheet (tests). */
export function forgetSheets(): void {
  recent.clear();
}

/**
 * The rows of a job for its commit: the kept sheet of its upload, or its stored file read again. Only a caller
 * who found the job through its filter reaches here, and the stored file is read through the same filter.
 */
export function sheetForCommit<C extends string>(
  deps: { db: Db; cipher: PersonalDataCipher },
  filter: JobFilter,
  jobId: string,
  spec: SheetSpec<C>,
): () => Promise<Sheet<C>> {
  return async () =>
    takeSheet<C>(jobId) ??
    readSheet((await importJobFile(deps.db, deps.cipher, filter, jobId)) ?? Buffer.alloc(0), spec);
}
