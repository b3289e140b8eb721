/**
 * Where each student of one exam stands in another's list, by register id: value added matches a province's
 * 1,000,000 students of two exams. The ids are compared as the snapshot keeps them, 16-byte UUIDs (read as four
 * 32-bit words), in an open-addressing table of typed arrays. A Map of the id strings took about 1.3 s to build and
 * read (bench/exams.ts), a table over the strings' characters 0.4 s (and the strings must first be decoded).
 */
import { encodeUuids, uuidAt } from "./snapshotCodec";

type StudentIds = { studentIdBytes?: Uint8Array; studentIds: readonly string[] };

/** The 16-byte ids of a snapshot's students: kept by a frozen snapshot, encoded from the strings otherwise. */
export function studentIdBytes(snap: StudentIds): Uint8Array {
  return snap.studentIdBytes ?? encodeUuids(snap.studentIds);
}

/**
 * The id of one row's student. A frozen snapshot's is read from its bytes: a page of the student list needs 50 ids,
 * and decoding a province's million takes about half a second.
 */
export function studentIdAt(snap: StudentIds, row: number): string {
  return snap.studentIdBytes ? uuidAt(snap.studentIdBytes, row) : snap.studentIds[row]!;
}

/** The ids as 32-bit words, four an id (copied when the bytes do not start on a 4-byte boundary). */
function wordsOf(bytes: Uint8Array): Int32Array {
  if (bytes.length % 16 !== 0) throw new Error("student ids are 16 bytes each");
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

/** A 32-bit hash of the id at word w: each word mixed in turn (murmur3's constants and finalizer). */
function hashAt(words: Int32Array, w: number): number {
  let h = 0;
  for (let j = 0; j < 4; j++) {
    let k = Math.imul(words[w + j]!, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const sameId = (a: Int32Array, i: number, b: Int32Array, j: number) =>
  a[i] === b[j] && a[i + 1] === b[j + 1] && a[i + 2] === b[j + 2] && a[i + 3] === b[j + 3];

/**
 * For each id of `ids`, its position in `inList`, or −1 when it is not there; both are 16-byte ids end to end. An id
 * that stands twice in `inList` matches its first place.
 *
 * @example rowsIn(encodeUuids([b, x]), encodeUuids([a, b])) // => Int32Array [1, -1]
 */
export function rowsIn(ids: Uint8Array, inList: Uint8Array): Int32Array {
  const words = wordsOf(ids);
  const listWords = wordsOf(inList);
  const listed = listWords.length / 4;
  let size = 1;
  while (size < listed * 2) size <<= 1;
  const mask = size - 1;
  // slot s → at 2s the position in inList + 1 (0: empty), at 2s + 1 the id's hash: one cache line a probe, and the
  // ids compared only when the hashes agree
  const table = new Int32Array(size * 2);
  const find = (from: Int32Array, w: number, h: number) => {
    let s = h & mask;
    for (;;) {
      const at = table[2 * s]!;
      if (at === 0 || (table[2 * s + 1] === h && sameId(listWords, (at - 1) * 4, from, w))) return s;
      s = (s + 1) & mask;
    }
  };
  for (let j = 0; j < listed; j++) {
    const h = hashAt(listWords, j * 4);
    const s = find(listWords, j * 4, h);
    if (table[2 * s] === 0) {
      table[2 * s] = j + 1;
      table[2 * s + 1] = h;
    }
  }
  const out = new Int32Array(words.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = table[2 * find(words, i * 4, hashAt(words, i * 4))]! - 1;
  return out;
}
