/**
 * A roll-up worker thread: reads the files it is given, one at a time, and replies with each unit row or
 * refusal (rollupRead.ts). Unit rows are plain data (their losses a Map), which the structured clone carries.
 */
import { parentPort } from "worker_threads";
import { processIo } from "./io";
import { readOne } from "./rollupRead";

parentPort?.on("message", (task: { index: number; file: string }) => {
  readOne(task.file, processIo).then(
    (read) => parentPort!.postMessage({ index: task.index, read }),
    (e: unknown) => parentPort!.postMessage({ index: task.index, error: String(e) })
  );
});
