/**
 * An input's warnings are printed once each: `merge` of an evaluation JSON saved in GB18030 (as Windows Notepad
 * in a Chinese locale does) warns `encoding-converted` once, naming the file, and merges it; the gate's reading
 * and the merge reader's reading of the same bytes are not both printed.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";

const FULL_A7 = {
  "A.7.1": { value: 100 },
  "A.7.2": { value: 100 },
  "A.7.3": { level: "national" },
  "A.7.4": { level: "significant" },
};

/** "网格" in GB18030: 0xCD 0xF8 0xB8 0xF1 (worked from the GB2312 table: 网 CDF8, 格 B8F1). */
const WANGGE_GB18030 = [0xcd, 0xf8, 0xb8, 0xf1];

test("merge prints a GB18030 JSON's encoding warning once", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-gb-once-"));
  try {
    const files = ["甲", "乙", "丙", "丁", "戊"].map((name, k) => {
      const file = path.join(dir, `e${k}.json`);
      const json = JSON.stringify({
        format: "gridscore-evaluation/1",
        meta: { organization: "ORG", evaluator: `E${k}`, date: "2026-06-02" },
        items: { "A.1.2": { lines: { "A.1.2.1": 1 }, notes: { "A.1.2.1": name } }, ...FULL_A7 },
      });
      if (k > 0) fs.writeFileSync(file, json);
      else {
        // The evaluator as GB18030 bytes, the rest ASCII: the whole file is valid GB18030, not UTF-8.
        const [before, after] = json.split("E0") as [string, string];
        const ascii = (s: string) => [...Buffer.from(s.replace(/甲/g, "E"), "ascii")];
        fs.writeFileSync(file, Buffer.from([...ascii(before), ...WANGGE_GB18030, ...ascii(after)]));
      }
      return file;
    });
    const r = await runCli(["merge", ...files, "-o", path.join(dir, "共识.xlsx")]);
    expect(r.code).toBe(0);
    const lines = r.err.split("\n").filter((l) => l.includes(files[0]!) && /GB18030/i.test(l));
    expect(lines.filter((l) => l.startsWith("提示"))).toHaveLength(1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
