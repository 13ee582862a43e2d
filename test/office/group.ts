/**
 * An evaluation group of five experts with known disagreements, shared by the adapter, pane and browser
 * tests of the merge: A.1.2 (10 points) scores 10, 10, 9, 4, 4 (spread 6: flagged), A.2.2 is 不适用 for
 * the first expert only (a status conflict: flagged). Mean, median and trimmed mean give different numbers.
 */
import { EVALUATION_FORMAT, scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import type { ExpertInput } from "../../src/merge";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";

export const GROUP = ["张一", "王二", "李三", "赵四", "钱五"] as const;
const A121 = [0, 0, 1, 4, 4];
const A123 = [0, 0, 0, 2, 2];

/** Expert k's evaluation (0-based; k ≥ 5 gives further experts who agree with the first). */
export function expertEvaluation(k: number, organization = "示例市网格化服务管理中心"): Evaluation {
  const name = GROUP[k] ?? `专家${k + 1}`;
  return {
    format: EVALUATION_FORMAT,
    meta: { evaluator: name, organization, level: "city", role: "expert", date: "2026-11-2" + k },
    items: {
      "A.1.2": {
        lines: { "A.1.2.1": A121[k] ?? 0, "A.1.2.3": A123[k] ?? 0 },
        notes: { "A.1.2.1": `${name}：机构图不完整`, "A.1.2.3": `${name}：职责不清` },
      },
      "A.2.2":
        k === 0
          ? { status: "na" }
          : { lines: { "A.2.2.1": 2 }, notes: { "A.2.2.1": "导则不完整" } },
      "A.7.1": { value: 95 },
      "A.7.2": { value: 85 },
      "A.7.3": { level: "national" },
      "A.7.4": { level: "significant" },
    },
  };
}

/** A.1.2's consensus by method, from the scores 10, 10, 9, 4, 4. */
/** The group as merge inputs, read without warnings: file 张一.xlsx, sha256 sha-0, workbook id wb-0 and so on. */
export function groupExperts(): ExpertInput[] {
  return GROUP.map((name, k) => {
    const evaluation = expertEvaluation(k);
    return {
      file: `${name}.xlsx`,
      sha256: `sha-${k}`,
      workbookId: `wb-${k}`,
      evaluator: name,
      evaluation,
      report: scoreEvaluation(evaluation),
      warnings: [],
    };
  });
}

export const A12_CONSENSUS = { mean: 7.4, median: 9, trimmed: 23 / 3 } as const;

/** Expert k's filled scoresheet as .xlsx bytes, as the expert would send it back. */
export async function expertWorkbook(
  k: number,
  evaluation = expertEvaluation(k)
): Promise<Uint8Array> {
  const model = buildScoresheet({
    evaluation,
    identity: {
      workbookId: `00000000-0000-4000-8000-00000000010${k}`,
      createdAt: "2026-11-20T08:00:00.000Z",
      generator: "test",
      kind: "scoresheet",
    },
  });
  return writeXlsx(model);
}
