import type { auth } from "@edubureau/core";
import { ApiError, api } from "../app/api";

/** The signed-in account as GET /api/auth/me answers (server: auth/schemas.ts meSchema). */
export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    role: auth.Role;
    roleLabel: string;
    section: auth.Section | null;
    sectionLabel: string | null;
    schoolId: string | null;
    schoolName: string | null;
    regionCode: string;
    regionName: string | null;
  };
  csrfToken: string;
  mustChangePassword: boolean;
  /** what the server allows, by capability: the web reads these and never re-derives the rules */
  abilities: { read: auth.Capability[]; write: auth.Capability[]; reveal: auth.Capability[] };
}

export interface LoginBody {
  username: string;
  password: string;
}

export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}

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
  logout: () => api.post<{ ok: true }>("/auth/logout"),
  changePassword: (body: ChangePasswordBody) => api.post<{ ok: true }>("/auth/password", body),
};
