/**
 * 7.2 in a real spreadsheet application: a copy made from the group's plan, its plan item's reason note edited (or
 * not), written by the .xlsx writer and recalculated by LibreOffice in one batch. The item's 检查 cell, as LibreOffice
 * computes it, flags exactly the files the reader refuses as `plan-overridden` at the note cell. Expected texts are
 * hand-written (test/layout/planNoteCheck.test.ts checks the same cases in HyperFormula).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { PLAN_FORMAT } from "../../src/engine";
import { buildScoresheet, colLetter } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import { COL } from "../../src/layout/tableColumns";
import { loadXlsx, readLoadedScoresheet, writeXlsx } from "../../src/writers/xlsx";
import { parsedPlan } from "../support/plans";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";

const soffice = requireProgram(
  "soffice",
  "LibreOffice recalculates the plan copies' 检查 formulas"
);
const maybe = soffice ? describe : describe.skip;

const REASON = "本市无跨部门联办事项（无 APP 受理端）";
const NOTE = `不适用（评估方案，7.2 经评估小组界定）：${REASON}`;
const NOTE_ERROR =
  "错误：本项说明是评估方案的理由（7.2），不得改动；请改回原理由，或请评估组长修改评估方案；";

const CASES: readonly { name: string; note: string; flagged: boolean }[] = [
  { name: "as-written", note: `【本项】${NOTE}`, flagged: false },
  { name: "line-note", note: `【本项】${NOTE}\n【本行】现场核实无此类事项`, flagged: false },
  { name: "cleared", note: "", flagged: false },
  { name: "spaces", note: `【本项】  ${NOTE} \n`, flagged: false },
  { name: "ideographic-space", note: `【本项】\u3000${NOTE}`, flagged: false },
  { name: "words-added", note: `【本项】${NOTE}，另经核实`, flagged: true },
  { name: "other-reason", note: "【本项】不适用：本单位认为无需评价", flagged: true },
  { name: "case", note: `【本项】${NOTE.replace("APP", "App")}`, flagged: true },
  { name: "unmarked", note: "我的说明", flagged: false },
];

/** The plan copy with the plan item's first-line note cell set to `note` ("" leaves it empty). */
function copyWith(note: string): { model: WorkbookModel; row: number } {
  const model = buildScoresheet({
    identity: {
      workbookId: "wb-plan-note-lo",
      createdAt: "-",
      generator: "test",
      kind: "scoresheet",
    },
    plan: parsedPlan({ format: PLAN_FORMAT, notApplicable: [{ item: "A.3.3", reason: REASON }] }),
  });
  const sheet = model.sheets.find((s) => s.name === "A.3")!;
  const row = sheet.cells.find(
    (c) => c.col === COL.id && c.content.kind === "text" && c.content.text === "A.3.3.1"
  )!.row;
  const cells = sheet.cells.map((c) =>
    c.row === row && c.col === COL.note
      ? {
          ...c,
          content: note === "" ? { kind: "empty" as const } : { kind: "text" as const, text: note },
        }
      : c
  );
  return {
    model: { ...model, sheets: model.sheets.map((s) => (s === sheet ? { ...s, cells } : s)) },
    row,
  };
}

maybe("an edited plan reason in LibreOffice and in the reader", () => {
  const dir = outputDir("plan-note");
  const shown = new Map<string, unknown>();
  const read = new Map<string, (string | undefined)[]>();
  let checkCell = "";
  let noteCell = "";

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of CASES) {
      const { model, row } = copyWith(c.note);
      checkCell = `${colLetter(COL.check)}${row + 1}`;
      noteCell = `${colLetter(COL.note)}${row + 1}`;
      const bytes = await writeXlsx(model);
      const file = path.join(dir, `${c.name}.xlsx`);
      fs.writeFileSync(file, bytes);
      files.push(file);
      const loaded = await loadXlsx(bytes, file);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      read.set(
        c.name,
        readLoadedScoresheet(loaded.loaded)
          .errors.filter((p) => p.code === "plan-overridden")
          .map((p) => p.where?.cell)
      );
    }
    for (const file of libreOfficeConvert(
      soffice!,
      files,
      "xlsx",
      path.join(dir, "recalculated")
    )) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const v = wb.getWorksheet("A.3")!.getCell(checkCell).value;
      const result = v !== null && typeof v === "object" && "formula" in v ? v.result : v;
      shown.set(path.basename(file, ".xlsx"), result ?? "");
    }
  }, 300_000);

  test.each(CASES.map((c) => [c.name, c.flagged] as const))(
    "%s: flagged %s by LibreOffice's 检查 and by the reader",
    (name, flagged) => {
      expect(shown.get(name)).toBe(flagged ? NOTE_ERROR : "");
      expect(read.get(name)).toEqual(flagged ? [noteCell] : []);
    }
  );
});
