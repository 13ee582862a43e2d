/**
 * The production bundle the shell and browser tests look at, built ONCE per test run by Jest's globalSetup
 * (test/support/globalSetup.js), outside any per-test timeout, and reused while its inputs are unchanged.
 *
 * Plain CommonJS: globalSetup runs before any transform is set up.
 */
"use strict";
const { execFile } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const HOME = path.join(ROOT, "test-output", "bundle");
/** Where the production build goes. */
const BUNDLE_DIR = path.join(HOME, "dist");
/** webpack's output and its exit status: { ok, log, hash }. */
const BUNDLE_RESULT = path.join(HOME, "build.json");
/** The deploy URL the build is made for (manifest.xml is rewritten to it). */
const DEPLOY_URL = "https://example.test/gs/";
/** The test files that read the bundle: the build runs only when one of them is selected. */
const USERS = ["test/shell/build.test.ts", "test/e2e/pane.test.ts"];

function* files(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else yield p;
  }
}

/** A hash of everything the bundle is made from. */
function inputsHash() {
  const h = crypto.createHash("sha256");
  h.update(DEPLOY_URL);
  const inputs = [
    ...files(path.join(ROOT, "src")),
    ...files(path.join(ROOT, "assets")),
    ...["webpack.config.js", "manifest.xml", "package-lock.json", "tsconfig.json"].map((f) =>
      path.join(ROOT, f)
    ),
  ];
  for (const f of inputs) {
    if (!fs.existsSync(f)) continue;
    h.update(path.relative(ROOT, f));
    h.update(fs.readFileSync(f));
  }
  return h.digest("hex");
}

/** The recorded result of the last build, or undefined. */
function readResult() {
  try {
    return JSON.parse(fs.readFileSync(BUNDLE_RESULT, "utf8"));
  } catch {
    return undefined;
  }
}

/** Builds the production bundle unless a build of the same inputs is already there; never throws. */
async function ensureBundle() {
  const hash = inputsHash();
  const last = readResult();
  if (
    last &&
    last.ok &&
    last.hash === hash &&
    fs.existsSync(path.join(BUNDLE_DIR, "taskpane.html"))
  )
    return last;
  fs.rmSync(BUNDLE_DIR, { recursive: true, force: true });
  fs.mkdirSync(HOME, { recursive: true });
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const started = Date.now();
  const result = await new Promise((resolve) =>
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--output-path", BUNDLE_DIR],
      {
        cwd: ROOT,
        env: { ...process.env, GRIDSCORE_URL: DEPLOY_URL },
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) =>
        resolve({ ok: !err, log: `${stdout}\n${stderr}${err ? `\n${err.message}` : ""}`, hash })
    )
  );
  fs.writeFileSync(BUNDLE_RESULT, JSON.stringify(result));
  process.stdout.write(
    `\n[globalSetup] production bundle ${result.ok ? "built" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s: ${BUNDLE_DIR}\n`
  );
  return result;
}

/** Whether this Jest run selects a test that reads the bundle (all tests, or a pattern matching one). */
function wanted(globalConfig) {
  const patterns = (globalConfig.testPathPatterns && globalConfig.testPathPatterns.patterns) || [];
  if (patterns.length === 0) return true;
  return USERS.some((u) =>
    patterns.some((p) => {
      try {
        return new RegExp(p, "i").test(path.join(ROOT, u)) || new RegExp(p, "i").test(u);
      } catch {
        return false;
      }
    })
  );
}

module.exports = { BUNDLE_DIR, BUNDLE_RESULT, DEPLOY_URL, ensureBundle, readResult, wanted };
