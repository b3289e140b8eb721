import type { exams } from "@edubureau/core";
import { api, apiUrl } from "../app/api";
import type { Ok, Query, Row, Schema } from "../app/wire";

/** An exam version (server: exams/schemas.ts Exam). */
export type Exam = Schema<"Exam">;
/** A subject of an exam (server: exams/schemas.ts subjectSchema). */
export type ExamSubject = Row<Exam["subjects"]>;
export type ExamStatus = Exam["status"];

/** How results may be shown to this reader (server: exams/presentAnalysis.ts Policy). */
export type Policy = Schema<"ExamPolicy">;

export type ExamDetail = Schema<"ExamDetail">;

/** The figures of one group without its code (server: core GroupStats, rank shown to the bureau only). */
export type Stats = Schema<"ExamGroupStats">;
/** A school's figures, or a class's or teacher's with their school. */
export type NamedStats = Schema<"ExamSchoolStats"> | Schema<"ExamGroupStatsView">;

export type SubjectView = Schema<"ExamSubjectView">;

/** The analysis page's overview (server: presentOverview): the county and schools; classes and teachers come with
 * AnalysisGroupsView, a school or a page at a time. */
export type AnalysisView = Schema<"ExamAnalysisView">;

export type GroupStatsView = Schema<"ExamGroupStatsView">;

export type AnalysisGroupsQuery = Query<"getExamsByIdAnalysisGroups">;
/** What the server can order classes or teachers by (server: presentGroups GroupSort). */
export type GroupSort = NonNullable<AnalysisGroupsQuery["sort"]>;

/** Classes or teachers, subject by subject (server: presentGroups). */
export type AnalysisGroupsView = Schema<"ExamAnalysisGroupsView">;

export type ValueAddedGroup = Schema<"ExamValueAddedGroup">;

export type ValueAddedView = Schema<"ExamValueAddedView">;
/** Which value added to ask for: a subject, a level, a school, some groups (server: presentValueAdded). */
export type ValueAddedQuery = Query<"getExamsByIdValueAdded">;

export type ItemsView = Schema<"ExamItemsView">;

export type StudentRow = Schema<"ExamStudentRow">;

export type StudentsView = Schema<"ExamStudentsView">;

export type ExamInput = Schema<"ExamInput">;
export type ExamPatch = Schema<"ExamPatch">;
export type ImportValidation = Schema<"ExamImportResult">;

const path = (id: string) => `/exams/${encodeURIComponent(id)}`;

export const examApi = {
  list: (year?: number) => api.get<Ok<"getExams">>("/exams", { year }),
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
  valueAdded: (id: string, q: ValueAddedQuery) => api.get<ValueAddedView>(`${path(id)}/value-added`, { ...q }),
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
