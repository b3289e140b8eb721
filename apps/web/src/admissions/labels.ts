import { calendar } from "@edubureau/core";
import type { DrawStatus } from "./api";

export const statusColors: Record<DrawStatus, string> = {
  draft: "default",
  frozen: "blue",
  drawn: "orange",
  published: "green",
};

/** A date-time in Beijing time, as 2026-08-28 09:00. */
export function beijingTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return calendar.beijingIso(new Date(iso)).slice(0, 16).replace("T", " ");
}

/** A digest shown short, full on hover. */
export const shortDigest = (d: string | null | undefined) => (d ? `${d.slice(0, 12)}…${d.slice(-6)}` : "—");
