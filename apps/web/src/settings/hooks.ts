import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "../app/queryClient";
import { type AssignOwnerBody, settingsApi } from "./api";

export const settingsKeys = { all: ["settings"] as const, owners: ["settings", "owners"] as const };

export function useCapabilityOwners() {
  return useQuery({ queryKey: settingsKeys.owners, queryFn: settingsApi.owners });
}

/** A new owner changes who writes: the settings, the session's abilities and the audit log are read again. */
export function useAssignOwner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignOwnerBody) => settingsApi.assignOwner(body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["audit"] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]);
    },
  });
}
