import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ClassQuery, classApi } from "./api";

export const classKeys = {
  list: (query: ClassQuery) => ["registry", "classes", query] as const,
  sizes: (year: number | undefined) => ["registry", "class-sizes", year ?? "latest"] as const,
};

export function useClasses(query: ClassQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: classKeys.list(query),
    queryFn: () => classApi.list(query),
    placeholderData: keepPreviousData,
  });
}

export function useClassSizes(year: number | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: classKeys.sizes(year),
    queryFn: () => classApi.sizes(year),
    placeholderData: keepPreviousData,
  });
}
