#!/usr/bin/env node
"use strict";
/**
 * `npm stop`: undo `npm start`.
 *
 *   Windows / macOS: `office-addin-debugging stop manifest.xml desktop` (removes the sideloaded add-in).
 *   Everywhere:      ends the dev server whose pid `npm start` wrote to os.tmpdir().
 *
 * Options: --no-excel  skip office-addin-debugging.  Env: GRIDSCORE_PORT (default 3000).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.GRIDSCORE_PORT || 3000);
const PID_FILE = path.join(os.tmpdir(), `gridscore-dev-server-${PORT}.pid`);
const hasExcel = process.platform === "win32" || process.platform === "darwin";
const args = process.argv.slice(2);

function say(msg) {
  process.stdout.write(`[gridscore] ${msg}\n`);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/** On Linux, make sure a recycled pid is not some unrelated program before ending it. */
function looksLikeOurServer(pid) {
  if (process.platform !== "linux") return true;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
    return cmdline.includes("webpack");
  } catch {
    return false;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function stopDevServer() {
  let record;
  try {
    record = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
  } catch {
    say(`no dev server recorded (${PID_FILE} is missing); nothing to stop.`);
    return;
  }
  const pid = Number(record && record.pid);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    say("the recorded dev server is no longer running.");
  } else if (!looksLikeOurServer(pid)) {
    say(`pid ${pid} is not a webpack dev server any more; leaving it alone.`);
  } else {
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 50 && isAlive(pid); i++) sleep(100);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
    say(`dev server stopped (pid ${pid}).`);
  }
  fs.rmSync(PID_FILE, { force: true });
}

if (hasExcel && !args.includes("--no-excel")) {
  say("npx office-addin-debugging stop manifest.xml desktop");
  const result = spawnSync("npx office-addin-debugging stop manifest.xml desktop", {
    cwd: ROOT,
    stdio: "inherit",
    shell: true,
  });
  if (result.status !== 0) say("office-addin-debugging stop did not finish cleanly; continuing.");
}
stopDevServer();
