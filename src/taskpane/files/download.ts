/**
 * Handing bytes to the user as a file: a Blob, an object URL and a temporary <a download>.
 */

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Hands bytes to the user as a file (the browser download; tests pass a spy). */
export type SaveFile = (bytes: Uint8Array, fileName: string, mime?: string) => void;

/** How long the object URL lives after the click (the browser reads it asynchronously). */
const REVOKE_AFTER_MS = 60_000;

/** Saves bytes under fileName via a temporary link; the object URL is revoked a little later. */
export function downloadBytes(
  bytes: Uint8Array,
  fileName: string,
  mime: string = XLSX_MIME,
  doc: Document = document
): void {
  const blob = new Blob([new Uint8Array(bytes)], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Characters Windows, macOS or a mail gateway reject in a file name. */
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/** A file-name part safe on every system that keeps Chinese names readable; "" when nothing is left. */
export function safeFileNamePart(name: string): string {
  return name
    .replace(UNSAFE, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 80);
}

/** <base>-<part>.<ext>, or <base>.<ext> when the part is empty once cleaned. */
export function namedFile(base: string, part: string, ext: string): string {
  const clean = safeFileNamePart(part);
  return clean ? `${base}-${clean}.${ext}` : `${base}.${ext}`;
}

/** 评分表-<part>.xlsx, or 评分表.xlsx when the part is empty once cleaned. */
export function scoresheetFileName(part: string): string {
  return namedFile("评分表", part, "xlsx");
}
