import { useStrings } from "../../i18n";
import type { ExpertsTableProps, ExpertsTableState } from "./ExpertsTable.types";

/** Strings and ids of the experts table (the rows arrive computed from the Merge view's state). */
export function useExpertsTable(_props: ExpertsTableProps): ExpertsTableState {
  const strings = useStrings();
  const t = strings.merge;
  return {
    strings,
    t,
    colon: strings.locale === "zh-CN" ? "：" : ": ",
    verdictText: (pass) =>
      pass === undefined ? t.refused : pass ? strings.summary.pass : strings.summary.fail,
  };
}
