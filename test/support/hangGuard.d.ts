/** The suite's one deadline, for hangs only (hangGuard.js), in milliseconds. */
export declare const HANG_GUARD_MS: number;
