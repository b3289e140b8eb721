import type { auth } from "@edubureau/core";
import type { PersonalDataCipher } from "../auth/personalData";
import type { Config } from "../config";
import type { DatabaseKind, Db } from "../db/client";

/** What every request handler can reach: the database, configuration, the cipher and the clock. */
export interface Deps {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  cipher: PersonalDataCipher;
  /** the clock, passed in so tests can move time (session expiry, lockouts) */
  now: () => Date;
}

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
  mustChangePassword: boolean;
  displayName: string;
}

export type AppEnv = {
  Variables: {
    deps: Deps;
    actor: auth.Actor | null;
    session: SessionInfo | null;
    ip: string;
  };
};
