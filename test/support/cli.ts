/**
 * Running the CLI in-process with its streams captured, as a user's shell would see them.
 */
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { processIo } from "../../src/cli/io";

/** Runs `gridscore …argv` in-process; returns the exit code and what it printed to stdout and stderr. */
export async function runCli(
  argv: string[],
  now?: Date
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    ...processIo,
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    ...(now ? { now: () => now } : {}),
  };
  const code = await main(argv, io);
  return { code, out, err };
}
