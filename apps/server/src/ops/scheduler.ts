import { hostname } from "node:os";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { scheduledJob } from "./tables";
import { publishWrite } from "./writeSignal";

/** Who claimed a run: the host and process, for the operator reading the table. */
export const serverIdentity = `${hostname()}:${process.pid}`;

export interface ScheduledJobSpec {
  /** the job's row in scheduled_job */
  name: string;
  /** a run is due this long after the last one was claimed */
  everyMs: number;
  /** the work; its result (a count) is only logged */
  run: (db: Db, now: Date) => Promise<number>;
  /** what to log after a run that did something */
  describe: (n: number) => string;
}

/**
 * Claims this period's run of a job: true for exactly one caller per period, however many app servers ask at once
 * (one row per job; the conditional upsert takes the row lock, so the second claim sees the first's time).
 */
export async function claimRun(db: Db, name: string, everyMs: number, now: Date, by = serverIdentity) {
  const dueBefore = new Date(now.getTime() - everyMs);
  const rows = await db
    .insert(scheduledJob)
    .values({ name, startedAt: now, runs: 1, claimedBy: by })
    .onConflictDoUpdate({
      target: scheduledJob.name,
      set: { startedAt: now, finishedAt: null, outcome: null, runs: sql`${scheduledJob.runs} + 1`, claimedBy: by },
      setWhere: sql`${scheduledJob.startedAt} <= ${dueBefore.toISOString()}::timestamptz`,
    })
    .returning({ name: scheduledJob.name });
  return rows.length === 1;
}

/** Runs the job if this server claims the period's run; records the outcome. Never throws (a failure is logged). */
export async function runIfDue(db: Db, job: ScheduledJobSpec, now: Date, log: (msg: string) => void) {
  try {
    if (!(await claimRun(db, job.name, job.everyMs, now))) return false;
  } catch (err) {
    log(`定时任务 ${job.name} 无法认领:${(err as Error).message}`);
    return false;
  }
  try {
    const n = await job.run(db, now);
    // what the job wrote drops the caches kept until a write, here and on the other servers
    if (n > 0) await publishWrite(db);
    await db.update(scheduledJob).set({ finishedAt: new Date(), outcome: "ok" }).where(eq(scheduledJob.name, job.name));
    if (n > 0) log(job.describe(n));
  } catch (err) {
    log(`定时任务 ${job.name} 失败:${(err as Error).message}`);
    await db
      .update(scheduledJob)
      .set({ finishedAt: new Date(), outcome: "failed", failures: sql`${scheduledJob.failures} + 1` })
      .where(eq(scheduledJob.name, job.name))
      .catch(() => {});
  }
  return true;
}

/**
 * Starts the scheduled jobs: each server checks every `tickMs` whether a job is due, and the one that claims it runs
 * it. A server that stops leaves the next run to the others.
 *
 * @returns a function that stops the timer
 */
export async function startScheduler(
  db: Db,
  jobs: ScheduledJobSpec[],
  now: () => Date,
  log: (msg: string) => void,
  tickMs = 5 * 60_000,
): Promise<() => void> {
  const tick = async () => {
    for (const job of jobs) await runIfDue(db, job, now(), log);
  };
  await tick();
  const timer = setInterval(() => void tick(), tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
