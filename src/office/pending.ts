/**
 * A safety net for the one destructive step, the rewrite of an existing scoresheet. The write sync first
 * stores the inputs it is about to rewrite in the document's add-in settings and removes them as its last
 * command; if Excel stops the sync half way (commands before a failing one stay applied), the inputs survive
 * in the document and the next write rebuilds from them instead of from the half-cleared sheets.
 */
import { EVALUATION_FORMAT, parsePlan } from "../engine";
import type { Evaluation, Plan, PlanRecordCorrupt } from "../engine";
import type { WorkbookIdentity } from "../layout";
import type { EvaluationSheetsInput } from "../layout/evaluationSheets";

/** The settings key of an unfinished rewrite. */
export const PENDING_KEY = "gridscore.pendingRewrite";

/** What an unfinished rewrite left behind. */
export interface PendingRewrite {
  readonly evaluation: Evaluation;
  readonly identity: WorkbookIdentity;
  /** The evaluation sheets' entries (absent in records of older versions). */
  readonly sheets?: EvaluationSheetsInput;
  /** The group's plan the rewritten workbook recorded (7.2), written again with its 不适用 lock and reason check. */
  readonly plan?: Plan;
}

function isPending(x: unknown): x is PendingRewrite {
  if (typeof x !== "object" || x === null) return false;
  const p = x as { evaluation?: Partial<Evaluation>; identity?: Partial<WorkbookIdentity> };
  return (
    p.evaluation?.format === EVALUATION_FORMAT &&
    typeof p.evaluation.items === "object" &&
    typeof p.evaluation.meta === "object" &&
    typeof p.identity?.workbookId === "string" &&
    typeof p.identity.createdAt === "string"
  );
}

/** Queues the look-up of an unfinished rewrite; read it with pendingFrom after the sync. */
export function queuePendingRead(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(PENDING_KEY).load("value");
}

/**
 * An unfinished rewrite whose saved plan cannot be read back (`plan-record-corrupt`, `rewrite`): finishing it
 * without the plan would drop the group's plan without a word, so the write is refused.
 */
export interface PendingPlanLost {
  readonly planLost: PlanRecordCorrupt;
}

/** The unfinished rewrite a synced look-up found, if it is one. */
export function pendingFrom(synced: Excel.Setting): PendingRewrite | PendingPlanLost | undefined {
  if (synced.isNullObject) return undefined;
  try {
    const raw: unknown = synced.value;
    const value: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
    if (!isPending(value)) return undefined;
    // The add-in stored a parsed plan; it is parsed again, as any stored JSON is, before it locks a cell.
    const parsed = value.plan === undefined ? undefined : parsePlan(value.plan);
    if (parsed && !parsed.plan)
      return {
        planLost: {
          code: "plan-record-corrupt",
          defect: "shape",
          ...(parsed.problems[0] ? { cause: parsed.problems[0] } : {}),
          rewrite: true,
        },
      };
    const plan = parsed?.plan;
    return {
      evaluation: value.evaluation,
      identity: value.identity,
      ...(value.sheets ? { sheets: value.sheets } : {}),
      ...(plan ? { plan } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Queues the save of the inputs about to be rewritten (the write's first command). */
export function queuePendingSave(context: Excel.RequestContext, pending: PendingRewrite): void {
  context.workbook.settings.add(PENDING_KEY, JSON.stringify(pending));
}

/** Queues the removal of the saved inputs (the write's last command). */
export function queuePendingClear(context: Excel.RequestContext): void {
  context.workbook.settings.getItem(PENDING_KEY).delete();
}
