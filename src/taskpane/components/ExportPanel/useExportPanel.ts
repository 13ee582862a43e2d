import { useCallback, useId, useState } from "react";
import { settle, unexpectedFailure } from "../../adapter";
import { buildBlankCopies, parseEvaluatorNames } from "../../files/blankCopies";
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

  const { meta } = props;
  const makeBlankCopies = useCallback(() => {
    const list = parseEvaluatorNames(names);
    if (list.length === 0) {
      setNamesError(strings.export.blankNoNames);
      return;
    }
    void (async () => {
      setBlankProgress({ done: 0, total: list.length });
      try {
        const count = await buildBlankCopies(meta, list, async (copy, index) => {
          if (index > 0) await pause(gap);
          save(copy.bytes, copy.fileName);
          setBlankProgress({ done: index + 1, total: list.length });
        });
        clearFailure("blank");
        announce(strings.export.blankDone(count));
      } catch (err: unknown) {
        reportFailure("blank", unexpectedFailure(err));
      } finally {
        setBlankProgress(undefined);
      }
    })();
  }, [announce, clearFailure, gap, meta, names, reportFailure, save, strings]);

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
  };
}
