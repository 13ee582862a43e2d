/**
 * Personalised blank scoresheets for the members of an evaluation group, built in the pane. The layout and
 * the .xlsx writer (ExcelJS) are loaded with import() on first use so they stay out of the first paint.
 */
import { EVALUATION_FORMAT } from "../../engine";
import type { EvaluationMeta, Plan } from "../../engine";
import type { Locale } from "../i18n";
import type { WorkbookIdentity } from "../../layout/metaSheet";
import { scoresheetFileName } from "./download";

/** Identifies the generator in every workbook's hidden identity sheet. */
export const PANE_GENERATOR = "gridscore task pane";

/** The names in a textarea, one per line: trimmed, blanks dropped, duplicates kept once. */
export function parseEvaluatorNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const name = raw.replace(/\s+/g, " ").trim();
    if (name && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}

/** A random v4 UUID, also where crypto.randomUUID is missing (older WebViews, http pages). */
export function newWorkbookId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface BlankCopy {
  readonly evaluator: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Loads the layout and the .xlsx writer in their own chunks (ExcelJS is large). */
async function loadWriters(): Promise<{
  buildScoresheet: typeof import("../../layout").buildScoresheet;
  assertWritable: typeof import("../../layout").assertWritable;
  writeXlsx: typeof import("../../writers/xlsx").writeXlsx;
}> {
  const [layout, writers] = await Promise.all([
    import(/* webpackChunkName: "layout" */ "../../layout"),
    import(/* webpackChunkName: "xlsx-writer" */ "../../writers/xlsx"),
  ]);
  return {
    buildScoresheet: layout.buildScoresheet,
    assertWritable: layout.assertWritable,
    writeXlsx: writers.writeXlsx,
  };
}

/**
 * Builds one blank workbook per evaluator (meta with their name; with the group's plan, its 不适用 items locked
 * with their reasons, its members and dates filled in, as `gridscore new --plan` makes them) and hands each to `deliver` as soon as it is
 * ready; throws what the writer throws, and UnwritableTextError before any copy when a text no cell holds. Returns how many were delivered.
 */
export async function buildBlankCopies(
  meta: EvaluationMeta,
  evaluators: readonly string[],
  deliver: (copy: BlankCopy, index: number) => void | Promise<void>,
  now: () => Date = () => new Date(),
  plan?: Plan
): Promise<number> {
  const { buildScoresheet, assertWritable, writeXlsx } = await loadWriters();
  let delivered = 0;
  const models = evaluators.map((evaluator) => {
    const identity: WorkbookIdentity = {
      workbookId: newWorkbookId(),
      createdAt: now().toISOString(),
      generator: PANE_GENERATOR,
      kind: "scoresheet",
    };
    return buildScoresheet({
      evaluation: { format: EVALUATION_FORMAT, meta: { ...meta, evaluator }, items: {} },
      identity,
      ...(plan ? { plan } : {}),
    });
  });
  // Every copy's cells as written before the first is delivered (README: Inputs): refused, not cut.
  assertWritable(...models);
  for (const [i, evaluator] of evaluators.entries()) {
    const written = await writeXlsx(models[i]!);
    const bytes = new Uint8Array(written.buffer, written.byteOffset, written.byteLength);
    await deliver({ evaluator, fileName: scoresheetFileName(evaluator), bytes }, delivered);
    delivered += 1;
  }
  return delivered;
}

/**
 * Reads a plan.json picked in the pane (gridscore-plan/1, 4.3 and 7.2), as `new --plan` reads it. The plan's
 * reader and the engine's messages are loaded with import() on first use, so they stay out of the first paint.
 * @returns the plan (with its warnings in the pane's language, joined, such as a group of other than 5–7 members,
 *   as `new --plan` prints them), or the problems in the pane's language, joined, when it cannot be used.
 */
export async function readPlanText(
  text: string,
  locale: Locale
): Promise<{ readonly plan: Plan; readonly warnings?: string } | { readonly problems: string }> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {
      problems: locale === "zh-CN" ? "不是有效的 JSON 文件" : "not a valid JSON file",
    };
  }
  const { parsePlan, planWarnings, describeProblem } = await import(
    /* webpackChunkName: "plan-reader" */ "../../engine"
  );
  const { plan, problems } = parsePlan(json);
  if (plan) {
    const warnings = planWarnings(plan).map((p) => describeProblem(p, locale));
    return warnings.length > 0 ? { plan, warnings: warnings.join("；") } : { plan };
  }
  return { problems: problems.map((p) => describeProblem(p, locale)).join("；") };
}
