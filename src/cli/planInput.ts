/**
 * `--plan plan.json`: the group's evaluation plan (4.3, 7.2) read through the input gate.
 */
import { parsePlan, planWarnings } from "../engine";
import type { Plan } from "../engine";
import { InputRefused } from "./io";
import type { CliIo } from "./io";
import { openInput } from "./gate";
import { printProblems } from "./shared";

/** Reads and checks a plan file, printing every problem and refusing it when it cannot be used. */
export function loadPlan(file: string, io: CliIo): Plan {
  const opened = openInput(file, io, ["json"], "plan");
  if (!opened.ok || opened.kind !== "json") {
    if (!opened.ok) printProblems(opened.problems, io);
    throw new InputRefused(file);
  }
  const { plan, problems } = parsePlan(opened.value);
  printProblems(opened.warnings, io);
  if (!plan) {
    printProblems(
      problems.map((p) => ({ ...p, where: { file } })),
      io
    );
    throw new InputRefused(file);
  }
  // A group of other than 5–7 (4.2) is told now, in the merge's words, not after everyone has scored.
  printProblems(
    planWarnings(plan).map((p) => ({ ...p, where: { file } })),
    io
  );
  return plan;
}
