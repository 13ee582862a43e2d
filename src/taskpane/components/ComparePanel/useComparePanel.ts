import { useCallback, useEffect, useId, useMemo, useState } from "react";
import type { ChangeEvent } from "react";
import { formatProblem, formatScore, partitionProblems } from "../../../engine";
import type { LocatedProblem } from "../../../engine";
import { warningLines } from "../WarningList/warningLines";
import type { PlanEntry } from "../../../layout/evaluationDocument";
import type { Comparison } from "../../../report/compare";
import { comparisonWarnings } from "../../../report/compareWarnings";
import { DOCX_MIME, XLSX_MIME, downloadBytes, namedFile } from "../../files/download";
import type { CompareSource } from "../../files/compareFiles";
import { planSourceCheck } from "../../files/planSource";
import type { PlanSourceFacts } from "../../../report/planIdentity";
import { fileBytes } from "../../files/readFile";
import { useStrings } from "../../i18n";
import { COMPARE_STRINGS } from "./compareStrings";
import type {
  CompareMessage,
  ComparePanelProps,
  ComparePanelState,
  CompareSlot,
} from "./ComparePanel.types";

const compareFiles = () =>
  import(/* webpackChunkName: "compare-reader" */ "../../files/compareFiles");

/** A plan file as read: its entries, or the file named when it is no plan workbook. */
type PlanPick = {
  readonly file: string;
  readonly entries?: ReadonlyMap<string, PlanEntry>;
  /** What the plan records of the evaluation it was made from, checked against the earlier evaluation. */
  readonly facts?: PlanSourceFacts;
  /** Why a plan workbook is refused: each cell that cannot be read as typed, named. */
  readonly refused?: readonly string[];
};

const signed = (x: number): string => (x > 0 ? `+${formatScore(x)}` : formatScore(x));

/**
 * The compare section: reads the picked files (ExcelJS loaded on first pick), refuses a file that cannot be read or
 * whose scores have errors with its problems in the pane's language, and compares the two evaluations as
 * `gridscore compare` does, with the plan's 已完成 rows when a plan is given.
 */
export function useComparePanel(props: ComparePanelProps): ComparePanelState {
  const { onStatus, now } = props;
  const strings = useStrings();
  const t = COMPARE_STRINGS[strings.locale];
  const headingId = useId();
  const save = props.save ?? downloadBytes;
  const [sources, setSources] = useState<Partial<Record<"before" | "after", CompareSource>>>({});
  const [plan, setPlan] = useState<PlanPick | undefined>(undefined);
  const [pending, setPending] = useState(0);
  const [downloading, setDownloading] = useState(false);

  const onPick = useCallback(
    (slot: CompareSlot) => (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      if (!file) return;
      setPending((n) => n + 1);
      void (async () => {
        try {
          const bytes = await fileBytes(file);
          const reader = await compareFiles();
          if (slot === "plan") {
            const read = await reader.readPlanWorkbook(bytes, strings.locale);
            setPlan({
              file: file.name,
              ...(read && "entries" in read ? { entries: read.entries, facts: read.facts } : {}),
              ...(read && "refused" in read ? { refused: read.refused } : {}),
            });
          } else {
            const source = await reader.readCompareSource(file.name, bytes);
            setSources((s) => ({ ...s, [slot]: source }));
          }
        } catch (err: unknown) {
          const reason = err instanceof Error ? err.message : String(err);
          const refused: CompareSource = {
            ok: false,
            file: file.name,
            errors: [{ code: "file-unreadable", reason, where: { file: file.name } }],
          };
          if (slot === "plan") setPlan({ file: file.name });
          else setSources((s) => ({ ...s, [slot]: refused }));
        } finally {
          setPending((n) => n - 1);
        }
      })();
    },
    [strings.locale]
  );

  const { before, after } = sources;
  // The plan must be the earlier evaluation's, as --plan-status checks it: another unit's is refused (not used, no
  // comparison, no re-evaluation scoresheet), another evaluation's is used with a warning.
  const planSource = useMemo(
    () =>
      partitionProblems(
        plan?.entries && plan.facts && before?.ok
          ? planSourceCheck(plan.file, plan.facts, before.input)
          : []
      ),
    [before, plan]
  );
  /** A picked plan that is not used: no plan workbook, a cell it cannot read, or another unit's. */
  const planBlocked = plan !== undefined && (!plan.entries || planSource.errors.length > 0);
  const planEntries = planBlocked ? undefined : plan?.entries;

  const messages = useMemo<CompareMessage[]>(() => {
    const out: CompareMessage[] = [];
    for (const slot of ["before", "after"] as const) {
      const s = sources[slot];
      if (!s || (s.ok && s.errors.length === 0)) continue;
      out.push({
        slot,
        title: s.ok ? t.hasErrors(s.file, s.errors.length) : t.refused(s.file),
        lines: s.errors.map((p) => formatProblem(p, strings.locale)),
      });
    }
    // The re-evaluation scoresheet carries the earlier evaluation's 评估组: rows new --from refuses are named.
    const earlier = sources.before;
    if (earlier?.ok && earlier.groupLost && earlier.groupLost.length > 0)
      out.push({
        slot: "before",
        title: t.groupNotCarried(earlier.file, earlier.groupLost.length),
        lines: earlier.groupLost.map((p) => formatProblem(p, strings.locale)),
      });
    if (plan?.refused)
      out.push({ slot: "plan", title: t.planRefused(plan.file), lines: [...plan.refused] });
    else if (plan && !plan.entries)
      out.push({ slot: "plan", title: t.notPlan(plan.file), lines: [] });
    else if (plan && planSource.errors.length > 0)
      out.push({
        slot: "plan",
        title: t.planOtherUnit(plan.file),
        lines: planSource.errors.map((p) => formatProblem(p, strings.locale)),
      });
    return out;
  }, [plan, planSource, sources, strings.locale, t]);

  // What `gridscore compare` prints besides errors: each file's warnings (a stale consensus, a GB18030 JSON, …),
  // then the comparison's own warnings, from the CLI's one source: two different units, an "after" evaluation not
  // later than the "before" one (the same evaluation twice, or the files reversed).
  const warnings = useMemo<string[]>(() => {
    const read = [before, after].flatMap((s) => (s?.ok ? [s] : []));
    const pair: LocatedProblem[] =
      before?.ok && after?.ok ? comparisonWarnings(before.input.meta, after.input.meta) : [];
    return [
      ...read.flatMap((s) => warningLines(s.warnings, strings.locale, s.file)),
      ...warningLines(pair, strings.locale),
      // A plan of another evaluation of the same unit, or one recording none: --plan-status's warning.
      ...warningLines(planSource.warnings, strings.locale),
    ];
  }, [after, before, planSource, strings.locale]);

  const [comparison, setComparison] = useState<Comparison | undefined>(undefined);
  useEffect(() => {
    setComparison(undefined);
    if (!before?.ok || !after?.ok || before.errors.length > 0 || after.errors.length > 0) return;
    if (planBlocked) return;
    let live = true;
    void compareFiles().then((reader) => {
      if (!live) return;
      const c = reader.compareSources(before, after, planEntries);
      setComparison(c);
      onStatus?.(t.compared(signed(c.totalDelta)));
    });
    return () => {
      live = false;
    };
  }, [after, before, onStatus, planBlocked, planEntries, t]);

  const download = useCallback(() => {
    if (!comparison || !before || !after) return;
    void (async () => {
      setDownloading(true);
      try {
        const { renderComparisonDocx } = await import(
          /* webpackChunkName: "docx" */ "../../../report/compareDocx"
        );
        const bytes = await renderComparisonDocx(comparison, {
          before: before.file,
          after: after.file,
        });
        const unit = comparison.after.organization ?? comparison.before.organization ?? "";
        const fileName = namedFile("两次评估比较", unit, "docx");
        save(bytes, fileName, DOCX_MIME);
        onStatus?.(t.downloaded(fileName));
      } finally {
        setDownloading(false);
      }
    })();
  }, [after, before, comparison, onStatus, save, t]);

  // As new --from --plan-status writes nothing with a plan it refuses.
  const groupBlocked = before?.ok === true && (before.groupLost?.length ?? 0) > 0;
  const canNext =
    before?.ok === true && before.errors.length === 0 && !planBlocked && !groupBlocked;
  const downloadNext = useCallback(() => {
    if (!before?.ok || before.errors.length > 0 || planBlocked || groupBlocked) return;
    void (async () => {
      setDownloading(true);
      try {
        const reader = await compareFiles();
        const bytes = await reader.nextScoresheet(
          before,
          planEntries,
          (now ?? (() => new Date()))()
        );
        const fileName = namedFile("复评评分表", before.input.meta.organization ?? "", "xlsx");
        save(bytes, fileName, XLSX_MIME);
        onStatus?.(t.downloaded(fileName));
      } finally {
        setDownloading(false);
      }
    })();
  }, [before, groupBlocked, now, onStatus, planBlocked, planEntries, save, t]);

  return {
    canNext,
    downloadNext,
    strings,
    t,
    headingId,
    names: {
      ...(before ? { before: before.file } : {}),
      ...(after ? { after: after.file } : {}),
      ...(plan ? { plan: plan.file } : {}),
    },
    onPick,
    reading: pending > 0,
    messages,
    warnings,
    comparison,
    download,
    downloading,
  };
}
