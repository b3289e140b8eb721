import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type CreateUserBody, type UpdateUserBody, usersApi } from "./api";

export const usersKeys = {
  all: ["users"] as const,
  list: ["users", "list"] as const,
};

export function useUsers() {
  return useQuery({ queryKey: usersKeys.list, queryFn: usersApi.list });
}

/** The county's townships, for a township contact's account (only loaded when the form asks). */
export function useUserTowns(enabled: boolean) {
  return useQuery({ queryKey: [...usersKeys.all, "towns"], queryFn: usersApi.towns, enabled });
}

/** Every account write changes the list and adds an audit row. */
function useInvalidateAfterWrite() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: usersKeys.all }),
      queryClient.invalidateQueries({ queryKey: ["audit"] }),
    ]);
  };
}

export function useCreateUser() {
  const onSuccess = useInvalidateAfterWrite();
  return useMutation({ mutationFn: (body: CreateUserBody) => usersApi.create(body), onSuccess });
}

export function useUpdateUser() {
  const onSuccess = useInvalidateAfterWrite();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => usersApi.update(id, body),
    onSuccess,
  });
}

export function useResetPassword() {
  const onSuccess = useInvalidateAfterWrite();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => usersApi.resetPassword(id, password),
    onSuccess,
  });
}
