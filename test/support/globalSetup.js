/**
 * Jest globalSetup: builds the production bundle once, before any test and outside every per-test timeout, when the
 * run includes a test that reads it (test/support/bundle.js).
 */
"use strict";
const { ensureBundle, ensureOfflineBundle, wanted, wantedOffline } = require("./bundle");

module.exports = async function globalSetup(globalConfig) {
  if (wanted(globalConfig)) await ensureBundle();
  if (wantedOffline(globalConfig)) await ensureOfflineBundle();
};
