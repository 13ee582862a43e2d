/**
 * A reading worker thread: reads the files it is given, one at a time, as a roll-up's unit rows or a merge's
 * candidates, and replies with each (readPool.ts). Both are plain data (a unit's losses a Map), which the
 * structured clone carries.
 */
import { createHash } from "crypto";
import { parentPort, workerData } from "worker_threads";
import { activateEdition, addEdition, editionByFingerprint } from "../standard";
import type { Edition } from "../standard";
import { setSha256 } from "../standard/sha256";
import { processIo } from "./io";
import { installNodeInflate } from "./nodeInflate";
import { readAs } from "./readPool";
import type { ReadKind } from "./readPool";

// Node's native SHA-256, as main.ts installs it: a worker thread has modules of its own (issue 15).
setSha256((data) => createHash("sha256").update(data).digest("hex"));
installNodeInflate();

// The run's editions (`--standard FILE`), so that a worker reads as the main thread would.
const given = workerData as { editions?: Edition[]; active?: string } | null;
for (const edition of given?.editions ?? []) addEdition(edition);
const active = given?.active === undefined ? undefined : editionByFingerprint(given.active);
if (active) activateEdition(active);

parentPort?.on("message", (task: { index: number; file: string; kind: ReadKind }) => {
  readAs(task.kind, task.file, processIo).then(
    (read) => parentPort!.postMessage({ index: task.index, read }),
    (e: unknown) => parentPort!.postMessage({ index: task.index, error: String(e) })
  );
});
