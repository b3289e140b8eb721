import { purgeExpiredSessions } from "../auth/sessionStore";
import { purgeStaleUploads } from "../excel/importJobs";
import { raiseRetentionReminders } from "../retention/reminders";
import type { ScheduledJobSpec } from "./scheduler";

const HOUR = 60 * 60_000;

/** The platform's scheduled work: each runs once an hour across all app servers (scheduler.ts). */
export const platformJobs: ScheduledJobSpec[] = [
  {
    name: "upload-purge",
    everyMs: HOUR,
    run: purgeStaleUploads,
    describe: (n) => `已清除 ${n} 个超过24小时未提交的导入文件`,
  },
  {
    name: "retention-reminders",
    everyMs: HOUR,
    run: raiseRetentionReminders,
    describe: (n) => `控辍保学:新发出 ${n} 条督办提醒(逾期个案、零报告逾期)`,
  },
  {
    name: "session-purge",
    everyMs: HOUR,
    run: async (db, now) => {
      await purgeExpiredSessions(db, now);
      return 0;
    },
    describe: () => "",
  },
];
