import type { Db } from "../db/client";
import { boundWriteEpoch } from "../ops/writeSignal";

/**
 * A small time-bounded cache with single flight: concurrent callers of the same key share one computation, and the
 * result is reused for `ttlMs` — and only while no write has been committed since (the `epoch` from
 * ops/writeSignal.ts, which every app server shares through the database). For read-mostly figures (the home
 * overview) that many users open at once. Bounded in size; the oldest entry goes first.
 */
export class SingleFlightCache<T> {
  private readonly entries = new Map<string, { at: number; epoch: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  /** `keep` can refuse a value for later callers (one that says a part of it failed); a rejection is never kept. */
  get(key: string, now: number, compute: () => Promise<T>, epoch = 0, keep?: (value: T) => boolean): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs && hit.epoch === epoch) return hit.value;
    const value = compute();
    const forget = () => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    };
    value.then((v) => {
      if (keep && !keep(v)) forget();
    }, forget);
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { at: now, epoch, value });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Values that change only with a committed write (the materialised figures, a county's settings, a signed-in
 * session), kept per database handle until any app server commits a write (the write epoch, shared through
 * PostgreSQL) or `ttlMs` passes, which bounds a write the signal cannot hear (another program's). Where no signal is
 * bound to the handle nothing is kept: every call computes.
 *
 * @example const cachedYear = untilWriteCache<number>(); await cachedYear(db, regionCode, () => readYear(db));
 */
export function untilWriteCache<T>(
  options: { keep?: (value: T) => boolean; ttlMs?: number; maxEntries?: number } = {},
) {
  const { keep, ttlMs = 10 * 60_000, maxEntries = 1000 } = options;
  const caches = new WeakMap<Db, SingleFlightCache<T>>();
  return (db: Db, key: string, compute: () => Promise<T>): Promise<T> => {
    const epoch = boundWriteEpoch(db);
    if (epoch === undefined) return compute();
    let cache = caches.get(db);
    if (!cache) {
      cache = new SingleFlightCache<T>(ttlMs, maxEntries);
      caches.set(db, cache);
    }
    return cache.get(key, Date.now(), compute, epoch, keep);
  };
}
