import type { exams } from "@edubureau/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type AnalysisGroupsQuery, type ExamInput, examApi, type ValueAddedQuery } from "./api";

export const examKeys = {
  all: ["exams"] as const,
  list: (year?: number) => ["exams", "list", year ?? "all"] as const,
  detail: (id: string) => ["exams", id, "detail"] as const,
  analysis: (id: string) => ["exams", id, "analysis"] as const,
  analysisGroups: (id: string, q: AnalysisGroupsQuery) => ["exams", id, "analysis", "groups", q] as const,
  valueAdded: (id: string, q: ValueAddedQuery) => ["exams", id, "value-added", q] as const,
  items: (id: string, subject: string, schoolId?: string) => ["exams", id, "items", subject, schoolId ?? ""] as const,
  students: (id: string, q: object) => ["exams", id, "students", q] as const,
};

export const useExams = (year?: number) =>
  useQuery({ queryKey: examKeys.list(year), queryFn: () => examApi.list(year), placeholderData: keepPreviousData });

export const useExam = (id: string) => useQuery({ queryKey: examKeys.detail(id), queryFn: () => examApi.detail(id) });

export const useAnalysis = (id: string, enabled = true) =>
  useQuery({ enabled, queryKey: examKeys.analysis(id), queryFn: () => examApi.analysis(id) });

/**
 * Classes or teachers of the analysis, as a page shows them (one school's, one subject's, one class, one page).
 * `keepPrevious` keeps the last answer on screen while the next page or order loads.
 */
export const useAnalysisGroups = (id: string, q: AnalysisGroupsQuery, enabled = true, keepPrevious = false) =>
  useQuery({
    enabled,
    queryKey: examKeys.analysisGroups(id, q),
    queryFn: () => examApi.analysisGroups(id, q),
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });

/**
 * The classes of a school a reader may open: those with students on the exam's roster (the total's class groups).
 * Pickers ask for them a school at a time: a province has some 22,000 classes.
 */
export const useSchoolClasses = (id: string, schoolId: string | undefined) => {
  const answer = useAnalysisGroups(id, { level: "class", schoolId, subject: "total" }, !!schoolId);
  const classes = answer.data?.subjects[0]?.groups.filter((g) => g.schoolId === schoolId) ?? [];
  return { classes, loading: answer.isFetching, pending: !!schoolId && answer.isPending };
};

/** Value added as a page shows it: one subject's schools, one school's classes, a page of teachers. */
export const useValueAdded = (id: string, enabled: boolean, q: ValueAddedQuery) =>
  useQuery({ enabled, queryKey: examKeys.valueAdded(id, q), queryFn: () => examApi.valueAdded(id, q), retry: false });

export const useItems = (id: string, subject: string | undefined, schoolId?: string) =>
  useQuery({
    enabled: !!subject,
    queryKey: examKeys.items(id, subject ?? "", schoolId),
    queryFn: () => examApi.items(id, subject!, schoolId),
    retry: false,
  });

export const useStudents = (
  id: string,
  q: { schoolId?: string; classId?: string; page: number; pageSize: number },
  enabled = true,
) =>
  useQuery({
    enabled,
    queryKey: examKeys.students(id, q),
    queryFn: () => examApi.students(id, q),
    placeholderData: keepPreviousData,
  });

/** Any write to an exam refreshes everything cached about exams. */
function useExamMutation<A, R>(fn: (a: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: examKeys.all }) });
}

export const useCreateExam = () => useExamMutation((input: ExamInput) => examApi.create(input));
export const useUpdateItems = () =>
  useExamMutation((a: { id: string; code: string; items: exams.ItemSpec[]; discard?: boolean }) =>
    examApi.updateItems(a.id, a.code, a.items, a.discard),
  );
export const usePublishExam = () => useExamMutation((id: string) => examApi.publish(id));
export const useCorrectExam = () => useExamMutation((a: { id: string; note: string }) => examApi.correct(a.id, a.note));
export const useCommitImport = () =>
  useExamMutation((a: { id: string; jobId: string }) => examApi.commit(a.id, a.jobId));
