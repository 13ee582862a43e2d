/**
 * `npm run mutate` in parts that finish: MUTATE_PART=<part> npx stryker run stryker.part.config.mjs
 * The parts and their tests are in test/mutation/parts.js. Each part is stryker.config.json with its own files,
 * tests (jest.mutate.config.js reads MUTATE_PART), report, and incremental file (test/mutation/<part>.json,
 * committed), so a later run of a part re-tests only the mutants whose code or covering tests changed.
 * See README, Mutation testing.
 */
import { readFileSync } from "fs";
import { createRequire } from "module";

const require = createRequire(import.meta.url);
const { PARTS } = require("./test/mutation/parts.js");
const base = JSON.parse(readFileSync(new URL("./stryker.config.json", import.meta.url), "utf8"));

const part = process.env.MUTATE_PART ?? "";
if (!(part in PARTS)) {
  throw new Error(`MUTATE_PART must be one of ${Object.keys(PARTS).join(", ")}, not "${part}"`);
}
// MUTATE_FILES (comma-separated) narrows a part to some of its files, e.g. to re-test one after a change.
const only = process.env.MUTATE_FILES;

export default {
  ...base,
  $schema: undefined,
  _comment: undefined,
  mutate: only ? only.split(",") : PARTS[part].mutate,
  incrementalFile: `test/mutation/${part}.json`,
  jsonReporter: { fileName: `reports/mutation/${part}/mutation.json` },
  htmlReporter: { fileName: `reports/mutation/${part}/mutation.html` },
};
