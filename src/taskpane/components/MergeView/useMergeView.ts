import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { describeProblem, describeWhere, formatProblem } from "../../../engine";
import type { LocatedProblem } from "../../../engine";
import { checkCandidates, validExperts, withExcluded } from "../../../merge/checks";
import type { MergeCandidate } from "../../../merge/checks";
import { MERGE_METHODS, mergeExperts } from "../../../merge/consensus";
import { DEFAULT_DEVIATION_LIMIT } from "../../../merge/agreement";
import { applyDeliberation } from "../../../merge/resolve";
import type { ItemDeliberation } from "../../../merge/resolve";
import type { AgreedEntry } from "../../../office/types";
import type { MergeMethod } from "../../../merge/consensus";
import { describeFailure, settle, unexpectedFailure, useAdapter } from "../../adapter";
import { consensusMembers, consensusMeta } from "../../consensus";
import { consensusFileName, consensusModel, consensusXlsx } from "../../files/consensusFiles";
import { XLSX_MIME, downloadBytes } from "../../files/download";
import { readCandidates } from "../../files/readFile";
import { useStrings } from "../../i18n";
import type { Operation } from "../../i18n";
import type { Notice } from "../ScoresheetView";
import { expertRows, unplacedErrors } from "./mergeRows";
import type { FileEntry, MergeViewProps, MergeViewState } from "./MergeView.types";
import { useFailures } from "../../hooks/useFailures";

function isMethod(value: string): value is MergeMethod {
  return (MERGE_METHODS as readonly string[]).includes(value);
}

/**
 * The secretary's merge: reads picked files one at a time into candidates (bytes dropped at once), checks
 * them, merges with the chosen method when nothing blocks, hands the consensus to the Report view, and writes
 * the consensus sheets into the open workbook or downloads them as a workbook. Every failure is a notice.
 */
export function useMergeView(props: MergeViewProps): MergeViewState {
  const { onStatus, onConsensus } = props;
  const adapter = useAdapter();
  const strings = useStrings();
  const t = strings.merge;
  const headingId = useId();
  const save = props.save ?? downloadBytes;
  const clock = useRef(props.now ?? (() => new Date()));
  const [entries, setEntries] = useState<readonly FileEntry[]>([]);
  const [reading, setReading] = useState<MergeViewState["reading"]>(undefined);
  const [method, setMethodValue] = useState<MergeMethod>("mean");
  // The deviation limit (issue 12): a percent above 0 and at most 100, with at most 2 decimals.
  const [limitText, setLimitText] = useState(String(DEFAULT_DEVIATION_LIMIT));
  const limitValid =
    /^\d+(\.\d{1,2})?$/.test(limitText.trim()) && Number(limitText) > 0 && Number(limitText) <= 100;
  const [deviationLimit, setDeviationLimit] = useState(DEFAULT_DEVIATION_LIMIT);
  useEffect(() => {
    if (limitValid) setDeviationLimit(Number(limitText));
  }, [limitText, limitValid]);
  const [writing, setWriting] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const { failures, reportFailure, clearFailure } = useFailures<Operation>();
  const nextKey = useRef(0);
  const busyReading = useRef(false);

  const announce = useCallback((message: string) => onStatus?.(message), [onStatus]);

  const errors = useMemo(
    () => (entries.length > 0 ? checkCandidates(entries.map((e) => e.candidate)) : []),
    [entries]
  );
  const [skipInvalid, setSkipInvalid] = useState(false);
  // The files without errors, and those a merge of only them leaves out (issue 10: the secretary's choice).
  const valid = useMemo(
    () =>
      validExperts(
        entries.map((e) => e.candidate),
        errors
      ),
    [entries, errors]
  );
  const canSkipInvalid = errors.length > 0 && valid.experts.length > 0;
  const skipping = skipInvalid && canSkipInvalid;
  const experts = useMemo(
    () =>
      skipping
        ? valid.experts
        : errors.length > 0
          ? []
          : entries.flatMap((e) => (e.candidate.kind === "read" ? [e.candidate.expert] : [])),
    [entries, errors, skipping, valid]
  );
  const merged = useMemo(
    () =>
      experts.length > 0
        ? withExcluded(
            mergeExperts(experts, method, clock.current().toISOString(), deviationLimit),
            skipping ? valid.excluded : []
          )
        : undefined,
    [deviationLimit, experts, method, skipping, valid]
  );
  // The group's decisions by item (issue 12): applied to the merge, so the figures, the written and downloaded
  // consensus and the report all carry them.
  const [deliberation, setDeliberation] = useState<ReadonlyMap<string, ItemDeliberation>>(
    () => new Map()
  );
  const [agreeing, setAgreeing] = useState(false);
  const consensusWritten = useRef(false);
  // What the last write into the 共识 sheet found typed into other items' 评议后得分 and not applied by the sheet
  // (merge/agreedCells.ts, through the office adapter): shown as a warning until a write finds none.
  const [refusedAgreed, setRefusedAgreed] = useState<readonly LocatedProblem[]>([]);
  const result = useMemo(
    () => (merged && deliberation.size > 0 ? applyDeliberation(merged, deliberation) : merged),
    [merged, deliberation]
  );
  const meta = useMemo(() => consensusMeta(experts), [experts]);
  const group = useMemo(() => consensusMembers(experts), [experts]);
  useEffect(
    () => onConsensus?.(result ? { result, meta, group } : undefined),
    [group, meta, onConsensus, result]
  );

  const rows = useMemo(
    () => expertRows(entries, errors, strings.locale),
    [entries, errors, strings.locale]
  );

  const addFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0 || busyReading.current) return;
      busyReading.current = true;
      void (async () => {
        const add = (candidate: MergeCandidate): void => {
          const key = nextKey.current++;
          setEntries((prev) => [...prev, { key, candidate }]);
        };
        try {
          await readCandidates(
            files,
            (index, file) => setReading({ done: index + 1, total: files.length, file: file.name }),
            add
          );
          clearFailure("mergeRead");
          announce(t.read(files.length));
        } catch (err: unknown) {
          reportFailure("mergeRead", unexpectedFailure(err));
        } finally {
          busyReading.current = false;
          setReading(undefined);
        }
      })();
    },
    [announce, clearFailure, reportFailure, t]
  );

  const write = useCallback(() => {
    if (!adapter || !result) return;
    void (async () => {
      setWriting(true);
      try {
        const model = consensusModel(result, clock.current(), meta, group);
        const written = await settle(() => adapter.writeConsensus(model));
        if (!written.ok) {
          reportFailure("mergeWrite", written.failure);
          return;
        }
        clearFailure("mergeWrite");
        // A fresh 共识 sheet holds only what the pane wrote.
        setRefusedAgreed([]);
        consensusWritten.current = true;
        const sheets = written.value.sheets ?? [];
        announce(t.written(sheets.join(strings.locale === "zh-CN" ? "、" : ", ")));
      } catch (err: unknown) {
        reportFailure("mergeWrite", unexpectedFailure(err));
      } finally {
        setWriting(false);
      }
    })();
  }, [adapter, announce, clearFailure, group, meta, reportFailure, result, strings.locale, t]);

  const download = useCallback(() => {
    if (!result) return;
    void (async () => {
      setDownloading(true);
      try {
        const bytes = await consensusXlsx(result, clock.current(), meta, group);
        const fileName = consensusFileName(meta.organization ?? "");
        save(bytes, fileName, XLSX_MIME);
        clearFailure("mergeDownload");
        announce(t.downloaded(fileName));
      } catch (err: unknown) {
        reportFailure("mergeDownload", unexpectedFailure(err));
      } finally {
        setDownloading(false);
      }
    })();
  }, [announce, clearFailure, group, meta, reportFailure, result, save, t]);

  const agree = useCallback(
    (entry: AgreedEntry) => {
      const d = t.deliberation;
      setDeliberation((prev) =>
        new Map(prev).set(entry.itemId, {
          ...(entry.agreed !== null ? { agreed: entry.agreed, reason: entry.reason } : {}),
          ...(entry.dissent ? { dissent: entry.dissent } : {}),
        })
      );
      const host = adapter;
      // Into the 共识 sheet only once the pane wrote it; before, the decision goes with the next write or download.
      if (!host?.writeAgreed || !consensusWritten.current) {
        announce(d.recorded(entry.itemId));
        return;
      }
      void (async () => {
        setAgreeing(true);
        try {
          const written = await settle(() =>
            host.writeAgreed ? host.writeAgreed(entry) : Promise.reject(new Error("writeAgreed"))
          );
          if (!written.ok) {
            reportFailure("mergeWrite", written.failure);
            return;
          }
          clearFailure("mergeWrite");
          setRefusedAgreed(written.value.refusedAgreed ?? []);
          announce(d.written(entry.itemId, (written.value.sheets ?? [])[0] ?? ""));
        } catch (err: unknown) {
          reportFailure("mergeWrite", unexpectedFailure(err));
        } finally {
          setAgreeing(false);
        }
      })();
    },
    [adapter, announce, clearFailure, reportFailure, t]
  );

  const notices = useMemo<Notice[]>(() => {
    const list: Notice[] = [];
    if (!adapter)
      list.push({
        operation: "connect",
        intent: "info",
        title: strings.failures.titles.connect,
        message: strings.failures.noExcel,
      });
    if (errors.length > 0 && !skipping) {
      const general = unplacedErrors(entries, errors).map((p) => formatProblem(p, strings.locale));
      list.push({
        operation: "mergeBlocked",
        intent: "error",
        title: t.blockedTitle,
        message: [t.blocked(errors.length), ...general].join(" "),
      });
    }
    if (refusedAgreed.length > 0)
      list.push({
        operation: "mergeAgreedSheet",
        intent: "warning",
        title: strings.failures.titles.mergeAgreedSheet,
        // Where and what, without formatProblem's 错误/error label: the notice's warning intent says how serious
        // it is (the write went through; these cells are left as the sheet leaves them).
        message: refusedAgreed
          .map(
            (p) => `${describeWhere(p.where, strings.locale)}${describeProblem(p, strings.locale)}`
          )
          .join(" "),
      });
    for (const [operation, failure] of failures)
      list.push({
        operation,
        intent: "error",
        title: strings.failures.titles[operation],
        message: describeFailure(failure, strings),
      });
    return list;
  }, [adapter, entries, errors, failures, refusedAgreed, skipping, strings, t]);

  return {
    strings,
    t,
    headingId,
    adapter,
    notices,
    dismiss: (operation) =>
      operation === "mergeAgreedSheet" ? setRefusedAgreed([]) : clearFailure(operation),
    rows,
    reading,
    addFiles,
    remove: (key) => setEntries((prev) => prev.filter((e) => e.key !== key)),
    clear: () => setEntries([]),
    method,
    setMethod: (value) => {
      if (isMethod(value)) setMethodValue(value);
    },
    canSkipInvalid,
    invalidFiles: valid.excluded.length,
    skipInvalid,
    setSkipInvalid,
    showFallback: experts.length > 0 && experts.length < 5,
    result,
    writing,
    downloading,
    write,
    download,
    agree,
    agreeing,
    limitText,
    limitValid,
    setLimitText,
  };
}
