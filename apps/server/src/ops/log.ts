/**
 * Structured logs: one JSON object a line, for journald or any log collector. What may be logged is fixed: the
 * method, the path (never the query string), the route pattern, status, duration and request id; for a failure the
 * SQL text and state (http/errors.ts) — never a parameter, a body or a header, which may hold personal data.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export type JsonLog = (level: "info" | "warn" | "error", msg: string, fields?: LogFields) => void;

export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): JsonLog {
  return (level, msg, fields = {}) => write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
}
