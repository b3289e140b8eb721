/**
 * What the exams route files share: the OpenAPI tag and file types, the file download, and the two loads every
 * handler starts with — an exam within the reader's scope, or the score writer (教研室 for the county, a school
 * administrator for their school) with their scope.
 */
import type { auth } from "@edubureau/core";
import type { Context } from "hono";
import { authorize, type ReadableScope, scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorSchema, notFound } from "../http/errors";
import { contentDisposition, jsonResponse } from "../http/openapi";
import type { WriteContext } from "./commands";
import type { ReadableExam } from "./exports";
import { findExam, teacherClasses } from "./store";

export const tags = ["质量检测"];
export const conflictResponse = { 409: jsonResponse(errorSchema, "状态不允许(已发布、有错误等)") };

/** A download of built bytes. */
export function file(c: Context<AppEnv>, bytes: Buffer, type: string, fileName: string) {
  return c.body(new Uint8Array(bytes), 200, {
    "content-type": type,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "no-store",
  });
}

/** The time and address a write records. */
export const writeContext = (c: Context<AppEnv>): WriteContext => ({ now: c.var.deps.now(), ip: c.var.ip });

/** Loads the exam within the reader's scope (404 otherwise) with the reader's scope and a teacher's classes. */
export async function readable(c: Context<AppEnv>, id: string): Promise<ReadableExam> {
  const { db } = c.var.deps;
  const scope = scopeOf(c.var.actor, "exams");
  const row = await findExam(db, c.var.actor, id);
  if (!row) throw notFound("考试");
  return { row, scope, classes: await teacherClasses(db, scope, row) };
}

/** A score writer (教研室 for the county, a school administrator for their school) and their scope. */
export function scoreWriter(actor: auth.Actor | null): { actor: auth.Actor; scope: ReadableScope } {
  const a = authorize(actor, "write", "exams");
  return { actor: a, scope: scopeOf(a, "exams") };
}
