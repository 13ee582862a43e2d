/**
 * Editing a genuine .xlsx part by part for the hostile corpus: read every entry, change, add or drop some, and
 * write the archive again (test/support/zip.ts's unzip and rezip, through fflate). Also an OLE (compound file)
 * writer for .xls/.et/encrypted look-alikes.
 */
import { rezip, unzip } from "../support/zip";

/** A copy of a workbook with some parts replaced (a function edits the old text) or added, and some dropped. */
export function editXlsx(
  xlsx: Buffer,
  edits: Record<string, string | Buffer | ((old: string) => string) | null>
): Buffer {
  const parts = unzip(xlsx);
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) parts.delete(name);
    else if (typeof edit === "function")
      parts.set(name, Buffer.from(edit(parts.get(name)?.toString("utf8") ?? "")));
    else parts.set(name, typeof edit === "string" ? Buffer.from(edit) : edit);
  }
  return rezip(parts);
}

/**
 * A minimal but well-formed compound file (MS-CFB v3, 512-byte sectors) holding the named streams, each one
 * sector of filler: enough for a reader that lists stream names, as the gate does.
 */
export function oleFile(streams: readonly string[]): Buffer {
  const S = 512;
  const dirSectors = Math.ceil((streams.length + 1) / 4);
  const dataStart = 1 + dirSectors; // sector 0 FAT, then the directory, then one sector per stream
  const total = dataStart + streams.length;
  const header = Buffer.alloc(S);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = Buffer.alloc(S, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // the FAT sector itself
  for (let d = 0; d < dirSectors; d++)
    fat.writeUInt32LE(d === dirSectors - 1 ? 0xfffffffe : 2 + d, (1 + d) * 4);
  for (let k = 0; k < streams.length; k++) fat.writeUInt32LE(0xfffffffe, (dataStart + k) * 4);
  const dir = Buffer.alloc(dirSectors * S);
  const entry = (i: number, name: string, type: number, start: number, size: number): void => {
    const at = i * 128;
    dir.write(name, at, "utf16le");
    dir.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    dir[at + 0x42] = type;
    dir[at + 0x43] = 1;
    dir.writeUInt32LE(0xffffffff, at + 0x44);
    dir.writeUInt32LE(i + 1 < streams.length + 1 && i > 0 ? i + 1 : 0xffffffff, at + 0x48);
    dir.writeUInt32LE(i === 0 && streams.length > 0 ? 1 : 0xffffffff, at + 0x4c);
    dir.writeUInt32LE(start, at + 0x74);
    dir.writeUInt32LE(size, at + 0x78);
  };
  entry(0, "Root Entry", 5, 0xfffffffe, 0);
  streams.forEach((name, k) => entry(k + 1, name, 2, dataStart + k, S));
  const data = Buffer.alloc(streams.length * S, 0x20);
  const file = Buffer.concat([header, fat, dir, data]);
  if (file.length !== S * (total + 1)) throw new Error("oleFile: size mismatch");
  return file;
}
