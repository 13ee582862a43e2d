/**
 * Every fast-check property in the suite runs seeded (FC_SEED overrides it to explore other cases), so a failure
 * reproduces on the next run instead of showing up in some runs only. Tests may still pass their own seed.
 */
const fc = require("fast-check");

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
