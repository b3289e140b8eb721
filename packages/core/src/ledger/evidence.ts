/**
 * Evidence files (整改佐证材料): photos and documents attached to a finding or to one of its steps. The type is
 * decided by the file's first bytes, never by its name or by what the browser claims; only JPEG, PNG, WebP and
 * PDF are accepted, up to a size limit.
 */

/** The content types accepted, with what people call them. */
export const evidenceTypeLabels = {
  "image/jpeg": "JPEG 图片",
  "image/png": "PNG 图片",
  "image/webp": "WebP 图片",
  "application/pdf": "PDF 文档",
} as const;
export type EvidenceType = keyof typeof evidenceTypeLabels;

/** File name extensions that fit each type (lower case, without the dot). */
const EXTENSIONS: Record<EvidenceType, readonly string[]> = {
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "image/webp": ["webp"],
  "application/pdf": ["pdf"],
};

/** Largest evidence file accepted unless the county sets another limit: 10 MB. */
export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

/**
 * The content type of a file from its first bytes (magic numbers), or null when it is none of the accepted types.
 *
 * @example sniffEvidenceType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // => "image/jpeg"
 * @example sniffEvidenceType(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])) // => "application/pdf" (%PDF-)
 * @example sniffEvidenceType(new Uint8Array([0x4d, 0x5a])) // => null (a Windows program)
 */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return "image/webp";
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  return null;
}

export interface EvidenceProblem {
  /** empty | too_large | wrong_type | name_mismatch */
  code: "empty" | "too_large" | "wrong_type" | "name_mismatch";
  message: string;
}

export type EvidenceCheck = { ok: true; contentType: EvidenceType } | { ok: false; problem: EvidenceProblem };

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/**
 * Checks an uploaded file: not empty, within the size limit, an accepted type by its bytes, and a name whose
 * extension fits that type (a "photo.jpg" that is really a PDF is refused, so nobody is misled when opening it).
 *
 * @example checkEvidence({ name: "整改后.png", bytes: pngBytes }) // => { ok: true, contentType: "image/png" }
 * @example checkEvidence({ name: "report.docx", bytes: docxBytes }).problem.code // => "wrong_type"
 */
export function checkEvidence(
  file: { name: string; bytes: Uint8Array },
  maxBytes = DEFAULT_EVIDENCE_MAX_BYTES,
): EvidenceCheck {
  const size = file.bytes.length;
  if (size === 0) return { ok: false, problem: { code: "empty", message: `文件“${file.name}”是空文件,请重新选择` } };
  if (size > maxBytes) {
    return {
      ok: false,
      problem: {
        code: "too_large",
        message: `文件“${file.name}”大小为 ${megabytes(size)},超过上限 ${megabytes(maxBytes)},请压缩后再上传`,
      },
    };
  }
  const type = sniffEvidenceType(file.bytes);
  if (!type) {
    return {
      ok: false,
      problem: {
        code: "wrong_type",
        message: `文件“${file.name}”不是 JPEG、PNG、WebP 图片或 PDF 文档,只能上传这几种格式的整改照片或材料`,
      },
    };
  }
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? "";
  if (!EXTENSIONS[type].includes(extension)) {
    return {
      ok: false,
      problem: {
        code: "name_mismatch",
        message: `文件“${file.name}”的内容是${evidenceTypeLabels[type]},与扩展名不符,请改为 .${EXTENSIONS[type][0]} 后再上传`,
      },
    };
  }
  return { ok: true, contentType: type };
}
