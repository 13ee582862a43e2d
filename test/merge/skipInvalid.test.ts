/**
 * merge --skip-invalid (issue 10): the good files are merged, and the consensus workbook itself records which
 * files were left out and why, so the signed page shows it.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";

test("the consensus workbook names each file left out, with its reason", async () => {
  const cases = path.join(__dirname, "..", "fixtures", "cases", "consensus-300");
  const good = ["m3-e1.json", "m3-e2.json", "m3-e3.json"].map((f) => path.join(cases, f));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-skip-"));
  const bad = path.join(dir, "坏的.json");
  fs.writeFileSync(
    bad,
    JSON.stringify({
      format: "gridscore-evaluation/1",
      meta: { evaluator: "丁" },
      items: { "A.1.2": { lines: { "A.1.2.1": 99 }, notes: { "A.1.2.1": "x" } } },
    })
  );
  const out = path.join(dir, "共识.xlsx");
  const refused = await runCli(["merge", ...good, bad, "-o", out]);
  expect(refused.code).toBe(1);
  expect(fs.existsSync(out)).toBe(false);
  const r = await runCli(["merge", ...good, bad, "--skip-invalid", "-o", out]);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const texts: string[] = [];
  wb.getWorksheet("共识汇总")!.eachRow((row) => row.eachCell((c) => void texts.push(c.text)));
  const line = texts.find((t) => t.startsWith("未计入："));
  expect(line).toContain("坏的.json");
  expect(line).toContain("超过本行最多可扣的 4 分");
  expect(texts.join("\n")).toContain("合并的文件：");
});
