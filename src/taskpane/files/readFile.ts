/**
 * Reading the files the secretary picks, one at a time, into merge candidates. The .xlsx reader (ExcelJS, pako)
 * is loaded with import() on first use; each file's bytes are dropped as soon as its candidate is made.
 */
import type { MergeCandidate } from "../../merge/checks";

/** The bytes of a picked or dropped file (Blob.arrayBuffer, or FileReader where a WebView lacks it). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function")
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error("the file could not be read as bytes"));
    };
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

function message(err: unknown): string {
  return err instanceof Error ? err.message || err.name : String(err);
}

/**
 * Reads the files in order, one at a time, calling `progress` before and `deliver` after each. A file that
 * cannot be read at all (the browser refuses its bytes) becomes a refused candidate naming the reason; only a
 * failure to load the reader itself throws.
 */
export async function readCandidates(
  files: readonly File[],
  progress: (index: number, file: File) => void,
  deliver: (candidate: MergeCandidate) => void
): Promise<void> {
  const { readCandidate } = await import(
    /* webpackChunkName: "merge-reader" */ "../../merge/inputs"
  );
  for (const [index, file] of files.entries()) {
    progress(index, file);
    let candidate: MergeCandidate;
    try {
      candidate = await readCandidate(file.name, await fileBytes(file));
    } catch (err: unknown) {
      candidate = {
        kind: "refused",
        file: file.name,
        errors: [{ code: "file-unreadable", reason: message(err), where: { file: file.name } }],
      };
    }
    deliver(candidate);
  }
}
