import type { auth } from "@edubureau/core";
import { api } from "../app/api";

/** An account as GET /api/users lists it (server: users/schemas.ts userSchema). No password hashes. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: auth.Role;
  section: auth.Section | null;
  schoolId: string | null;
  schoolName: string | null;
  staffId: string | null;
  disabled: boolean;
  isDemo: boolean;
  mustChangePassword: boolean;
  /** ISO time; the account is locked while this is in the future */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/** An account's role and data scope: section for 股室人员, school for 学校管理员 and 教师, staff record for 教师. */
export interface AccountScope {
  role: auth.Role;
  section: auth.Section | null;
  schoolId: string | null;
  staffId: string | null;
}

/** POST /api/users (server: createUserBody). */
export interface CreateUserBody extends AccountScope {
  username: string;
  displayName: string;
  password: string;
}

/** PATCH /api/users/{id} (server: updateUserBody): every field optional. */
export type UpdateUserBody = Partial<AccountScope & { displayName: string; disabled: boolean }>;

export const usersApi = {
  list: () => api.get<{ rows: User[] }>("/users"),
  create: (body: CreateUserBody) => api.post<User>("/users", body),
  update: (id: string, body: UpdateUserBody) => api.patch<User>(`/users/${encodeURIComponent(id)}`, body),
  resetPassword: (id: string, password: string) =>
    api.post<{ ok: true }>(`/users/${encodeURIComponent(id)}/reset-password`, { password }),
};
