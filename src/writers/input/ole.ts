/**
 * Just enough of the Compound File Binary format (MS-CFB, "OLE") to list a file's stream names, so an encrypted
 * OOXML package (streams EncryptionInfo + EncryptedPackage) is told apart from a legacy .xls (Workbook/Book), a
 * WPS .et, a Word .doc or anything else in an OLE container. Plain Uint8Array: runs in Node and in the task pane.
 * Every loop is bounded by the file's own sector count, so a crafted file cannot make it spin.
 */

export const OLE_MAGIC: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_NAMES = 10000;

/** True when the bytes start with the OLE signature. */
export function isOle(buf: Uint8Array): boolean {
  return buf.length >= 8 && OLE_MAGIC.every((b, i) => buf[i] === b);
}

/**
 * The names of the storages and streams in an OLE file (UTF-16 names as JS strings), or undefined when its
 * header or directory cannot be followed. Source: [MS-CFB] 2.2 (header), 2.3 (FAT), 2.6 (directory entries).
 */
export function oleEntryNames(buf: Uint8Array): string[] | undefined {
  if (!isOle(buf) || buf.length < 512) return undefined;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const sectors = Math.floor((buf.length - 512) / size) + 1;
  const sectorAt = (n: number): number => 512 + n * size;
  // The FAT's own sectors: the header's 109 DIFAT slots, then the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s);
  }
  let difat = view.getUint32(0x44, true);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE && hops < sectors; hops++) {
    const at = sectorAt(difat);
    if (at + size > buf.length) return undefined;
    for (let i = 0; i < size / 4 - 1; i++) {
      const s = view.getUint32(at + i * 4, true);
      if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s);
    }
    difat = view.getUint32(at + size - 4, true);
  }
  const next = (sector: number): number | undefined => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(sector / perSector)];
    if (fat === undefined) return undefined;
    const at = sectorAt(fat) + (sector % perSector) * 4;
    return at + 4 <= buf.length ? view.getUint32(at, true) : undefined;
  };
  const names: string[] = [];
  let dir = view.getUint32(0x30, true);
  for (let hops = 0; dir !== END_OF_CHAIN && hops < sectors; hops++) {
    const at = sectorAt(dir);
    if (at + size > buf.length) return names.length > 0 ? names : undefined;
    for (let e = at; e < at + size && names.length < MAX_NAMES; e += 128) {
      const type = buf[e + 0x42];
      const nameBytes = Math.min(view.getUint16(e + 0x40, true), 64);
      if ((type !== 1 && type !== 2 && type !== 5) || nameBytes < 2) continue;
      let name = "";
      for (let i = 0; i + 2 < nameBytes; i += 2)
        name += String.fromCharCode(view.getUint16(e + i, true));
      names.push(name);
    }
    const n = next(dir);
    if (n === undefined) break;
    dir = n;
  }
  return names.length > 0 ? names : undefined;
}

/** What an OLE file holds, decided from its stream names (the name only breaks the xls/et tie). */
export type OleKind = "encrypted" | "xls" | "et" | "doc" | "ole";

/**
 * Classifies an OLE file: EncryptionInfo means an encrypted OOXML package ([MS-OFFCRYPTO] 2.3.4); Workbook or Book
 * a BIFF workbook, which WPS also writes for .et (told apart by a WPS-only stream or the .et name); WordDocument a
 * Word 97-2003 document. Anything else, or a directory that cannot be read, is a plain "ole".
 */
export function classifyOle(buf: Uint8Array, fileName = ""): OleKind {
  const names = new Set((oleEntryNames(buf) ?? []).map((n) => n.toLowerCase()));
  if (names.has("encryptioninfo")) return "encrypted";
  if (names.has("workbook") || names.has("book")) {
    const wps = [...names].some(
      (n) => n.startsWith("et") || n.includes("kso") || n.includes("wps")
    );
    return wps || /\.et$/i.test(fileName) ? "et" : "xls";
  }
  if (names.has("worddocument")) return "doc";
  return /\.et$/i.test(fileName) ? "et" : "ole";
}
