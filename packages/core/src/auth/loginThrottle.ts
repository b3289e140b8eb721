export interface LoginThrottleRule {
  /** failures allowed before the account is locked */
  freeAttempts: number;
  /** first lock length in seconds; doubles with each further failure */
  baseLockSeconds: number;
  /** longest lock in seconds */
  maxLockSeconds: number;
}

export const defaultLoginThrottle: LoginThrottleRule = { freeAttempts: 5, baseLockSeconds: 60, maxLockSeconds: 3600 };

/**
 * When logins are allowed again after the n-th consecutive failed login (exponential backoff). The server counts
 * failures per username as typed and client address, whether or not the account exists.
 *
 * @param failures - consecutive failures so far, including the one just made
 * @param now - the time of the failure
 * @returns the time until which logins are refused, or null when no lock applies yet
 * @example lockedUntil(6, new Date("2026-01-01T00:00:00Z")) // => 2026-01-01T00:02:00Z (5th failure: 1 min)
 */
export function lockedUntil(failures: number, now: Date, rule = defaultLoginThrottle): Date | null {
  if (failures < rule.freeAttempts) return null;
  const seconds = Math.min(rule.baseLockSeconds * 2 ** (failures - rule.freeAttempts), rule.maxLockSeconds);
  return new Date(now.getTime() + seconds * 1000);
}
