import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { processIo } from "../../src/cli/io";
import type { CliIo } from "../../src/cli/io";
import { UsageError } from "../../src/cli/io";
import { buildScoresheet } from "../../src/layout";

import { reportCommand } from "../../src/cli/reportCommand";
import { writeXlsx } from "../../src/writers/xlsx";
import { EXAMPLE_PATH, loadExample } from "../support/example";
import { KNOWN } from "./fixtures";
import { SHEETS_INPUT, zipEntry } from "./support";

async function run(argv: string[]): Promise<{ code: number | string; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { ...processIo, out: (t) => void (out += t), err: (t) => void (err += t) };
  try {
    return { code: await reportCommand(argv, io), out, err };
  } catch (e) {
    return { code: (e as Error).name, out, err };
  }
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-report-"));

describe("gridscore report", () => {
  test("writes a .docx for an evaluation JSON", async () => {
    const out = path.join(tmp(), "report.docx");
    const { code, out: stdout, err } = await run([EXAMPLE_PATH, "-o", out]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(`${out}\n`);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("tells its input by content, not by name: a JSON renamed .xlsx is a JSON, a folder is refused", async () => {
    const dir = tmp();
    const renamed = path.join(dir, "evaluation.xlsx");
    fs.copyFileSync(EXAMPLE_PATH, renamed);
    const out = path.join(dir, "report.docx");
    expect((await run([renamed, "-o", out])).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const folder = await run([dir, "-o", path.join(dir, "r2.docx")]);
    expect(folder.code).toBe("InputRefused");
    expect(folder.err).toContain(dir);
    expect(folder.err).not.toMatch(/\n\s+at /);
  });

  test("reads the evaluation sheets of a workbook, and writes the report sheet with --sheet", async () => {
    const dir = tmp();
    const base = buildScoresheet({
      evaluation: loadExample(),
      identity: {
        workbookId: "w",
        createdAt: "2026-01-01T00:00:00Z",
        generator: "test",
        kind: "scoresheet",
      },
      evaluationSheets: SHEETS_INPUT,
    });
    const sheets = [...base.sheets];
    const xlsx = path.join(dir, "filled.xlsx");
    fs.writeFileSync(xlsx, await writeXlsx({ ...base, sheets }));
    const out = path.join(dir, "r.docx");
    const sheet = path.join(dir, "r.xlsx");
    const { code, err } = await run([xlsx, "-o", out, "--sheet", sheet]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(fs.existsSync(out) && fs.existsSync(sheet)).toBe(true);
    const document = zipEntry(fs.readFileSync(out), "word/document.xml");
    expect(document).toContain("示例市网格化服务管理中心");
    expect(document).toContain("评估组组长（签字）：____________________（李四）");
    expect(document).toContain("标准化研究院");
    expect(document).toContain("可以申请评估");
  });

  test("refuses an evaluation with errors, and never overwrites without --force", async () => {
    const dir = tmp();
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(
      bad,
      JSON.stringify({ ...KNOWN, items: { ...KNOWN.items, "A.1.1": { lines: { "A.1.1.1": 9 } } } })
    );
    const out = path.join(dir, "r.docx");
    const refused = await run([bad, "-o", out]);
    expect(refused.code).toBe("InputRefused");
    expect(refused.err).toContain("未生成报告");
    expect(fs.existsSync(out)).toBe(false);
    fs.writeFileSync(out, "old");
    expect((await run([EXAMPLE_PATH, "-o", out])).code).toBe(1);
    expect(fs.readFileSync(out, "utf8")).toBe("old");
    expect((await run([EXAMPLE_PATH, "-o", out, "--force"])).code).toBe(0);
  });

  test("usage errors", async () => {
    for (const argv of [
      [EXAMPLE_PATH],
      [EXAMPLE_PATH, "-o", "r.pdf"],
      [],
      [EXAMPLE_PATH, "-o", "r.docx", "--sheet", "r.ods"],
    ])
      expect((await run(argv)).code).toBe(new UsageError("").name);
  });
});
