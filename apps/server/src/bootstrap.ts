import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createPersonalDataCipher, type PersonalDataCipher } from "./auth/personalData";
import type { Config } from "./config";
import { type Database, openDatabase } from "./db/client";
import { hostOf } from "./db/hosts";
import { migrate } from "./db/migrate";

/** The file that holds the platform secret when EDUBUREAU_SECRET is not set. */
export const secretFile = (config: Config) => join(config.dataDir, "secret.key");

/**
 * The platform secret (encrypts and hashes personal data). Production requires EDUBUREAU_SECRET; elsewhere a
 * random key is made once and kept in the data folder, so a laptop install needs no set-up.
 */
export function resolveSecret(config: Config): string {
  if (config.secret) return config.secret;
  if (config.production) {
    throw new Error("生产模式必须设置环境变量 EDUBUREAU_SECRET(至少32个字符),用于加密个人信息");
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = secretFile(config);
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, "utf8").trim();
}

export interface Platform {
  database: Database;
  cipher: PersonalDataCipher;
}

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in the data folder) and migrates. */
export async function openPlatform(config: Config, log: (msg: string) => void = () => {}): Promise<Platform> {
  const cipher = createPersonalDataCipher(resolveSecret(config));
  const database = config.databaseUrl
    ? await openDatabase({
        kind: "postgresql",
        url: config.databaseUrl,
        readUrl: config.databaseReadUrl,
        poolSize: config.dbPoolSize,
        maxReplicaLagSeconds: config.readMaxLagSeconds,
        log,
      })
    : await openDatabase({ kind: "pglite", dataDir: join(config.dataDir, "pglite") });
  log(
    database.kind === "pglite"
      ? `数据库:内置 PGlite(${join(config.dataDir, "pglite")})`
      : `数据库:PostgreSQL(主库 ${hostOf(database.pools?.finder.url ?? "")}${config.databaseReadUrl ? `,只读副本 ${hostOf(config.databaseReadUrl)}` : ""})`,
  );
  await migrate(database);
  return { database, cipher };
}
