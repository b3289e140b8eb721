import pg from "pg";

/**
 * A PostgreSQL URL may name several servers, as libpq allows: `postgres://user@db1:5432,db2:5432/edubureau`. The
 * platform then connects to whichever of them is the primary (not in recovery), and follows it when a standby is
 * promoted: the app servers reconnect without a restart.
 */
export interface DatabaseHosts {
  /** one single-host URL per server, in the order given */
  urls: string[];
}

export function parseHosts(url: string): DatabaseHosts {
  const match = /^(postgres(?:ql)?:\/\/)([^@/]*@)?([^/?]+)(.*)$/.exec(url);
  if (!match) return { urls: [url] };
  const [, scheme, auth = "", hostList = "", rest = ""] = match;
  const urls = hostList.split(",").map((host) => `${scheme}${auth}${host}${rest}`);
  return { urls };
}

/** The server part of a URL (host:port), never the user or password: for logs and the health route. */
export function hostOf(url: string): string {
  return /^postgres(?:ql)?:\/\/(?:[^@/]*@)?([^/?]+)/.exec(url)?.[1] ?? "?";
}

/** Errors that mean the server could not be reached or went away (not an error in the SQL itself). */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === "string" ? e.code : "";
  if (code.startsWith("08") || code.startsWith("57P") || code === "40001" || code === "25006") return true;
  if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"].includes(code))
    return true;
  const message = typeof e?.message === "string" ? e.message : "";
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(
    message,
  );
}

/** Asks one server whether it is a standby; null when it cannot be reached within the timeout. */
export async function probe(url: string, timeoutMs = 2000): Promise<{ standby: boolean } | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ standby: boolean }>("select pg_is_in_recovery() as standby");
    return { standby: rows[0]?.standby ?? false };
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Follows the primary among several servers: checks them now and then (and at once after a connection error)
 * and keeps the URL of the one that is not in recovery. With a single server there is nothing to follow.
 */
export class PrimaryFinder {
  private current: string;
  private checking: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly hosts: DatabaseHosts,
    private readonly log: (msg: string) => void = () => {},
  ) {
    this.current = hosts.urls[0]!;
  }

  get url(): string {
    return this.current;
  }

  get several(): boolean {
    return this.hosts.urls.length > 1;
  }

  /** Checks the servers (one check at a time); resolves when the primary is known or none answered. */
  check(): Promise<void> {
    if (!this.several) return Promise.resolve();
    this.checking ??= (async () => {
      for (const url of [this.current, ...this.hosts.urls.filter((u) => u !== this.current)]) {
        const answer = await probe(url);
        if (answer && !answer.standby) {
          if (url !== this.current) this.log(`数据库主库切换到 ${hostOf(url)}`);
          this.current = url;
          return;
        }
      }
    })().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  start(everyMs = 2000) {
    if (!this.several || this.timer) return;
    this.timer = setInterval(() => void this.check(), everyMs);
    this.timer.unref();
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** A pool whose new connections go to the current primary (PrimaryFinder); idle ones to a lost server are dropped. */
export function followingPool(finder: PrimaryFinder, options: pg.PoolConfig, log: (msg: string) => void): pg.Pool {
  class FollowingClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionString: finder.url });
      // a connection in use when its server goes away: the query in flight fails and the pool drops the
      // connection on release; without a listener the error would end the process
      this.on("error", () => void finder.check());
    }
  }
  const pool = new pg.Pool({ ...options, connectionString: finder.url, Client: FollowingClient as never });
  // an idle connection whose server went away: the pool drops it; without this listener the process would exit
  pool.on("error", (err) => {
    log(`数据库连接中断(${describeError(err)}),重新连接`);
    void finder.check();
  });
  return pool;
}

/** The error's code and message without any query parameters: safe to log. */
export function describeError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return [e?.code, e?.message].filter(Boolean).join(" ");
}

/** A pool client class that does not end the process when its server goes away while it is in use. */
export class SurvivingClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    this.on("error", () => {});
  }
}
