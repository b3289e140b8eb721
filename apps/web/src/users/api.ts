import type { auth } from "@edubureau/core";
import { api } from "../app/api";
import type { Ok, Schema } from "../app/wire";

/** An account as GET /api/users lists it (server: users/schemas.ts userSchema). No password hashes. */
export type User = Schema<"User">;

/**
 * An account's role and data scope: section for 股室人员, school for 学校管理员 and 教师, staff record for 教师,
 * township for 乡镇联络员.
 */
export interface AccountScope {
  role: auth.Role;
  section: auth.Section | null;
  schoolId: string | null;
  staffId: string | null;
  townCode: string | null;
}

/** POST /api/users (server: createUserBody). */
export type CreateUserBody = Schema<"CreateUser">;

/** PATCH /api/users/{id} (server: updateUserBody): every field optional. */
export type UpdateUserBody = Schema<"UpdateUser">;

export const usersApi = {
  list: () => api.get<Ok<"getUsers">>("/users"),
  create: (body: CreateUserBody) => api.post<User>("/users", body),
  update: (id: string, body: UpdateUserBody) => api.patch<User>(`/users/${encodeURIComponent(id)}`, body),
  towns: () => api.get<Ok<"getUsersTowns">>("/users/towns"),
  resetPassword: (id: string, password: string) =>
    api.post<Ok<"postUsersByIdResetPassword">>(`/users/${encodeURIComponent(id)}/reset-password`, { password }),
};
