import { deliberationEnUS } from "./strings.deliberation";
import type { MergeStrings, ReportStrings } from "./types";

/** English texts of the Merge view (the group's secretary merging the experts' scoresheets). */
export const mergeEnUS: MergeStrings = {
  heading: "Merge the group's scoresheets",
  intro:
    "Choose the scoresheets (.xlsx) or evaluation JSON files the group's members returned. Each file is read and checked; once all are free of errors, the consensus is computed with the chosen method (4.2, 6.6).",
  pick: "Choose files, or drop them here",
  pickHint: "Choose several .xlsx or .json files at once, or drop files onto this button.",
  dropHere: "Release to add the files",
  inputLabel: "Scoresheets returned by the group",
  reading: (done, total, file) => `Reading file ${done} of ${total}: ${file}`,
  read: (count) => `${count} ${count === 1 ? "file" : "files"} read.`,
  empty: "No files chosen yet.",
  clear: "Remove all",
  remove: (file) => `Remove ${file}`,
  expertsCaption: "Files read and the experts' scores",
  file: "File",
  evaluator: "Evaluator",
  total: "Total",
  verdict: "Verdict",
  actions: "Actions",
  refused: "Unreadable",
  noEvaluator: "(not filled in)",
  problemsOf: (file, errors, warnings) =>
    `Problems of ${file}: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  blockedTitle: "Cannot merge yet",
  skipInvalid: (excluded) =>
    `Merge only the files without errors (leave out ${excluded} with errors; the merge record says why)`,
  blocked: (errors) =>
    `${errors} ${errors === 1 ? "error stops" : "errors stop"} the merge; each is listed under its file below. Correct the files and choose them again, or remove the files in error.`,
  method: "Consensus method",
  methods: { mean: "Mean", median: "Median", trimmed: "Mean without the highest and lowest" },
  fallback: "Below 5 experts, the mean without the highest and lowest falls back to the mean.",
  fallbackApplied: (experts) =>
    `${experts} ${experts === 1 ? "expert" : "experts"}, fewer than 5: the plain mean was used.`,
  consensusHeading: "Consensus",
  applied: "Method used",
  flaggedCount: "Items to discuss",
  groupNotes: "Merge notes",
  itemsHeading: "Consensus per item",
  itemsHint:
    "Items whose spread reaches half their points, or on whose status the experts disagree, need discussing and come first.",
  flagged: "To discuss",
  consensus: "Consensus",
  range: "Lowest–highest",
  spread: "Spread",
  lowest: "Lowest",
  highest: "Highest",
  statusConflict: "Status disagreement",
  statuses: { normal: "normal", na: "not applicable", absent: "required but missing" },
  notes: (count) => `${count} deduction ${count === 1 ? "note" : "notes"}`,
  showAll: (count) => `Show all ${count} items`,
  showFlagged: "Show only the items to discuss",
  noFlagged:
    "Nothing to discuss: every spread is below half the item's points and the statuses agree.",
  subtotalsCaption: "Consensus by table",
  write: "Write consensus sheets",
  writing: "Writing the consensus sheets…",
  written: (sheets) => `Sheets written: ${sheets}.`,
  download: "Download consensus workbook .xlsx",
  downloading: "Preparing the consensus workbook…",
  downloaded: (file) => `Downloaded ${file}.`,
  needsConsensus:
    "Read every expert's scoresheet without errors first; then the consensus can be written or downloaded.",
  deliberation: deliberationEnUS,
};

/** English texts of the Report view. */
export const reportEnUS: ReportStrings = {
  heading: "Evaluation report",
  intro:
    "Creates the evaluation report (for a self-evaluation, the self-evaluation report) from the scores: subtotals, verdict, improvement suggestions by points lost, and the items required but missing or not applicable.",
  source: "Scores from",
  sources: {
    workbook: "The scoresheet in this workbook",
    consensus: "The latest consensus of the Merge view",
  },
  sourceHints: {
    workbook: "The workbook's scores are read again when the report is made.",
    consensus: "Uses the consensus the Merge view shows now.",
  },
  noConsensus: "No consensus yet: read the group's scoresheets in the Merge view first.",
  download: "Download report (Word)",
  downloading: "Creating the Word report…",
  downloaded: (file) => `Downloaded ${file}.`,
  write: "Write report sheet",
  writing: "Writing the report sheet…",
  written: (sheet) => `Sheet ${sheet} written.`,
  lastHeading: "Latest report",
  lastSummary: (title, total) => `${title}: total ${total} points, `,
};
