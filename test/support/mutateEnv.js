/** Set by jest.mutate.config.js: property tests scale their run counts down while Stryker runs them per mutant. */
process.env.FC_RUNS_SCALE = process.env.FC_RUNS_SCALE ?? "0.1";
