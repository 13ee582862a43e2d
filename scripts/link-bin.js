#!/usr/bin/env node
"use strict";
// npm links the bins of dependencies into node_modules/.bin but not the package's own bin, so
// `npx gridscore` inside this repository would look for a package of that name on the registry.
// `npm install` runs this (via "prepare") so the command works in the repo with no other step.
const fs = require("fs");
const path = require("path");
const root = path.join(__dirname, "..");
const binDir = path.join(root, "node_modules", ".bin");
fs.mkdirSync(binDir, { recursive: true });
const target = path.join(binDir, "gridscore");
const source = path.relative(binDir, path.join(root, "bin", "gridscore.js"));
try {
  fs.unlinkSync(target);
} catch {
  // not there yet
}
if (process.platform === "win32") {
  fs.writeFileSync(target + ".cmd", `@node "%~dp0\\${source}" %*\r\n`);
} else {
  fs.symlinkSync(source, target);
}
