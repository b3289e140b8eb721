import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The address of the connection itself (the proxy's when behind one); "local" for in-process requests. */
export function connectionAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "local";
  }
}

/**
 * The client's address: the connection's, or — when the connection comes from a trusted proxy
 * (EDUBUREAU_TRUSTED_PROXIES) — the address the proxy names in X-Real-IP or last in X-Forwarded-For. The login
 * throttle counts by it, so behind nginx every user would otherwise share the proxy's address.
 */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string {
  const direct = connectionAddress(c);
  if (!trustedProxies.includes(direct)) return direct;
  const real = c.req.header("x-real-ip")?.trim();
  const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
  const named = real || forwarded;
  return named && /^[0-9a-fA-F:.]{2,45}$/.test(named) ? named : direct;
}

/** Whether a connection comes from this machine (where /metrics answers without a token). */
export function isLoopback(address: string): boolean {
  return address === "local" || address === "::1" || address.startsWith("127.") || address === "::ffff:127.0.0.1";
}
