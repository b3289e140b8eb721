import { createReadStream, createWriteStream, renameSync, rmSync, statSync } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { auth } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { recordAudit } from "../audit/store";
import { createPersonalDataCipher } from "../auth/personalData";
import { resolveSecret } from "../bootstrap";
import type { Db } from "../db/client";
import { clearSnapshotCache } from "../exams/snapshot";
import type { AppEnv } from "../http/context";
import {
  AppError,
  badRequest,
  errorResponses,
  errorSchema,
  forbidden,
  notFound,
  unauthenticated,
} from "../http/errors";
import { contentDisposition, fileResponse, jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { backupDatabase, readBackupHeader } from "./backup";
import { type BackupFile, backupFileAt, backupFilePath, listBackupFiles, newBackupFile } from "./files";
import { exclusively, restoreWithKey } from "./restore";

/** Largest backup file accepted for upload (the city-scale demo's backup is far below it). */
export const MAX_BACKUP_UPLOAD_BYTES = 2 * 1024 ** 3;
/** What the administrator types to confirm that a restore replaces every record. */
export const RESTORE_CONFIRMATION = "恢复并覆盖全部数据";

const tags = ["数据备份"];
const fileSchema = z.object({
  name: z.string(),
  kind: z.enum(["backup", "upload"]),
  size: z.number().int(),
  createdAt: z.string(),
});
const nameParam = z.object({ name: z.string().max(100) });
const passphrase = z.string().max(200, "备份口令过长");

const listRoute = createRoute({
  method: "get",
  path: "/",
  tags,
  summary: "备份文件列表(数据文件夹下 backups 中由本页制作或上传的备份)",
  responses: { 200: jsonResponse(z.object({ rows: z.array(fileSchema) }), "备份文件"), ...errorResponses },
});
const createBackupRoute = createRoute({
  method: "post",
  path: "/make",
  tags,
  summary: "制作备份(整个数据库,连同用备份口令加密的个人信息密钥)",
  request: { body: jsonBody(z.object({ passphrase })) },
  responses: { 201: jsonResponse(fileSchema, "新备份"), ...errorResponses },
});
const downloadRoute = createRoute({
  method: "get",
  path: "/{name}",
  tags,
  summary: "下载备份文件",
  request: { params: nameParam },
  responses: {
    200: fileResponse("application/gzip", "备份文件(.jsonl.gz)"),
    ...errorResponses,
  },
});
const deleteRoute = createRoute({
  method: "delete",
  path: "/{name}",
  tags,
  summary: "删除备份文件",
  request: { params: nameParam },
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true) }), "已删除"), ...errorResponses },
});
const uploadRoute = createRoute({
  method: "post",
  path: "/",
  tags,
  summary: "上传备份文件(请求体即文件本身,最大 2 GB),供恢复使用",
  request: {
    body: {
      required: true,
      content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
    },
  },
  responses: { 201: jsonResponse(fileSchema, "已上传"), 413: jsonResponse(errorSchema, "文件过大"), ...errorResponses },
});
const restoreRoute = createRoute({
  method: "post",
  path: "/{name}/restore",
  tags,
  summary: "从备份恢复(覆盖全部数据;需要备份口令和输入确认文字)",
  request: {
    params: nameParam,
    body: jsonBody(z.object({ passphrase, confirmation: z.string().max(100) })),
  },
  responses: {
    200: jsonResponse(z.object({ backupCreatedAt: z.string(), keyReplaced: z.boolean() }), "已恢复"),
    409: jsonResponse(errorSchema, "密钥不符或正在恢复"),
    ...errorResponses,
  },
});

/** Backup and restore belong to the system administrator alone. */
function requireAdministrator(actor: auth.Actor | null): auth.Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("backup.run");
  return actor;
}

const audit = (
  db: Db,
  actor: auth.Actor,
  action: string,
  file: Pick<BackupFile, "name"> & { size?: number },
  ip: string,
  at: Date,
) =>
  recordAudit(db, {
    actor,
    action,
    targetType: "backup",
    targetId: file.name,
    details: file.size === undefined ? undefined : { size: file.size },
    ip,
    at,
  });

/** Counts the bytes going through and fails past the limit. */
function limit(max: number) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > max) done(tooLarge());
      else done(null, chunk);
    },
  });
}
const tooLarge = () =>
  new AppError(413, "PAYLOAD_TOO_LARGE", `备份文件过大(上限 ${MAX_BACKUP_UPLOAD_BYTES / 1024 ** 3} GB)`);

export function backupRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(listRoute, async (c) => {
    requireAdministrator(c.var.actor);
    return c.json({ rows: listBackupFiles(c.var.deps.config) }, 200);
  });

  app.openapi(createBackupRoute, async (c) => {
    const actor = requireAdministrator(c.var.actor);
    const { db, dbKind, config, now } = c.var.deps;
    const target = newBackupFile(config, "backup", now());
    try {
      await backupDatabase(
        { db, kind: dbKind, close: async () => {} },
        target.partial,
        { secret: resolveSecret(config), passphrase: c.req.valid("json").passphrase },
        () => {},
      );
      renameSync(target.partial, target.path);
    } finally {
      rmSync(target.partial, { force: true });
    }
    const file = backupFileAt(target.name, target.path, "backup");
    await audit(db, actor, "backup.create", file, c.var.ip, now());
    return c.json(file, 201);
  });

  app.openapi(downloadRoute, async (c) => {
    const actor = requireAdministrator(c.var.actor);
    const { name } = c.req.valid("param");
    const path = backupFilePath(c.var.deps.config, name);
    if (!path) throw notFound("备份文件");
    await audit(c.var.deps.db, actor, "backup.download", { name }, c.var.ip, c.var.deps.now());
    const body = Readable.toWeb(createReadStream(path)) as unknown as ReadableStream;
    return new Response(body, {
      status: 200,
      headers: {
        "content-type": "application/gzip",
        "content-length": String(statSync(path).size),
        "content-disposition": contentDisposition(name),
      },
    }) as never;
  });

  app.openapi(deleteRoute, async (c) => {
    const actor = requireAdministrator(c.var.actor);
    const { name } = c.req.valid("param");
    const path = backupFilePath(c.var.deps.config, name);
    if (!path) throw notFound("备份文件");
    rmSync(path);
    await audit(c.var.deps.db, actor, "backup.delete", { name }, c.var.ip, c.var.deps.now());
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(uploadRoute, async (c) => {
    const actor = requireAdministrator(c.var.actor);
    const { db, config, now } = c.var.deps;
    const declared = Number(c.req.header("content-length") ?? 0);
    if (declared > MAX_BACKUP_UPLOAD_BYTES) throw tooLarge();
    const body = c.req.raw.body;
    if (!body) throw badRequest("BACKUP_UPLOAD_EMPTY", "请选择要上传的备份文件(.jsonl.gz)");
    const target = newBackupFile(config, "upload", now());
    try {
      await pipeline(
        Readable.fromWeb(body as unknown as NodeReadableStream),
        limit(MAX_BACKUP_UPLOAD_BYTES),
        createWriteStream(target.partial, { mode: 0o600 }),
      );
      if (statSync(target.partial).size === 0) {
        throw badRequest("BACKUP_UPLOAD_EMPTY", "上传的文件是空的:请选择由本平台制作的备份文件(.jsonl.gz)");
      }
      await readBackupHeader(target.partial);
      renameSync(target.partial, target.path);
    } finally {
      rmSync(target.partial, { force: true });
    }
    const file = backupFileAt(target.name, target.path, "upload");
    await audit(db, actor, "backup.upload", file, c.var.ip, now());
    return c.json(file, 201);
  });

  app.openapi(restoreRoute, async (c) => {
    const actor = requireAdministrator(c.var.actor);
    const deps = c.var.deps;
    const { name } = c.req.valid("param");
    const { passphrase: phrase, confirmation } = c.req.valid("json");
    if (confirmation.trim() !== RESTORE_CONFIRMATION) {
      const message = `请在确认框中输入"${RESTORE_CONFIRMATION}":恢复会用备份替换现有的全部数据`;
      throw badRequest("RESTORE_NOT_CONFIRMED", message, [{ field: "confirmation", message }]);
    }
    const path = backupFilePath(deps.config, name);
    if (!path) throw notFound("备份文件");
    const outcome = await exclusively(() =>
      restoreWithKey({
        database: { db: deps.db, kind: deps.dbKind, close: async () => {} },
        config: deps.config,
        file: path,
        passphrase: phrase,
        onProgress: () => {},
        // written into the restored log, in the restore's transaction
        finish: (tx) =>
          recordAudit(tx as unknown as Db, {
            actor,
            action: "backup.restore",
            targetType: "backup",
            targetId: name,
            ip: c.var.ip,
            at: deps.now(),
          }),
      }),
    );
    // the running server now reads and writes personal data with the restored data's key
    Object.assign(deps.cipher, createPersonalDataCipher(outcome.secret));
    clearSnapshotCache();
    return c.json({ backupCreatedAt: outcome.backupCreatedAt, keyReplaced: outcome.keyReplaced }, 200);
  });

  return app;
}
