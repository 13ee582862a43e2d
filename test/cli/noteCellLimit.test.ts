/**
 * A new user's notes, cut short silently: an item note and a line note of 20,000 characters each went through
 * `new --inputs` with exit 0, and `export` gave the line note back at 12,758 characters ending in "…". The two share
 * one cell, and Excel's 32,767 characters apply to that cell as written (README: Inputs): refused, nothing written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CELL_TEXT_LIMIT } from "../../src/engine";
import { indexStandard } from "../../src/standard";
import type { DeductionItemDef } from "../../src/standard";
import { joinNotes } from "../../src/layout/notes";
import { runCli } from "../support/cli";

const item = [...indexStandard().items.values()].find(
  (i): i is DeductionItemDef => i.kind === "deduction" && i.lines.length > 1
)!;
const line = item.lines[0]!.id;
/** The two marks and the line break the shared cell adds to the two notes. */
const JOIN = joinNotes("a", "b").length - 2;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-notecell-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An evaluation JSON with an item note and its first line's note; returns its path. */
function inputs(name: string, itemNote: string, lineNote: string): string {
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify({
      format: "gridscore-evaluation/1",
      items: { [item.id]: { notes: { [item.id]: itemNote, [line]: lineNote } } },
    })
  );
  return file;
}

describe("gridscore new --inputs: notes sharing one cell", () => {
  test("20,000 + 20,000 characters: exit 1, the item and the line named, nothing written", async () => {
    const json = inputs("both", "项".repeat(20000), "行".repeat(20000));
    const out = path.join(dir, "both.xlsx");
    const r = await runCli(["new", out, "--inputs", json]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${item.id} 的本项扣分说明与 ${line} 的扣分说明同在一个单元格`);
    expect(r.err).toContain(`${40000 + JOIN} 个字符，超过 Excel 单元格上限 ${CELL_TEXT_LIMIT}`);
    expect(r.err).toContain(
      `the note of ${item.id} and the note of its first line ${line} share one cell`
    );
    expect(r.err).toContain("shorten the item note or the line note");
    expect(r.err).toContain(path.basename(json));
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"))).toEqual([]);
  });

  test("a cell of exactly 32,767 characters is written and exported back exactly", async () => {
    const itemNote = "项".repeat(20000);
    const lineNote = `${"行".repeat(CELL_TEXT_LIMIT - 20000 - JOIN - 1)}尾`;
    expect(joinNotes(itemNote, lineNote)).toHaveLength(CELL_TEXT_LIMIT);
    const out = path.join(dir, "full.xlsx");
    const r = await runCli(["new", out, "--inputs", inputs("full", itemNote, lineNote)]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const exported = await runCli(["export", out]);
    expect(exported.code).toBe(0);
    const notes = JSON.parse(exported.out).items[item.id].notes;
    expect(notes).toEqual({ [item.id]: itemNote, [line]: lineNote });
    fs.rmSync(out);
  });

  test("32,768 characters together: refused, nothing written", async () => {
    const json = inputs(
      "over",
      "项".repeat(20000),
      "行".repeat(CELL_TEXT_LIMIT - 20000 - JOIN + 1)
    );
    const out = path.join(dir, "over.xlsx");
    const r = await runCli(["new", out, "--inputs", json]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${CELL_TEXT_LIMIT + 1} 个字符`);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("a note whose escapes take the cell over the limit: refused, nothing written", async () => {
    // `_x41_` is stored as `_x005F_x41_`: 20,000 + 7,000 typed fit, 35,409 as written do not.
    const json = inputs("escaped", "项".repeat(20000), "_x41_".repeat(1400));
    const out = path.join(dir, "escaped.xlsx");
    const r = await runCli(["new", out, "--inputs", json]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${20000 + 7000 + JOIN + 1400 * 6} 个字符`);
    expect(r.err).toContain(`${item.id} 的本项扣分说明与 ${line} 的扣分说明同在一个单元格`);
    expect(fs.existsSync(out)).toBe(false);

    // Alone, a line note of 30,000 characters typed and 66,000 as written.
    const alone = inputs("escaped-alone", "", "_x41_".repeat(6000));
    const r2 = await runCli(["new", out, "--inputs", alone]);
    expect(r2.code).toBe(1);
    expect(r2.err).toContain(`${line} 扣分说明：文本长 30000 个字符，写入工作簿时须转义`);
    expect(r2.err).toContain("66000 as written");
    expect(fs.existsSync(out)).toBe(false);
  });

  test("several evaluators: none of the copies is written", async () => {
    const json = inputs("group", "项".repeat(20000), "行".repeat(20000));
    const out = path.join(dir, "组.xlsx");
    const r = await runCli([
      "new",
      out,
      "--inputs",
      json,
      "--evaluator",
      "张三",
      "--evaluator",
      "李四",
    ]);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"))).toEqual([]);
  });
});
