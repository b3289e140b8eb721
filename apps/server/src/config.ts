import { resolve } from "node:path";
import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  EDUBUREAU_DATA: z.string().default("./data"),
  DATABASE_URL: z.string().optional(),
  /** a streaming replica for read-only, report-style queries (PostgreSQL only) */
  DATABASE_READ_URL: z.string().optional(),
  /** a replica further behind than this many seconds is not read from */
  EDUBUREAU_READ_MAX_LAG_SECONDS: z.coerce.number().min(0).default(30),
  /** connections per pool (PostgreSQL) */
  EDUBUREAU_DB_POOL: z.coerce.number().int().min(1).max(500).default(10),
  /** addresses of reverse proxies whose X-Real-IP / X-Forwarded-For name the client (comma-separated) */
  EDUBUREAU_TRUSTED_PROXIES: z.string().default(""),
  /** bearer token for /metrics from another machine (without it, /metrics answers only this machine) */
  EDUBUREAU_METRICS_TOKEN: z.string().min(16).optional(),
  /** text (default): messages for a person; json: one JSON object a line, with every request logged */
  EDUBUREAU_LOG_FORMAT: z.enum(["text", "json"]).default("text"),
  /** production | development; NODE_ENV=production also means production */
  EDUBUREAU_MODE: z.enum(["production", "development"]).optional(),
  NODE_ENV: z.string().optional(),
  /** key for encrypting and hashing personal data; required in production */
  EDUBUREAU_SECRET: z.string().min(32).optional(),
  /** allow demo accounts in production mode (a public demo site) */
  EDUBUREAU_ALLOW_DEMO: z.enum(["0", "1"]).default("0"),
  /** initial administrator password for the first run in production */
  EDUBUREAU_ADMIN_PASSWORD: z.string().optional(),
  EDUBUREAU_SESSION_HOURS: z.coerce.number().positive().default(8),
  /** the command line's backup passphrase, for unattended backups and restores */
  EDUBUREAU_BACKUP_PASSPHRASE: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** DATABASE_READ_URL */
  databaseReadUrl?: string;
  readMaxLagSeconds?: number;
  dbPoolSize?: number;
  trustedProxies?: string[];
  metricsToken?: string;
  logFormat?: "text" | "json";
  production: boolean;
  secret: string | undefined;
  allowDemo: boolean;
  adminPassword: string | undefined;
  sessionHours: number;
  /** EDUBUREAU_BACKUP_PASSPHRASE: the command line's backup passphrase (the web asks for it every time) */
  backupPassphrase?: string;
}

/** Reads the environment once, at start-up. A bad value stops the program with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量设置有误:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.EDUBUREAU_DATA),
    databaseUrl: e.DATABASE_URL || undefined,
    databaseReadUrl: e.DATABASE_READ_URL || undefined,
    readMaxLagSeconds: e.EDUBUREAU_READ_MAX_LAG_SECONDS,
    dbPoolSize: e.EDUBUREAU_DB_POOL,
    trustedProxies: e.EDUBUREAU_TRUSTED_PROXIES.split(",")
      .map((a) => a.trim())
      .filter(Boolean),
    metricsToken: e.EDUBUREAU_METRICS_TOKEN,
    logFormat: e.EDUBUREAU_LOG_FORMAT,
    production: e.EDUBUREAU_MODE ? e.EDUBUREAU_MODE === "production" : e.NODE_ENV === "production",
    secret: e.EDUBUREAU_SECRET,
    allowDemo: e.EDUBUREAU_ALLOW_DEMO === "1",
    adminPassword: e.EDUBUREAU_ADMIN_PASSWORD,
    sessionHours: e.EDUBUREAU_SESSION_HOURS,
    backupPassphrase: e.EDUBUREAU_BACKUP_PASSPHRASE || undefined,
  };
}
