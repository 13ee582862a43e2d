/**
 * A scriptable ScoresheetAdapter for the pane's tests: every method is a jest mock answering from `state`,
 * and `emit` plays the part of Excel firing a change.
 */
import { EVALUATION_FORMAT, scoreEvaluation } from "../../src/engine";
import type { EvaluationMeta, ItemInput, LocatedProblem } from "../../src/engine";
import type { SheetModel, WorkbookModel } from "../../src/layout";
import type {
  AdapterResult,
  LiveState,
  ScoresheetAdapter,
  WriteSummary,
} from "../../src/office/types";

/** A.1.1.1 takes at most 2 points off; 7 is above it (an error the pane lists with its cell, A.1!G4). */
export const OVER_LIMIT: LocatedProblem = {
  code: "above-line-max",
  itemId: "A.1.1",
  lineId: "A.1.1.1",
  value: 7,
  max: 2,
  where: { sheet: "A.1", cell: "G4" },
};

export interface FakeAdapter extends ScoresheetAdapter {
  inspect: jest.Mock<ReturnType<ScoresheetAdapter["inspect"]>, []>;
  writeScoresheet: jest.Mock<ReturnType<ScoresheetAdapter["writeScoresheet"]>, [EvaluationMeta]>;
  readLive: jest.Mock<ReturnType<ScoresheetAdapter["readLive"]>, []>;
  watch: jest.Mock<
    ReturnType<ScoresheetAdapter["watch"]>,
    [(state: AdapterResult<LiveState>) => void]
  >;
  select: jest.Mock<ReturnType<ScoresheetAdapter["select"]>, [string, string]>;
  exportXlsx: jest.Mock<ReturnType<ScoresheetAdapter["exportXlsx"]>, []>;
  writeConsensus: jest.Mock<ReturnType<ScoresheetAdapter["writeConsensus"]>, [WorkbookModel]>;
  writeReportSheet: jest.Mock<ReturnType<ScoresheetAdapter["writeReportSheet"]>, [SheetModel]>;
  /** Calls every registered watch listener, as an edit in Excel would. */
  emit(state: AdapterResult<LiveState>): void;
  readonly listeners: Set<(state: AdapterResult<LiveState>) => void>;
  readonly unsubscribe: jest.Mock<Promise<void>, []>;
}

export function ok<T>(value: T): AdapterResult<T> {
  return { ok: true, value };
}

/** A live state scored by the real engine from item inputs, with the given located problems. */
export function liveState(
  items: Record<string, ItemInput> = {},
  options: {
    meta?: EvaluationMeta;
    problems?: readonly LocatedProblem[];
    progress?: LiveState["progress"];
  } = {}
): LiveState {
  const meta = options.meta ?? {};
  const evaluation = { format: EVALUATION_FORMAT, meta, items } as const;
  const report = scoreEvaluation(evaluation);
  return {
    hasScoresheet: true,
    meta,
    report,
    evaluation,
    problems: options.problems ?? [],
    progress: options.progress ?? { itemsWithDeductions: 0, notesMissing: 0, items: 103 },
  };
}

export function createFakeAdapter(
  initial: { exists?: boolean; meta?: EvaluationMeta; live?: LiveState } = {}
): FakeAdapter {
  const listeners = new Set<(state: AdapterResult<LiveState>) => void>();
  const current = {
    exists: initial.exists ?? false,
    meta: initial.meta ?? {},
    live: initial.live,
  };
  const unsubscribe = jest.fn(() => Promise.resolve());
  const adapter: FakeAdapter = {
    listeners,
    unsubscribe,
    inspect: jest.fn(() => Promise.resolve(ok({ exists: current.exists, meta: current.meta }))),
    writeScoresheet: jest.fn((meta: EvaluationMeta) => {
      const mode: WriteSummary["mode"] = current.exists ? "rebuilt" : "created";
      current.exists = true;
      current.meta = meta;
      current.live = current.live ?? liveState({}, { meta });
      return Promise.resolve(ok<WriteSummary>({ syncs: 3, keptInputs: 4, mode }));
    }),
    readLive: jest.fn(() =>
      Promise.resolve(
        current.live
          ? ok(current.live)
          : ({ ok: false, failure: { kind: "no-scoresheet" } } as const)
      )
    ),
    watch: jest.fn((listener: (state: AdapterResult<LiveState>) => void) => {
      listeners.add(listener);
      return Promise.resolve(
        ok(() => {
          listeners.delete(listener);
          return unsubscribe();
        })
      );
    }),
    select: jest.fn((_sheet: string, _cell: string) => Promise.resolve(ok<void>(undefined))),
    exportXlsx: jest.fn(() => Promise.resolve(ok(new Uint8Array([0x50, 0x4b, 3, 4])))),
    writeConsensus: jest.fn((model: WorkbookModel) =>
      Promise.resolve(
        ok<WriteSummary>({
          syncs: 3,
          keptInputs: 0,
          mode: "created",
          sheets: model.sheets.filter((s) => s.kind !== "meta").map((s) => s.name),
        })
      )
    ),
    writeReportSheet: jest.fn((sheet: SheetModel) =>
      Promise.resolve(
        ok<WriteSummary>({ syncs: 3, keptInputs: 0, mode: "created", sheets: [sheet.name] })
      )
    ),
    emit(state: AdapterResult<LiveState>) {
      for (const l of [...listeners]) l(state);
    },
  };
  return adapter;
}
