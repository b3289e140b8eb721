import { ApiError, api } from "../app/api";
import type { Ok, Schema } from "../app/wire";

/** The signed-in account as GET /api/auth/me answers (server: auth/schemas.ts meSchema). */
export type Me = Schema<"Me">;
export type LoginBody = Schema<"LoginBody">;
export type ChangePasswordBody = Schema<"ChangePasswordBody">;

export const authApi = {
  /** The current session, or null when nobody is signed in. */
  async me(): Promise<Me | null> {
    try {
      return await api.get<Me>("/auth/me");
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  login: (body: LoginBody) => api.post<Me>("/auth/login", body),
  logout: () => api.post<Ok<"postAuthLogout">>("/auth/logout"),
  changePassword: (body: ChangePasswordBody) => api.post<Ok<"postAuthPassword">>("/auth/password", body),
};
