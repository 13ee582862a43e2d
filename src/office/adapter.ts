/**
 * The Office.js adapter behind the task pane: every call checks the requirement set, runs a small fixed
 * number of syncs (read: 1, write: 2, watch: 1, re-read on change: 0 or 1) and returns failures as values.
 */
import { emptyEvaluation, textProblems } from "../engine";
import type { Evaluation, EvaluationMeta } from "../engine";
import { STYLES, buildScoresheet } from "../layout";
import type { MetaKey, SheetModel, WorkbookIdentity, WorkbookModel } from "../layout";
import { readEvaluationSheets } from "../layout/evaluationSheets";
import { modelTextProblems } from "../layout/cellText";
import { consensusPlan } from "./consensus";
import { writeAgreed } from "./agreed";
import { entriesNotKept, keptPlan, keptSheets } from "./keptSheets";
import { attempt, fail, ok } from "./failures";
import { layoutInfo } from "./layoutInfo";
import { countInputs, liveState, readContents } from "./liveState";
import type { Contents } from "./liveState";
import { queueSnapshot } from "./readGrid";
import type { Snapshot } from "./readGrid";
import { baseRequirementFailure, defaultRequirements } from "./requirements";
import type { RequirementChecker } from "./requirements";
import type { ExcelRun } from "./run";
import type {
  AdapterResult,
  AdapterWarning,
  AgreedEntry,
  ConsensusSheetSpec,
  HiddenSheet,
  ScoresheetAdapter,
  WriteSummary,
} from "./types";
import { ChangeWatcher } from "./watch";
import { writeRollupSheets } from "./rollup";
import { queueOwnedRead, recordedIds, writeOwnedSheets } from "./ownedSheets";
import type { OwnedWrite } from "./ownedSheets";
import { pendingFrom, queuePendingClear, queuePendingRead, queuePendingSave } from "./pending";
import type { PendingPlanLost, PendingRewrite } from "./pending";
import { queueUnprotect, queueWorkbook } from "./writeModel";
import type { ExistingSheet } from "./writeModel";

/** Seams for tests and hosts: requirement checks, workbook ids and the clock. */
export interface AdapterOptions {
  /** Office.context.requirements by default (support assumed where no Office host exists). */
  readonly requirements?: RequirementChecker;
  /** A new workbook id: crypto.randomUUID() when available, else random hex. */
  readonly newWorkbookId?: () => string;
  readonly now?: () => Date;
  /**
   * The 共识 sheet of the consensus workbook, which src/merge lays out above this adapter (the pane passes
   * src/merge/agreedCells.ts CONSENSUS_SHEET_SPEC). Without it the adapter has no writeAgreed.
   */
  readonly consensus?: ConsensusSheetSpec;
}

/** What the identity sheet calls the add-in. */
export const GENERATOR = "gridscore add-in";

/** A random id for a new workbook (crypto.randomUUID, or 32 random hex digits where it is missing). */
export function randomWorkbookId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  let hex = "";
  for (let i = 0; i < 32; i++) hex += Math.floor(Math.random() * 16).toString(16);
  return hex;
}

/** The snapshot's sheets that are not visible (LiveState.hiddenSheets), in workbook order. */
function hiddenSheets(snap: Snapshot): HiddenSheet[] {
  return snap.sheets.flatMap((s): HiddenSheet[] =>
    s.visibility === "VeryHidden"
      ? [{ name: s.name, visibility: "veryHidden" }]
      : s.visibility === "Hidden"
        ? [{ name: s.name, visibility: "hidden" }]
        : []
  );
}

function mergeMeta(old: EvaluationMeta, given: EvaluationMeta): EvaluationMeta {
  const defined = Object.entries(given).filter(([, v]) => v !== undefined && v !== "");
  return { ...old, ...(Object.fromEntries(defined) as EvaluationMeta) };
}

/** Creates the adapter over Excel.run (or the simulated host's run). */
export function createScoresheetAdapter(
  run: ExcelRun,
  options: AdapterOptions = {}
): ScoresheetAdapter {
  const requirements = options.requirements ?? defaultRequirements();
  const newId = options.newWorkbookId ?? randomWorkbookId;
  const now = options.now ?? (() => new Date());
  const consensus = options.consensus;
  const info = layoutInfo();

  const guarded = <T>(step: () => Promise<AdapterResult<T>>): Promise<AdapterResult<T>> => {
    const unsupported = baseRequirementFailure(requirements);
    return unsupported ? Promise.resolve(fail<T>(unsupported)) : attempt(step);
  };

  /** One sync: all sheets, and the used-range values of every scoresheet sheet. */
  const snapshot = (): Promise<Snapshot> =>
    run(async (context) => {
      const finish = queueSnapshot(context, info, false);
      await context.sync();
      return finish();
    });

  const contentsOf = (snap: Snapshot): AdapterResult<Contents> => {
    const contents = readContents(snap, info);
    return "failure" in contents ? fail(contents.failure) : ok(contents);
  };

  const identityFor = (read: Contents["read"] | undefined): WorkbookIdentity => {
    const id: Partial<Record<MetaKey, string>> = read?.identity ?? {};
    return {
      workbookId: id.workbookId || newId(),
      createdAt: id.createdAt || now().toISOString(),
      generator: GENERATOR,
      kind: "scoresheet",
    };
  };

  const readLive = () =>
    guarded(async () => {
      const snap = await snapshot();
      watcher.noteSheets(snap.sheets);
      const contents = contentsOf(snap);
      if (!contents.ok) return contents;
      const live = liveState(contents.value, readEvaluationSheets(snap.grid));
      const hidden = hiddenSheets(snap);
      return ok(live.hasScoresheet && hidden.length > 0 ? { ...live, hiddenSheets: hidden } : live);
    });

  const watcher = new ChangeWatcher({ run, info, readLive });

  /**
   * The inputs and identity to rebuild from: an unfinished rewrite's, else the sheets'; or a refusal. Without
   * a scoresheet, layout-named sheets the add-in wrote itself (recorded in `owned`, e.g. the evaluation
   * sheets a consensus write added) are rewritten with their entries kept; any other one refuses the write.
   */
  const rebuildBase = (
    snap: Snapshot,
    pending: PendingRewrite | PendingPlanLost | undefined,
    owned: ReadonlySet<string>
  ): AdapterResult<(PendingRewrite & { kept: number }) | undefined> => {
    if (pending && "planLost" in pending)
      return fail({ kind: "entries-not-kept", problems: [pending.planLost] });
    if (pending) return ok({ ...pending, kept: countInputs(pending.evaluation) });
    const contents = contentsOf(snap);
    if (!contents.ok) return contents;
    const { exists, read } = contents.value;
    // README: Inputs. An evaluation-sheet entry the rebuild would drop refuses it, as migrate does.
    const sheetsRead = (): AdapterResult<ReturnType<typeof keptSheets>> => {
      const entries = readEvaluationSheets(snap.grid);
      const lost = entriesNotKept(entries);
      return lost.length > 0
        ? fail({ kind: "entries-not-kept", problems: lost })
        : ok(keptSheets(entries));
    };
    if (exists) {
      const sheets = sheetsRead();
      if (!sheets.ok) return sheets;
      // 7.2: a plan copy is written again with its plan (lock, reason check, identity entries), as new --plan
      // writes it; a plan item typed over is refused, not set back to 不适用 over what was typed.
      const plan = keptPlan(read);
      if (!plan.ok) return plan;
      return ok({
        evaluation: read.evaluation,
        identity: identityFor(read),
        sheets: sheets.value,
        ...(plan.value ? { plan: plan.value } : {}),
        kept: countInputs(read.evaluation),
      });
    }
    if (snap.present.size === 0) return ok(undefined);
    const foreign = [...snap.present.values()].filter((s) => !owned.has(s.id));
    if (foreign.length === 0) {
      const sheets = sheetsRead();
      if (!sheets.ok) return sheets;
      return ok({
        evaluation: emptyEvaluation(),
        identity: identityFor(undefined),
        sheets: sheets.value,
        kept: 0,
      });
    }
    const names = foreign.map((s) => s.name).join(", ");
    return fail({
      kind: "not-a-scoresheet",
      detail: `the workbook already has sheets named ${names} that are not part of a scoresheet`,
    });
  };

  const writeScoresheet = (meta: EvaluationMeta) =>
    guarded(() =>
      run(async (context): Promise<AdapterResult<WriteSummary>> => {
        // Sync 1: what is there (sheets, protection, names, chart, inputs, an unfinished rewrite, the
        // record of the sheets the add-in wrote beside a scoresheet).
        const finish = queueSnapshot(context, info, true);
        const pendingSetting = queuePendingRead(context);
        const ownedSetting = queueOwnedRead(context);
        await context.sync();
        const snap = finish();
        watcher.noteSheets(snap.sheets);
        const base = rebuildBase(snap, pendingFrom(pendingSetting), recordedIds(ownedSetting));
        if (!base.ok) return base;
        const old = base.value;
        const evaluation: Evaluation = old
          ? { ...old.evaluation, meta: mergeMeta(old.evaluation.meta, meta) }
          : emptyEvaluation(meta);
        // README: Inputs. A text no cell can hold is refused before anything is written: nothing is cut.
        const unwritable = textProblems(evaluation);
        if (unwritable.length > 0) return fail({ kind: "unwritable-text", problems: unwritable });
        const identity = old?.identity ?? identityFor(undefined);
        const sheets = old?.sheets;
        const plan = old?.plan;
        const model = buildScoresheet({
          evaluation,
          identity,
          ...(sheets ? { evaluationSheets: sheets } : {}),
          ...(plan ? { plan } : {}),
        });
        // The cells as the layout fills them (an item note joined with its first line's note, escapes counted).
        const tooLong = modelTextProblems(model);
        if (tooLong.length > 0) return fail({ kind: "unwritable-text", problems: tooLong });
        const protectedIds = new Set(snap.sheets.filter((s) => s.protected).map((s) => s.id));
        const existing = {
          names: snap.names,
          sheets: new Map<string, ExistingSheet>(
            [...snap.present].map(([key, s]) => [
              key,
              { name: s.name, protected: protectedIds.has(s.id), hasChart: s.hasChart },
            ])
          ),
        };
        // Sync 2: the whole rewrite, with the inputs parked in the document until it has gone through.
        queueUnprotect(context, existing);
        if (old)
          queuePendingSave(context, {
            evaluation,
            identity,
            ...(sheets ? { sheets } : {}),
            ...(plan ? { plan } : {}),
          });
        const skipped = queueWorkbook(context, model, existing);
        if (old) queuePendingClear(context);
        await context.sync();
        const warnings: AdapterWarning[] = skipped.map((feature) => ({
          kind: "feature-skipped",
          feature,
        }));
        return ok({
          syncs: 2,
          keptInputs: old?.kept ?? 0,
          mode: old ? "rebuilt" : "created",
          ...(warnings.length > 0 ? { warnings } : {}),
        });
      })
    );

  /** Writes sheets beside the user's own and tells the watcher about the new ones. */
  const writeBeside = (plan: OwnedWrite) =>
    guarded(async (): Promise<AdapterResult<WriteSummary>> => {
      const sheets = plan.sheets.map((s) => s.sheet);
      const tooLong = modelTextProblems({ sheets });
      if (tooLong.length > 0) return fail({ kind: "unwritable-text", problems: tooLong });
      const result = await writeOwnedSheets(run, plan);
      if (!result.ok) return result;
      watcher.noteSheets(result.value.sheets);
      return ok(result.value.summary);
    });

  return {
    inspect: () =>
      guarded(async () => {
        const contents = contentsOf(await snapshot());
        if (!contents.ok) return contents;
        return ok({ exists: contents.value.exists, meta: contents.value.read.evaluation.meta });
      }),
    writeScoresheet,
    readLive,
    watch: (listener) => guarded(() => watcher.subscribe(listener)),
    select: (sheet, cell) =>
      guarded(() =>
        run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
          return ok(undefined);
        })
      ),
    exportXlsx: () =>
      guarded(async () => {
        const snap = await snapshot();
        const contents = contentsOf(snap);
        if (!contents.ok) return contents;
        if (!contents.value.exists) return fail({ kind: "no-scoresheet" });
        // What a rebuild keeps, as `gridscore export` carries it: the inputs, the 评价条件, 评估组 and 评价程序
        // entries (one the file could not hold as typed refuses the export) and the group's plan.
        const base = rebuildBase(snap, undefined, new Set());
        if (!base.ok) return base;
        if (!base.value) return fail({ kind: "no-scoresheet" });
        const { evaluation, identity, sheets, plan } = base.value;
        const model = buildScoresheet({
          evaluation,
          identity,
          ...(sheets ? { evaluationSheets: sheets } : {}),
          ...(plan ? { plan } : {}),
        });
        // A cell the host holds may not fit a file as written (its `_xHHHH_` escapes count): refused, not cut.
        const tooLong = modelTextProblems(model);
        if (tooLong.length > 0) return fail({ kind: "unwritable-text", problems: tooLong });
        const { writeXlsx } = await import("../writers/xlsx");
        const bytes = await writeXlsx(model);
        return ok(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      }),
    writeConsensus: (model: WorkbookModel) => writeBeside(consensusPlan(model)),
    writeReportSheet: (sheet: SheetModel) =>
      writeBeside({ sheets: [{ sheet, mode: "replace" }], names: [], styles: STYLES }),
    writeRollup: (model: WorkbookModel) =>
      guarded(async (): Promise<AdapterResult<WriteSummary>> => {
        const tooLong = modelTextProblems(model);
        if (tooLong.length > 0) return fail({ kind: "unwritable-text", problems: tooLong });
        const result = await writeRollupSheets(run, model);
        if (!result.ok) return result;
        watcher.noteSheets(result.value.sheets);
        return ok(result.value.summary);
      }),
    ...(consensus
      ? {
          writeAgreed: (entry: AgreedEntry) => guarded(() => writeAgreed(run, consensus, entry)),
        }
      : {}),
  };
}
