/**
 * Request body limits, one per kind of request, declared here and nowhere else. The app applies them to every
 * /api request before anything reads the body (`bodyLimits`), the upload routes and their templates quote them.
 *
 * Enforced while the body streams in: a declared Content-Length over the limit is refused before a byte is read;
 * a chunked body is counted as the handler reads it and refused at the first byte past the limit, so an oversized
 * body is never held in memory. The refusal is a 413 with a Chinese message and `Connection: close`: the server
 * does not read the rest of a body it refused, so it closes the connection after the answer.
 */
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { ledger } from "@edubureau/core";
import type { Context, MiddlewareHandler } from "hono";
import { AppError } from "./errors";

const MB = 1024 * 1024;
/** Room for the multipart boundary, part headers and the form's small fields around an uploaded file. */
const MULTIPART_ENVELOPE = 256 * 1024;

/** One kind of request's limit. */
export interface BodyLimit {
  /** The largest file (or JSON body) accepted, in bytes: what users are told. */
  readonly fileBytes: number;
  /** The largest request body accepted, in bytes: the file plus the multipart envelope. */
  readonly bodyBytes: number;
  /** The Chinese message of the 413: the limit and how to get under it. */
  readonly message: string;
}

function upload(fileMb: number, message: string): BodyLimit {
  return { fileBytes: fileMb * MB, bodyBytes: fileMb * MB + MULTIPART_ENVELOPE, message };
}

/**
 * Every limit. A county's whole register (100,000 students, about 10 MB as xlsx) imports in one file; the reader
 * takes at most 200,000 rows of any kind.
 */
export const BODY_LIMITS = {
  /** JSON bodies of every other route. */
  json: { fileBytes: MB, bodyBytes: MB, message: "请求内容过大(上限 1 MB)" },
  /** Register imports (students, staff, schools, school conditions): POST /api/registry/imports. */
  registryImport: upload(30, "文件过大(上限 30 MB):请按学校或年级分成几个文件上传"),
  /** Exam score files (.xlsx or .csv; a county of 50,000 students × 9 subjects is about 3 MB): POST /api/exams/{id}/imports. */
  examScores: upload(40, "文件过大(上限 40 MB):请按学校分成几个文件上传"),
  /** Admissions lists (allocation and lottery): POST /api/admissions/uploads/*. */
  admissionsList: upload(5, "名单文件过大(上限 5 MB):请分批组织"),
  /** Ledger evidence (photos, scans, PDF): POST /api/ledger/findings/{id}/evidence. */
  ledgerEvidence: upload(ledger.DEFAULT_EVIDENCE_MAX_BYTES / MB, "文件过大(上限 10 MB):请压缩后再上传"),
  /** A whole-database backup uploaded for restore: POST /api/backups, the body is the file (streamed to disk). */
  backupRestore: {
    fileBytes: 2048 * MB,
    bodyBytes: 2048 * MB,
    message: "备份文件过大(上限 2 GB):请在服务器上用命令行 restore 恢复",
  },
} as const satisfies Record<string, BodyLimit>;

/** Upload routes by path; every other /api request is a JSON body. */
const UPLOAD_ROUTES: readonly [RegExp, BodyLimit][] = [
  [/^\/api\/registry\/imports\/?$/, BODY_LIMITS.registryImport],
  [/^\/api\/exams\/[^/]+\/imports\/?$/, BODY_LIMITS.examScores],
  [/^\/api\/admissions\/uploads\/[^/]+\/?$/, BODY_LIMITS.admissionsList],
  [/^\/api\/ledger\/findings\/[^/]+\/evidence\/?$/, BODY_LIMITS.ledgerEvidence],
  [/^\/api\/retention\/cases\/[^/]+\/evidence\/?$/, BODY_LIMITS.ledgerEvidence],
  [/^\/api\/retention\/imports\/?$/, BODY_LIMITS.registryImport],
  [/^\/api\/staffing\/imports\/?$/, BODY_LIMITS.registryImport],
  [/^\/api\/fitness\/imports\/?$/, BODY_LIMITS.registryImport],
  [/^\/api\/preschool\/imports\/?$/, BODY_LIMITS.registryImport],
  [/^\/api\/reports\/data\/imports\/?$/, BODY_LIMITS.registryImport],
  [/^\/api\/backups\/?$/, BODY_LIMITS.backupRestore],
];

/** The limit that applies to a request path. */
export function bodyLimitFor(path: string): BodyLimit {
  for (const [pattern, limit] of UPLOAD_ROUTES) if (pattern.test(path)) return limit;
  return BODY_LIMITS.json;
}

/** Requests whose body went past their limit while the handler read it: the 413 to answer instead. */
const refusedBodies = new WeakMap<Context, AppError>();

/** The 413 of a request whose chunked body went past its limit, if it did (for the app's error handler). */
export const bodyLimitRefusal = (c: Context): AppError | undefined => refusedBodies.get(c);

const tooLarge = (limit: BodyLimit) =>
  new AppError(413, "PAYLOAD_TOO_LARGE", limit.message, { limitBytes: limit.fileBytes });

/** How long a refused connection still takes (and drops) what the client sends, so the client reads the 413. */
const LINGER_MS = 3000;

/**
 * Closes a refused request's connection gently: Node closes a `Connection: close` socket as soon as the answer is
 * written, and a client still sending its body then gets a reset instead of the 413 (its write fails before it reads).
 * Here the server sends its FIN after the answer, keeps reading and dropping the body for up to LINGER_MS or until
 * the client closes, then closes.
 */
function lingerOnClose(c: Context) {
  const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
  if (!socket || socket.destroyed) return;
  socket.destroySoon = function lingeringClose(this: Socket) {
    if (this.writable) this.end();
    this.on("data", () => undefined);
    this.resume();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once("close", () => clearTimeout(timer));
  };
}

/**
 * The 413 answer: the error body and `Connection: close` (the rest of the body is not read, so the connection
 * cannot carry another request), closed gently (lingerOnClose).
 */
export function payloadTooLargeResponse(c: Context, error: AppError) {
  lingerOnClose(c);
  const body = { error: { code: error.code, message: error.message, details: error.details } };
  return new Response(JSON.stringify(body), {
    status: 413,
    headers: { "content-type": "application/json; charset=UTF-8", connection: "close" },
  });
}

/** Applies `bodyLimitFor(path)` to every request with a body (see the module comment). */
export function bodyLimits(): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const limit = bodyLimitFor(c.req.path);
    const declared = c.req.header("content-length");
    if (declared !== undefined && !c.req.header("transfer-encoding")) {
      // Node's parser reads exactly Content-Length bytes, so a body within its declared length needs no counting
      const length = Number(declared);
      if (!Number.isFinite(length) || length > limit.bodyBytes) return payloadTooLargeResponse(c, tooLarge(limit));
      return next();
    }
    let seen = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > limit.bodyBytes) {
            const error = tooLarge(limit);
            refusedBodies.set(c, error);
            controller.error(error);
          } else controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: "half" } as RequestInit);
    await next();
    // whatever the reader made of the broken stream, the answer is the 413
    const refused = refusedBodies.get(c);
    if (refused && c.res.status !== 413) {
      c.res = undefined;
      c.res = payloadTooLargeResponse(c, refused);
    }
  };
}
