import type { exams } from "@edubureau/core";
import { api, apiUrl } from "../app/api";
import type { Narrow, Ok, Query, Row, Schema } from "../app/wire";

/** An exam version (server: exams/schemas.ts Exam); its change counts are stored as an open object. */
export type Exam = Narrow<
  Schema<"Exam">,
  {
    changes: {
      previousVersion: number;
      changed: number;
      added: number;
      removed: number;
      /** subjects whose item structure changed against the version before */
      itemsChanged?: string[];
    } | null;
  }
>;
/** A subject of an exam (server: exams/schemas.ts subjectSchema). */
export type ExamSubject = Row<Exam["subjects"]>;
export type ExamStatus = Exam["status"];

/*
 * The exam's detail and its analysis views below stay typed here: the server describes them as open objects
 * (exams/schemas.ts computedSchema), so there is nothing to derive them from yet.
 */

/** How results may be shown to this reader (server: exams/presentAnalysis.ts Policy). */
export interface Policy {
  view: "bureau" | "school" | "teacher";
  mode: "scores" | "levels";
  ranks: boolean;
  internal: boolean;
  note: string;
}

export interface ExamDetail {
  exam: Exam;
  policy: Policy;
  versions: {
    id: string;
    version: number;
    status: ExamStatus;
    changeNote: string | null;
    changes: Exam["changes"];
    publishedAt: string | null;
    createdAt: string;
  }[];
  baseline: { id: string; name: string; heldOn: string } | null;
  progress: { schoolId: string; schoolName: string; enrolled: number; withScores: number }[];
  imports: {
    id: string;
    fileName: string;
    layout: string;
    status: string;
    rowCount: number;
    errorCount: number;
    createdAt: string;
    committedAt: string | null;
  }[];
  abilities: { import: boolean; manage: boolean };
}

/** The figures of one group without its code (server: core GroupStats, rank shown to the bureau only). */
export type Stats = Omit<exams.GroupStats, "group">;
export type NamedStats = Stats & { id: string; name: string; schoolId?: string; schoolName?: string };

export interface SubjectView {
  code: string;
  name: string;
  fullMarks: number;
  lines: exams.RateThresholds;
  bandEdges: number[];
  levelLines: number[];
  county: Stats;
  schools: NamedStats[];
}

/** A class or a teacher, with their school. */
export interface GroupName {
  id: string;
  name: string;
  schoolId: string;
  schoolName: string;
}

/** The analysis page's overview (server: presentOverview); classes and teachers come with AnalysisGroupsView. */
export interface AnalysisView {
  exam: Exam;
  policy: Policy;
  config: exams.AnalysisConfig;
  levelNames: string[];
  subjects: SubjectView[];
  /** the classes this reader may open */
  classes: GroupName[];
}

export type GroupStatsView = NamedStats & GroupName;

export type AnalysisGroupsQuery = Query<"getExamsByIdAnalysisGroups">;

/** Classes or teachers, subject by subject (server: presentGroups). */
export interface AnalysisGroupsView {
  policy: Policy;
  level: "class" | "teacher";
  subjects: { code: string; name: string; groups: GroupStatsView[] }[];
}

export interface ValueAddedGroup {
  id: string;
  name: string;
  n: number;
  estimate: number | null;
  low: number | null;
  high: number | null;
  previous: number | null;
  current: number | null;
  hidden: boolean;
}

export interface ValueAddedView {
  policy: Policy;
  baseline: { id: string; name: string; heldOn: string; grade: number };
  minN: number;
  subjects: {
    code: string;
    name: string;
    matched: number;
    slope: number | null;
    r2: number | null;
    schools: ValueAddedGroup[];
    classes: ValueAddedGroup[];
    teachers: ValueAddedGroup[];
  }[];
}

export interface ItemsView {
  policy: Policy;
  subject: { code: string; name: string; fullMarks: number };
  sat: number;
  items: (exams.ItemStats & { qualityLabel: string | null; difficultyLabel: string | null })[];
}

export interface StudentRow {
  id: string;
  name: string;
  studentNumber: string;
  schoolName: string;
  className: string;
  subjects: { code: string; absent: boolean; score: number | null; level: string | null }[];
  total: number | null;
  totalLevel: string | null;
  tScore: number | null;
  borderline: string[];
}

export interface StudentsView {
  policy: Policy;
  levelNames: string[];
  subjects: ExamSubject[];
  total: number;
  borderlineCounts: { name: string; line: number; from: number; count: number }[];
  rows: StudentRow[];
}

export type ExamInput = Schema<"ExamInput">;
export type ExamPatch = Schema<"ExamPatch">;
export type ImportValidation = Schema<"ExamImportResult">;

const path = (id: string) => `/exams/${encodeURIComponent(id)}`;

export const examApi = {
  list: (year?: number) => api.get<Narrow<Ok<"getExams">, { rows: Exam[] }>>("/exams", { year }),
  detail: (id: string) => api.get<ExamDetail>(path(id)),
  create: (input: ExamInput) => api.post<Exam>("/exams", input),
  update: (id: string, patch: ExamPatch) => api.patch<Exam>(path(id), patch),
  updateItems: (id: string, code: string, items: exams.ItemSpec[], discardItemScores = false) =>
    api.put<Exam>(`${path(id)}/subjects/${encodeURIComponent(code)}/items`, { items, discardItemScores }),
  publish: (id: string) => api.post<Exam>(`${path(id)}/publish`),
  correct: (id: string, note: string) => api.post<Exam>(`${path(id)}/corrections`, { note }),
  analysis: (id: string) => api.get<AnalysisView>(`${path(id)}/analysis`),
  analysisGroups: (id: string, q: AnalysisGroupsQuery) =>
    api.get<AnalysisGroupsView>(`${path(id)}/analysis/groups`, { ...q }),
  valueAdded: (id: string) => api.get<ValueAddedView>(`${path(id)}/value-added`),
  items: (id: string, subject: string, schoolId?: string) =>
    api.get<ItemsView>(`${path(id)}/items`, { subject, schoolId }),
  students: (id: string, q: { schoolId?: string; classId?: string; page: number; pageSize: number }) =>
    api.get<StudentsView>(`${path(id)}/students`, q),
  upload: (id: string, file: Blob & { name?: string }, onProgress?: (p: number) => void) =>
    api.upload<ImportValidation>(`${path(id)}/imports`, file, { onProgress }),
  commit: (id: string, jobId: string) =>
    api.post<Ok<"postExamsByIdImportsByJobIdCommit">>(`${path(id)}/imports/${encodeURIComponent(jobId)}/commit`),
  templateUrl: (id: string) => apiUrl(`${path(id)}/template.xlsx`),
  reportUrl: (id: string, jobId: string) => apiUrl(`${path(id)}/imports/${encodeURIComponent(jobId)}/report.xlsx`),
  downloadRoster: (id: string, reveal: boolean, reason?: string) =>
    api.download(
      `${path(id)}/roster.xlsx`,
      { reveal: reveal ? "true" : undefined, reason },
      reveal ? "考号名单(含完整学籍号).xlsx" : "考号名单.xlsx",
    ),
  downloadTables: (id: string) => api.download(`${path(id)}/tables.xlsx`, undefined, "质量分析表.xlsx"),
  downloadSchoolReport: (id: string, schoolId: string) =>
    api.download(`${path(id)}/schools/${encodeURIComponent(schoolId)}/report.docx`, undefined, "质量分析报告.docx"),
};
