/**
 * Exam analysis at county and province scale: synthetic cohorts of 50,000 × 9 and 1,000,000 × 9 (half-point scores,
 * ~1% absent, 45-student classes, 40 classes a school, a teacher for two classes of a subject).
 *
 * Per size it measures, side by side:
 * - the engine warm: the full analysis at every level (county, school, class, teacher × 9 subjects and the total)
 *   on the cached columnar snapshot, the server's way (a large exam's subjects shared between the main thread and the
 *   analysis worker) and all on one thread, and the same per-school aggregates as the references below; the
 *   process's first three analyses are timed apart (they also compile the engine and take memory fresh from the
 *   system), so that "warm" is a process that has analysed before, as a running server has;
 * - the engine cold: the published version's frozen snapshot read from the database (exam_snapshot, the server's own
 *   path: examSnapshot on an empty cache) plus the full analysis, on the embedded PGlite and on a real PostgreSQL
 *   server; beside it the older read that aggregates the exam_score rows per class (still the path of drafts). The
 *   snapshot is frozen once at publication: that write is timed apart and not counted;
 * - the reference aggregates (per school × subject: count, mean, sd, median, p90, the four rates against the
 *   enrolled cohort) in DuckDB, and in SQL on PGlite and on PostgreSQL (percentile_cont over unnested scores);
 * - what the bureau's analysis page receives (the overview, a school's classes, a page of a subject's teachers, a
 *   school's teachers, value added as each tab asks for it: bytes, and time to build and serialize), against a
 *   subject's teachers in one answer, all the value added in one answer and, at county scale, the whole analysis in
 *   one answer;
 * - the import of a 50,000 × 9 wide .xlsx through the platform's own path (read, full check against the register,
 *   bulk write) on PGlite.
 *
 *   npx tsx bench/exams.ts [--sizes 50000,1000000] [--no-postgres] [--no-import]
 */
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import type { auth } from "@edubureau/core";
import { exams } from "@edubureau/core";
import { type Database, type Db, openDatabase } from "@edubureau/server/db/client";
import { migrate } from "@edubureau/server/db/migrate";
import { presentItems, presentStudents, presentValueAdded, visibleRows } from "@edubureau/server/exams/detail";
import { analyzeColumns, shareLargeColumns, startAnalysisWorker } from "@edubureau/server/exams/parallelAnalysis";
import { overviewJson, policyFor, presentAnalysis, presentGroups } from "@edubureau/server/exams/presentAnalysis";
import { readScoreFile } from "@edubureau/server/exams/scoreFile";
import { validateScores, writeScores } from "@edubureau/server/exams/scoreImport";
import {
  clearSnapshotCache,
  type ExamSnapshot,
  examSnapshot,
  readSnapshotBytes,
  snapshotAnalysis,
  snapshotFromScores,
  writeSnapshot,
} from "@edubureau/server/exams/snapshot";
import { decodeSnapshot } from "@edubureau/server/exams/snapshotCodec";
import type { ExamRow } from "@edubureau/server/exams/store";
import { exam } from "@edubureau/server/exams/tables";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { startTestPostgres } from "../apps/server/test/postgresServer";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "50000,1000000" },
    "no-postgres": { type: "boolean", default: false },
    "no-import": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const REGION = "152599";
const FULL = [150, 150, 150, 100, 100, 100, 100, 100, 100];
const CODES = ["chinese", "math", "english", "physics", "chemistry", "biology", "politics", "history", "geography"];

/** A small deterministic generator (mulberry32) and a normal draw. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, normal };
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
const uuidOf = (kind: number, n: number) => `${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}`;

interface Cohort {
  columns: exams.ExamColumns;
  schoolOf: Int32Array;
}

function cohort(n: number): Cohort {
  const r = rng(n);
  const classSize = 45;
  const classes = Math.ceil(n / classSize);
  const schools = Math.ceil(classes / 40);
  const klass = Int32Array.from({ length: n }, (_, i) => Math.floor(i / classSize));
  const school = Int32Array.from(klass, (c) => Math.floor(c / 40));
  const schoolEffect = Float64Array.from({ length: schools }, () => r.normal() * 0.3);
  const ability = Float64Array.from({ length: n }, (_, i) => r.normal() + schoolEffect[school[i]!]!);
  const scores = FULL.map((full) =>
    Float64Array.from({ length: n }, (_, i) => {
      if (r.next() < 0.01) return Number.NaN;
      const share = Math.min(1, Math.max(0, 0.7 + 0.15 * (0.8 * ability[i]! + 0.5 * r.normal())));
      return Math.round(share * full * 2) / 2;
    }),
  );
  // a teacher takes two neighbouring classes of a subject
  const teacher = FULL.map((_, k) => Int32Array.from(klass, (c) => k * Math.ceil(classes / 2) + Math.floor(c / 2)));
  return {
    columns: {
      size: n,
      subjects: FULL.map((full, k) => ({ code: CODES[k]!, fullMarks: full })),
      scores,
      school,
      klass,
      teacher,
      groups: { schools, classes, teachers: FULL.length * Math.ceil(classes / 2) },
    },
    schoolOf: school,
  };
}

/** Median of a few runs, milliseconds. */
async function timed(runs: number, f: () => unknown | Promise<unknown>): Promise<number> {
  return (await timedRuns(runs, f)).median;
}

/**
 * A few runs: their median, fastest and slowest, milliseconds (this machine's speed can swing between minutes), and
 * the page faults of the process over all of them (memory touched for the first time).
 */
async function timedRuns(runs: number, f: () => unknown | Promise<unknown>) {
  const times: number[] = [];
  const faultsBefore = process.resourceUsage().minorPageFault;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  const faults = process.resourceUsage().minorPageFault - faultsBefore;
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, fastest: times[0]!, slowest: times.at(-1)!, faults };
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
const spread = (r: { fastest: number; slowest: number }) => `${ms(r.fastest)}–${ms(r.slowest)}`;

/** The per-school aggregates only: classes and teachers left out. */
function schoolAggregates(c: exams.ExamColumns) {
  const none = new Int32Array(c.size).fill(-1);
  return exams.analyzeExam({
    ...c,
    klass: none,
    teacher: c.scores.map(() => none),
    groups: { schools: c.groups.schools, classes: 0, teachers: 0 },
  });
}

async function duckdb(c: exams.ExamColumns) {
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  await con.run("create table score (school integer, subject integer, score double)");
  await con.run("create table subj (subject integer, full_marks double)");
  for (const [k, full] of FULL.entries()) await con.run(`insert into subj values (${k}, ${full})`);
  const appender = await con.createAppender("score");
  for (let k = 0; k < FULL.length; k++) {
    const x = c.scores[k]!;
    for (let i = 0; i < c.size; i++) {
      appender.appendInteger(c.school[i]!);
      appender.appendInteger(k);
      if (Number.isNaN(x[i]!)) appender.appendNull();
      else appender.appendDouble(x[i]!);
      appender.endRow();
    }
  }
  appender.closeSync();
  const query = `select s.school, s.subject, count(score) as sat, avg(score) as mean, stddev_pop(score) as sd,
      median(score) as median, quantile_cont(score, 0.9) as p90,
      count(*) filter (where score >= 0.85 * f.full_marks) / count(*) as excellent,
      count(*) filter (where score >= 0.70 * f.full_marks) / count(*) as good,
      count(*) filter (where score >= 0.60 * f.full_marks) / count(*) as pass,
      count(*) filter (where score < 0.40 * f.full_marks) / count(*) as low
    from score s join subj f on f.subject = s.subject group by s.school, s.subject`;
  let rows = 0;
  const time = await timed(3, async () => {
    rows = (await con.runAndReadAll(query)).getRows().length;
  });
  con.closeSync();
  instance.closeSync();
  return { time, rows };
}

/** The same aggregates in SQL over the stored exam_score rows. */
const sqlAggregates = (examId: string) => sql`
  with long as (
    select s.school_id, u.k as subject, u.x as score
    from exam_score s, unnest(s.scores) with ordinality as u(x, k)
    where s.exam_id = ${examId}
  )
  select l.school_id, l.subject, count(score) as sat, avg(score) as mean, stddev_pop(score) as sd,
    percentile_cont(0.5) within group (order by score) as median,
    percentile_cont(0.9) within group (order by score) as p90,
    count(*) filter (where score >= 0.85 * f.full_marks)::float8 / count(*) as excellent,
    count(*) filter (where score >= 0.70 * f.full_marks)::float8 / count(*) as good,
    count(*) filter (where score >= 0.60 * f.full_marks)::float8 / count(*) as pass,
    count(*) filter (where score < 0.40 * f.full_marks)::float8 / count(*) as low
  from long l join (select * from unnest(${sql.param(FULL)}::float8[]) with ordinality as f(full_marks, subject)) f
    on f.subject = l.subject
  group by l.school_id, l.subject`;

/** Writes the cohort as an exam with its scores (foreign keys off for the synthetic rows). */
async function store(database: Database, c: exams.ExamColumns): Promise<ExamRow> {
  const db = database.db;
  await db.execute(sql`set session_replication_role = replica`);
  const id = uuidOf(0xe0, c.size);
  const [row] = await db
    .insert(exam)
    .values({
      id,
      seriesId: id,
      regionCode: REGION,
      name: `基准测试 ${c.size}`,
      heldOn: "2027-01-10",
      schoolYear: 2026,
      term: 1,
      grade: 8,
      subjects: c.subjects.map((s) => ({ ...s, name: s.code })),
      config: exams.defaultAnalysisConfig,
      status: "published",
      createdBy: uuidOf(0xa0, 1),
    })
    .returning();
  const batch = 20_000;
  for (let from = 0; from < c.size; from += batch) {
    const to = Math.min(c.size, from + batch);
    const students: string[] = [];
    const schools: string[] = [];
    const classes: string[] = [];
    const texts: string[] = [];
    for (let i = from; i < to; i++) {
      students.push(uuidOf(0x5, i));
      schools.push(uuidOf(0x5c, c.school[i]!));
      classes.push(uuidOf(0xc1, c.klass[i]!));
      texts.push(`{${c.scores.map((x) => (Number.isNaN(x[i]!) ? "NULL" : x[i])).join(",")}}`);
    }
    await db.execute(sql`insert into exam_score (exam_id, student_id, region_code, school_id, class_id, scores)
      select ${id}::uuid, u.s, ${REGION}, u.sc, u.c, u.x::float8[]
      from unnest(${sql.param(students)}::uuid[], ${sql.param(schools)}::uuid[], ${sql.param(classes)}::uuid[], ${sql.param(texts)}::text[]) as u(s, sc, c, x)`);
  }
  const teachers: string[] = [];
  const classIds: string[] = [];
  const subjects: string[] = [];
  for (let cl = 0; cl < c.groups.classes; cl++) {
    for (let k = 0; k < FULL.length; k++) {
      classIds.push(uuidOf(0xc1, cl));
      subjects.push(CODES[k]!);
      teachers.push(uuidOf(0x7e, k * 100_000 + Math.floor(cl / 2)));
    }
  }
  await db.execute(sql`insert into exam_teacher (exam_id, class_id, subject, staff_id, region_code, school_id)
    select ${id}::uuid, u.c, u.k, u.t, ${REGION}, ${uuidOf(0x5c, 0)}::uuid
    from unnest(${sql.param(classIds)}::uuid[], ${sql.param(subjects)}::text[], ${sql.param(teachers)}::uuid[]) as u(c, k, t)`);
  await db.execute(sql`set session_replication_role = origin`);
  await db.execute(sql`analyze exam_score`);
  return row!;
}

/**
 * What the bureau's analysis page receives, built and serialized as the server answers (median of 3 on the warm
 * snapshot), as the page asks for it: the overview (county and schools; its first answer, and the text kept for the
 * next bureau reader), a school's classes in one subject (the
 * school tab; the class pickers ask the same of the total), a page of one subject's teachers ordered by mean (the
 * teacher tab: 30 a page) and one school's teachers; against the whole analysis in one answer (every class and
 * teacher group), which the page used to load, and one subject's teachers in one answer, as it loaded them before
 * they were paged.
 */
async function responseFigures(db: Db, snap: ExamSnapshot, withWhole: boolean) {
  const scope = { kind: "county" as const, regionCode: REGION };
  const sized = async (build: () => Promise<unknown>) => {
    let bytes = 0;
    const time = await timed(3, async () => {
      const answer = await build();
      bytes = Buffer.byteLength(typeof answer === "string" ? answer : JSON.stringify(answer));
    });
    return { bytes, time };
  };
  const school = snap.schools.ids[Math.floor(snap.schools.ids.length / 2)]!;
  // a province's whole analysis as one JSON text would not fit in a string
  const whole = withWhole ? await sized(() => presentAnalysis(snap, scope, null)) : null;
  // the overview's first answer (built and serialized), then the text the server keeps for the next bureau reader
  const overview = await sized(() => {
    snap.bureauOverview = undefined;
    return overviewJson(snap, snap.exam, scope, null);
  });
  const overviewKept = await sized(() => overviewJson(snap, snap.exam, scope, null));
  const schoolClasses = await sized(() =>
    presentGroups(snap, scope, null, { level: "class", subject: CODES[0], schoolId: school }),
  );
  const teacherPage = await sized(() =>
    presentGroups(snap, scope, null, { level: "teacher", subject: CODES[0], sort: "mean", page: 2, pageSize: 30 }),
  );
  const schoolTeachers = await sized(() =>
    presentGroups(snap, scope, null, { level: "teacher", subject: CODES[0], schoolId: school }),
  );
  const allTeachers = await sized(() => presentGroups(snap, scope, null, { level: "teacher", subject: CODES[0] }));
  // value added against a baseline of the same students (each score moved by up to 3 points): its first answer
  // works it out for the pair (a new baseline each run), the page's narrowed answers then read what was kept
  const r = rng(7);
  let run = 0;
  const baseline = () =>
    ({
      ...snap,
      key: `baseline-${run++}`,
      exam: { ...snap.exam, id: uuidOf(0xba, run), name: "前次" },
      studentIds: snap.studentIds,
      columns: {
        ...snap.columns,
        scores: snap.columns.scores.map((x) => Float64Array.from(x, (v) => Math.max(0, v - 3 + 6 * r.next()))),
      },
    }) as ExamSnapshot;
  const baselines = [baseline(), baseline(), baseline()];
  let next = 0;
  const valueAddedFirst = await sized(async () =>
    presentValueAdded(snap, baselines[next++]!, scope, null, { subject: CODES[0], level: "school" }),
  );
  // every subject worked out for a new pair, in one answer (as the page asked before it narrowed)
  const wholeBaselines = [baseline(), baseline(), baseline()];
  next = 0;
  const valueAddedWholeFirst = await sized(async () => presentValueAdded(snap, wholeBaselines[next++]!, scope, null));
  // the pair worked out last, whose value added the server keeps
  const base = baselines.at(-1)!;
  const teacherIds = (
    await presentGroups(snap, scope, null, { level: "teacher", subject: CODES[0], pageSize: 30 })
  ).groups!.subjects[0]!.groups.map((g) => g.id);
  const valueAdded = {
    schools: await sized(async () =>
      presentValueAdded(snap, base, scope, null, { subject: CODES[0], level: "school" }),
    ),
    classes: await sized(async () =>
      presentValueAdded(snap, base, scope, null, { subject: "total", level: "class", schoolId: school }),
    ),
    teachers: await sized(async () =>
      presentValueAdded(snap, base, scope, null, { subject: CODES[0], level: "teacher", groupIds: teacherIds }),
    ),
    whole: await sized(async () => presentValueAdded(snap, base, scope, null)),
  };
  const details = await detailFigures(db, snap, sized);
  return {
    ...details,
    whole,
    overview,
    overviewKept,
    schoolClasses,
    teacherPage,
    schoolTeachers,
    allTeachers,
    valueAddedFirst,
    valueAddedWholeFirst,
    valueAdded,
  };
}

/**
 * The 学生成绩 list and the 试题分析 answers, as the routes build them (the rows the reader may see, then the page):
 * the bureau's first page of the whole cohort, one class's students, and a school reader's first page; item analysis
 * of a 20-item subject (item scores made here, splitting each student's subject score) for the bureau's whole cohort
 * (its first answer, then the kept one) and for one school the bureau picks.
 */
async function detailFigures(
  db: Db,
  snap: ExamSnapshot,
  sized: (build: () => Promise<unknown>) => Promise<{ bytes: number; time: number }>,
) {
  const county = { kind: "county" as const, regionCode: REGION };
  const schoolId = snap.schools.ids[Math.floor(snap.schools.ids.length / 2)]!;
  const school = { kind: "school" as const, regionCode: REGION, schoolId };
  const classId = snap.classes.ids[Math.floor(snap.classes.ids.length / 2)]!;
  const students = (scope: typeof county | typeof school, q: { classId?: string }) => () =>
    presentStudents(db, snap, policyFor(snap.exam, scope), visibleRows(snap, scope, null), {
      ...q,
      page: 1,
      pageSize: 50,
    });
  const studentsFirst = await sized(students(county, {}));
  const studentsClass = await sized(students(county, { classId }));
  const studentsSchool = await sized(students(school, {}));
  // 20 items of the second subject (150 points): item k takes its share of the student's score, on the half-point grid
  const k = 1;
  const specs = Array.from({ length: 20 }, (_, i) => ({
    number: String(i + 1),
    maxScore: i < 12 ? 5 : 15,
    kind: i < 12 ? ("objective" as const) : ("subjective" as const),
  }));
  const x = snap.columns.scores[k]!;
  const itemColumns = specs.map((spec) =>
    Float64Array.from(x, (v) => (Number.isNaN(v) ? Number.NaN : Math.round((v / FULL[k]!) * spec.maxScore * 2) / 2)),
  );
  const withItems = {
    ...snap,
    exam: { ...snap.exam, subjects: snap.exam.subjects.map((s, j) => (j === k ? { ...s, items: specs } : s)) },
    items: snap.items.map((list, j) => (j === k ? itemColumns : list)),
  } as ExamSnapshot;
  // the bureau's whole cohort (kept with the snapshot: its first answer on a fresh copy each run), then one school
  const itemsCountyFirst = await sized(async () =>
    presentItems({ ...withItems } as ExamSnapshot, CODES[k]!, county, null),
  );
  const itemsCounty = await sized(async () => presentItems(withItems, CODES[k]!, county, null));
  const itemsSchool = await sized(async () => presentItems(withItems, CODES[k]!, county, null, schoolId));
  return { studentsFirst, studentsClass, studentsSchool, itemsCountyFirst, itemsCounty, itemsSchool };
}

function responseLine(r: Awaited<ReturnType<typeof responseFigures>>) {
  const mb = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} KB`);
  const part = (x: { bytes: number; time: number }) => `${mb(x.bytes)} ${ms(x.time)}`;
  return (
    `分析页接口(教育局视图,构建并序列化,3 次中位):概览 ${part(r.overview)}(此后的教育局读者:保存的文本 ${ms(r.overviewKept.time)});一所学校一科的班级 ${part(r.schoolClasses)};` +
    `一科教师按均分排序的一页(30 名)${part(r.teacherPage)};一所学校一科的教师 ${part(r.schoolTeachers)};目标每个 ≤ 100 ms\n` +
    `  对照:一科全部教师一次发送 ${part(r.allTeachers)}${r.whole ? `;全部班级与教师一次发送 ${part(r.whole)}` : ""}\n` +
    `增值评价(教育局视图):一对考试的首次回答(匹配学生并算一科,回答一科各校)${part(r.valueAddedFirst)}(全部科目一次算出并发送 ${part(r.valueAddedWholeFirst)});此后按页面所需:一科各校 ${part(r.valueAdded.schools)},` +
    `一所学校的班级 ${part(r.valueAdded.classes)},一页教师(30 名)${part(r.valueAdded.teachers)} — 对照:全部增值一次发送 ${part(r.valueAdded.whole)}\n` +
    `学生成绩(每页 50 名):教育局第一页 ${part(r.studentsFirst)},一个班 ${part(r.studentsClass)},学校读者第一页 ${part(r.studentsSchool)};` +
    `试题分析(一科 20 题):教育局首次 ${part(r.itemsCountyFirst)}(此后保存 ${ms(r.itemsCounty.time)}),教育局选一所学校 ${part(r.itemsSchool)}`
  );
}

async function databaseFigures(database: Database, c: exams.ExamColumns) {
  const db = database.db;
  let t = performance.now();
  const row = await store(database, c);
  const loadMs = performance.now() - t;
  // publication freezes the snapshot (publishExam does this in its transaction): not counted
  t = performance.now();
  const frozenBytes = await writeSnapshot(db, row);
  const freezeMs = performance.now() - t;
  const written = async () =>
    (await db.execute(
      sql`select count(*)::int as n, max(created_at)::text as at from exam_snapshot where exam_id = ${row.id}`,
    )) as unknown as {
      rows: { n: number; at: string }[];
    };
  const before = (await written()).rows[0]!;
  // cold: the server's own path on an empty cache, then the analysis
  clearSnapshotCache();
  t = performance.now();
  const snap = await examSnapshot(db, row);
  const snapshotMs = performance.now() - t;
  await snapshotAnalysis(snap);
  const coldMs = performance.now() - t;
  if (JSON.stringify((await written()).rows[0]) !== JSON.stringify(before)) {
    throw new Error("the frozen snapshot was rebuilt on load: the cold figure did not come from it");
  }
  // the student ids are decoded on first use (the student list), not by the analysis
  t = performance.now();
  const students = snap.studentIds.length;
  const idsMs = performance.now() - t;
  if (students !== c.size) throw new Error(`snapshot has ${students} students, expected ${c.size}`);
  // the frozen read again, on a warm process (median of 3), and its two parts: the bytes, their decoding
  const snapshotWarmMs = await timed(3, async () => {
    clearSnapshotCache();
    await examSnapshot(db, row);
  });
  let bytes: Buffer | null = null;
  const bytesMs = await timed(3, async () => {
    bytes = await readSnapshotBytes(db, row.id);
  });
  const decodeMs = await timed(3, () =>
    decodeSnapshot(bytes!, { examId: row.id, inputHash: row.inputHash, subjects: row.subjects }),
  );
  // the older read, aggregating exam_score per class (drafts still load this way)
  clearSnapshotCache();
  t = performance.now();
  const old = await snapshotFromScores(db, row);
  const oldSnapshotMs = performance.now() - t;
  exams.analyzeExam(old.columns, row.config);
  const oldColdMs = performance.now() - t;
  // the page's answers, on the embedded database (the same on PostgreSQL once the snapshot is read)
  const responses = database.kind === "pglite" ? await responseFigures(db, snap, c.size <= 100_000) : null;
  const sqlMs = await timed(database.kind === "pglite" && c.size > 100_000 ? 1 : 3, () =>
    db.execute(sqlAggregates(row.id)),
  );
  return {
    loadMs,
    freezeMs,
    frozenBytes,
    snapshotMs,
    snapshotWarmMs,
    bytesMs,
    decodeMs,
    idsMs,
    coldMs,
    oldSnapshotMs,
    oldColdMs,
    sqlMs,
    responses,
    schools: snap.columns.groups.schools,
  };
}

function coldLine(name: string, f: Awaited<ReturnType<typeof databaseFigures>>) {
  return (
    `${name}:写入 ${ms(f.loadMs)}(不计);发布时冻结快照 ${(f.frozenBytes / 1024 / 1024).toFixed(1)} MB ${ms(f.freezeMs)}(不计)\n` +
    `  冷启动 = 读取冻结快照 ${ms(f.snapshotMs)} + 分析 = ${ms(f.coldMs)}(再读 3 次中位 ${ms(f.snapshotWarmMs)}:` +
    `字节 ${ms(f.bytesMs)}、解码 ${ms(f.decodeMs)};` +
    `学生 ID 首次使用时解码 ${ms(f.idsMs)},不在冷启动内)\n` +
    `  对照:旧读取(按班聚合 exam_score)${ms(f.oldSnapshotMs)} + 分析 = ${ms(f.oldColdMs)};SQL 相同聚合 ${ms(f.sqlMs)}`
  );
}

/** A wide xlsx of n students × 9 subjects for a synthetic register, through the platform's import path. */
async function importFigures(n: number) {
  const database = await openDatabase({ kind: "pglite" });
  await migrate(database);
  const db = database.db;
  await db.execute(sql`set session_replication_role = replica`);
  const ids = Array.from({ length: n }, (_, i) => uuidOf(0x5, i));
  const uniqueNumbers = ids.map((_, i) => `G${String(152599201201000000n + BigInt(i)).padStart(18, "0")}`);
  for (let from = 0; from < n; from += 20_000) {
    const part = ids.slice(from, from + 20_000);
    const nums = uniqueNumbers.slice(from, from + 20_000);
    const schools = part.map((_, j) => uuidOf(0x5c, Math.floor((from + j) / 1800)));
    await db.execute(sql`insert into person (id, region_code, name, gender, birth_date)
      select u.id, ${REGION}, '学生' || u.n, 'M', '2012-01-01' from unnest(${sql.param(part)}::uuid[], ${sql.param(nums)}::text[]) as u(id, n)`);
    await db.execute(sql`insert into student (id, region_code, person_id, student_number, household_type)
      select u.id, ${REGION}, u.id, u.n, 'urban' from unnest(${sql.param(part)}::uuid[], ${sql.param(nums)}::text[]) as u(id, n)`);
    await db.execute(sql`insert into enrollment (region_code, school_id, school_year, student_id, grade, status)
      select ${REGION}, u.sc, 2026, u.id, 8, 'enrolled' from unnest(${sql.param(part)}::uuid[], ${sql.param(schools)}::uuid[]) as u(id, sc)`);
  }
  const examId = uuidOf(0xe1, n);
  await db.insert(exam).values({
    id: examId,
    seriesId: examId,
    regionCode: REGION,
    name: "导入基准",
    heldOn: "2027-01-10",
    schoolYear: 2026,
    term: 1,
    grade: 8,
    subjects: FULL.map((full, k) => ({
      code: CODES[k]!,
      name: ["语文", "数学", "英语", "物理", "化学", "生物", "道德与法治", "历史", "地理"][k]!,
      fullMarks: full,
    })),
    config: exams.defaultAnalysisConfig,
    createdBy: uuidOf(0xa0, 1),
  });
  await db.execute(sql`insert into exam_score (exam_id, student_id, region_code, school_id, scores)
    select ${examId}::uuid, e.student_id, e.region_code, e.school_id, array_fill(null::float8, array[9])
    from enrollment e`);
  await db.execute(sql`set session_replication_role = origin`);
  const [row] = await db.select().from(exam).where(sql`${exam.id} = ${examId}`);
  // the file, as a county's office would send it
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("成绩");
  sheet.addRow(["学籍号", "姓名", ...row!.subjects.map((s) => s.name)]);
  const r = rng(7);
  for (let i = 0; i < n; i++) {
    sheet.addRow([
      uniqueNumbers[i],
      `学生${uniqueNumbers[i]}`,
      ...FULL.map((full) => (r.next() < 0.01 ? "缺考" : Math.round(r.next() * full * 2) / 2)),
    ]);
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const actor = {
    userId: uuidOf(0xa0, 1),
    username: "bench",
    role: "section",
    section: "research",
    schoolId: null,
    staffId: null,
    regionCode: REGION,
  } as auth.Actor;
  const scope = { kind: "county" as const, regionCode: REGION };
  let t = performance.now();
  const table = await readScoreFile(bytes, "scores.xlsx");
  const readMs = performance.now() - t;
  t = performance.now();
  const result = await validateScores(db, actor, scope, row!, table);
  const validateMs = performance.now() - t;
  t = performance.now();
  await db.transaction(async (tx) => writeScores(tx, row!, result.updates));
  const writeMs = performance.now() - t;
  await database.close();
  return { bytes: bytes.length, readMs, validateMs, writeMs, errors: result.errors, students: result.students };
}

const lines: string[] = [];
const say = (s: string) => {
  console.log(s);
  lines.push(s);
};

// the server starts its analysis worker when it starts; a large exam's analysis is shared with it
if (!(await startAnalysisWorker())) throw new Error("the analysis worker did not start");

for (const n of sizes) {
  const label = n >= 1_000_000 ? "省级规模" : "县级规模";
  say(`\n=== ${n.toLocaleString("en")} 名学生 × 9 科(${label})===`);
  const { columns } = cohort(n);
  say(`学校 ${columns.groups.schools},班级 ${columns.groups.classes},教师组 ${columns.groups.teachers}`);
  // the cached snapshot of a large exam holds its columns in shared memory (snapshotAnalysis moves them there once)
  const cached = shareLargeColumns(columns);
  // the first analyses in a process also pay for compiling the engine (on both threads) and for memory the system
  // hands out for the first time (on a virtual machine about 12 µs a 4 KB page, some 200 ms for a province's
  // figures): timed apart, before the warm runs
  const firstRuns: string[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await timedRuns(1, () => analyzeColumns(cached, exams.defaultAnalysisConfig));
    firstRuns.push(`${ms(run.median)}(缺页 ${run.faults.toLocaleString("en")})`);
  }
  const fullWarm = await timedRuns(5, () => analyzeColumns(cached, exams.defaultAnalysisConfig));
  const oneThread = await timedRuns(5, () => exams.analyzeExam(cached));
  const schoolWarm = await timed(5, () => schoolAggregates(columns));
  const threads = cached === columns ? "单线程" : "主线程与分析工作线程各分一半科目";
  say(
    `引擎(热,缓存快照):全部层级分析 ${ms(fullWarm.median)}(5 次中位,最快–最慢 ${spread(fullWarm)},5 次共缺页 ${fullWarm.faults.toLocaleString("en")};${threads};全在一个线程 ${ms(oneThread.median)},${spread(oneThread)});仅学校×科目聚合 ${ms(schoolWarm)}`,
  );
  say(`  进程内前 3 次分析(含编译与首次使用的内存,不计入热):${firstRuns.join(" / ")}`);
  const duck = await duckdb(columns);
  say(`DuckDB 相同聚合(学校×科目:人数、均值、标准差、中位数、P90、四率):${ms(duck.time)}(${duck.rows} 行)`);
  const pglite = await openDatabase({ kind: "pglite" });
  await migrate(pglite);
  const pg = await databaseFigures(pglite, columns);
  await pglite.close();
  say(coldLine("PGlite", pg));
  if (pg.responses) say(responseLine(pg.responses));
  let pgs: Awaited<ReturnType<typeof databaseFigures>> | null = null;
  if (!values["no-postgres"]) {
    const server = await startTestPostgres();
    try {
      const database = await openDatabase({ kind: "postgresql", url: server.url(), poolSize: 1 });
      await migrate(database);
      pgs = await databaseFigures(database, columns);
      await database.close();
      say(coldLine("PostgreSQL", pgs));
    } finally {
      server.stop();
    }
  }
  say(
    `比值:引擎学校聚合 / DuckDB = ${(schoolWarm / duck.time).toFixed(2)};PGlite SQL / 引擎全部层级(热)= ${(pg.sqlMs / fullWarm.median).toFixed(1)}×;PGlite SQL / 引擎冷启动 = ${(pg.sqlMs / pg.coldMs).toFixed(1)}×` +
      (pgs ? `;PostgreSQL SQL / 引擎冷启动(PostgreSQL)= ${(pgs.sqlMs / pgs.coldMs).toFixed(1)}×` : ""),
  );
}

if (!values["no-import"]) {
  const n = 50_000;
  say(`\n=== 成绩导入:${n.toLocaleString("en")} 名学生 × 9 科宽表 .xlsx(PGlite)===`);
  const f = await importFigures(n);
  say(
    `文件 ${(f.bytes / 1024 / 1024).toFixed(1)} MB:读取 ${ms(f.readMs)} + 校验 ${ms(f.validateMs)} + 写入 ${ms(f.writeMs)} = ${ms(f.readMs + f.validateMs + f.writeMs)}(错误 ${f.errors},学生 ${f.students})`,
  );
}
