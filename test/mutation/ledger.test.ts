/**
 * Issue 17: every surviving mutant is killed by a test or listed as equivalent with its reason. The ledger
 * (test/mutation/reviewed/<part>.json, read by test/mutation/ledger.js and counted by score.js) must name only
 * mutants that the committed report of its part (test/mutation/<part>.json) shows surviving or without coverage,
 * each once, with a reason; otherwise an entry could hide a mutant that a later run found killed, or point at
 * nothing after the code moved.
 */
import * as fs from "fs";
import * as path from "path";

interface LedgerEntry {
  file: string;
  line: number;
  column: number;
  end: { line: number; column: number };
  mutator: string;
  replacement: string;
  reason: string;
}
interface Ledger {
  part: string;
  equivalent: LedgerEntry[];
}
interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: ReportMutant[] }>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLedger, mutantKey } = require("./ledger.js") as {
  readLedger: (part: string) => Ledger;
  mutantKey: (file: string, m: LedgerEntry | ReportMutant) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PARTS } = require("./parts.js") as { PARTS: Record<string, unknown> };

const dir = path.join(__dirname, "reviewed");
const ledgers = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")) : [];

describe("the ledger of equivalent mutants", () => {
  test("has one file per part at most, named after a part of parts.js", () => {
    for (const f of ledgers) expect(Object.keys(PARTS)).toContain(f.replace(/\.json$/, ""));
  });

  test.each(ledgers.map((f) => f.replace(/\.json$/, "")))(
    "%s: every entry names a survivor of the committed report, once, with a reason",
    (part) => {
      const ledger = readLedger(part);
      expect(ledger.part).toBe(part);
      const report = JSON.parse(
        fs.readFileSync(path.join(__dirname, `${part}.json`), "utf8")
      ) as Report;
      const open = new Map<string, string>();
      for (const [file, entry] of Object.entries(report.files)) {
        for (const m of entry.mutants) open.set(mutantKey(file, m), m.status);
      }
      const seen = new Set<string>();
      for (const e of ledger.equivalent) {
        const key = mutantKey(e.file, e);
        const where = `${e.file}:${e.line}:${e.column} ${e.mutator} → ${e.replacement}`;
        expect({ where, status: open.get(key) }).toEqual({
          where,
          status: expect.stringMatching(/^(Survived|NoCoverage)$/),
        });
        expect({ where, duplicate: seen.has(key) }).toEqual({ where, duplicate: false });
        seen.add(key);
        expect({ where, reason: e.reason.trim().length >= 20 }).toEqual({ where, reason: true });
      }
    }
  );
});
