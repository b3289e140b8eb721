import type pg from "pg";
import { describeError, hostOf, isConnectionError } from "./hosts";

/** What the health route and /metrics say of the read replica. */
export interface ReplicaStatus {
  /** none: no DATABASE_READ_URL; up: reads go to it; down: unreachable or too far behind, reads go to the primary */
  state: "none" | "up" | "down";
  /** seconds since the last transaction the replica replayed, 0 when it has replayed all the primary wrote */
  lagSeconds: number | null;
  /** bytes of write-ahead log the replica has yet to replay */
  lagBytes: number | null;
  /** true when the server named by DATABASE_READ_URL is no longer a standby (it was promoted) */
  promoted: boolean;
  /** reads sent to the primary because the replica failed them */
  fallbacks: number;
}

type QueryArgs = Parameters<pg.Pool["query"]>;

/**
 * The pool behind `readDb`: read-only, report-style queries go to the replica while it is up and close enough
 * behind; otherwise, and whenever a query fails because the replica is unreachable, to the primary — the reader
 * never sees the difference. Checked every few seconds (also how the lag is measured).
 */
export class ReadPool {
  readonly status: ReplicaStatus = { state: "down", lagSeconds: null, lagBytes: null, promoted: false, fallbacks: 0 };
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly replica: pg.Pool,
    private readonly primary: () => pg.Pool,
    private readonly maxLagSeconds: number,
    private readonly log: (msg: string) => void,
    readonly url: string,
  ) {
    replica.on("error", (err) => this.markDown(err));
  }

  private markDown(err: unknown) {
    if (this.status.state === "up")
      this.log(`只读副本 ${hostOf(this.url)} 不可用(${describeError(err)}),读取改由主库承担`);
    this.status.state = "down";
  }

  /** Measures the replica against the primary; decides where reads go until the next check. */
  async check(): Promise<void> {
    try {
      const { rows } = await this.replica.query<{ standby: boolean; lsn: string | null; replayed: string | null }>(
        `select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as lsn,
                extract(epoch from now() - pg_last_xact_replay_timestamp())::float8::text as replayed`,
      );
      const row = rows[0]!;
      if (!row.standby) {
        Object.assign(this.status, { state: "up", lagSeconds: 0, lagBytes: 0, promoted: true });
        return;
      }
      const primary = await this.primary().query<{ behind: string | null }>(
        "select pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::float8::text as behind",
        [row.lsn ?? "0/0"],
      );
      const lagBytes = Math.max(0, Number(primary.rows[0]?.behind ?? 0));
      const lagSeconds = lagBytes === 0 ? 0 : Math.max(0, Number(row.replayed ?? 0));
      const wasUp = this.status.state === "up";
      const state = lagSeconds <= this.maxLagSeconds ? "up" : "down";
      Object.assign(this.status, { state, lagSeconds, lagBytes, promoted: false });
      if (state === "up" && !wasUp) this.log(`只读副本 ${hostOf(this.url)} 可用,报表类读取由副本承担`);
      if (state === "down" && wasUp) this.log(`只读副本落后 ${lagSeconds.toFixed(0)} 秒,读取改由主库承担`);
    } catch (err) {
      // the primary may be the one missing (being failed over): then the replica's own answer is all there is
      if (isConnectionError(err)) this.markDown(err);
    }
  }

  start(everyMs = 5000) {
    if (this.timer) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), everyMs);
    this.timer.unref();
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** pg.Pool's query, as drizzle calls it: the replica first while it is up, the primary when it fails. */
  async query(...args: QueryArgs): Promise<unknown> {
    if (this.status.state === "up") {
      try {
        return await (this.replica.query as (...a: QueryArgs) => Promise<unknown>)(...args);
      } catch (err) {
        if (!isConnectionError(err)) throw err;
        this.markDown(err);
        this.status.fallbacks += 1;
      }
    }
    return (this.primary().query as (...a: QueryArgs) => Promise<unknown>)(...args);
  }

  /** A dedicated connection (drizzle's transactions): the replica while up, else the primary. */
  connect(): Promise<pg.PoolClient> {
    return this.status.state === "up" ? this.replica.connect() : this.primary().connect();
  }

  end(): Promise<void> {
    this.stop();
    return this.replica.end();
  }
}
