import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError, isUnauthenticated } from "./api";

/** Query keys: one prefix per area, so a mutation invalidates its whole area. */
export const queryKeys = {
  me: ["auth", "me"] as const,
};

/** When the session has ended (expired, ended by a password reset), forget the user: the guard shows the login. */
function onError(error: unknown) {
  if (isUnauthenticated(error)) queryClient.setQueryData(queryKeys.me, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // 4xx answers will not change on retry; network and server errors may.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
