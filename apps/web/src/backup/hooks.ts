import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backupApi } from "./api";

export const backupKeys = {
  all: ["backups"] as const,
  list: ["backups", "list"] as const,
};

export function useBackups() {
  return useQuery({ queryKey: backupKeys.list, queryFn: backupApi.list });
}

/** Every backup write changes the list and adds an audit row. */
function useInvalidateAfterWrite() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: backupKeys.all }),
      queryClient.invalidateQueries({ queryKey: ["audit"] }),
    ]);
  };
}

export function useMakeBackup() {
  const onSuccess = useInvalidateAfterWrite();
  return useMutation({ mutationFn: (passphrase: string) => backupApi.make(passphrase), onSuccess });
}

export function useUploadBackup() {
  const onSuccess = useInvalidateAfterWrite();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (percent: number) => void }) =>
      backupApi.upload(file, onProgress),
    onSuccess,
  });
}

export function useRestoreBackup() {
  return useMutation({
    mutationFn: ({ name, passphrase, confirmation }: { name: string; passphrase: string; confirmation: string }) =>
      backupApi.restore(name, { passphrase, confirmation }),
  });
}

export function useDeleteBackup() {
  const onSuccess = useInvalidateAfterWrite();
  return useMutation({ mutationFn: (name: string) => backupApi.remove(name), onSuccess });
}
