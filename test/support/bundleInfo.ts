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
  readonly BUNDLE_RESULT: string;
  readonly DEPLOY_URL: string;
  readonly OFFLINE_BUNDLE_DIR: string;
  readonly OFFLINE_BUNDLE_RESULT: string;
  readResult(resultFile?: string): BundleBuild | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundle = require("./bundle.js") as BundleModule;

export const BUNDLE_DIR = bundle.BUNDLE_DIR;
export const DEPLOY_URL = bundle.DEPLOY_URL;
/** The closed-network variant (webpack --env officeJs=self), built by globalSetup for test/e2e/offline.test.ts. */
export const OFFLINE_BUNDLE_DIR = bundle.OFFLINE_BUNDLE_DIR;

/** The globalSetup build's result; throws when there is none (the test run skipped globalSetup). */
export function bundleBuild(): BundleBuild {
  return checked(bundle.readResult(bundle.BUNDLE_RESULT), BUNDLE_DIR);
}

/** The closed-network build's result; throws when there is none. */
export function offlineBundleBuild(): BundleBuild {
  return checked(bundle.readResult(bundle.OFFLINE_BUNDLE_RESULT), OFFLINE_BUNDLE_DIR);
}

function checked(result: BundleBuild | undefined, dir: string): BundleBuild {
  if (!result || !fs.existsSync(path.join(dir, "taskpane.html")))
    throw new Error(
      `no production bundle in ${dir}${result ? `; the build failed:\n${result.log}` : ""}: ` +
        "Jest's globalSetup (test/support/globalSetup.js) builds it; run the tests through jest.config.js"
    );
  return result;
}
