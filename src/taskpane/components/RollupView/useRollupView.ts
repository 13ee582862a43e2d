import { useCallback, useId, useMemo, useRef, useState } from "react";
import { describeProblem } from "../../../engine";
import type { LocatedProblem } from "../../../engine";
import { warningLines } from "../WarningList/warningLines";
// The roll-up's pure parts only: the reader (with ExcelJS) is loaded when the first file is read.
import { buildRollup } from "../../../rollup/compute";
import { buildRollupWorkbook } from "../../../rollup/workbook";
import { assertWritable } from "../../../layout/cellText";
import type { RefusedFile, RollupUnit } from "../../../rollup/types";
import { describeFailure, settle, unexpectedFailure, useAdapter } from "../../adapter";
import { XLSX_MIME, downloadBytes } from "../../files/download";
import { fileBytes } from "../../files/readFile";
import { useStrings } from "../../i18n";
import type { RollupEntry, RollupViewProps, RollupViewState } from "./RollupView.types";
import { ROLLUP_STRINGS } from "./rollupStrings";

/** The file name of a downloaded roll-up. */
export const ROLLUP_FILE_NAME = "汇总.xlsx";

function message(err: unknown): string {
  return err instanceof Error ? err.message || err.name : String(err);
}

/**
 * The roll-up in the pane (issue 14): reads picked or dropped files one at a time (the reader, with ExcelJS, is
 * loaded on first use; bytes are dropped as soon as the unit row is made), rolls them up as `gridscore rollup`
 * does, writes the roll-up sheets into the open workbook or downloads them as a workbook.
 */
export function useRollupView(props: RollupViewProps): RollupViewState {
  const { onStatus } = props;
  const adapter = useAdapter();
  const strings = useStrings();
  const t = ROLLUP_STRINGS[strings.locale];
  const headingId = useId();
  const save = props.save ?? downloadBytes;
  const [entries, setEntries] = useState<readonly RollupEntry[]>([]);
  const [reading, setReading] = useState<RollupViewState["reading"]>(undefined);
  const [writing, setWriting] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [skipped, setSkipped] = useState<string | undefined>(undefined);
  const nextKey = useRef(0);
  const busyReading = useRef(false);
  const announce = useCallback((m: string) => onStatus?.(m), [onStatus]);

  const rollup = useMemo(() => {
    const units: RollupUnit[] = [];
    const refused: RefusedFile[] = [];
    const warnings: LocatedProblem[] = [];
    for (const e of entries) {
      if (e.read.ok) {
        units.push(e.read.unit);
        warnings.push(...(e.read.warnings ?? []));
      } else refused.push(e.read.refused);
    }
    return units.length > 0 || refused.length > 0
      ? buildRollup(units, refused, warnings)
      : undefined;
  }, [entries]);
  const hasUnits = rollup !== undefined && rollup.units.length > 0;
  const undecided = useMemo(
    () =>
      (rollup?.warnings ?? [])
        .filter((w) => w.code === "rollup-undecided")
        .map((w) => `${w.where?.file ?? ""}: ${describeProblem(w, strings.locale)}`),
    [rollup, strings.locale]
  );
  // Every other warning of the files read, as `gridscore rollup` prints them, each naming its file.
  const warnings = useMemo(
    () =>
      warningLines(
        (rollup?.warnings ?? []).filter((w) => w.code !== "rollup-undecided"),
        strings.locale
      ),
    [rollup, strings.locale]
  );

  const addFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0 || busyReading.current) return;
      busyReading.current = true;
      void (async () => {
        try {
          const { readRollupFile } = await import(
            /* webpackChunkName: "rollup-reader" */ "../../../rollup/read"
          );
          for (const [index, file] of files.entries()) {
            setReading({ done: index + 1, total: files.length, file: file.name });
            let read: RollupEntry["read"];
            try {
              read = await readRollupFile(file.name, await fileBytes(file));
            } catch (err: unknown) {
              const reason = message(err);
              read = {
                ok: false,
                refused: { file: file.name, reasons: [reason], reasonsEn: [reason] },
              };
            }
            const key = nextKey.current++;
            setEntries((prev) => [...prev, { key, read }]);
          }
          setError(undefined);
          announce(t.read(files.length));
        } catch (err: unknown) {
          setError(describeFailure(unexpectedFailure(err), strings));
        } finally {
          busyReading.current = false;
          setReading(undefined);
        }
      })();
    },
    [announce, strings, t]
  );

  const write = useCallback(() => {
    const writeRollup = adapter?.writeRollup?.bind(adapter);
    if (!writeRollup || !rollup || !hasUnits) return;
    void (async () => {
      setWriting(true);
      try {
        const written = await settle(() => writeRollup(buildRollupWorkbook(rollup)));
        if (!written.ok) {
          setError(describeFailure(written.failure, strings));
          return;
        }
        setError(undefined);
        const features = (written.value.warnings ?? []).map(
          (w) => strings.write.features[w.feature] ?? w.feature
        );
        setSkipped(features.length > 0 ? t.skipped(features.join("、")) : undefined);
        const sheets = written.value.sheets ?? [];
        announce(t.written(sheets.join(strings.locale === "zh-CN" ? "、" : ", ")));
      } catch (err: unknown) {
        setError(describeFailure(unexpectedFailure(err), strings));
      } finally {
        setWriting(false);
      }
    })();
  }, [adapter, announce, hasUnits, rollup, strings, t]);

  const download = useCallback(() => {
    if (!rollup || !hasUnits) return;
    void (async () => {
      setDownloading(true);
      try {
        const { writeXlsx } = await import(
          /* webpackChunkName: "xlsx-writer" */ "../../../writers/xlsx"
        );
        const model = buildRollupWorkbook(rollup);
        // The roll-up fits others' texts to a cell (fitName); the check is the one every download makes, so
        // that a text no cell holds is refused by name (UnwritableTextError) as the 写入 button refuses it.
        assertWritable(model);
        save(await writeXlsx(model), ROLLUP_FILE_NAME, XLSX_MIME);
        setError(undefined);
        announce(t.downloaded(ROLLUP_FILE_NAME));
      } catch (err: unknown) {
        setError(describeFailure(unexpectedFailure(err), strings));
      } finally {
        setDownloading(false);
      }
    })();
  }, [announce, hasUnits, rollup, save, strings, t]);

  return {
    strings,
    t,
    headingId,
    adapter,
    reading,
    addFiles,
    clear: () => {
      setEntries([]);
      setSkipped(undefined);
    },
    rollup,
    undecided,
    warnings,
    error,
    skipped,
    canWrite: hasUnits && typeof adapter?.writeRollup === "function",
    writing,
    downloading,
    write,
    download,
  };
}
