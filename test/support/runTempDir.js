/**
 * One temporary directory per Jest run. Many tests make their own with `mkdtemp(os.tmpdir())` and not all remove it
 * (a failing test never does); the run points TMPDIR at a directory of its own, which the workers inherit (they start
 * after globalSetup) and os.tmpdir() reads, and removes it at the end, whatever the tests left. LibreOffice and
 * Chromium, started by the tests, put their own temporary files there too.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const KEY = "GRIDSCORE_RUN_TMPDIR";

/** Makes the run's directory under the system's and points TMPDIR (os.tmpdir()) at it. */
function enterRunTempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-jest-"));
  process.env[KEY] = dir;
  process.env.TMPDIR = dir;
  return dir;
}

/** Removes the run's directory and everything in it; only the one enterRunTempDir made (its name is checked). */
function leaveRunTempDir() {
  const dir = process.env[KEY];
  if (!dir || !path.basename(dir).startsWith("gridscore-jest-")) return;
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  delete process.env[KEY];
}

module.exports = { enterRunTempDir, leaveRunTempDir, KEY };
