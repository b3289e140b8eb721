import { count, sql } from "drizzle-orm";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { DatabasePools, Db } from "../db/client";
import { importJob } from "../excel/tables";
import { scheduledJob } from "./tables";

/**
 * The Prometheus metrics of one app server (`GET /metrics`): request latency by route pattern (never the path as
 * sent, which may hold record ids), the database pools, the read replica, the scheduled jobs and the import queue.
 */
export interface PlatformMetrics {
  registry: Registry;
  observeRequest(method: string, route: string, status: number, seconds: number): void;
}

export function createMetrics(db: Db, pools: DatabasePools | undefined): PlatformMetrics {
  const registry = new Registry();
  const latency = new Histogram({
    name: "edubureau_http_request_duration_seconds",
    help: "HTTP request latency by route pattern",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5, 10, 30],
    registers: [registry],
  });
  const errors = new Counter({
    name: "edubureau_http_server_errors_total",
    help: "Requests answered with a 5xx status",
    labelNames: ["route"],
    registers: [registry],
  });
  new Gauge({
    name: "edubureau_db_pool_connections",
    help: "Database pool connections: total, idle, and requests waiting for one",
    labelNames: ["pool", "state"],
    registers: [registry],
    collect() {
      this.reset();
      const sets: [string, { totalCount: number; idleCount: number; waitingCount: number } | undefined][] = [
        ["primary", pools?.primary],
        ["replica", pools?.read?.replica],
      ];
      for (const [pool, p] of sets) {
        if (!p) continue;
        this.set({ pool, state: "total" }, p.totalCount);
        this.set({ pool, state: "idle" }, p.idleCount);
        this.set({ pool, state: "waiting" }, p.waitingCount);
      }
    },
  });
  new Gauge({
    name: "edubureau_db_replica_up",
    help: "1 while read-only report queries go to the read replica, 0 while they fall back to the primary",
    registers: [registry],
    collect() {
      this.set(pools?.read?.status.state === "up" ? 1 : 0);
    },
  });
  new Gauge({
    name: "edubureau_db_replica_lag_seconds",
    help: "Seconds the read replica's last replayed transaction is behind (0 when it has replayed everything)",
    registers: [registry],
    collect() {
      const lag = pools?.read?.status.lagSeconds;
      if (lag !== null && lag !== undefined) this.set(lag);
    },
  });
  new Counter({
    name: "edubureau_db_replica_fallbacks_total",
    help: "Read-only queries sent to the primary because the replica failed them",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(pools?.read?.status.fallbacks ?? 0);
    },
  });
  new Gauge({
    name: "edubureau_scheduled_job_last_run_timestamp_seconds",
    help: "When each scheduled job last started on any app server",
    labelNames: ["job", "outcome"],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db
        .select({ name: scheduledJob.name, startedAt: scheduledJob.startedAt, outcome: scheduledJob.outcome })
        .from(scheduledJob)
        .catch(() => []);
      for (const r of rows) this.set({ job: r.name, outcome: r.outcome ?? "running" }, r.startedAt.getTime() / 1000);
    },
  });
  new Gauge({
    name: "edubureau_import_jobs",
    help: "Excel uploads by capability and state (the import queue)",
    labelNames: ["capability", "status"],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db
        .select({ capability: importJob.capability, status: importJob.status, n: count() })
        .from(importJob)
        .where(sql`${importJob.status} <> 'discarded'`)
        .groupBy(importJob.capability, importJob.status)
        .catch(() => []);
      for (const r of rows) this.set({ capability: r.capability, status: r.status }, r.n);
    },
  });
  return {
    registry,
    observeRequest(method, route, status, seconds) {
      latency.observe({ method, route, status: String(status) }, seconds);
      if (status >= 500) errors.inc({ route });
    },
  };
}

/** Node.js process metrics (memory, event-loop lag, GC) on the server's registry: once per process. */
export function collectProcessMetrics(metrics: PlatformMetrics): void {
  collectDefaultMetrics({ register: metrics.registry, prefix: "edubureau_" });
}
