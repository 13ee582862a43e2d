#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli by `npm run build:cli` (run by `npm install` via "prepare").
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "gridscore: the CLI is not built yet. Run `npm run build:cli` (npm install does it).\n"
  );
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
