import { describe, expect, it } from "vitest";
import { rowsIn, studentIdAt, studentIdBytes } from "./matchStudents";
import { encodeUuids } from "./snapshotCodec";

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const [a, b, x, zero] = [id(0xa), id(0xb), id(0xf), "00000000-0000-0000-0000-000000000000"];
const rows = (ids: string[], inList: string[]) => Array.from(rowsIn(encodeUuids(ids), encodeUuids(inList)));

describe("rowsIn", () => {
  it("finds each id's position in the other list, −1 for one not there", () => {
    expect(rows([b, x, a, zero], [a, b, zero])).toEqual([1, -1, 0, 2]);
    expect(rows([], [a])).toEqual([]);
    expect(rows([a], [])).toEqual([-1]);
  });

  it("matches an id listed twice at its first place", () => {
    expect(rows([a], [b, a, a])).toEqual([1]);
  });

  it("tells apart ids that differ in any one of their words", () => {
    const base = "12345678-9abc-4def-8123-456789abcdef";
    // one hex digit changed in each 4-byte word of the UUID
    const changed = [0, 9, 19, 28].map((at) => `${base.slice(0, at)}0${base.slice(at + 1)}`);
    expect(rows([base, ...changed], [...changed].reverse())).toEqual([-1, 3, 2, 1, 0]);
  });

  it("reads ids that do not start on a 4-byte boundary", () => {
    const bytes = encodeUuids([b, a]);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(Array.from(rowsIn(shifted.subarray(1), encodeUuids([a, b])))).toEqual([1, 0]);
  });

  it("agrees with a Map on many register ids, shuffled, with some missing on each side", () => {
    const previous = Array.from({ length: 50_000 }, (_, n) => id(n * 3));
    // the same cohort a term later, in another order, some gone and some new
    const current = Array.from({ length: 60_000 }, (_, n) => id(((n * 7919) % 60_000) * 2));
    const where = new Map(previous.map((s, j) => [s, j]));
    const expected = current.map((s) => where.get(s) ?? -1);
    const got = rows(current, previous);
    expect(got).toEqual(expected);
    expect(got.filter((j) => j >= 0).length).toBeGreaterThan(10_000);
    expect(got.filter((j) => j < 0).length).toBeGreaterThan(10_000);
  });
});

describe("studentIdBytes", () => {
  it("takes a frozen snapshot's bytes as they are and encodes a draft's strings", () => {
    const kept = encodeUuids([a]);
    expect(studentIdBytes({ studentIdBytes: kept, studentIds: [b] })).toBe(kept);
    expect(studentIdBytes({ studentIds: [a, b] })).toEqual(encodeUuids([a, b]));
  });
});

describe("studentIdAt", () => {
  it("reads one id from a frozen snapshot's bytes without decoding the list, or from a draft's strings", () => {
    const frozen = {
      studentIdBytes: encodeUuids([a, b, x]),
      get studentIds(): string[] {
        throw new Error("the whole list was decoded");
      },
    };
    expect([0, 1, 2].map((r) => studentIdAt(frozen, r))).toEqual([a, b, x]);
    expect(studentIdAt({ studentIds: [a, b] }, 1)).toBe(b);
  });
});
