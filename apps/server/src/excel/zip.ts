/**
 * A guarded reader of the zip container of an .xlsx file. Before anything is decompressed it reads the central
 * directory and refuses what a workbook never is: too many entries, too much declared content, a compression ratio
 * only a zip bomb reaches, encryption, zip64 or an unknown method. Each entry is then inflated piece by piece with a
 * hard stop at its declared size, so a header that lies about sizes fails instead of filling memory.
 */
import { crc32, createInflateRaw } from "node:zlib";
import { AppError } from "../http/errors";

export interface ZipLimits {
  /** entries in the central directory */
  maxEntries: number;
  /** sum of the declared uncompressed sizes, bytes */
  maxTotalBytes: number;
  /** highest uncompressed/compressed ratio for an entry above 1 MiB */
  maxRatio: number;
}

export const defaultZipLimits: ZipLimits = { maxEntries: 2000, maxTotalBytes: 320 * 1024 * 1024, maxRatio: 200 };

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The entries of a checked zip, each inflated only when asked for. */
export interface GuardedZip {
  names: string[];
  /** the entry's bytes, or null when the zip has no such entry */
  read(name: string): Promise<Buffer | null>;
  /** the entry's bytes in pieces as they inflate, or null when the zip has no such entry */
  stream(name: string): AsyncGenerator<Buffer> | null;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const notWorkbook = (message: string, details?: unknown) =>
  new AppError(400, "IMPORT_NOT_XLSX", message, details);
const bomb = (message: string) => new AppError(400, "IMPORT_FILE_TOO_LARGE", message);

/**
 * Opens the zip container of an uploaded file after checking its signature and central directory.
 * Throws a 400 AppError with a Chinese message for anything that is not a plain .xlsx.
 */
export function openGuardedZip(bytes: Buffer, limits: ZipLimits = defaultZipLimits): GuardedZip {
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    throw notWorkbook("这是旧版 Excel(.xls)文件或设有打开密码的文件:请在 Excel 中取消密码并「另存为 .xlsx」后再上传");
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw notWorkbook("文件不是 Excel 工作簿(.xlsx):请下载导入模板,填写后直接上传,不要改扩展名");
  }
  const entries = centralDirectory(bytes, limits);
  const byName = new Map(entries.map((e) => [e.name, e]));
  return {
    names: entries.map((e) => e.name),
    async read(name) {
      const entry = byName.get(name);
      if (!entry) return null;
      const pieces: Buffer[] = [];
      for await (const piece of inflateEntry(bytes, entry)) pieces.push(piece);
      return Buffer.concat(pieces);
    },
    stream(name) {
      const entry = byName.get(name);
      return entry ? inflateEntry(bytes, entry) : null;
    },
  };
}

function centralDirectory(bytes: Buffer, limits: ZipLimits): Entry[] {
  const damaged = () => notWorkbook("文件已损坏,无法作为 Excel 工作簿读取:请重新保存为 .xlsx 后上传");
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]), Math.max(0, bytes.length - 22));
  if (eocd < 0 || eocd < bytes.length - 22 - 0xffff) throw damaged();
  const count = bytes.readUInt16LE(eocd + 10);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw notWorkbook("不支持超大(ZIP64)格式的文件:请另存为 .xlsx 后上传");
  if (count > limits.maxEntries) throw bomb(`文件包含的部件过多(${count} 个),不像是正常的 Excel 工作簿`);
  const entries: Entry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) throw damaged();
    const nameLength = bytes.readUInt16LE(p + 28);
    const entry: Entry = {
      name: bytes.toString("utf8", p + 46, p + 46 + nameLength),
      method: bytes.readUInt16LE(p + 10),
      crc: bytes.readUInt32LE(p + 16),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
    };
    if (bytes.readUInt16LE(p + 8) & 1) throw notWorkbook("文件设有密码或已加密:请取消密码后另存为 .xlsx 再上传");
    if (entry.method !== 0 && entry.method !== 8)
      throw notWorkbook("文件使用了不支持的压缩方式:请用 Excel 另存为 .xlsx");
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * limits.maxRatio) {
      throw bomb(
        `文件的压缩比异常(部件 ${entry.name} 解压后是压缩前的 ${Math.round(entry.size / Math.max(1, entry.compressedSize))} 倍,上限 ${limits.maxRatio} 倍,疑似“压缩炸弹”),已拒绝:请上传由 Excel 或 WPS 正常保存的工作簿`,
      );
    }
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw bomb(`文件解压后超过 ${limits.maxTotalBytes / 1024 / 1024} MB,已拒绝:请分成几个文件上传`);
    }
    entries.push(entry);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

/** The entry's compressed bytes, after checking its local header. */
function entryData(bytes: Buffer, entry: Entry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== 0x04034b50) throw damagedPart(entry);
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw damagedPart(entry);
  return data;
}

const damagedPart = (entry: Entry) => notWorkbook(`文件已损坏(部件 ${entry.name} 无法读取):请重新保存为 .xlsx 后上传`);
const lyingSize = (entry: Entry) => bomb(`文件的部件 ${entry.name} 解压后大小与声明不符(疑似“压缩炸弹”),已拒绝`);

/**
 * Inflates an entry piece by piece, never past its declared size, and checks size and CRC at the end; the
 * pieces can be parsed as they come, so a large sheet is never held whole.
 */
async function* inflateEntry(bytes: Buffer, entry: Entry): AsyncGenerator<Buffer> {
  const data = entryData(bytes, entry);
  let total = 0;
  let crc = 0;
  const take = (piece: Buffer) => {
    total += piece.length;
    if (total > entry.size) throw lyingSize(entry);
    crc = crc32(piece, crc);
    return piece;
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += PIECE) yield take(data.subarray(i, i + PIECE));
  } else {
    const inflater = createInflateRaw({ chunkSize: PIECE });
    inflater.end(data);
    try {
      for await (const piece of inflater as AsyncIterable<Buffer>) yield take(piece);
    } catch (err) {
      throw err instanceof AppError ? err : damagedPart(entry);
    } finally {
      inflater.destroy();
    }
  }
  if (total !== entry.size || crc !== entry.crc) throw damagedPart(entry);
}

const PIECE = 1024 * 1024;
