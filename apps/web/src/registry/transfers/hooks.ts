import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { registryKeys } from "../hooks";
import { type NewTransfer, type TransferQuery, transferApi } from "./api";

export const transferKeys = {
  list: (query: TransferQuery) => ["registry", "transfers", query] as const,
  overdue: ["registry", "transfers", "overdue"] as const,
  settings: ["registry", "settings"] as const,
  promotion: (fromYear: number | undefined, schoolId: string | undefined) =>
    ["registry", "promotion", fromYear, schoolId ?? "all"] as const,
};

export function useTransfers(query: TransferQuery) {
  return useQuery({
    queryKey: transferKeys.list(query),
    queryFn: () => transferApi.list(query),
    placeholderData: keepPreviousData,
  });
}

export function useOverdueTransfers(enabled = true) {
  return useQuery({ enabled, queryKey: transferKeys.overdue, queryFn: transferApi.overdue });
}

/** Every transfer action changes the lists, the students' enrollments and the class sizes: refresh the register. */
function useRegistryMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.all }),
  });
}

export const useCreateTransfer = () => useRegistryMutation((body: NewTransfer) => transferApi.create(body));
export const useReceiveTransfer = () =>
  useRegistryMutation(({ id, classId }: { id: string; classId: string | null }) => transferApi.receive(id, classId));
export const useRejectTransfer = () =>
  useRegistryMutation(({ id, note }: { id: string; note: string }) => transferApi.reject(id, note));
export const useCancelTransfer = () =>
  useRegistryMutation(({ id, note }: { id: string; note: string }) => transferApi.cancel(id, note));

/** The promotion preview of a year (undefined: the county's current year), of the county or one school. */
export function usePromotionPreview(fromYear: number | undefined, schoolId: string | undefined) {
  return useQuery({
    queryKey: transferKeys.promotion(fromYear, schoolId),
    queryFn: () => transferApi.promotionPreview(fromYear, schoolId),
  });
}

/** The county's promotion, with the preview's totals as its confirmation. */
export const usePromote = () =>
  useRegistryMutation(({ fromYear, confirm }: { fromYear: number; confirm: { promote: number; graduate: number } }) =>
    transferApi.promote(fromYear, confirm),
  );

/** A school's request for the county's promotion (申请升级). */
export const useRequestPromotion = () =>
  useRegistryMutation((note: string | undefined) => transferApi.requestPromotion(note));

/** The county's register settings (the overdue limit). */
export function useRegistrySettings() {
  return useQuery({ queryKey: transferKeys.settings, queryFn: transferApi.settings });
}

/**
 * Saves the county's register settings (the overdue limit, the current year, the promotion date): every transfer's
 * overdue flag and every page's default year may change with it.
 */
export function useSaveRegistrySettings() {
  return useRegistryMutation(transferApi.saveSettings);
}
