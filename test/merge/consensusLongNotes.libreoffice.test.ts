/**
 * A group's long notes on the printed 共识 sheet (a user trial: six experts, 300 characters each on A.4.1, and the
 * PDF showed 118 of the 360 repeats of a word without a sign that anything was missing). An item's row holds its
 * formulas, so the notes cannot go on below as the report's do: the shown text is cut where a 409 pt row ends,
 * with a marker naming the length and where the full text is. LibreOffice renders the workbook to PDF; the marker
 * must print whole (a clipped cell loses its end first), and what prints before it must be the notes' beginning.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { writeXlsx } from "../../src/writers/xlsx";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { consensusOf, groupOf } from "./deliberationSupport";
import type { GroupScores } from "../../src/merge";

const soffice = requireProgram("soffice", "LibreOffice renders the consensus workbook to PDF");
const pdftotext = requireProgram("pdftotext", "poppler-utils reads the PDF's text");
const maybe = soffice && pdftotext ? describe : describe.skip;

const NAMES = ["甲", "乙", "丙", "丁", "戊", "己"];
/** 300 characters: "很" and a running number, so the PDF's text shows which part of which note printed. */
const noteOf = (k: number): string =>
  Array.from({ length: 75 }, (_, i) => `很${String(k * 100 + i).padStart(3, "0")}`).join("");

function groupWithLongNotes(): GroupScores {
  const g = groupOf(NAMES, [10, 10, 10, 10, 10, 10]);
  const items = new Map(g.items);
  const item = items.get("A.4.1")!;
  items.set("A.4.1", {
    ...item,
    notes: NAMES.map((evaluator, k) => ({ evaluator, id: "A.4.1.1", note: noteOf(k) })),
  });
  return { ...g, items };
}

maybe("long notes on the printed 共识 sheet", () => {
  test("print whole up to the marker, which names the length and where the full text is", async () => {
    const { model } = consensusOf(groupWithLongNotes());
    const dir = outputDir("merge/consensusLongNotes");
    const xlsx = path.join(dir, "long-notes.xlsx");
    fs.writeFileSync(xlsx, await writeXlsx(model));
    const [pdf] = libreOfficeConvert(soffice!, [xlsx], "pdf", dir);
    const text = execFileSync(pdftotext!, ["-enc", "UTF-8", pdf!, "-"], {
      encoding: "utf8",
    }).replace(/\s+/g, "");
    // Six notes of 300 characters, each after its 11-character head "甲（A.4.1.1）：", a line break between: 1,871.
    const total = NAMES.length * (300 + 11) + NAMES.length - 1;
    expect(text).toContain(`（共${total}字，此处只显示开头；全文见评估报告和各专家评分表）`);
    // The first expert's note printed whole and in order before the marker.
    expect(text).toContain(noteOf(0));
    const printed = text.slice(text.indexOf("甲（A.4.1.1）："), text.indexOf(`……（共${total}字`));
    const numbers = [...printed.matchAll(/很(\d{3})/g)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThan(75);
    // Consecutive from the start of 甲's note, across 乙's head where the first note ends.
    const expected = numbers.map((_, i) => (i < 75 ? i : 100 + (i - 75)));
    expect(numbers).toEqual(expected.slice(0, numbers.length));
  });
});
