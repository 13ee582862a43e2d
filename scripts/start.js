#!/usr/bin/env node
"use strict";
/**
 * `npm start`: serve the add-in with `webpack serve --mode development` and print where to look.
 *
 *   Linux (no Excel): dev server only; open the preview page in a browser.
 *   Windows / macOS:  also sideloads manifest.xml into desktop Excel with
 *                     `office-addin-debugging start manifest.xml desktop` (needs https, so the
 *                     Office dev certificates are created/installed on first run).
 *
 * Options: --no-excel   never sideload (just the dev server), on any platform.
 * Env:     GRIDSCORE_HTTP=1 plain http; GRIDSCORE_PORT (default 3000). Stop with Ctrl+C or `npm stop`.
 * The dev server's pid is written to a file in os.tmpdir() so `npm stop` can end it.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const http = require("http");
const https = require("https");
const net = require("net");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.GRIDSCORE_PORT || 3000);
const PID_FILE = path.join(os.tmpdir(), `gridscore-dev-server-${PORT}.pid`);
const READY_TIMEOUT_MS = 180000;

const args = process.argv.slice(2);
const hasExcel = process.platform === "win32" || process.platform === "darwin";
const sideload = hasExcel && !args.includes("--no-excel");

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

function readPidFile() {
  try {
    return JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
  } catch {
    return undefined;
  }
}

function removePidFile(pid) {
  const current = readPidFile();
  if (current && current.pid === pid) fs.rmSync(PID_FILE, { force: true });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** GETs a URL; resolves with the status code, rejects on connection/TLS errors. */
function probe(client, url) {
  return new Promise((resolve, reject) => {
    const req = client.get(url, { rejectUnauthorized: false, timeout: 120000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.once("timeout", () => req.destroy(new Error("timeout")));
    req.once("error", reject);
  });
}

/** Waits until the dev server answers (after its first compile) and tells whether it speaks https or http. */
async function waitUntilServing(child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return undefined;
    if (await portInUse(PORT)) {
      for (const [scheme, client] of [
        ["https", https],
        ["http", http],
      ]) {
        try {
          const status = await probe(client, `${scheme}://localhost:${PORT}/preview.html`);
          if (status === 200) return scheme;
        } catch {
          // wrong scheme or not ready yet: try the other one, then poll again
        }
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return undefined;
}

function runOfficeDebugging() {
  const command = `npx office-addin-debugging start manifest.xml desktop --dev-server-port ${PORT}`;
  say(`sideloading into Excel: ${command}`);
  // The dev server is already listening on PORT, so office-addin-debugging will not start another.
  const child = spawn(command, { cwd: ROOT, stdio: "inherit", shell: true });
  child.on("exit", (code) => {
    if (code === 0)
      say("Excel should open with the add-in; look for 评价表 / Scoresheet on the Home tab.");
    else say(`office-addin-debugging exited with code ${code}; the dev server keeps running.`);
  });
}

async function main() {
  const previous = readPidFile();
  if (previous && isAlive(previous.pid)) {
    say(
      `a dev server is already running (pid ${previous.pid}, port ${previous.port}). Run \`npm stop\` first.`
    );
    process.exit(1);
  }
  if (previous) fs.rmSync(PID_FILE, { force: true });
  if (await portInUse(PORT)) {
    say(`port ${PORT} is already in use by another program. Free it or set GRIDSCORE_PORT.`);
    process.exit(1);
  }

  const env = { ...process.env };
  // Excel only loads https add-ins: on Windows/macOS let the config create and trust the dev certificates.
  if (sideload && env.GRIDSCORE_HTTP !== "1") env.GRIDSCORE_HTTPS = "1";

  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  say(`starting the dev server: webpack serve --mode development (port ${PORT})…`);
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  });
  fs.writeFileSync(
    PID_FILE,
    JSON.stringify({ pid: child.pid, port: PORT, startedAt: new Date().toISOString() })
  );

  const forward = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));
  child.on("exit", (code, signal) => {
    removePidFile(child.pid);
    say(`dev server stopped${signal ? ` (${signal})` : code ? ` (exit code ${code})` : ""}.`);
    process.exit(code ?? 0);
  });

  const scheme = await waitUntilServing(child);
  if (!scheme) {
    if (child.exitCode === null)
      say(`the dev server did not answer within ${READY_TIMEOUT_MS / 1000} s; still waiting.`);
    return;
  }
  const base = `${scheme}://localhost:${PORT}`;
  say("");
  say(`ready (pid ${child.pid})`);
  say(`  Preview (simulated Excel, any browser): ${base}/preview.html`);
  say(`  Task pane (inside Excel):               ${base}/taskpane.html`);
  say(`  Manifest:                               ${path.join(ROOT, "manifest.xml")}`);
  say("  Stop: Ctrl+C here, or `npm stop` from another terminal.");
  say("");
  if (!sideload) {
    if (hasExcel) say("--no-excel: not sideloading into Excel.");
    return;
  }
  if (scheme !== "https") {
    say(
      "Excel needs https but the dev server is on http (no trusted dev certificate); not sideloading."
    );
    say("Run `npx office-addin-dev-certs install`, then `npm stop` and `npm start` again.");
    return;
  }
  runOfficeDebugging();
}

main().catch((err) => {
  say(`start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
