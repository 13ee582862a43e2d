"use strict";
/**
 * The one deadline of the test suite, for hangs only, never for speed (issue 17: no test passes or fails on the
 * machine's speed). On a 2-core machine under a load average of 28, one LibreOffice batch took over the 180 s a
 * call was allowed and 9 differential cases failed; a per-test budget of 2–5 minutes fails the same way. So every
 * test, hook and outside program (soffice, the OOXML validator, a browser's wait) gets this one limit: far past
 * any slow run, still short of CI's 90 minutes, so that a real hang ends the run with its name.
 */
const HANG_GUARD_MS = 30 * 60 * 1000;

module.exports = { HANG_GUARD_MS };
