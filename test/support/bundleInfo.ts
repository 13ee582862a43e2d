/**
 * Typed access to the production bundle that Jest's globalSetup built (test/support/bundle.js).
 */
import * as fs from "fs";
import * as path from "path";

export interface BundleBuild {
  readonly ok: boolean;
  readonly log: string;
  readonly hash: string;
}

interface BundleModule {
  readonly BUNDLE_DIR: string;
  readonly DEPLOY_URL: string;
  readResult(): BundleBuild | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundle = require("./bundle.js") as BundleModule;

export const BUNDLE_DIR = bundle.BUNDLE_DIR;
export const DEPLOY_URL = bundle.DEPLOY_URL;

/** The globalSetup build's result; throws when there is none (the test run skipped globalSetup). */
export function bundleBuild(): BundleBuild {
  const result = bundle.readResult();
  if (!result || !fs.existsSync(path.join(BUNDLE_DIR, "taskpane.html")))
    throw new Error(
      `no production bundle in ${BUNDLE_DIR}${result ? `; the build failed:\n${result.log}` : ""}: ` +
        "Jest's globalSetup (test/support/globalSetup.js) builds it; run the tests through jest.config.js"
    );
  return result;
}
