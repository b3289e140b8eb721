import { auth } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import { clearAccountLocks } from "../auth/loginFailureStore";
import { hashPassword } from "../auth/passwords";
import { deleteUserSessions } from "../auth/sessionStore";
import { appUser } from "../auth/tables";
import type { Db } from "../db/client";
import { badRequest, conflict, type FieldProblem, notFound } from "../http/errors";
import { townsOfCounty } from "../registry/retentionIntake";
import { regionName, schoolIsInCounty, staffWorksAt } from "../registry/store";
import { auditableUser, findManagedUser } from "./store";

interface ScopeFields {
  role: auth.Role;
  section: string | null;
  schoolId: string | null;
  staffId: string | null;
  townCode: string | null;
}

/** Problems with an account's role and scope: shape (core rule) and existence of the school and staff record. */
async function scopeProblems(db: Db, regionCode: string, s: ScopeFields): Promise<FieldProblem[]> {
  const problems = auth.accountScopeProblems(s);
  if (problems.length > 0) return problems;
  if (s.schoolId && !(await schoolIsInCounty(db, regionCode, s.schoolId))) {
    return [{ field: "schoolId", message: "所选学校不存在或不属于本县" }];
  }
  if (s.staffId && s.schoolId && !(await staffWorksAt(db, s.staffId, s.schoolId))) {
    return [{ field: "staffId", message: "该教职工不在所选学校任职" }];
  }
  if (s.townCode && !(await townsOfCounty(db, regionCode)).has(s.townCode)) {
    return [{ field: "townCode", message: "所选乡镇不存在或不属于本县" }];
  }
  return [];
}

/** Refuses a password the policy does not accept (400 with each problem on the password field). */
async function passwordCheck(
  db: Db,
  password: string,
  user: { username: string; displayName: string; regionCode: string },
) {
  const problems = auth.passwordProblems(password, {
    username: user.username,
    displayName: user.displayName,
    countyName: await regionName(db, user.regionCode),
  });
  if (problems.length > 0) {
    throw badRequest(
      "WEAK_PASSWORD",
      "密码不符合要求",
      problems.map((p) => ({ field: "password", message: p.message })),
    );
  }
}

export interface CreateUserProps {
  username: string;
  displayName: string;
  role: auth.Role;
  section?: string | null;
  schoolId?: string | null;
  staffId?: string | null;
  townCode?: string | null;
  password: string;
}

/** Creates an account; the new user must change the password at first login. */
export async function createUser(
  db: Db,
  actor: auth.Actor | null,
  props: CreateUserProps,
  ctx: { now: Date; ip: string },
) {
  const a = authorize(actor, "write", "users");
  const scope = {
    role: props.role,
    section: props.section ?? null,
    schoolId: props.schoolId ?? null,
    staffId: props.staffId ?? null,
    townCode: props.townCode ?? null,
  };
  const problems = await scopeProblems(db, a.regionCode, scope);
  if (problems.length > 0) throw badRequest("INVALID_SCOPE", "角色与数据范围不匹配", problems);
  await passwordCheck(db, props.password, { ...props, regionCode: a.regionCode });
  const passwordHash = await hashPassword(props.password);
  return db.transaction(async (tx) => {
    const taken = await tx.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, props.username));
    if (taken.length > 0) throw conflict("USERNAME_TAKEN", `用户名“${props.username}”已被使用`);
    const [created] = await tx
      .insert(appUser)
      .values({
        ...scope,
        regionCode: a.regionCode,
        username: props.username,
        displayName: props.displayName,
        passwordHash,
        mustChangePassword: true,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: "users.create",
      targetType: "user",
      targetId: created.id,
      after: auditableUser(created),
      details: { username: created.username, role: created.role },
      ip: ctx.ip,
      at: ctx.now,
    });
    return created;
  });
}

export interface UpdateUserProps {
  displayName?: string;
  role?: auth.Role;
  section?: string | null;
  schoolId?: string | null;
  staffId?: string | null;
  townCode?: string | null;
  disabled?: boolean;
}

/** Changes an account's name, role, scope or disabled state. Disabling ends its sessions. */
export async function updateUser(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  props: UpdateUserProps,
  ctx: { now: Date; ip: string },
) {
  const a = authorize(actor, "write", "users");
  const before = await findManagedUser(db, a, id);
  if (!before) throw notFound("用户");
  if (before.id === a.userId && (props.disabled === true || (props.role && props.role !== before.role))) {
    throw badRequest("SELF_LOCKOUT", "不能停用自己的账号或修改自己的角色");
  }
  const scope = {
    role: props.role ?? (before.role as auth.Role),
    section: props.section !== undefined ? props.section : before.section,
    schoolId: props.schoolId !== undefined ? props.schoolId : before.schoolId,
    staffId: props.staffId !== undefined ? props.staffId : before.staffId,
    townCode: props.townCode !== undefined ? props.townCode : before.townCode,
  };
  const problems = await scopeProblems(db, a.regionCode, scope);
  if (problems.length > 0) throw badRequest("INVALID_SCOPE", "角色与数据范围不匹配", problems);
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(appUser)
      .set({
        ...scope,
        displayName: props.displayName ?? before.displayName,
        disabled: props.disabled ?? before.disabled,
        updatedAt: ctx.now,
      })
      .where(eq(appUser.id, id))
      .returning();
    if (!after) throw notFound("用户");
    if (
      after.disabled ||
      after.role !== before.role ||
      after.schoolId !== before.schoolId ||
      after.townCode !== before.townCode
    ) {
      await deleteUserSessions(tx, id);
    }
    await recordAudit(tx, {
      actor: a,
      action: after.disabled && !before.disabled ? "users.disable" : "users.update",
      targetType: "user",
      targetId: id,
      before: auditableUser(before),
      after: auditableUser(after),
      ip: ctx.ip,
      at: ctx.now,
    });
    return after;
  });
}

/** Sets a new password chosen by the administrator; the user must change it at next login. Ends their sessions. */
export async function resetPassword(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  password: string,
  ctx: { now: Date; ip: string },
) {
  const a = authorize(actor, "write", "users");
  const user = await findManagedUser(db, a, id);
  if (!user) throw notFound("用户");
  await passwordCheck(db, password, user);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(appUser)
      .set({ passwordHash, mustChangePassword: true, updatedAt: ctx.now })
      .where(eq(appUser.id, id));
    await clearAccountLocks(tx, user.username);
    await deleteUserSessions(tx, id);
    await recordAudit(tx, {
      actor: a,
      action: "users.reset_password",
      targetType: "user",
      targetId: id,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}
