import { useCallback, useId, useState } from "react";
import { settle, unexpectedFailure } from "../../adapter";
import type { Plan } from "../../../engine";
import { buildBlankCopies, parseEvaluatorNames, readPlanText } from "../../files/blankCopies";
import { downloadBytes, scoresheetFileName } from "../../files/download";
import { useStrings } from "../../i18n";
import type { ExportPanelProps, ExportPanelState } from "./ExportPanel.types";

const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Download of the open scoresheet, and personalised blank copies built in the pane (lazily loaded writer). */
export function useExportPanel(props: ExportPanelProps): ExportPanelState {
  const strings = useStrings();
  const headingId = useId();
  const blankHeadingId = useId();
  const { adapter, reportFailure, clearFailure, announce } = props;
  const save = props.save ?? downloadBytes;
  const gap = props.downloadGapMs ?? 400;
  const [downloading, setDownloading] = useState(false);
  const [names, setNamesText] = useState("");
  const [namesError, setNamesError] = useState<string | undefined>(undefined);
  const [blankProgress, setBlankProgress] = useState<ExportPanelState["blankProgress"]>(undefined);
  const [plan, setPlan] = useState<
    { name: string; plan?: Plan; warnings?: string; error?: string } | undefined
  >();

  const fileBase = props.workbookMeta?.organization || props.meta.organization || "";

  const download = useCallback(() => {
    if (!adapter) return;
    void (async () => {
      setDownloading(true);
      try {
        const result = await settle(async () => adapter.exportXlsx());
        if (!result.ok) {
          reportFailure("export", result.failure);
          return;
        }
        const fileName = scoresheetFileName(fileBase);
        try {
          save(result.value, fileName);
        } catch (err: unknown) {
          reportFailure("export", unexpectedFailure(err));
          return;
        }
        clearFailure("export");
        announce(strings.export.downloaded(fileName));
      } finally {
        setDownloading(false);
      }
    })();
  }, [adapter, announce, clearFailure, fileBase, reportFailure, save, strings]);

  const setNames = useCallback((text: string) => {
    setNamesText(text);
    setNamesError(undefined);
  }, []);

  const pickPlan = useCallback(
    (file: File | undefined) => {
      if (!file) return;
      const refused = (cause: string) =>
        setPlan({ name: file.name, error: strings.export.planInvalid(file.name, cause) });
      void file.text().then(
        // The plan's reader loads on first use; if it cannot load, the plan's error gives the cause.
        (text) =>
          readPlanText(text, strings.locale).then(
            (read) => {
              if ("plan" in read)
                setPlan({
                  name: file.name,
                  plan: read.plan,
                  ...(read.warnings ? { warnings: read.warnings } : {}),
                });
              else refused(read.problems);
              setNamesError(undefined);
            },
            (err: unknown) => refused(err instanceof Error ? err.message : String(err))
          ),
        () => refused("")
      );
    },
    [strings]
  );
  const clearPlan = useCallback(() => setPlan(undefined), []);

  const { meta } = props;
  const makeBlankCopies = useCallback(() => {
    if (plan?.error) return;
    const typed = parseEvaluatorNames(names);
    // With a plan and no names, one copy per member of the plan (as `new --plan` without --evaluator).
    const list =
      typed.length > 0 || !plan?.plan
        ? typed
        : plan.plan.members.map((m) => m.name.trim()).filter((n) => n !== "");
    if (list.length === 0) {
      setNamesError(strings.export.blankNoNames);
      return;
    }
    void (async () => {
      setBlankProgress({ done: 0, total: list.length });
      try {
        const count = await buildBlankCopies(
          meta,
          list,
          async (copy, index) => {
            if (index > 0) await pause(gap);
            save(copy.bytes, copy.fileName);
            setBlankProgress({ done: index + 1, total: list.length });
          },
          undefined,
          plan?.plan
        );
        clearFailure("blank");
        announce(strings.export.blankDone(count));
      } catch (err: unknown) {
        reportFailure("blank", unexpectedFailure(err));
      } finally {
        setBlankProgress(undefined);
      }
    })();
  }, [announce, clearFailure, gap, meta, names, plan, reportFailure, save, strings]);

  return {
    strings,
    headingId,
    blankHeadingId,
    canDownload: adapter !== null && props.exists === true,
    downloading,
    download,
    names,
    setNames,
    namesError,
    blankProgress,
    makeBlankCopies,
    planName: plan?.name,
    // A group of other than 5–7 members (4.2) is told with the summary, as `new --plan` warns of it.
    planSummary: plan?.plan
      ? strings.export.planLoaded(plan.plan.members.length, plan.plan.notApplicable.length) +
        (plan.warnings ? `${strings.locale === "zh-CN" ? "；" : "; "}${plan.warnings}` : "")
      : undefined,
    planError: plan?.error,
    pickPlan,
    clearPlan,
  };
}
