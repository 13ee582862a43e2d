/**
 * The checks made before a merge combines any number (src/merge/checks.ts): no inputs, each file's own errors,
 * a missing evaluator, the same workbook twice (by content or by workbook id), the same evaluator twice, copies
 * made from another plan than the group's (4.3, 7.2); and what `--skip-invalid` leaves out and records.
 * Table-driven; each test builds what it checks.
 */
import { describeProblem, emptyEvaluation, scoreEvaluation } from "../../src/engine";
import type { LocatedProblem } from "../../src/engine";
import { checkCandidates, excludedFiles, validExperts, withExcluded } from "../../src/merge/checks";
import type { MergeCandidate } from "../../src/merge/checks";
import { combineGroup } from "../../src/merge";
import type { ExpertInput } from "../../src/merge";
import { groupOf } from "./deliberationSupport";

interface Given {
  readonly file: string;
  readonly evaluator?: string;
  readonly sha256?: string;
  readonly workbookId?: string;
  readonly plan?: string;
  readonly errors?: readonly LocatedProblem[];
}

function read(g: Given): MergeCandidate {
  const evaluation = emptyEvaluation({ evaluator: g.evaluator ?? g.file });
  const expert: ExpertInput = {
    file: g.file,
    sha256: g.sha256 ?? `sha-${g.file}`,
    ...(g.workbookId ? { workbookId: g.workbookId } : {}),
    evaluator: g.evaluator ?? g.file,
    evaluation,
    report: scoreEvaluation(evaluation),
    warnings: [],
    ...(g.plan ? { plan: g.plan } : {}),
  };
  return { kind: "read", expert, errors: g.errors ?? [] };
}

const at = (file: string) => ({ where: { file } });

describe("checkCandidates", () => {
  test("no inputs at all is one error", () => {
    expect(checkCandidates([])).toEqual([{ code: "no-inputs" }]);
  });

  test("distinct experts, distinct workbooks, no plan: nothing", () => {
    expect(checkCandidates([read({ file: "a" }), read({ file: "b" })])).toEqual([]);
  });

  test("each file's own errors are kept, a refused file's too, in the files' order", () => {
    const mine: LocatedProblem = { code: "corrupt", detail: "x", ...at("a") };
    const refused: LocatedProblem = { code: "consensus-workbook", ...at("r") };
    expect(
      checkCandidates([
        read({ file: "a", errors: [mine] }),
        { kind: "refused", file: "r", errors: [refused] },
      ])
    ).toEqual([mine, refused]);
  });

  test.each(["", "  ", "\u3000"])("an evaluator of %p is missing", (evaluator) => {
    expect(checkCandidates([read({ file: "a", evaluator })])).toEqual([
      { code: "missing-evaluator", ...at("a") },
    ]);
  });

  test("the same content again is a duplicate workbook naming the first file, not a duplicate evaluator", () => {
    expect(
      checkCandidates([
        read({ file: "a", evaluator: "甲", sha256: "h" }),
        read({ file: "b", evaluator: "甲", sha256: "h" }),
        read({ file: "c", evaluator: "乙", sha256: "h" }),
      ])
    ).toEqual([
      { code: "duplicate-workbook", other: "a", ...at("b") },
      { code: "duplicate-workbook", other: "a", ...at("c") },
    ]);
  });

  test("the same workbook id is a duplicate workbook even when the content differs", () => {
    expect(
      checkCandidates([
        read({ file: "a", evaluator: "甲", workbookId: "wb-1" }),
        read({ file: "b", evaluator: "乙", workbookId: "wb-1" }),
        read({ file: "c", evaluator: "丙", workbookId: "wb-2" }),
        read({ file: "d", evaluator: "丁", workbookId: "wb-1" }),
      ])
    ).toEqual([
      { code: "duplicate-workbook", other: "a", ...at("b") },
      { code: "duplicate-workbook", other: "a", ...at("d") },
    ]);
  });

  test("the same evaluator (spaces aside) twice names the evaluator and the first file", () => {
    expect(
      checkCandidates([
        read({ file: "a", evaluator: "甲" }),
        read({ file: "b", evaluator: " 甲 " }),
        read({ file: "c", evaluator: "甲" }),
        read({ file: "d", evaluator: "" }),
        read({ file: "e", evaluator: "" }),
      ])
    ).toEqual([
      { code: "duplicate-evaluator", evaluator: "甲", other: "a", ...at("b") },
      { code: "duplicate-evaluator", evaluator: "甲", other: "a", ...at("c") },
      { code: "missing-evaluator", ...at("d") },
      { code: "missing-evaluator", ...at("e") },
    ]);
  });
});

describe("checkCandidates: the group's plan (4.3, 7.2)", () => {
  const plans = (given: readonly (string | undefined)[]) =>
    checkCandidates(given.map((plan, i) => read({ file: `f${i}`, ...(plan ? { plan } : {}) }))).map(
      (p) => (p.code === "plan-mismatch" ? [p.where?.file, p.found, p.expected, p.other] : p)
    );

  test.each<[string, (string | undefined)[], unknown[]]>([
    ["no copy from a plan", [undefined, undefined], []],
    ["every copy from the same plan", ["P", "P", "P"], []],
    ["one copy from another plan", ["P", "Q", "P"], [["f1", "Q", "P", "f0"]]],
    [
      "copies without a plan never outvote it",
      [undefined, "P", undefined],
      [
        ["f0", "", "P", "f1"],
        ["f2", "", "P", "f1"],
      ],
    ],
    [
      "the plan most copies carry is the group's",
      ["Q", "P", "P", undefined],
      [
        ["f0", "Q", "P", "f1"],
        ["f3", "", "P", "f1"],
      ],
    ],
    ["a tie goes to the plan met first", ["Q", "P"], [["f1", "P", "Q", "f0"]]],
  ])("%s", (_, given, expected) => {
    expect(plans(given)).toEqual(expected);
  });
});

describe("what a merge of the valid files leaves out", () => {
  const candidates = (): MergeCandidate[] => [
    read({ file: "a", evaluator: "甲" }),
    read({ file: "b", evaluator: "甲", sha256: "hb" }),
    { kind: "refused", file: "r", errors: [{ code: "consensus-workbook", ...at("r") }] },
    read({ file: "c", evaluator: "丙" }),
  ];

  test("every file with an error, once, with its reasons in Chinese; a read one with its SHA-256", () => {
    const c = candidates();
    const errors = checkCandidates(c);
    const twice: LocatedProblem = { code: "missing-evaluator", ...at("b") };
    const excluded = excludedFiles(c, [...errors, twice]);
    expect(excluded).toEqual([
      {
        file: "b",
        sha256: "hb",
        reasons: [describeProblem(errors[0]!, "zh-CN"), describeProblem(twice, "zh-CN")],
      },
      { file: "r", reasons: [describeProblem(errors[1]!, "zh-CN")] },
    ]);
    expect(excluded[0]!.reasons[0]).toContain("甲");
    expect(excludedFiles(c, [])).toEqual([]);
  });

  test("validExperts takes the others, in order; with no error, everyone", () => {
    const c = candidates();
    const { experts, excluded } = validExperts(c, checkCandidates(c));
    expect(experts.map((e) => e.file)).toEqual(["a", "c"]);
    expect(excluded.map((x) => x.file)).toEqual(["b", "r"]);
    const clean = [read({ file: "x" }), read({ file: "y" })];
    expect(validExperts(clean, [])).toEqual({
      experts: clean.map((k) => (k.kind === "read" ? k.expert : undefined)),
      excluded: [],
    });
  });

  test("withExcluded records the files and warns once per file, before the merge's own warnings", () => {
    const group = groupOf(["甲", "乙"], [0, 0]);
    const result = combineGroup(group, "mean", "2026-11-28T08:00:00.000Z", []);
    expect(withExcluded(result, [])).toBe(result);
    const excluded = [
      { file: "b", sha256: "hb", reasons: ["一", "二"] },
      { file: "r", reasons: ["三"] },
    ];
    const out = withExcluded(result, excluded);
    expect(out.record.excluded).toEqual(excluded);
    expect(out.record.method).toBe(result.record.method);
    expect(out.warnings).toEqual([
      { code: "merge-excluded", errors: 2, ...at("b") },
      { code: "merge-excluded", errors: 1, ...at("r") },
      ...result.warnings,
    ]);
    expect(result.record.excluded).toBeUndefined();
  });
});
