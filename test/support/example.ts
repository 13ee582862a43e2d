/**
 * The README's example evaluation, read from examples/ so tests and documentation cannot drift apart.
 */
import * as fs from "fs";
import * as path from "path";
import type { Evaluation } from "../../src/engine";

export const EXAMPLE_PATH = path.join(__dirname, "..", "..", "examples", "evaluation.json");

/** A fresh copy of the example evaluation. */
export function loadExample(): Evaluation {
  return JSON.parse(fs.readFileSync(EXAMPLE_PATH, "utf8")) as Evaluation;
}
