/** One validation problem reported by the server: which field, what is wrong (in Chinese). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An error answered by the server as `{ error: { code, message, details } }`, or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The field problems of a validation error; empty when the details are not a list of {field, message}. */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldProblem =>
        typeof d === "object" && d !== null && typeof d.field === "string" && typeof d.message === "string",
    );
  }
}

/** True when the error means the session is gone (expired, logged out elsewhere). */
export const isUnauthenticated = (error: unknown) => error instanceof ApiError && error.code === "UNAUTHENTICATED";

/** The session's CSRF token, held in memory only (it comes with /api/auth/me and /api/auth/login). */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type Query = Record<string, string | number | undefined | null>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(method: string, path: string, options: { query?: Query; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (method !== "GET") {
    headers["Content-Type"] = "application/json";
    if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(`/api${path}`, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: method === "GET" ? undefined : JSON.stringify(options.body ?? {}),
    });
  } catch {
    throw new ApiError(0, "NETWORK", "无法连接服务器,请检查网络后重试");
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorOf(response.status, payload);
  return payload as T;
}

/** The ApiError for a failed answer: the server's `{ error }` body when there is one. */
function errorOf(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  return new ApiError(
    status,
    typeof error?.code === "string" ? error.code : `HTTP_${status}`,
    typeof error?.message === "string" ? error.message : `请求失败(${status}),请稍后再试`,
    error?.details,
  );
}

/**
 * Uploads a file as multipart form data (in field `file`, with any other fields), or as the raw body, with the
 * CSRF token, reporting progress in percent.
 * XMLHttpRequest rather than fetch, because fetch reports no upload progress.
 */
function upload<T>(
  path: string,
  file: Blob & { name?: string },
  options: {
    onProgress?: (percent: number) => void;
    signal?: AbortSignal;
    /** other form fields sent with the file; empty values are left out */
    fields?: Record<string, string | number | undefined>;
    /** send the file itself as the body (application/octet-stream), for routes that stream it to disk */
    raw?: boolean;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader("Accept", "application/json");
    if (csrfToken) xhr.setRequestHeader("X-CSRF-Token", csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
      else reject(errorOf(xhr.status, payload));
    };
    xhr.onerror = () => reject(new ApiError(0, "NETWORK", "无法连接服务器,请检查网络后重试"));
    xhr.onabort = () => reject(new ApiError(0, "ABORTED", "上传已取消"));
    options.signal?.addEventListener("abort", () => xhr.abort());
    if (options.raw) {
      xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.send(file);
      return;
    }
    const form = new FormData();
    for (const [key, value] of Object.entries(options.fields ?? {})) {
      if (value !== undefined && value !== "") form.append(key, String(value));
    }
    form.append("file", file, file.name ?? "upload.xlsx");
    xhr.send(form);
  });
}

/** The file name in a Content-Disposition header (RFC 5987 `filename*` first), or null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() ?? null;
}

/** The URL of an API path with its query, for links (templates, reports) that the browser downloads itself. */
export const apiUrl = (path: string, query?: Query) => withQuery(`/api${path}`, query);

/**
 * Downloads a file answered by a GET endpoint and hands it to the browser under the server's file name. Errors
 * come back as ApiError (with the server's Chinese message), so the page can show them.
 */
async function download(path: string, query: Query | undefined, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(withQuery(`/api${path}`, query), { credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "NETWORK", "无法连接服务器,请检查网络后重试");
  }
  if (!response.ok) throw errorOf(response.status, await response.json().catch(() => null));
  const name = fileNameOf(response.headers.get("Content-Disposition")) ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/** Typed calls to the platform API, same origin, under /api. Writes carry the CSRF token. */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>("GET", path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>("PATCH", path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>("PUT", path, { body }),
  delete: <T>(path: string) => request<T>("DELETE", path),
  upload,
  download,
};
