/**
 * The binary form of an exam version's columnar snapshot (exam_snapshot, snapshot.ts): written once when a version is
 * published, read on every cold load. Layout, little-endian:
 *
 *   "EBEXSNAP" · u32 format · u32 header length · header (JSON) · padding to 8 · sections · u32 CRC-32 of all before
 *
 * The header names the exam, its input hash and subjects (a decoder refuses bytes of another exam, version or
 * definition), the group ids, names and schools, and where each section lies (offsets from the first section, each
 * 8-aligned so the arrays are views, not copies). Sections:
 * - student ids: 16 bytes each (the binary UUID), decoded to strings only when first asked for (the analysis does not
 *   need them; the student list does);
 * - runs: (school, class, count) per run of rows in the same school and class (rows are ordered by both);
 * - per subject, the teacher per class (rows take their class's), or per row if some row does not follow its class;
 * - per subject and per item, the scores: when every score is k / scale for a whole k (scale 1, 2, 4, 10 or 100,
 *   the smallest that fits) below 255 or 65535, as Uint8 or Uint16 keys with the top value for absent; otherwise as
 *   Float64 with NaN for absent. Exact either way: a key is only used when k / scale gives back the very same number,
 *   so 0 stays 0 and absent stays NaN. Item scores are decoded when first asked for.
 *
 * Bumping SNAPSHOT_FORMAT makes every stored snapshot of an older format be rebuilt on its next load.
 */
import { crc32 } from "node:zlib";
import { exams as core } from "@edubureau/core";

export const SNAPSHOT_FORMAT = 1;

const MAGIC = Buffer.from("EBEXSNAP", "latin1");
const PREFIX = 16;

export interface GroupNames {
  ids: string[];
  names: string[];
  /** for classes and teachers: the school code they belong to */
  school?: Int32Array;
}

/** What a snapshot holds, as snapshot.ts builds it (its ExamSnapshot without the exam row and cache key). */
export interface SnapshotData {
  columns: core.ExamColumns;
  /** per subject, per item: each student's item score (NaN absent); empty for a subject without items */
  items: Float64Array[][];
  studentIds: string[];
  /** the same ids as 16-byte UUIDs, end to end, when the snapshot was decoded from its frozen bytes */
  studentIdBytes?: Uint8Array;
  schools: GroupNames;
  classes: GroupNames;
  teachers: GroupNames;
}

/** What the bytes must belong to: the exam version and its definition. */
export interface SnapshotIdentity {
  examId: string;
  inputHash: string | null;
  subjects: readonly { code: string; fullMarks: number; items?: readonly unknown[] }[];
}

type SectionType = "u8" | "u16" | "i32" | "f64" | "uuid";

interface Section {
  name: string;
  type: SectionType;
  /** scores: the grid's scale (key = score × scale) */
  scale?: number;
  offset: number;
  length: number;
}

interface Header {
  format: number;
  examId: string;
  inputHash: string | null;
  size: number;
  subjects: { code: string; fullMarks: number; items: number }[];
  groups: { schools: number; classes: number; teachers: number };
  schools: { ids: string[]; names: string[] };
  classes: { ids: string[]; names: string[]; school: number[] };
  teachers: { ids: string[]; names: string[]; school: number[] };
  sections: Section[];
}

const WIDTH: Record<SectionType, number> = { u8: 1, u16: 2, i32: 4, f64: 8, uuid: 16 };
const align8 = (n: number) => (n + 7) & ~7;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Why bytes were not used: corrupt, of another format, or of another exam or definition. */
export class SnapshotFormatError extends Error {}

function identityOf(id: SnapshotIdentity) {
  return {
    examId: id.examId,
    inputHash: id.inputHash,
    subjects: id.subjects.map((s) => ({ code: s.code, fullMarks: s.fullMarks, items: s.items?.length ?? 0 })),
  };
}

/** A score column as the smallest exact keys, or Float64 when no grid fits. */
function encodeScores(x: Float64Array): { type: SectionType; scale?: number; data: ArrayBufferView } {
  let max = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    if (!(v >= 0) || Object.is(v, -0)) return { type: "f64", data: x };
    if (v > max) max = v;
  }
  for (const scale of core.scoreGridScales) {
    const top = Math.round(max * scale);
    if (top >= 65535) break;
    const keys = top < 255 ? new Uint8Array(x.length) : new Uint16Array(x.length);
    const absent = top < 255 ? 255 : 65535;
    let exact = true;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) {
        keys[i] = absent;
        continue;
      }
      const k = Math.round(v * scale);
      if (k / scale !== v) {
        exact = false;
        break;
      }
      keys[i] = k;
    }
    if (exact) return { type: top < 255 ? "u8" : "u16", scale, data: keys };
  }
  return { type: "f64", data: x };
}

/**
 * Columns decoded into shared memory: the analysis worker of a large exam reads them in place (parallelAnalysis.ts),
 * with no copy on the way.
 */
const sharedFloat64 = (length: number) => new Float64Array(new SharedArrayBuffer(length * 8));
const sharedInt32 = (length: number) => new Int32Array(new SharedArrayBuffer(length * 4));
function sharedCopy<T extends Float64Array | Int32Array>(array: T): T {
  const copy = (array instanceof Float64Array ? sharedFloat64(array.length) : sharedInt32(array.length)) as T;
  copy.set(array);
  return copy;
}

function decodeScores(view: Uint8Array | Uint16Array | Float64Array, type: SectionType, scale: number): Float64Array {
  if (type === "f64") return sharedCopy(view as Float64Array);
  // every key's score, looked up (the same k / scale the encoder checked); separate loops keep each one monomorphic
  const table = new Float64Array(type === "u8" ? 256 : 65536);
  for (let k = 0; k < table.length; k++) table[k] = k / scale;
  table[table.length - 1] = Number.NaN;
  return type === "u8" ? lookup8(view as Uint8Array, table) : lookup16(view as Uint16Array, table);
}

function lookup8(keys: Uint8Array, table: Float64Array): Float64Array {
  const out = sharedFloat64(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = table[keys[i]!]!;
  return out;
}

function lookup16(keys: Uint16Array, table: Float64Array): Float64Array {
  const out = sharedFloat64(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = table[keys[i]!]!;
  return out;
}

/** Each row's teacher from its class's (−1 for a row without a class). */
function expandPerClass(klass: Int32Array, perClass: Int32Array): Int32Array {
  const out = sharedInt32(klass.length);
  for (let i = 0; i < klass.length; i++) {
    const cl = klass[i]!;
    out[i] = cl >= 0 ? perClass[cl]! : -1;
  }
  return out;
}

/** Hex digit values by character code (255: not a lowercase hex digit), and the digits by value. */
const HEX_VALUE = new Uint8Array(128).fill(255);
for (let v = 0; v < 16; v++) HEX_VALUE[v.toString(16).charCodeAt(0)] = v;
const HEX_DIGIT = Uint8Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
const DASHES = [8, 13, 18, 23];

/**
 * UUIDs in their canonical text (lowercase, as PostgreSQL writes them) to 16 bytes each, end to end. Throws
 * SnapshotFormatError on one that is not a UUID.
 */
export function encodeUuids(ids: readonly string[]): Uint8Array {
  const out = new Uint8Array(ids.length * 16);
  let p = 0;
  for (const id of ids) {
    let bad = id.length !== 36 || DASHES.some((d) => id.charCodeAt(d) !== 45) ? 1 : 0;
    for (let j = 0; j < 36 && !bad; j += 2) {
      if (j === 8 || j === 13 || j === 18 || j === 23) j++;
      const hi = HEX_VALUE[id.charCodeAt(j)] ?? 255;
      const lo = HEX_VALUE[id.charCodeAt(j + 1)] ?? 255;
      bad = (hi | lo) > 15 ? 1 : 0;
      out[p++] = (hi << 4) | lo;
    }
    if (bad) throw new SnapshotFormatError(`not a UUID in canonical form: ${id}`);
  }
  return out;
}

/** 16-byte UUIDs back to their text: through one Latin-1 string cut at newlines (fastest in V8 for a million). */
function decodeUuids(bytes: Uint8Array): string[] {
  const n = bytes.length / 16;
  if (n === 0) return [];
  const text = Buffer.allocUnsafe(37 * n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const o = i * 16;
    for (let j = 0; j < 16; j++) {
      if (j === 4 || j === 6 || j === 8 || j === 10) text[p++] = 45;
      const b = bytes[o + j]!;
      text[p++] = HEX_DIGIT[b >> 4]!;
      text[p++] = HEX_DIGIT[b & 15]!;
    }
    text[p++] = 10;
  }
  return text.toString("latin1", 0, p - 1).split("\n");
}

/** The text of the i-th of 16-byte UUIDs end to end (one student's id, without decoding the rest). */
export function uuidAt(bytes: Uint8Array, i: number): string {
  return decodeUuids(bytes.subarray(i * 16, i * 16 + 16))[0]!;
}

/** Encodes a snapshot of the given exam version. Throws SnapshotFormatError when it cannot (an id not a UUID). */
export function encodeSnapshot(snap: SnapshotData, identity: SnapshotIdentity): Buffer {
  if (!littleEndian) throw new SnapshotFormatError("big-endian host");
  const c = snap.columns;
  const n = c.size;
  const parts: { section: Omit<Section, "offset">; data: ArrayBufferView }[] = [];
  const add = (name: string, type: SectionType, data: ArrayBufferView, scale?: number) =>
    parts.push({ section: { name, type, length: data.byteLength / WIDTH[type], ...(scale ? { scale } : {}) }, data });

  if (snap.studentIds.length !== n) throw new SnapshotFormatError("student ids do not match the size");
  add("studentIds", "uuid", encodeUuids(snap.studentIds));
  const runs: number[] = [];
  for (let r = 0; r < n; r++) {
    const last = runs.length - 3;
    if (last >= 0 && runs[last] === c.school[r] && runs[last + 1] === c.klass[r]) runs[last + 2]!++;
    else runs.push(c.school[r]!, c.klass[r]!, 1);
  }
  add("runs", "i32", Int32Array.from(runs));
  c.teacher.forEach((perRow, k) => {
    // the teacher of each class in this subject, if every row follows its class (and a row without a class has none)
    const perClass = new Int32Array(c.groups.classes).fill(-2);
    let follows = true;
    for (let r = 0; r < n && follows; r++) {
      const cl = c.klass[r]!;
      const t = perRow[r]!;
      if (cl < 0) follows = t === -1;
      else if (perClass[cl] === -2) perClass[cl] = t;
      else follows = perClass[cl] === t;
    }
    if (follows)
      add(
        `teacher:${k}`,
        "i32",
        perClass.map((t) => (t === -2 ? -1 : t)),
      );
    else add(`teacherRows:${k}`, "i32", perRow);
  });
  c.scores.forEach((x, k) => {
    const e = encodeScores(x);
    add(`score:${k}`, e.type, e.data, e.scale);
  });
  for (const [k, list] of snap.items.entries()) {
    for (const [j, x] of list.entries()) {
      const e = encodeScores(x);
      add(`item:${k}:${j}`, e.type, e.data, e.scale);
    }
  }

  let offset = 0;
  const sections: Section[] = parts.map((p) => {
    const s = { ...p.section, offset };
    offset = align8(offset + p.data.byteLength);
    return s;
  });
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    ...identityOf(identity),
    size: n,
    groups: { ...c.groups },
    schools: { ids: snap.schools.ids, names: snap.schools.names },
    classes: { ids: snap.classes.ids, names: snap.classes.names, school: Array.from(snap.classes.school ?? []) },
    teachers: { ids: snap.teachers.ids, names: snap.teachers.names, school: Array.from(snap.teachers.school ?? []) },
    sections,
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const body = align8(PREFIX + json.length);
  const out = Buffer.alloc(body + offset + 4);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(SNAPSHOT_FORMAT, 8);
  out.writeUInt32LE(json.length, 12);
  json.copy(out, PREFIX);
  parts.forEach((p, i) => {
    out.set(new Uint8Array(p.data.buffer, p.data.byteOffset, p.data.byteLength), body + sections[i]!.offset);
  });
  out.writeUInt32LE(crc32(out.subarray(0, out.length - 4)), out.length - 4);
  return out;
}

/** The format number of encoded bytes, or null when they are not a snapshot at all. */
export function snapshotFormatOf(bytes: Uint8Array): number | null {
  if (bytes.length < PREFIX || !Buffer.from(bytes.buffer, bytes.byteOffset, 8).equals(MAGIC)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readUInt32LE(8);
}

/**
 * Decodes bytes written by encodeSnapshot for the given exam version. Throws SnapshotFormatError when they are
 * corrupt (checksum, bounds), of another format, or of another exam, input hash or definition: the caller rebuilds.
 * Student ids and item scores are decoded on first access.
 */
export function decodeSnapshot(input: Uint8Array, identity: SnapshotIdentity): SnapshotData {
  if (!littleEndian) throw new SnapshotFormatError("big-endian host");
  const format = snapshotFormatOf(input);
  if (format === null) throw new SnapshotFormatError("not an exam snapshot");
  if (format !== SNAPSHOT_FORMAT) throw new SnapshotFormatError(`format ${format}, expected ${SNAPSHOT_FORMAT}`);
  // typed-array views need 8-aligned offsets: copy once if the driver's buffer is not
  const bytes = input.byteOffset % 8 === 0 ? input : new Uint8Array(input);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf.length < PREFIX + 4 || crc32(buf.subarray(0, buf.length - 4)) !== buf.readUInt32LE(buf.length - 4)) {
    throw new SnapshotFormatError("checksum mismatch");
  }
  const jsonLength = buf.readUInt32LE(12);
  if (PREFIX + jsonLength > buf.length - 4) throw new SnapshotFormatError("header out of bounds");
  let header: Header;
  try {
    header = JSON.parse(buf.toString("utf8", PREFIX, PREFIX + jsonLength)) as Header;
  } catch {
    throw new SnapshotFormatError("unreadable header");
  }
  if (header.format !== SNAPSHOT_FORMAT) throw new SnapshotFormatError("header format mismatch");
  const expected = identityOf(identity);
  if (
    header.examId !== expected.examId ||
    header.inputHash !== expected.inputHash ||
    JSON.stringify(header.subjects) !== JSON.stringify(expected.subjects)
  ) {
    throw new SnapshotFormatError("snapshot of another exam, version or definition");
  }
  const body = align8(PREFIX + jsonLength);
  const end = buf.length - 4;
  const byName = new Map(header.sections.map((s) => [s.name, s]));
  const view = (name: string, length?: number) => {
    const s = byName.get(name);
    if (!s) throw new SnapshotFormatError(`missing section ${name}`);
    const start = body + s.offset;
    const w = WIDTH[s.type];
    if (!w || start % 8 !== 0 || start + s.length * w > end || (length !== undefined && s.length !== length)) {
      throw new SnapshotFormatError(`section ${name} out of bounds`);
    }
    const at = bytes.byteOffset + start;
    const data =
      s.type === "u8" || s.type === "uuid"
        ? new Uint8Array(bytes.buffer, at, s.length * w)
        : s.type === "u16"
          ? new Uint16Array(bytes.buffer, at, s.length)
          : s.type === "i32"
            ? new Int32Array(bytes.buffer, at, s.length)
            : new Float64Array(bytes.buffer, at, s.length);
    return { section: s, data };
  };

  const n = header.size;
  const { schools, classes, teachers } = header.groups;
  const runs = view("runs").data as Int32Array;
  const school = sharedInt32(n);
  const klass = sharedInt32(n);
  let r = 0;
  for (let i = 0; i + 2 < runs.length; i += 3) {
    const [sc, cl, count] = [runs[i]!, runs[i + 1]!, runs[i + 2]!];
    if (sc < 0 || sc >= schools || cl < -1 || cl >= classes || count < 1 || r + count > n) {
      throw new SnapshotFormatError("bad runs");
    }
    school.fill(sc, r, r + count);
    klass.fill(cl, r, r + count);
    r += count;
  }
  if (r !== n) throw new SnapshotFormatError("runs do not cover the rows");
  const inRange = (codes: Int32Array) => {
    for (let i = 0; i < codes.length; i++) if (codes[i]! < -1 || codes[i]! >= teachers) return false;
    return true;
  };
  const teacher = header.subjects.map((_, k) => {
    if (byName.has(`teacherRows:${k}`)) {
      const rows = sharedCopy(view(`teacherRows:${k}`, n).data as Int32Array);
      if (!inRange(rows)) throw new SnapshotFormatError("bad teacher");
      return rows;
    }
    const perClass = view(`teacher:${k}`, classes).data as Int32Array;
    if (!inRange(perClass)) throw new SnapshotFormatError("bad teacher");
    return expandPerClass(klass, perClass);
  });
  const scoreOf = (name: string) => {
    const { section, data } = view(name, n);
    return decodeScores(data as Uint8Array | Uint16Array | Float64Array, section.type, section.scale ?? 1);
  };
  const scores = header.subjects.map((_, k) => scoreOf(`score:${k}`));
  // check the lazily decoded sections now, so that bad bytes are refused here and not on first use
  const idBytes = view("studentIds", n).data as Uint8Array;
  header.subjects.forEach((s, k) => {
    for (let j = 0; j < s.items; j++) view(`item:${k}:${j}`, n);
  });
  const group = (g: { ids: string[]; names: string[]; school?: number[] }, count: number): GroupNames => {
    if (g.ids.length !== count || g.names.length !== count || (g.school && g.school.length !== count)) {
      throw new SnapshotFormatError("bad group list");
    }
    return { ids: g.ids, names: g.names, ...(g.school ? { school: Int32Array.from(g.school) } : {}) };
  };
  const out: Omit<SnapshotData, "studentIds" | "items"> = {
    columns: {
      size: n,
      subjects: header.subjects.map((s) => ({ code: s.code, fullMarks: s.fullMarks })),
      scores,
      school,
      klass,
      teacher,
      groups: { schools, classes, teachers },
    },
    schools: group(header.schools, schools),
    classes: group(header.classes, classes),
    teachers: group(header.teachers, teachers),
    studentIdBytes: idBytes,
  };
  let studentIds: string[] | undefined;
  let items: Float64Array[][] | undefined;
  return Object.defineProperties(out, {
    studentIds: {
      enumerable: true,
      get: () => {
        studentIds ??= decodeUuids(idBytes);
        return studentIds;
      },
    },
    items: {
      enumerable: true,
      get: () => {
        items ??= header.subjects.map((s, k) => Array.from({ length: s.items }, (_, j) => scoreOf(`item:${k}:${j}`)));
        return items;
      },
    },
  }) as SnapshotData;
}
