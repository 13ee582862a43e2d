/**
 * `gridscore rollup` prints every input's warnings, not only a consensus workbook's (review fault): a scoresheet
 * with no entries (`no-entries`, and its four unfilled A.7 levels, `missing-value`) and an evaluation JSON with a
 * deduction without a note (`missing-note`) warn on stderr and in `--json`'s `warnings`, each naming its file;
 * both are still rolled up.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EVALUATION_FORMAT } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { runCli } from "../support/cli";

const META = { level: "city", date: "2026-10-01", evaluator: "张三" } as const;

describe("rollup: every input's warnings reach the output", () => {
  let dir: string;
  let blank: string;
  let json: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-rollup-warn-"));
    blank = path.join(dir, "空白.xlsx");
    const model = buildScoresheet({
      evaluation: { format: EVALUATION_FORMAT, meta: { organization: "甲市", ...META }, items: {} },
      identity: {
        workbookId: "blank-1",
        createdAt: "2026-11-28T00:00:00Z",
        generator: "test",
        kind: "scoresheet",
      },
    });
    fs.writeFileSync(blank, await writeXlsx(model));
    json = path.join(dir, "乙县.json");
    const evaluation: Evaluation = {
      format: EVALUATION_FORMAT,
      meta: { organization: "乙县", ...META },
      items: {
        "A.1.2": { lines: { "A.1.2.3": 2 } },
        "A.7.1": { value: 92.5 },
        "A.7.2": { value: 55 },
        "A.7.3": { level: "provincial" },
        "A.7.4": { level: "over10" },
      },
    };
    fs.writeFileSync(json, JSON.stringify(evaluation));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--json lists them in file order, each at its file", async () => {
    const r = await runCli(["rollup", blank, json, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      units: unknown[];
      refused: unknown[];
      warnings: { code: string; where?: { file?: string; sheet?: string; cell?: string } }[];
    };
    expect(out.units).toHaveLength(2);
    expect(out.refused).toEqual([]);
    expect(out.warnings.map((w) => [w.code, w.where?.file, w.where?.cell])).toEqual([
      ["no-entries", blank, undefined],
      ["missing-value", blank, "G4"],
      ["missing-value", blank, "G5"],
      ["missing-value", blank, "G6"],
      ["missing-value", blank, "G7"],
      ["missing-note", json, undefined],
    ]);
  });

  test("stderr prints them, naming the file", async () => {
    const r = await runCli(["rollup", blank, json]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`提示：文件 ${blank}：`);
    expect(r.err).toContain(
      `提示：文件 ${blank}，工作表 A.7，单元格 G4：A.7.1「服务质量」：未填写，本项暂按0分计`
    );
    expect(r.err).toContain(
      `提示：文件 ${json}：A.1.2「组织机构图有职责划分」 A.1.2.3「其他各部门标准化职责」（扣分标准：没有各部门标准化职责扣2分）：有扣分但未填写扣分说明`
    );
  });
});
