/**
 * Hand-made zip files for the upload guards' tests: a single entry stored or deflated (optionally lying about its
 * size), and a whole workbook whose sheet is a zip bomb, deflated piece by piece so the test never holds it inflated.
 */
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

interface ZipEntry {
  name: string;
  /** the entry's bytes as stored (deflated when `deflate`) */
  data: Buffer;
  crc: number;
  /** the uncompressed size written in the headers */
  size: number;
  deflate: boolean;
}

/** A zip of the given entries, in order. */
export function zipEntries(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const nameBytes = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, e.data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + e.data.length;
  }
  const centralBytes = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

/** A zip of one entry, stored or deflated; `declared` overrides the uncompressed size in the headers. */
export function zipOf(name: string, content: Buffer, options: { deflate?: boolean; declared?: number } = {}): Buffer {
  const deflate = options.deflate ?? false;
  const data = deflate ? deflateRawSync(content) : content;
  return zipEntries([{ name, data, crc: crc32(content), size: options.declared ?? content.length, deflate }]);
}

/** `piece` repeated `times` times, deflated as it goes: the inflated content is never held whole. */
export async function deflatedRepeat(
  piece: Buffer,
  times: number,
): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => deflater.on("end", resolve).on("error", reject));
  let crc = 0;
  for (let i = 0; i < times; i++) {
    crc = crc32(piece, crc);
    if (!deflater.write(piece)) await new Promise((resolve) => deflater.once("drain", resolve));
  }
  deflater.end();
  await done;
  return { data: Buffer.concat(out), crc, size: piece.length * times };
}

/**
 * An .xlsx whose one sheet inflates to `megabytes` MB of empty rows; `declaredBytes` overrides the sheet's
 * uncompressed size in the headers (a bomb lying about its size).
 */
export async function sheetBombXlsx(megabytes: number, declaredBytes?: number): Promise<Buffer> {
  const text = (name: string, xml: string) => {
    const content = Buffer.from(xml);
    return { name, data: content, crc: crc32(content), size: content.length, deflate: false };
  };
  const row = "<row/>";
  const piece = Buffer.from(row.repeat(Math.floor((1024 * 1024) / row.length)).padEnd(1024 * 1024, " "));
  const sheet = await deflatedRepeat(piece, megabytes);
  return zipEntries([
    text(
      "xl/workbook.xml",
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    text(
      "xl/_rels/workbook.xml.rels",
      '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    { name: "xl/worksheets/sheet1.xml", ...sheet, size: declaredBytes ?? sheet.size, deflate: true },
  ]);
}
