import { calendar } from "@edubureau/core";
import type { Dayjs } from "dayjs";
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

/**
 * A date and minute picked on a form, read as Beijing wall-clock time whatever the browser's time zone, in the form
 * event times are published in: 2026-08-28 09:00 picked gives "2026-08-28T09:00:00+08:00".
 */
export function beijingEventTime(picked: Dayjs): string {
  return calendar.beijingIso(calendar.beijingInstant(picked.format("YYYY-MM-DD"), picked.format("HH:mm")));
}

/** A digest shown short, full on hover. */
export const shortDigest = (d: string | null | undefined) => (d ? `${d.slice(0, 12)}…${d.slice(-6)}` : "—");
