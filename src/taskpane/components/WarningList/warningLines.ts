import { formatProblem, severityOf } from "../../../engine";
import type { Locale, LocatedProblem } from "../../../engine";

/**
 * The warnings among `problems`, each as the CLI prints it (提示/warning, where, what), in the pane's language;
 * a warning without a file is located at `file` when one is given.
 */
export function warningLines(
  problems: readonly LocatedProblem[],
  locale: Locale,
  file?: string
): string[] {
  return problems
    .filter((p) => severityOf(p) === "warning")
    .map((p) =>
      formatProblem(
        file !== undefined && p.where?.file === undefined
          ? { ...p, where: { ...p.where, file } }
          : p,
        locale
      )
    );
}

/** The caption above a list of `count` warnings, by language. */
export const WARNINGS_CAPTION: Readonly<Record<Locale, (count: number) => string>> = {
  "zh-CN": (count) => `提示（${count}）`,
  "en-US": (count) => `Warnings (${count})`,
};
