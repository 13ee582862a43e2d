/**
 * A group's plan for tests: parsed by the engine's own parsePlan (never built by hand), failing the test with the
 * plan's problems when the JSON is not a valid plan.
 */
import { PLAN_FORMAT, parsePlan } from "../../src/engine";
import type { Plan } from "../../src/engine";

/**
 * Parses plan JSON (gridscore-plan/1); throws with the problems when it is refused.
 *
 * @param json the plan's JSON; the format alone (the default) is the minimal valid plan
 */
export function parsedPlan(json: unknown = { format: PLAN_FORMAT }): Plan {
  const parsed = parsePlan(json);
  if (!parsed.plan) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}
