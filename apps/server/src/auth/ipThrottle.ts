/**
 * Failed logins per client address in a sliding window, in memory: a second line behind the per-account lock,
 * against one address trying many usernames. Bounded so it cannot grow without limit.
 */
export class IpThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly limit = 30,
    private readonly windowMs = 10 * 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  blocked(ip: string, now: number): boolean {
    return this.recent(ip, now).length >= this.limit;
  }

  fail(ip: string, now: number): void {
    if (!this.failures.has(ip) && this.failures.size >= this.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.failures.set(ip, [...this.recent(ip, now), now]);
  }

  private recent(ip: string, now: number): number[] {
    return (this.failures.get(ip) ?? []).filter((t) => now - t < this.windowMs);
  }
}
