import { useId, useMemo } from "react";
import { useStrings } from "../../i18n";
import { formatScore } from "../SummaryPanel/useSummaryPanel";
import type {
  AgreementPanelProps,
  AgreementPanelState,
  DeviationRow,
} from "./AgreementPanel.types";

/** "+30.17%", "-0.33%", "0%": the deviation as merge prints it. */
function signedPercent(pct: number): string {
  return `${pct > 0 ? "+" : pct < 0 ? "-" : ""}${formatScore(Math.abs(pct))}%`;
}

/** The group's agreement (Krippendorff's α and its reading) and each expert's deviation, formatted. */
export function useAgreementPanel(props: AgreementPanelProps): AgreementPanelState {
  const { result } = props;
  const strings = useStrings();
  const t = strings.merge.deliberation;
  const captionId = useId();
  const rows = useMemo<DeviationRow[]>(
    () =>
      result.experts.map((e) => ({
        evaluator: e.evaluator,
        total: formatScore(e.total),
        deviation: signedPercent(e.deviationPct),
        needsExplanation: e.needsExplanation,
        explanation: e.explanation,
      })),
    [result]
  );
  const alpha = result.agreement.alpha;
  return {
    t,
    captionId,
    alpha: alpha === null ? t.alphaUnknown : formatScore(alpha),
    // The merge's own reading (agreement.ts, from the unrounded alpha), in the pane's language.
    reading: strings.locale === "zh-CN" ? result.agreement.reading : result.agreement.readingEn,
    limit: formatScore(result.deviationLimit),
    rows,
  };
}
