/**
 * A scope's student list kept in memory for searching (学生检索), until the next write.
 *
 * Many people searching at once each cost the database a join of every match to its enrollment, school and class,
 * counted and sorted (a common surname matches a thousand students of a county): about 6 ms of the server a search
 * on the embedded database's one connection. From a kept list of the scope's students a search costs 1.3 ms, most
 * of it the HTTP request (bench/studentSearchLoad.ts). The list is
 * read by the same SQL as the list page, with the same scope conditions (registry/store.ts), so no scope rule is
 * written twice; what is matched in memory is only the search text (`matchesSearchText`).
 *
 * When a list is kept:
 * - It is read only after two searches of the same scope with no write between them, in the background; until it is
 *   there, searches go to the database as before. A single search after each write never pays for a list.
 * - It is used only while no app server has committed a write since it was read (the write epoch of
 *   ops/writeSignal.ts): a student registered a moment ago is found at once.
 * - Reading lists takes at most a tenth of the time (a county of 20,000 students is read in about half a second;
 *   then none is read for 5 s), so a county that writes all day long does not spend its connection reading lists
 *   each write makes stale.
 * - At most MAX_LISTS lists and MAX_KEPT_ROWS students per database (about 640 bytes a student: 130 MB), the least
 *   recently searched dropped first; a scope of more than MAX_ROWS students searches in the database.
 *
 * The kept rows hold what the list shows plus the search keys (the full student number among them), in this process's
 * memory only, as the database's own buffers do; every answer is masked as before.
 */
import { registry } from "@edubureau/core";
import type { Db } from "../db/client";
import { boundWriteEpoch } from "../ops/writeSignal";

/** What a search answers of a student (before masking) holds at least what it matches on. */
interface Shown {
  residentIdMasked: string | null;
  studentNumber: string;
}

/** One student of a kept list: what a search answers, and the search keys it does not show. */
export interface KeptStudent<S extends Shown> {
  shown: S;
  /** lower-cased name */
  nameLower: string;
  /** pinyin initials, lower case */
  initials: string | null;
  /** the person's county */
  regionCode: string;
}

const MAX_LISTS = 16;
export const MAX_ROWS = 100_000;
const MAX_KEPT_ROWS = 200_000;
/** A list is read at most this share of the time. */
const READING_SHARE = 0.1;

interface Slot<S extends Shown> {
  rows: readonly KeptStudent<S>[] | null;
  /** the write epoch the rows were read in */
  epoch: number;
  /** the epoch the last search of this scope saw: a second search in the same epoch starts a read */
  seenEpoch: number;
  reading: Promise<void> | null;
  readEndedAt: number;
  readMs: number;
}

const slotsByDb = new WeakMap<Db, Map<string, Slot<Shown>>>();

/**
 * The kept list of a scope if it is current, else null (search the database), starting its read when due.
 *
 * @param key - everything the list's SQL depends on (scope, school year, status, school)
 * @param read - reads the scope's whole list, in the list's order
 */
export function keptStudentList<S extends Shown>(
  db: Db,
  key: string,
  read: () => Promise<KeptStudent<S>[]>,
  now = Date.now(),
): readonly KeptStudent<S>[] | null {
  const epoch = boundWriteEpoch(db);
  if (epoch === undefined) return null;
  let slots = slotsByDb.get(db);
  if (!slots) {
    slots = new Map();
    slotsByDb.set(db, slots);
  }
  let slot = slots.get(key) as Slot<S> | undefined;
  if (slot) slots.delete(key); // re-inserted below: the map's order is the order of use
  slot ??= { rows: null, epoch: -1, seenEpoch: -1, reading: null, readEndedAt: 0, readMs: 0 };
  slots.set(key, slot);
  while (slots.size > MAX_LISTS) slots.delete(slots.keys().next().value!);

  if (slot.rows && slot.epoch === epoch) return slot.rows;
  const searchedBefore = slot.seenEpoch === epoch;
  slot.seenEpoch = epoch;
  const rested = now - slot.readEndedAt >= slot.readMs / READING_SHARE;
  if (searchedBefore && !slot.reading && rested) startReading(db, slots, slot, epoch, read);
  return null;
}

function startReading<S extends Shown>(
  db: Db,
  slots: Map<string, Slot<Shown>>,
  slot: Slot<S>,
  epoch: number,
  read: () => Promise<KeptStudent<S>[]>,
) {
  let started = performance.now();
  slot.rows = null;
  // on the next turn of the event loop: the search that found the list due has sent its own query by then, and the
  // embedded database answers in order, so that search does not wait for the read (it waited 0.8 s)
  slot.reading = new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => {
      started = performance.now();
      return read();
    })
    .then(
      (rows) => {
        // a write committed while reading may or may not be in the rows: they are not used then
        if (rows.length <= MAX_ROWS && boundWriteEpoch(db) === epoch) {
          slot.rows = rows;
          slot.epoch = epoch;
          makeRoom(slots, slot);
        }
      },
      // the searches go on in the database; the next read is tried after the rest
      () => undefined,
    )
    .finally(() => {
      slot.readMs = performance.now() - started;
      slot.readEndedAt = Date.now();
      slot.reading = null;
    });
}

/** Drops the rows of the least recently searched lists until all kept fit in MAX_KEPT_ROWS. */
function makeRoom(slots: Map<string, Slot<Shown>>, keep: Slot<Shown>) {
  let kept = 0;
  for (const s of slots.values()) kept += s.rows?.length ?? 0;
  for (const s of slots.values()) {
    if (kept <= MAX_KEPT_ROWS) break;
    if (s === keep || !s.rows) continue;
    kept -= s.rows.length;
    s.rows = null;
  }
}

/** Waits for the lists being read (tests, benches). */
export async function listsRead(db: Db): Promise<void> {
  const slots = slotsByDb.get(db);
  await Promise.all([...(slots?.values() ?? [])].map((s) => s.reading));
}

/**
 * Whether a kept student matches a search text exactly as the database's search does (registry/store.ts,
 * `personTextMatch` and the student number): the name holds the text (ILIKE: case folded), the initials start with
 * it (when it is letters), the resident ID ends with it (when it is three digits and a digit or X), or the full
 * student number is it. In a county's scope the first three count only for the county's own people.
 *
 * @param text - the search text as the database is given it (trimmed, with % _ \ removed)
 */
export function matchesSearchText(text: string, county: string | null) {
  const lower = text.toLowerCase();
  const initials = registry.looksLikeInitials(text) ? lower : null;
  const last4 = /^\d{3}[\dXx]$/.test(text) ? { lower, upper: text.toUpperCase() } : null;
  const number = text.toUpperCase();
  return (s: KeptStudent<Shown>): boolean => {
    if (s.shown.studentNumber === number) return true;
    if (county !== null && s.regionCode !== county) return false;
    if (s.nameLower.includes(lower)) return true;
    if (initials !== null && s.initials?.startsWith(initials)) return true;
    const masked = s.shown.residentIdMasked;
    return (
      last4 !== null &&
      masked !== null &&
      masked.slice(-4).toLowerCase() === last4.lower &&
      masked.endsWith(last4.upper)
    );
  };
}
