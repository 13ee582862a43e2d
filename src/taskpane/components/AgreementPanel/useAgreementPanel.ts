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
  const t = useStrings().merge.deliberation;
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
    // The merge's own thresholds (agreement.ts agreementReading), in the pane's language.
    reading:
      alpha === null
        ? t.readings.unknown
        : alpha >= 0.8
          ? t.readings.good
          : alpha >= 0.667
            ? t.readings.acceptable
            : t.readings.poor,
    limit: formatScore(result.deviationLimit),
    rows,
  };
}
