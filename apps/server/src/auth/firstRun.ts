import { randomBytes } from "node:crypto";
import { auth } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import type { Db } from "../db/client";
import { regionName } from "../registry/store";
import { hashPassword } from "./passwords";
import { appUser } from "./tables";
import { findUserByUsername } from "./userStore";

const ADMIN_DISPLAY_NAME = "系统管理员";

/** A random password that satisfies the policy: 16 characters of letters, digits and a symbol. */
export function randomPassword(): string {
  return `${randomBytes(12).toString("base64url")}-${randomBytes(2).toString("hex")}`;
}

/**
 * Creates a system administrator (first run in production, or `cli create-admin`). The password is the one given,
 * or a random one returned so the caller can print it once. The administrator must change it at first login.
 */
export async function createAdministrator(
  db: Db,
  props: { username: string; password?: string; regionCode: string; now: Date },
): Promise<{ username: string; password: string; generated: boolean }> {
  const password = props.password ?? randomPassword();
  const problems = auth.passwordProblems(password, {
    username: props.username,
    displayName: ADMIN_DISPLAY_NAME,
    countyName: await regionName(db, props.regionCode),
  });
  if (problems.length > 0) {
    throw new Error(`管理员密码不符合要求:${problems.map((p) => p.message).join(";")}`);
  }
  if (await findUserByUsername(db, props.username)) throw new Error(`用户名“${props.username}”已存在`);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(appUser)
      .values({
        regionCode: props.regionCode,
        username: props.username,
        displayName: ADMIN_DISPLAY_NAME,
        passwordHash,
        role: "admin",
        mustChangePassword: true,
        createdAt: props.now,
        updatedAt: props.now,
      })
      .returning({ id: appUser.id });
    await recordAudit(tx, {
      actor: null,
      actorName: "命令行",
      action: "users.create_admin",
      targetType: "user",
      targetId: created?.id,
      details: { username: props.username },
      at: props.now,
    });
  });
  return { username: props.username, password, generated: props.password === undefined };
}
