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
const USERS = [
  "test/shell/build.test.ts",
  "test/e2e/pane.test.ts",
  "test/e2e/paneLayout.test.ts",
  "test/e2e/rollupLayout.test.ts",
  "test/e2e/problemsHiddenSheet.test.ts",
];
/** The closed-network variant (webpack --env officeJs=self: office.js copied into dist/office-js/). */
const OFFLINE_HOME = path.join(HOME, "offline");
const OFFLINE_BUNDLE_DIR = path.join(OFFLINE_HOME, "dist");
const OFFLINE_BUNDLE_RESULT = path.join(OFFLINE_HOME, "build.json");
const OFFLINE_USERS = ["test/e2e/offline.test.ts"];
/**
 * webpack's persistent cache, shared by both variants: they compile the same modules, so the second build reuses the
 * first one's compiled and minified modules instead of doubling the time.
 */
const WEBPACK_CACHE = path.join(ROOT, "test-output", "webpack-cache");

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
function readResult(resultFile = BUNDLE_RESULT) {
  try {
    return JSON.parse(fs.readFileSync(resultFile, "utf8"));
  } catch {
    return undefined;
  }
}

/** Builds a production bundle unless a build of the same inputs is already there; never throws. */
async function build({ label, dir, resultFile, extraArgs, salt }) {
  const hash = crypto.createHash("sha256").update(inputsHash()).update(salt).digest("hex");
  const last = readResult(resultFile);
  if (last && last.ok && last.hash === hash && fs.existsSync(path.join(dir, "taskpane.html")))
    return last;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const started = Date.now();
  const result = await new Promise((resolve) =>
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--output-path", dir, ...extraArgs],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          GRIDSCORE_URL: DEPLOY_URL,
          GRIDSCORE_OFFICE_JS: "",
          GRIDSCORE_WEBPACK_CACHE: WEBPACK_CACHE,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) =>
        resolve({ ok: !err, log: `${stdout}\n${stderr}${err ? `\n${err.message}` : ""}`, hash })
    )
  );
  fs.writeFileSync(resultFile, JSON.stringify(result));
  process.stdout.write(
    `\n[globalSetup] ${label} ${result.ok ? "built" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s: ${dir}\n`
  );
  return result;
}

/** The production bundle (office.js from Microsoft's CDN), as `npm run build` makes it. */
function ensureBundle() {
  return build({
    label: "production bundle",
    dir: BUNDLE_DIR,
    resultFile: BUNDLE_RESULT,
    extraArgs: [],
    salt: "cdn",
  });
}

/** The closed-network bundle, as `npm run build:offline` makes it. */
function ensureOfflineBundle() {
  return build({
    label: "closed-network bundle",
    dir: OFFLINE_BUNDLE_DIR,
    resultFile: OFFLINE_BUNDLE_RESULT,
    extraArgs: ["--env", "officeJs=self"],
    salt: "self",
  });
}

/** Whether this Jest run selects a test that reads the bundle (all tests, or a pattern matching one). */
function wanted(globalConfig, users = USERS) {
  const patterns = (globalConfig.testPathPatterns && globalConfig.testPathPatterns.patterns) || [];
  if (patterns.length === 0) return true;
  return users.some((u) =>
    patterns.some((p) => {
      try {
        return new RegExp(p, "i").test(path.join(ROOT, u)) || new RegExp(p, "i").test(u);
      } catch {
        return false;
      }
    })
  );
}

/** Whether this Jest run selects a test that reads the closed-network bundle. */
function wantedOffline(globalConfig) {
  return wanted(globalConfig, OFFLINE_USERS);
}

module.exports = {
  BUNDLE_DIR,
  BUNDLE_RESULT,
  DEPLOY_URL,
  OFFLINE_BUNDLE_DIR,
  OFFLINE_BUNDLE_RESULT,
  ensureBundle,
  ensureOfflineBundle,
  readResult,
  wanted,
  wantedOffline,
};
