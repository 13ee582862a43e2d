/**
 * The file system facts the input gate and the output checks need: what a path is (without reading it), whether
 * two paths are one file, and writing through a temporary file in the same folder plus a rename.
 */
import * as fs from "fs";
import * as path from "path";

/** What a path is, from lstat/stat: never opens or reads the file. */
export type PathInfo =
  | { readonly kind: "missing" }
  | { readonly kind: "unreadable"; readonly detail: string }
  | {
      readonly kind: "file" | "directory" | "special";
      /** Bytes (files only; 0 otherwise). */
      readonly size: number;
      /** Device and inode of the file a path resolves to (symlinks followed). */
      readonly dev: number;
      readonly ino: number;
      /** The canonical path (symlinks, `.`/`..` and case resolved by the OS). */
      readonly real: string;
      /** Permission bits (0o644), of the file a symlink points to. */
      readonly mode: number;
    };

/** Describes a path without reading it; a symlink is followed, a dangling one is "missing". */
export function pathInfo(p: string): PathInfo {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
    return { kind: "unreadable", detail: code ?? "stat failed" };
  }
  let real = path.resolve(p);
  try {
    real = fs.realpathSync.native(p);
  } catch {
    // keep the resolved path
  }
  const kind = st.isFile() ? "file" : st.isDirectory() ? "directory" : "special";
  return {
    kind,
    size: st.isFile() ? st.size : 0,
    dev: st.dev,
    ino: st.ino,
    real,
    mode: st.mode & 0o777,
  };
}

/**
 * Whether two paths name the same file: same device and inode (covers symlinks, hard links, `./` forms and
 * case-insensitive file systems), or the same canonical path. False when either does not exist.
 */
export function sameFile(a: PathInfo, b: PathInfo): boolean {
  if (a.kind === "missing" || a.kind === "unreadable") return false;
  if (b.kind === "missing" || b.kind === "unreadable") return false;
  return (a.dev === b.dev && a.ino === b.ino && a.ino !== 0) || a.real === b.real;
}

/** Whether a file's permission bits let no one write it (0o444): the owner's own guard against replacing it. */
export function isReadOnly(info: PathInfo): boolean {
  return info.kind === "file" && (info.mode & 0o222) === 0;
}

/**
 * Writes a file whole or not at all: into a temporary file in the same folder (so the rename stays on one file
 * system), flushed, then renamed over the target. An interrupted run leaves at most a stray `.gridscore-*.tmp`,
 * never half a file. A symlinked target is replaced by the file itself; the file it pointed to is untouched.
 * A file that is replaced (--force) keeps its permission bits (a private 0o600 file stays private, a shared
 * 0o664 one stays shared); a new file is 0o644 less the umask.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const before = pathInfo(target);
  const keep = before.kind === "file" ? before.mode : undefined;
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(
    dir,
    `.gridscore-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`
  );
  const fd = fs.openSync(tmp, "wx", 0o644);
  try {
    fs.writeSync(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
    if (keep !== undefined) fs.fchmodSync(fd, keep);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
