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

  get(key: string, now: number, compute: () => Promise<T>, epoch = 0): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs && hit.epoch === epoch) return hit.value;
    const value = compute();
    // a failed computation is not cached
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
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
