/**
 * Finding the external programs some tests need (LibreOffice, Chromium, pdftotext). Under CI=true a missing
 * program fails the test; elsewhere the test is skipped and says so loudly.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { HANG_GUARD_MS } from "./hangGuard";

/** The absolute path of a program on PATH, or undefined. */
export function which(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const p = path.join(dir, program);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

/** Returns the program's path; under CI fails when missing, elsewhere warns and returns undefined (test skips). */
export function requireProgram(program: string, why: string): string | undefined {
  const found = which(program);
  if (found) return found;
  const message = `${program} is not installed: ${why}`;
  if (process.env.CI === "true")
    throw new Error(`${message} (CI=true: this test must run; .ci/run installs it)`);
  process.stderr.write(
    `\n\n!!!!! SKIPPED: ${message}. Install it (apt-get install …) to run this test. !!!!!\n\n`
  );
  return undefined;
}

let profile: string | undefined;

/** A throwaway LibreOffice profile that always recalculates formulas on load, whatever the user's settings. */
export function libreOfficeProfile(): string {
  if (profile) return profile;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-lo-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  profile = dir;
  return dir;
}

/** Converts files with LibreOffice headless into outDir; returns the converted paths. */
export function libreOfficeConvert(
  soffice: string,
  files: readonly string[],
  format: string,
  outDir: string
): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${libreOfficeProfile()}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    {
      stdio: "pipe",
      timeout: HANG_GUARD_MS,
    }
  );
  const ext = format.split(":")[0]!;
  return files.map((f) => {
    const out = path.join(outDir, `${path.basename(f, path.extname(f))}.${ext}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not produce ${out}`);
    return out;
  });
}

/** A directory under test-output/ for artefacts worth looking at after a run. */
export function outputDir(name: string): string {
  const dir = path.join(__dirname, "..", "..", "test-output", name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
