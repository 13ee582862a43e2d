/** Jest globalTeardown: removes the run's temporary directory (test/support/runTempDir.js). */
"use strict";
const { leaveRunTempDir } = require("./runTempDir");

module.exports = async function globalTeardown() {
  leaveRunTempDir();
};
