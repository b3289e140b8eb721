import { useMutation, useQueryClient } from "@tanstack/react-query";
import { registryKeys } from "../hooks";
import { excelApi } from "./api";

/** Commits a validated import: the register changed, so every register query is refreshed. */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, onlyValidRows }: { id: string; onlyValidRows: boolean }) => excelApi.commit(id, onlyValidRows),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.all }),
  });
}
