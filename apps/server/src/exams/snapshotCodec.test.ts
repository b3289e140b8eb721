import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  decodeSnapshot,
  encodeSnapshot,
  SNAPSHOT_FORMAT,
  type SnapshotData,
  SnapshotFormatError,
  snapshotFormatOf,
} from "./snapshotCodec";

const uuid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

const identity = {
  examId: uuid(0xe0, 1),
  inputHash: "ab".repeat(32),
  subjects: [
    { code: "chinese", fullMarks: 150 },
    { code: "math", fullMarks: 100, items: [{}, {}, {}] },
    { code: "english", fullMarks: 120 },
    { code: "physics", fullMarks: 70000 },
  ],
};

/** 11 students: two schools, three classes and two students without a class; every kind of score column. */
function sample(): SnapshotData {
  const n = 11;
  const school = Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  const klass = Int32Array.from([0, 0, 0, 1, 1, 2, 2, 2, 2, -1, -1]);
  const nan = Number.NaN;
  return {
    columns: {
      size: n,
      subjects: identity.subjects.map((s) => ({ code: s.code, fullMarks: s.fullMarks })),
      scores: [
        // half points up to 150: Uint16 at scale 2, with 0 and absent
        Float64Array.from([0, 150, 149.5, nan, 0.5, 88, 0, nan, 120.5, 75, 1]),
        // whole points up to 100: Uint8
        Float64Array.from([0, 100, 99, nan, 1, 50, 0, nan, 12, 7, 100]),
        // off any grid: Float64
        Float64Array.from([1 / 3, 0, nan, 120, 0.1 + 0.2, 5, 6, 7, 8, 9, 10]),
        // beyond Uint16 keys: Float64
        Float64Array.from([70000, 0, nan, 1, 2, 3, 4, 5, 6, 7, 8]),
      ],
      school,
      klass,
      teacher: [
        // per class
        Int32Array.from([0, 0, 0, 1, 1, -1, -1, -1, -1, -1, -1]),
        Int32Array.from([2, 2, 2, 2, 2, 3, 3, 3, 3, -1, -1]),
        new Int32Array(n).fill(-1),
        // a row that does not follow its class: kept per row
        Int32Array.from([0, 1, 0, 1, 1, 2, 2, 2, 2, -1, -1]),
      ],
      groups: { schools: 2, classes: 3, teachers: 4 },
    },
    items: [
      [],
      [
        Float64Array.from([0, 40, 39.5, nan, 0.25, 20, 0, nan, 10, 1, 2]),
        Float64Array.from([0, 30, 30, nan, 0.75, 20, 0, nan, 1, 3, 4]),
        Float64Array.from([0, 30, 30, nan, 0.01, 10, 0, nan, 1, 3, 4]),
      ],
      [],
      [],
    ],
    studentIds: Array.from({ length: n }, (_, i) => uuid(0x5, i * 7919)),
    schools: { ids: [uuid(0x5c, 0), uuid(0x5c, 1)], names: ["第一中学", "第二中学"] },
    classes: {
      ids: [uuid(0xc1, 0), uuid(0xc1, 1), uuid(0xc1, 2)],
      names: ["七(1)班", "七(2)班", "七(1)班"],
      school: Int32Array.from([0, 0, 1]),
    },
    teachers: {
      ids: [uuid(0x7e, 0), uuid(0x7e, 1), uuid(0x7e, 2), uuid(0x7e, 3)],
      names: ["张老师", "李老师", "王老师", "赵老师"],
      school: Int32Array.from([0, 0, 0, 1]),
    },
  };
}

/** Object.is on every element: NaN equals NaN, 0 differs from −0. */
function same(a: ArrayLike<number>, b: ArrayLike<number>) {
  expect(b.length).toBe(a.length);
  for (let i = 0; i < a.length; i++) expect(Object.is(a[i], b[i]), `at ${i}: ${a[i]} vs ${b[i]}`).toBe(true);
}

function expectEqual(a: SnapshotData, b: SnapshotData) {
  expect(b.columns.size).toBe(a.columns.size);
  expect(b.columns.subjects).toEqual(a.columns.subjects);
  expect(b.columns.groups).toEqual(a.columns.groups);
  for (const [k, x] of a.columns.scores.entries()) same(x, b.columns.scores[k]!);
  for (const [k, x] of a.columns.teacher.entries()) same(x, b.columns.teacher[k]!);
  same(a.columns.school, b.columns.school);
  same(a.columns.klass, b.columns.klass);
  expect(b.items.map((l) => l.length)).toEqual(a.items.map((l) => l.length));
  for (const [k, list] of a.items.entries()) for (const [j, x] of list.entries()) same(x, b.items[k]![j]!);
  expect(b.studentIds).toEqual(a.studentIds);
  expect(b.schools).toEqual(a.schools);
  expect(b.classes).toEqual(a.classes);
  expect(b.teachers).toEqual(a.teachers);
}

describe("exam snapshot codec", () => {
  it("round-trips every column exactly: 0 stays 0, absent stays NaN, off-grid scores as they were", () => {
    const snap = sample();
    const bytes = encodeSnapshot(snap, identity);
    expect(snapshotFormatOf(bytes)).toBe(SNAPSHOT_FORMAT);
    expectEqual(snap, decodeSnapshot(bytes, identity));
  });

  it("decodes the columns into shared memory, for the analysis worker to read in place", () => {
    const { columns } = decodeSnapshot(encodeSnapshot(sample(), identity), identity);
    for (const column of [...columns.scores, columns.school, columns.klass, ...columns.teacher]) {
      expect(column.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
  });

  it("keeps scores on a grid in one or two bytes", () => {
    const n = 10_000;
    const half = Float64Array.from({ length: n }, (_, i) => (i % 301) / 2);
    const whole = Float64Array.from({ length: n }, (_, i) => (i % 97 === 0 ? Number.NaN : i % 101));
    const snap: SnapshotData = {
      columns: {
        size: n,
        subjects: [
          { code: "a", fullMarks: 150 },
          { code: "b", fullMarks: 100 },
        ],
        scores: [half, whole],
        school: new Int32Array(n),
        klass: new Int32Array(n).fill(-1),
        teacher: [new Int32Array(n).fill(-1), new Int32Array(n).fill(-1)],
        groups: { schools: 1, classes: 0, teachers: 0 },
      },
      items: [[], []],
      studentIds: Array.from({ length: n }, (_, i) => uuid(5, i)),
      schools: { ids: [uuid(0x5c, 0)], names: ["一中"] },
      classes: { ids: [], names: [], school: new Int32Array(0) },
      teachers: { ids: [], names: [], school: new Int32Array(0) },
    };
    const id = { examId: identity.examId, inputHash: null, subjects: snap.columns.subjects };
    const bytes = encodeSnapshot(snap, id);
    // ids 16 bytes, Uint16 and Uint8 scores, a small header
    expect(bytes.length).toBeLessThan(n * (16 + 2 + 1) + 2000);
    expectEqual(snap, decodeSnapshot(bytes, id));
  });

  it("decodes from a buffer at any offset, as drivers hand them out", () => {
    const snap = sample();
    const bytes = encodeSnapshot(snap, identity);
    const shifted = Buffer.alloc(bytes.length + 3);
    bytes.copy(shifted, 3);
    expectEqual(snap, decodeSnapshot(shifted.subarray(3), identity));
  });

  it("refuses corrupt bytes, another format, another exam, input hash or definition", () => {
    const bytes = encodeSnapshot(sample(), identity);
    const refuses = (b: Uint8Array, id = identity) => expect(() => decodeSnapshot(b, id)).toThrow(SnapshotFormatError);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length >> 1]! ^= 1;
    refuses(flipped);
    refuses(bytes.subarray(0, bytes.length - 10));
    refuses(Buffer.from("not a snapshot at all"));
    // a future (or past) format, even with a valid checksum
    const other = Buffer.from(bytes);
    other.writeUInt32LE(SNAPSHOT_FORMAT + 1, 8);
    other.writeUInt32LE(crc32(other.subarray(0, other.length - 4)), other.length - 4);
    expect(snapshotFormatOf(other)).toBe(SNAPSHOT_FORMAT + 1);
    refuses(other);
    refuses(bytes, { ...identity, examId: uuid(0xe0, 2) });
    refuses(bytes, { ...identity, inputHash: "cd".repeat(32) });
    refuses(bytes, { ...identity, subjects: identity.subjects.slice(0, 3) });
    refuses(bytes, {
      ...identity,
      subjects: identity.subjects.map((s) => (s.code === "math" ? { ...s, items: [{}, {}] } : s)),
    });
  });

  it("refuses to encode an id that is not a UUID", () => {
    const snap = sample();
    snap.studentIds[3] = "not-a-uuid";
    expect(() => encodeSnapshot(snap, identity)).toThrow(SnapshotFormatError);
  });
});
