import type { auth } from "@edubureau/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { authApi, type LoginBody, type Me } from "../auth/api";
import { setCsrfToken } from "./api";
import { queryKeys } from "./queryClient";

export type AbilityKind = keyof Me["abilities"];

interface AuthContextValue {
  me: Me | null;
  loading: boolean;
  /** the session could not be loaded (server unreachable or failing) */
  error: Error | null;
  /** may the signed-in user do this in the capability, as the server said */
  can: (kind: AbilityKind, capability: auth.Capability) => boolean;
  login: (body: LoginBody) => Promise<Me>;
  logout: () => Promise<void>;
  /** reload the session (after a password change) */
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

async function loadMe(): Promise<Me | null> {
  const me = await authApi.me();
  setCsrfToken(me?.csrfToken ?? null);
  return me;
}

/** The session from GET /api/auth/me, shared with every page; the CSRF token stays in memory. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const meQuery = useQuery({ queryKey: queryKeys.me, queryFn: loadMe, staleTime: Number.POSITIVE_INFINITY });
  const loginMutation = useMutation({
    mutationFn: authApi.login,
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== "auth" });
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
  const me = meQuery.data ?? null;

  const value = useMemo<AuthContextValue>(
    () => ({
      me,
      loading: meQuery.isPending,
      error: meQuery.error,
      can: (kind, capability) => me?.abilities[kind].includes(capability) ?? false,
      login: loginMutation.mutateAsync,
      logout: async () => {
        try {
          await authApi.logout();
        } finally {
          setCsrfToken(null);
          queryClient.setQueryData(queryKeys.me, null);
          queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== "auth" });
        }
      },
      refresh: async () => {
        await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      },
    }),
    [me, meQuery.isPending, meQuery.error, loginMutation.mutateAsync, queryClient],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside AuthProvider");
  return value;
}

/** The signed-in user, for pages behind the login guard. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error("useMe must be used behind RequireAuth");
  return me;
}
