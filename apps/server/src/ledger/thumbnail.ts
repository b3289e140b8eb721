/**
 * Thumbnails of evidence photos, without native dependencies: JPEG decoded with the pure-JavaScript jpeg-js, PNG
 * (8-bit, not interlaced) inflated with node's zlib and unfiltered here; both shrunk by averaging boxes of pixels
 * and written as a small JPEG. WebP and PDF get none (the web shows an icon), nor does an image that cannot be
 * decoded: a thumbnail is a convenience, never a reason to refuse a file.
 */
import { deflateSync, inflateSync } from "node:zlib";
import jpeg from "jpeg-js";

/** Longest side of a thumbnail, pixels. */
export const THUMBNAIL_SIZE = 240;
/** Images larger than this many pixels are not decoded for a thumbnail (memory guard: 40 megapixels). */
const MAX_PIXELS = 40_000_000;

interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A JPEG thumbnail of a JPEG or PNG image, or null when none can be made. */
export function thumbnailOf(contentType: string, bytes: Buffer): Buffer | null {
  try {
    const image =
      contentType === "image/jpeg"
        ? jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 512 })
        : contentType === "image/png"
          ? decodePng(bytes)
          : null;
    if (!image || image.width === 0 || image.height === 0) return null;
    const small = shrink(image, THUMBNAIL_SIZE);
    return Buffer.from(jpeg.encode({ ...small, data: Buffer.from(small.data) }, 75).data);
  } catch {
    return null;
  }
}

/** Averages boxes of pixels so the longer side is at most `size`. */
function shrink(image: Rgba, size: number): Rgba {
  const scale = Math.max(image.width, image.height) / size;
  if (scale <= 1) return image;
  const width = Math.max(1, Math.round(image.width / scale));
  const height = Math.max(1, Math.round(image.height / scale));
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * scale);
    const y1 = Math.min(image.height, Math.max(y0 + 1, Math.floor((y + 1) * scale)));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * scale);
      const x1 = Math.min(image.width, Math.max(x0 + 1, Math.floor((x + 1) * scale)));
      let r = 0;
      let g = 0;
      let b = 0;
      let n = 0;
      for (let yy = y0; yy < y1; yy++) {
        for (let xx = x0; xx < x1; xx++) {
          const i = (yy * image.width + xx) * 4;
          r += image.data[i] ?? 0;
          g += image.data[i + 1] ?? 0;
          b += image.data[i + 2] ?? 0;
          n++;
        }
      }
      const o = (y * width + x) * 4;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Decodes an 8-bit, non-interlaced greyscale, RGB, grey+alpha or RGBA PNG; null for anything else. */
function decodePng(bytes: Buffer): Rgba | null {
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  while (pos + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString("latin1", pos + 4, pos + 8);
    const body = bytes.subarray(pos + 8, pos + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colorType = body[9] ?? -1;
      const interlace = body[12];
      if (depth !== 8 || interlace !== 0 || !(colorType in CHANNELS)) return null;
      if (width * height > MAX_PIXELS) return null;
    } else if (type === "IDAT") {
      idat.push(body);
    } else if (type === "IEND") {
      break;
    }
    pos += 12 + length;
  }
  const channels = CHANNELS[colorType];
  if (!channels || width === 0) return null;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? (cur[i - channels] ?? 0) : 0;
      const up = prev[i] ?? 0;
      const upLeft = i >= channels ? (prev[i - channels] ?? 0) : 0;
      const x = line[i] ?? 0;
      let v: number;
      switch (filter) {
        case 0:
          v = x;
          break;
        case 1:
          v = x + left;
          break;
        case 2:
          v = x + up;
          break;
        case 3:
          v = x + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          return null;
      }
      cur[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const i = x * channels;
      if (channels <= 2) {
        const grey = cur[i] ?? 0;
        out[o] = grey;
        out[o + 1] = grey;
        out[o + 2] = grey;
        out[o + 3] = channels === 2 ? (cur[i + 1] ?? 255) : 255;
      } else {
        out[o] = cur[i] ?? 0;
        out[o + 1] = cur[i + 1] ?? 0;
        out[o + 2] = cur[i + 2] ?? 0;
        out[o + 3] = channels === 4 ? (cur[i + 3] ?? 255) : 255;
      }
    }
    prev = cur;
  }
  return { width, height, data: out };
}

/**
 * A plain RGB PNG of solid colour blocks (for the demo county's evidence photos and tests): `width` × `height`,
 * the top half one colour and the bottom half another.
 */
export function solidPng(
  width: number,
  height: number,
  top: [number, number, number],
  bottom: [number, number, number],
) {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    const c = y < height / 2 ? top : bottom;
    for (let x = 0; x < width; x++) row.set(c, 1 + x * 3);
    rows.push(row);
  }
  const chunk = (type: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    const tb = Buffer.concat([Buffer.from(type, "latin1"), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(tb));
    return Buffer.concat([len, tb, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
