/**
 * The frozen snapshot of a published exam version (exam_snapshot): written when it is published, equal in every
 * column to the one built from exam_score, created on the first load of a published version that has none, never
 * for a draft, its own for a correction, and rebuilt rather than trusted when its bytes are corrupt or of another
 * format or exam.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/db/client";
import {
  clearSnapshotCache,
  type ExamSnapshot,
  examSnapshot,
  loadSnapshot,
  readSnapshotBytes,
  SNAPSHOT_CHUNK_BYTES,
  snapshotFromScores,
  storedSnapshot,
  writeSnapshot,
} from "../src/exams/snapshot";
import { SNAPSHOT_FORMAT } from "../src/exams/snapshotCodec";
import type { ExamRow } from "../src/exams/store";
import { exam, examSnapshotChunk } from "../src/exams/tables";
import { school } from "../src/registry/tables";
import { type ExamsKit, openExamsKit } from "./examsKit";

let kit: ExamsKit;
let db: Db;

beforeAll(async () => {
  kit = await openExamsKit();
  db = kit.database.db;
});
afterAll(() => kit.database.close());

const rowOf = async (id: string): Promise<ExamRow> => (await db.select().from(exam).where(eq(exam.id, id)))[0]!;

const chunks = (id: string) =>
  db
    .select({ seq: examSnapshotChunk.seq, format: examSnapshotChunk.format })
    .from(examSnapshotChunk)
    .where(eq(examSnapshotChunk.examId, id))
    .orderBy(examSnapshotChunk.seq);

/** Object.is on every element: NaN equals NaN, 0 differs from −0. */
function expectSameNumbers(label: string, a: ArrayLike<number>, b: ArrayLike<number>) {
  expect(b.length, label).toBe(a.length);
  const differ: number[] = [];
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) differ.push(i);
  expect(differ.slice(0, 5), `${label}: rows that differ`).toEqual([]);
}

function expectSameSnapshot(a: ExamSnapshot, b: ExamSnapshot) {
  const x = a.columns;
  const y = b.columns;
  expect(y.size).toBe(x.size);
  expect(y.subjects).toEqual(x.subjects);
  expect(y.groups).toEqual(x.groups);
  for (const [k, s] of x.scores.entries()) expectSameNumbers(`scores ${k}`, s, y.scores[k]!);
  for (const [k, t] of x.teacher.entries()) expectSameNumbers(`teacher ${k}`, t, y.teacher[k]!);
  expectSameNumbers("school", x.school, y.school);
  expectSameNumbers("class", x.klass, y.klass);
  expect(b.items.map((l) => l.length)).toEqual(a.items.map((l) => l.length));
  for (const [k, list] of a.items.entries()) {
    for (const [j, s] of list.entries()) expectSameNumbers(`item ${k}.${j}`, s, b.items[k]![j]!);
  }
  expect(b.studentIds).toEqual(a.studentIds);
  expect(b.schools).toEqual(a.schools);
  expect(b.classes).toEqual(a.classes);
  expect(b.teachers).toEqual(a.teachers);
}

/**
 * Scores for every student of the county: 缺考 and 0 in both subjects, half points in 语文, math items that add up.
 */
async function fill(examId: string, shift = 0) {
  const rows = await kit.roster("jiaoyan", examId);
  const lines = ["学籍号,语文,数学,数学-1,数学-2"];
  rows.forEach((r, i) => {
    if (i % 7 === 3) lines.push(`${r.studentNumber},缺考,缺考,,`);
    else if (i % 11 === 5) lines.push(`${r.studentNumber},0,0,0,0`);
    else {
      const chinese = Math.min(100, ((i * 37) % 100) + 0.5 + shift);
      const math = (i * 53) % 101;
      const item1 = Math.min(40, Math.floor(math / 2));
      lines.push(`${r.studentNumber},${chinese},${math},${item1},${math - item1}`);
    }
  });
  const up = await kit.upload("jiaoyan", examId, lines.join("\n"), "全县.csv");
  expect(up.body.summary.errors, JSON.stringify(up.body.summary)).toBe(0);
  expect((await kit.as("jiaoyan", "POST", `/api/exams/${examId}/imports/${up.body.job.id}/commit`)).status).toBe(200);
  return rows.length;
}

async function publish(examId: string) {
  const pub = await kit.as("jiaoyan", "POST", `/api/exams/${examId}/publish`);
  expect(pub.status, JSON.stringify(pub.body)).toBe(200);
}

describe("the frozen snapshot of a published exam", () => {
  let examId: string;
  let students: number;

  beforeAll(async () => {
    examId = (await kit.newExam({ name: "快照测试" })).id;
    students = await fill(examId);
  });

  it("is never written for a draft, even when the draft is analysed", async () => {
    const draft = await rowOf(examId);
    clearSnapshotCache();
    const snap = await examSnapshot(db, draft);
    expect(snap.columns.size).toBe(students);
    expect(await chunks(examId)).toEqual([]);
    await expect(writeSnapshot(db, draft)).rejects.toThrow();
    expect(await chunks(examId)).toEqual([]);
  });

  it("is written when the exam is published, and equals the one built from the scores in every column", async () => {
    await publish(examId);
    const row = await rowOf(examId);
    expect((await chunks(examId)).map((c) => c.format)).toEqual([SNAPSHOT_FORMAT]);
    const stored = await storedSnapshot(db, row);
    expect(stored).not.toBeNull();
    const built = await snapshotFromScores(db, row);
    // the test is about something: absent, zero, half points, items, classes and teachers are all there
    const chinese = built.columns.scores[0]!;
    expect(chinese.some((v) => Number.isNaN(v))).toBe(true);
    expect(chinese.some((v) => v === 0)).toBe(true);
    expect(chinese.some((v) => v % 1 === 0.5)).toBe(true);
    expect(built.items[1]!.length).toBe(2);
    expect(built.columns.groups.classes).toBeGreaterThan(0);
    expect(built.columns.groups.teachers).toBeGreaterThan(0);
    expect(built.teachers.names.some((n) => n !== "(未知)")).toBe(true);
    expectSameSnapshot(built, stored!);
    // and what the server serves from it after a cold start
    clearSnapshotCache();
    const served = await examSnapshot(db, row);
    expectSameSnapshot(built, served);
    expect(served.key).toBe(`${examId}:published`);
    expect(served.exam).toBe(row);
  });

  it("reads the same bytes by binary COPY outside a transaction and as base64 text inside one", async () => {
    const direct = await readSnapshotBytes(db, examId);
    const inTransaction = await db.transaction((tx) => readSnapshotBytes(tx, examId));
    expect(direct).not.toBeNull();
    expect(inTransaction!.equals(direct!)).toBe(true);
  });

  it("spreads large bytes over rows of a few MB and reads them back whole", async () => {
    const row = await rowOf(examId);
    const built = await snapshotFromScores(db, row);
    // a cohort large enough for three chunks: the same students repeated
    const times = Math.ceil((2.5 * SNAPSHOT_CHUNK_BYTES) / (built.columns.size * 20));
    const n = built.columns.size * times;
    const repeat = <T extends Float64Array | Int32Array>(a: T): T => {
      const out = new (a.constructor as new (n: number) => T)(n);
      for (let t = 0; t < times; t++) out.set(a, t * a.length);
      return out;
    };
    const ids = Array.from({ length: times }, (_, t) => built.studentIds.map((id) => ({ id, t }))).flat();
    const big = {
      ...built,
      columns: {
        ...built.columns,
        size: n,
        scores: built.columns.scores.map(repeat),
        school: repeat(built.columns.school),
        klass: repeat(built.columns.klass),
        teacher: built.columns.teacher.map(repeat),
      },
      items: built.items.map((l) => l.map(repeat)),
      // distinct ids: the copy number in the first eight hex digits
      studentIds: ids.map(({ id, t }) => `${t.toString(16).padStart(8, "0")}${id.slice(8)}`),
    };
    const other = { ...row, id: crypto.randomUUID() };
    await db.insert(exam).values({ ...other, seriesId: other.id });
    await writeSnapshot(db, other, big);
    expect((await chunks(other.id)).length).toBeGreaterThanOrEqual(3);
    const back = await storedSnapshot(db, other);
    expect(back).not.toBeNull();
    expectSameSnapshot(big as ExamSnapshot, back!);
  });

  it("keeps the names as they were at publication", async () => {
    const row = await rowOf(examId);
    const before = await storedSnapshot(db, row);
    const schoolId = before!.schools.ids[0]!;
    const [{ name }] = (await db.select({ name: school.name }).from(school).where(eq(school.id, schoolId))) as [
      { name: string },
    ];
    await db
      .update(school)
      .set({ name: `${name}(更名)` })
      .where(eq(school.id, schoolId));
    try {
      expect((await snapshotFromScores(db, row)).schools.names[0]).toBe(`${name}(更名)`);
      expect((await storedSnapshot(db, row))!.schools.names[0]).toBe(name);
    } finally {
      await db.update(school).set({ name }).where(eq(school.id, schoolId));
    }
  });

  it("is created on the first load of a published version that has none", async () => {
    const row = await rowOf(examId);
    const built = await snapshotFromScores(db, row);
    await db.delete(examSnapshotChunk).where(eq(examSnapshotChunk.examId, examId));
    clearSnapshotCache();
    expectSameSnapshot(built, await examSnapshot(db, row));
    expect((await chunks(examId)).length).toBe(1);
    expectSameSnapshot(built, (await storedSnapshot(db, row))!);
    // the demo county's exams were published without one
    const demo = (await db.select().from(exam).where(eq(exam.status, "published"))).filter(
      (r) => r.name !== "快照测试",
    );
    expect(demo.length).toBeGreaterThan(0);
    for (const d of demo.slice(0, 2)) {
      expect(await chunks(d.id)).toEqual([]);
      const snap = await loadSnapshot(db, d);
      expect((await chunks(d.id)).length).toBeGreaterThan(0);
      expectSameSnapshot(snap, (await storedSnapshot(db, d))!);
    }
  });

  it("rebuilds corrupt bytes, an old format, and bytes of another exam instead of trusting them", async () => {
    const row = await rowOf(examId);
    const built = await snapshotFromScores(db, row);
    const reload = async () => {
      clearSnapshotCache();
      const snap = await loadSnapshot(db, row);
      expectSameSnapshot(built, snap);
      expectSameSnapshot(built, (await storedSnapshot(db, row))!);
    };
    // one byte flipped in the middle
    await db.execute(sql`update exam_snapshot set bytes = set_byte(bytes, length(bytes) / 2,
      get_byte(bytes, length(bytes) / 2) # 1) where exam_id = ${examId}`);
    expect(await storedSnapshot(db, row)).toBeNull();
    await reload();
    // cut short
    await db.execute(sql`update exam_snapshot set bytes = substring(bytes from 1 for length(bytes) - 9)
      where exam_id = ${examId}`);
    expect(await storedSnapshot(db, row)).toBeNull();
    await reload();
    // written by an older encoder
    await db.execute(sql`update exam_snapshot set format = ${SNAPSHOT_FORMAT - 1} where exam_id = ${examId}`);
    expect(await storedSnapshot(db, row)).toBeNull();
    await reload();
    expect((await chunks(examId)).map((c) => c.format)).toEqual([SNAPSHOT_FORMAT]);
    // another exam's bytes under this exam's id
    const other = (await db.select().from(exam).where(eq(exam.status, "published"))).find(
      (r) => r.name !== "快照测试",
    )!;
    await loadSnapshot(db, other);
    await db.delete(examSnapshotChunk).where(eq(examSnapshotChunk.examId, examId));
    await db.execute(sql`insert into exam_snapshot (exam_id, seq, region_code, format, bytes)
      select ${examId}::uuid, seq, region_code, format, bytes from exam_snapshot where exam_id = ${other.id}`);
    expect(await storedSnapshot(db, row)).toBeNull();
    await reload();
  });

  it("gives a correction its own, and keeps the superseded version's", async () => {
    const v1 = await rowOf(examId);
    const corr = await kit.as("jiaoyan", "POST", `/api/exams/${examId}/corrections`, {
      note: "语文成绩录入有误,重新导入",
    });
    expect(corr.status).toBe(201);
    const v2Id: string = corr.body.id;
    expect(await chunks(v2Id)).toEqual([]);
    await fill(v2Id, 1);
    expect(await chunks(v2Id)).toEqual([]);
    await publish(v2Id);
    const v2 = await rowOf(v2Id);
    expect((await chunks(v2Id)).length).toBe(1);
    const stored2 = (await storedSnapshot(db, v2))!;
    expectSameSnapshot(await snapshotFromScores(db, v2), stored2);
    const superseded = await rowOf(examId);
    expect(superseded.status).toBe("superseded");
    const stored1 = (await storedSnapshot(db, superseded))!;
    expectSameSnapshot(await snapshotFromScores(db, v1), stored1);
    const changed = stored1.columns.scores[0]!.filter((v, i) => !Object.is(v, stored2.columns.scores[0]![i])).length;
    expect(changed).toBeGreaterThan(0);
  });
});
