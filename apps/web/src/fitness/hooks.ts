import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type CorrectionBody, type FiguresQuery, fitnessApi, type ResultsQuery } from "./api";

/** One key prefix for fitness: every write (a correction, a rescoring) refreshes the whole area. */
export const fitnessKeys = {
  all: ["fitness"] as const,
  figures: (q: FiguresQuery) => ["fitness", "figures", q] as const,
  results: (q: ResultsQuery) => ["fitness", "results", q] as const,
  result: (id: string) => ["fitness", "result", id] as const,
  standard: (grade: number, sex: string) => ["fitness", "standard", grade, sex] as const,
  corrections: ["fitness", "corrections"] as const,
};

export const useFigures = (q: FiguresQuery) =>
  useQuery({
    queryKey: fitnessKeys.figures(q),
    queryFn: () => fitnessApi.figures(q),
    placeholderData: keepPreviousData,
  });
export const useResults = (q: ResultsQuery) =>
  useQuery({
    queryKey: fitnessKeys.results(q),
    queryFn: () => fitnessApi.results(q),
    placeholderData: keepPreviousData,
  });
export const useResult = (id: string) =>
  useQuery({ queryKey: fitnessKeys.result(id), queryFn: () => fitnessApi.result(id) });
export const useStandard = (grade: number, sex: "male" | "female") =>
  useQuery({ queryKey: fitnessKeys.standard(grade, sex), queryFn: () => fitnessApi.standard(grade, sex) });
export const useCorrections = () => useQuery({ queryKey: fitnessKeys.corrections, queryFn: fitnessApi.corrections });

export function useCorrect() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CorrectionBody) => fitnessApi.correct(body),
    onSuccess: () => client.invalidateQueries({ queryKey: fitnessKeys.all }),
  });
}

export function useRescore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fitnessApi.rescore,
    onSuccess: () => client.invalidateQueries({ queryKey: fitnessKeys.all }),
  });
}
