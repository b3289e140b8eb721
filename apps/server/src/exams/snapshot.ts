/**
 * The columnar snapshot of an exam version (architecture.md, performance habits): the cohort's scores in typed arrays
 * with group codes, ordered by school and class, plus the names the reports show. A draft's is loaded from exam_score
 * in one query (snapshotFromScores). A published version never changes, so its snapshot is frozen once as binary in
 * exam_snapshot (snapshotCodec.ts) when it is published, and a cold load reads those bytes: at 1,000,000 students × 9
 * subjects a few tens of MB instead of aggregating a million rows. Snapshot and analysis are then kept in memory; a
 * draft is keyed by its last change.
 *
 * The frozen snapshot keeps the group names (schools, classes, teachers) as they stood at publication, as it keeps
 * the teacher assignments: a published version reports its exam as it was, and a cold load skips looking up some
 * 100,000 teachers' names at province scale. A version published before exam_snapshot existed gets its snapshot on
 * its first load, with the names of that day.
 */
import type { exams as core } from "@edubureau/core";
import { PGlite } from "@electric-sql/pglite";
import { and, asc, eq, is, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import pg from "pg";
import type { Db } from "../db/client";
import { describeForLog } from "../http/errors";
import type { JsonText } from "../http/openapi";
import { classNamesById, schoolNamesById, staffNamesById } from "../registry/examsIntake";
import { analyzeColumns, shareLargeColumns } from "./parallelAnalysis";
import type { Overview } from "./presentAnalysis";
import {
  decodeSnapshot,
  encodeSnapshot,
  SNAPSHOT_FORMAT,
  type SnapshotData,
  SnapshotFormatError,
} from "./snapshotCodec";
import { type ExamRow, rowsOf } from "./store";
import { examScore, examSnapshotChunk, examTeacher } from "./tables";

export type { GroupNames } from "./snapshotCodec";

/** An exam version's snapshot (SnapshotData: columns, items, student ids, group names) with its cache key. */
export interface ExamSnapshot extends SnapshotData {
  key: string;
  exam: ExamRow;
  /** memoized analysis of this snapshot */
  analysis?: Promise<core.ExamAnalysis>;
  /** memoized JSON of the bureau's overview of this snapshot, without the exam row (presentAnalysis.ts overviewJson) */
  bureauOverview?: Promise<JsonText<Overview>>;
}

const CACHE_SIZE = 8;
const cache = new Map<string, Promise<ExamSnapshot>>();

/** The snapshot of an exam version, from the cache when it is current. */
export function examSnapshot(db: Db, row: ExamRow): Promise<ExamSnapshot> {
  const key = `${row.id}:${row.status === "draft" ? row.updatedAt.getTime() : "published"}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const loading = loadSnapshot(db, row, key);
  cache.set(key, loading);
  loading.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return loading;
}

/** Drops every cached snapshot (tests; a restore). */
export function clearSnapshotCache() {
  cache.clear();
}

/**
 * The snapshot's analysis, computed once; a large exam's is shared with the analysis worker, its columns moved into
 * shared memory for good on the way (parallelAnalysis.ts).
 */
export function snapshotAnalysis(snap: ExamSnapshot): Promise<core.ExamAnalysis> {
  return keptWith(snap, "analysis", () => {
    snap.columns = shareLargeColumns(snap.columns);
    return analyzeColumns(snap.columns, snap.exam.config);
  });
}

/**
 * What a snapshot keeps of itself (its analysis, the bureau's overview text), made once: a failure is not kept, so the
 * next request tries again.
 */
export function keptWith<K extends "analysis" | "bureauOverview">(
  snap: ExamSnapshot,
  field: K,
  make: () => NonNullable<ExamSnapshot[K]>,
): NonNullable<ExamSnapshot[K]> {
  const kept = snap[field];
  if (kept) return kept as NonNullable<ExamSnapshot[K]>;
  const making = make();
  snap[field] = making;
  making.catch(() => {
    if (snap[field] === making) snap[field] = undefined as ExamSnapshot[K];
  });
  return making;
}

/** What each snapshot keeps that keptOn makes, by name (a WeakMap: it goes with the snapshot). */
const keptValues = new WeakMap<ExamSnapshot, Map<string, unknown>>();

/**
 * A figure a snapshot keeps once made, by name (the student list's totals, the whole cohort's item analysis, value
 * added against a baseline): made on first ask, kept while the snapshot is cached. A `make` that throws keeps nothing.
 */
export function keptOn<T>(snap: ExamSnapshot, name: string, make: () => T): T {
  const kept = keptValues.get(snap) ?? new Map<string, unknown>();
  keptValues.set(snap, kept);
  if (!kept.has(name)) kept.set(name, make());
  return kept.get(name) as T;
}

/** Parses "85,,92.5" (array_to_string with '' for null) into a row of a column set, NaN for empty. */
function parseInto(text: string | null, columns: Float64Array[], row: number) {
  if (!text) return;
  let k = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 44) {
      if (i > start && k < columns.length) columns[k]![row] = Number(text.slice(start, i));
      k++;
      start = i + 1;
    }
  }
}

/**
 * Loads the snapshot of an exam version: a draft's from exam_score; a published (or superseded) version's from its
 * frozen bytes, which are written now from exam_score if it has none or they cannot be used (another format, corrupt,
 * of another input hash). A failure to write them is logged, not reported: the snapshot is good either way.
 */
export async function loadSnapshot(db: Db, row: ExamRow, key = row.id): Promise<ExamSnapshot> {
  if (row.status === "draft") return snapshotFromScores(db, row, key);
  const stored = await storedSnapshot(db, row, key);
  if (stored) return stored;
  const snap = await snapshotFromScores(db, row, key);
  try {
    await db.transaction((tx) => writeSnapshot(tx, row, snap));
  } catch (err) {
    console.error(`[${new Date().toISOString()}] 保存考试快照失败(下次读取时重建) ${describeForLog(err)}`);
  }
  return snap;
}

/** The frozen snapshot of a published version, or null when it has none that can be used. */
export async function storedSnapshot(db: Db, row: ExamRow, key = row.id): Promise<ExamSnapshot | null> {
  const bytes = await readSnapshotBytes(db, row.id);
  if (!bytes) return null;
  let data: SnapshotData;
  try {
    data = decodeSnapshot(bytes, identityOf(row));
  } catch (err) {
    if (err instanceof SnapshotFormatError) return null;
    throw err;
  }
  // keep the lazy getters (student ids, item scores) of the decoded object
  return Object.defineProperties(data, {
    key: { value: key, enumerable: true, writable: true },
    exam: { value: row, enumerable: true, writable: true },
    analysis: { value: undefined, enumerable: true, writable: true },
  }) as ExamSnapshot;
}

const identityOf = (row: ExamRow) => ({ examId: row.id, inputHash: row.inputHash, subjects: row.subjects });

/** Rows of a few MB: one value of tens of MB is several times slower to read on both databases. */
export const SNAPSHOT_CHUNK_BYTES = 4 << 20;

/**
 * Freezes a published version's snapshot (built from exam_score unless given) into exam_snapshot, replacing what
 * was there. Called in publishExam's transaction, and on the first load of a version that has none.
 */
export async function writeSnapshot(db: Db, row: ExamRow, snap?: SnapshotData): Promise<number> {
  if (row.status === "draft") throw new Error("a draft's snapshot is not frozen");
  const bytes = encodeSnapshot(snap ?? (await snapshotFromScores(db, row)), identityOf(row));
  await db.delete(examSnapshotChunk).where(eq(examSnapshotChunk.examId, row.id));
  for (let seq = 0, at = 0; at < bytes.length; seq++, at += SNAPSHOT_CHUNK_BYTES) {
    const part = bytes.subarray(at, Math.min(bytes.length, at + SNAPSHOT_CHUNK_BYTES));
    await db.insert(examSnapshotChunk).values({
      examId: row.id,
      seq,
      regionCode: row.regionCode,
      format: SNAPSHOT_FORMAT,
      // as base64 text: binding a buffer goes through a slow hex conversion on the embedded database
      bytes: sql`decode(${part.toString("base64")}, 'base64')`,
    });
  }
  return bytes.length;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The concatenated chunks of an exam's frozen snapshot of the current format, or null when it has none. Outside a
 * transaction the bytes come as a binary COPY straight from the driver (PGlite's /dev/blob, node-postgres' copy
 * data): no hex or base64 text on either side. Inside one (or if the driver offers neither), as base64 text.
 */
export async function readSnapshotBytes(db: Db, examId: string): Promise<Buffer | null> {
  if (!UUID.test(examId)) throw new Error(`not an exam id: ${examId}`);
  const client = is(db, PgTransaction) ? null : (db as unknown as { $client?: unknown }).$client;
  const copy = `copy (select bytes from exam_snapshot where exam_id = '${examId}' and format = ${SNAPSHOT_FORMAT}
    order by seq) to stdout with (format binary)`;
  if (client instanceof PGlite) {
    const result = await client.query(copy.replace("to stdout", "to '/dev/blob'"));
    if (result.blob) return fromCopyBinary(Buffer.from(await result.blob.arrayBuffer()));
  } else if (client instanceof pg.Pool) {
    return fromCopyBinary(await copyOut(client, copy));
  }
  const rows = await db
    .select({ b64: sql<string>`encode(${examSnapshotChunk.bytes}, 'base64')` })
    .from(examSnapshotChunk)
    .where(and(eq(examSnapshotChunk.examId, examId), eq(examSnapshotChunk.format, SNAPSHOT_FORMAT)))
    .orderBy(asc(examSnapshotChunk.seq));
  return rows.length === 0 ? null : Buffer.concat(rows.map((r) => Buffer.from(r.b64, "base64")));
}

/** The single bytea column of every row of a binary COPY, concatenated; null when there are no rows. */
function fromCopyBinary(copy: Buffer): Buffer | null {
  const signature = "PGCOPY\n\xff\r\n\0";
  if (copy.length < 19 || copy.toString("latin1", 0, 11) !== signature) throw new Error("not a binary COPY");
  let at = 11 + 4;
  at += 4 + copy.readUInt32BE(at);
  const parts: Buffer[] = [];
  for (;;) {
    const fields = copy.readInt16BE(at);
    at += 2;
    if (fields === -1) break;
    const length = copy.readInt32BE(at);
    at += 4;
    if (fields !== 1 || length < 0) throw new Error("unexpected binary COPY row");
    parts.push(copy.subarray(at, at + length));
    at += length;
  }
  return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** Runs a COPY … TO STDOUT on a pooled connection and returns its data (node-postgres hands copy data to the query). */
async function copyOut(pool: pg.Pool, text: string): Promise<Buffer> {
  const client = await pool.connect();
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      const query = new pg.Query(text);
      // the parser reuses its buffer: copy each piece as it comes
      (query as unknown as { handleCopyData(msg: { chunk: Buffer }): void }).handleCopyData = (msg) => {
        chunks.push(Buffer.from(msg.chunk));
      };
      query.on("end", () => resolve(Buffer.concat(chunks)));
      query.on("error", reject);
      client.query(query);
    });
  } finally {
    client.release();
  }
}

/** The snapshot built from the exam_score rows (drafts; the first freezing of a published version). */
export async function snapshotFromScores(db: Db, row: ExamRow, key = row.id): Promise<ExamSnapshot> {
  // one row per class (students aggregated into strings): several times faster than a row per student, above all
  // on the embedded database, whose per-row cost dominates
  const groups = await rowsOf<{ sc: string; c: string | null; n: number; s: string; x: string; i: string | null }>(
    db,
    sql`select ${examScore.schoolId} as sc, ${examScore.classId} as c, count(*)::int as n,
        string_agg(${examScore.studentId}::text, ',' order by ${examScore.studentId}) as s,
        string_agg(array_to_string(${examScore.scores}, ',', ''), ';' order by ${examScore.studentId}) as x,
        string_agg(coalesce(array_to_string(${examScore.items}, ',', ''), ''), ';' order by ${examScore.studentId}) as i
      from ${examScore} where ${examScore.examId} = ${row.id}
      group by ${examScore.schoolId}, ${examScore.classId}
      order by ${examScore.schoolId}, ${examScore.classId} nulls last`,
  );
  const n = groups.reduce((m, g) => m + g.n, 0);
  const subjects = row.subjects;
  const scores = subjects.map(() => new Float64Array(n).fill(Number.NaN));
  const itemCount = subjects.reduce((m, s) => m + (s.items?.length ?? 0), 0);
  const flatItems = Array.from({ length: itemCount }, () => new Float64Array(n).fill(Number.NaN));
  const schoolCode = new Map<string, number>();
  const classCode = new Map<string, number>();
  const school = new Int32Array(n);
  const klass = new Int32Array(n);
  const studentIds = new Array<string>(n);
  const classSchool: number[] = [];
  let r = 0;
  for (const g of groups) {
    let sc = schoolCode.get(g.sc);
    if (sc === undefined) {
      sc = schoolCode.size;
      schoolCode.set(g.sc, sc);
    }
    let c = -1;
    if (g.c) {
      c = classCode.size;
      classCode.set(g.c, c);
      classSchool.push(sc);
    }
    const ids = g.s.split(",");
    const xs = g.x.split(";");
    const is = itemCount > 0 && g.i ? g.i.split(";") : null;
    for (let j = 0; j < ids.length; j++, r++) {
      studentIds[r] = ids[j]!;
      school[r] = sc;
      klass[r] = c;
      parseInto(xs[j] ?? null, scores, r);
      if (is) parseInto(is[j] ?? null, flatItems, r);
    }
  }
  // teachers through the class–subject–teacher assignments copied with the exam
  const assignments = await db
    .select({ classId: examTeacher.classId, subject: examTeacher.subject, staffId: examTeacher.staffId })
    .from(examTeacher)
    .where(eq(examTeacher.examId, row.id));
  const teacherCode = new Map<string, number>();
  const teacherSchool: number[] = [];
  const bySubject = new Map<string, Int32Array>();
  for (const a of assignments) {
    const c = classCode.get(a.classId);
    if (c === undefined) continue;
    let t = teacherCode.get(a.staffId);
    if (t === undefined) {
      t = teacherCode.size;
      teacherCode.set(a.staffId, t);
      teacherSchool.push(classSchool[c]!);
    }
    const perClass = bySubject.get(a.subject) ?? new Int32Array(classCode.size).fill(-1);
    perClass[c] = t;
    bySubject.set(a.subject, perClass);
  }
  const teacher = subjects.map((s) => {
    const perClass = bySubject.get(s.code);
    const out = new Int32Array(n).fill(-1);
    if (perClass) for (let r = 0; r < n; r++) if (klass[r]! >= 0) out[r] = perClass[klass[r]!]!;
    return out;
  });
  const items: Float64Array[][] = [];
  let next = 0;
  for (const s of subjects) {
    const count = s.items?.length ?? 0;
    items.push(flatItems.slice(next, next + count));
    next += count;
  }
  // one after another: inside publication's transaction the three would queue on its one connection, which
  // node-postgres warns of and its next major version refuses
  const schoolNames = await namesOf(db, "school", [...schoolCode.keys()]);
  const classNames = await namesOf(db, "class", [...classCode.keys()]);
  const teacherNames = await namesOf(db, "staff", [...teacherCode.keys()]);
  return {
    key,
    exam: row,
    columns: {
      size: n,
      subjects: subjects.map((s) => ({ code: s.code, fullMarks: s.fullMarks })),
      scores,
      school,
      klass,
      teacher,
      groups: { schools: schoolCode.size, classes: classCode.size, teachers: teacherCode.size },
    },
    items,
    studentIds,
    schools: { ids: [...schoolCode.keys()], names: schoolNames },
    classes: { ids: [...classCode.keys()], names: classNames, school: Int32Array.from(classSchool) },
    teachers: { ids: [...teacherCode.keys()], names: teacherNames, school: Int32Array.from(teacherSchool) },
  };
}

/** Display names of schools, classes or staff, in the order of the ids ("(未知)" for one not found). */
async function namesOf(db: Db, kind: "school" | "class" | "staff", ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const lookup = kind === "school" ? schoolNamesById : kind === "class" ? classNamesById : staffNamesById;
  const byId = await lookup(db, ids);
  return ids.map((id) => byId.get(id) ?? "(未知)");
}
