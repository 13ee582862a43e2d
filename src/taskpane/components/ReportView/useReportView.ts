import { useCallback, useId, useMemo, useState } from "react";
import { buildReportModel, reportInputFromEvaluation } from "../../../report/build";
import { reportInputFromConsensus } from "../../../report/consensus";
import { buildReportSheet } from "../../../report/sheet";
import { planRows } from "../../../report/plan";
import { buildPlanSheet } from "../../../report/planSheet";
import type { ReportInput, ReportModel } from "../../../report/types";
import { describeFailure, settle, unexpectedFailure, useAdapter } from "../../adapter";
import { DOCX_MIME, downloadBytes, namedFile } from "../../files/download";
import { renderReportDocxBytes } from "../../files/reportDocx";
import { useStrings } from "../../i18n";
import type { Operation, ReportSource } from "../../i18n";
import type { Notice } from "../ScoresheetView";
import { formatScore } from "../SummaryPanel/useSummaryPanel";
import type { ReportOutcome, ReportViewProps, ReportViewState } from "./ReportView.types";
import { useFailures } from "../../hooks/useFailures";
import { warningLines } from "../WarningList/warningLines";
import { formatSheetProblemLines } from "../../../layout/evaluationSheets/sheetProblems";

function isSource(value: string): value is ReportSource {
  return value === "workbook" || value === "consensus";
}

/**
 * The report from the pane: builds the report model (src/report) from the open workbook's scores (read again
 * each time) or from the Merge view's consensus, then downloads it as Word (docx loaded lazily) or writes the
 * report sheet and the remediation plan (整改台账) into the workbook. Every failure is a notice.
 */
export function useReportView(props: ReportViewProps): ReportViewState {
  const { onStatus, consensus, now } = props;
  const adapter = useAdapter();
  const strings = useStrings();
  const t = strings.report;
  const headingId = useId();
  const save = props.save ?? downloadBytes;
  const [chosen, setChosen] = useState<ReportSource | undefined>(undefined);
  const [downloading, setDownloading] = useState(false);
  const [writing, setWriting] = useState(false);
  const [last, setLast] = useState<ReportOutcome | undefined>(undefined);
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const { failures, reportFailure, clearFailure } = useFailures<Operation>();
  const source: ReportSource = chosen ?? (adapter ? "workbook" : "consensus");

  const announce = useCallback((message: string) => onStatus?.(message), [onStatus]);

  /** The report model of the chosen source; undefined (with a notice) when it cannot be had. */
  const buildModel = useCallback(async (): Promise<ReportModel | undefined> => {
    if (source === "consensus") {
      if (!consensus) return undefined;
      // The workbook could not be read earlier; the consensus report does not need it: no stale notice.
      clearFailure("reportRead");
      // What `gridscore report` prints for a consensus (status conflicts, a reason without an agreed score, …).
      setWarnings(warningLines(consensus.result.warnings, strings.locale));
      return buildReportModel(
        reportInputFromConsensus(
          consensus.result,
          consensus.meta,
          consensus.group ? { group: consensus.group } : {}
        )
      );
    }
    if (!adapter) return undefined;
    const live = await settle(() => adapter.readLive());
    if (!live.ok || !live.value.hasScoresheet) {
      reportFailure("reportRead", live.ok ? { kind: "no-scoresheet" } : live.failure);
      return undefined;
    }
    clearFailure("reportRead");
    const v = live.value;
    // What `gridscore report` prints for the scoresheet: its warnings, then what the eligibility, group and
    // procedure sheets could not read, each at its sheet and cell.
    const zh = strings.locale === "zh-CN";
    setWarnings([
      ...warningLines(v.problems, strings.locale),
      ...(v.sheetProblems ?? []).map((p) =>
        formatSheetProblemLines(p, "warning").split("\n")[zh ? 0 : 1]!.trim()
      ),
    ]);
    const input: ReportInput = v.evaluation
      ? reportInputFromEvaluation(v.evaluation, v.evaluationSheets)
      : { meta: v.meta, report: v.report, notesByItem: new Map() };
    return buildReportModel(input);
  }, [adapter, clearFailure, consensus, reportFailure, source, strings.locale]);

  const outcome = (model: ReportModel): ReportOutcome => ({
    title: model.title,
    total: formatScore(model.total),
    pass: model.pass,
  });

  const download = useCallback(() => {
    void (async () => {
      setDownloading(true);
      try {
        const model = await buildModel();
        if (!model) return;
        const bytes = await renderReportDocxBytes(model);
        const fileName = namedFile(model.title, model.organization, "docx");
        save(bytes, fileName, DOCX_MIME);
        clearFailure("reportDocx");
        setLast(outcome(model));
        announce(t.downloaded(fileName));
      } catch (err: unknown) {
        reportFailure("reportDocx", unexpectedFailure(err));
      } finally {
        setDownloading(false);
      }
    })();
  }, [announce, buildModel, clearFailure, reportFailure, save, t]);

  const writeSheet = useCallback(() => {
    if (!adapter) return;
    void (async () => {
      setWriting(true);
      try {
        const model = await buildModel();
        if (!model) return;
        // The report sheet, then the remediation plan (整改台账) of its findings, as `report --sheet` writes them:
        // each replaces only the sheet an earlier write of the add-in left.
        const sheet = buildReportSheet(model);
        const plan = buildPlanSheet({
          model,
          rows: planRows(model),
          source: model.organization || model.title,
          createdAt: (now?.() ?? new Date()).toISOString(),
          generator: "gridscore add-in",
        });
        for (const s of [sheet, plan]) {
          const written = await settle(() => adapter.writeReportSheet(s));
          if (!written.ok) {
            reportFailure("reportSheet", written.failure);
            return;
          }
        }
        clearFailure("reportSheet");
        setLast(outcome(model));
        announce(t.written(`${sheet.name}${strings.locale === "zh-CN" ? "、" : ", "}${plan.name}`));
      } catch (err: unknown) {
        reportFailure("reportSheet", unexpectedFailure(err));
      } finally {
        setWriting(false);
      }
    })();
  }, [adapter, announce, buildModel, clearFailure, now, reportFailure, strings.locale, t]);

  const notices = useMemo<Notice[]>(() => {
    const list: Notice[] = [];
    if (!adapter)
      list.push({
        operation: "connect",
        intent: "info",
        title: strings.failures.titles.connect,
        message: strings.failures.noExcel,
      });
    for (const [operation, failure] of failures)
      list.push({
        operation,
        intent: failure.kind === "no-scoresheet" ? "info" : "error",
        title: strings.failures.titles[operation],
        message: describeFailure(failure, strings),
      });
    return list;
  }, [adapter, failures, strings]);

  return {
    strings,
    t,
    headingId,
    adapter,
    notices,
    dismiss: clearFailure,
    source,
    setSource: (value) => {
      if (isSource(value)) setChosen(value);
    },
    available: source === "consensus" ? consensus !== undefined : adapter !== null,
    hasConsensus: consensus !== undefined,
    downloading,
    writing,
    download,
    writeSheet,
    last,
    warnings,
  };
}
