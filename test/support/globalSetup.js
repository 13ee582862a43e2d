/**
 * Jest globalSetup: gives the run its own temporary directory (removed by globalTeardown.js), then builds the
 * production bundle once, before any test and outside every per-test timeout, when the run includes a test that reads
 * it (test/support/bundle.js).
 */
"use strict";
const { ensureBundle, ensureOfflineBundle, wanted, wantedOffline } = require("./bundle");
const { enterRunTempDir } = require("./runTempDir");

module.exports = async function globalSetup(globalConfig) {
  enterRunTempDir();
  if (wanted(globalConfig)) await ensureBundle();
  if (wantedOffline(globalConfig)) await ensureOfflineBundle();
};
