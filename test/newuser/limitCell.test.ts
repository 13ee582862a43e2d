/**
 * A new user's finding 9, the same kind beyond the CLI option: the 共识汇总 sheet's 偏离限值 cell took 12.345 while
 * inputs have at most 2 decimals (README: Numbers). The sheet's formulas and the reader now both leave such a value
 * unused (the default 30% applies), as they do for text or 0, and the sheet says why.
 */
import ExcelJS from "exceljs";
import { readConsensusXlsx } from "../../src/merge";
import { writeXlsx } from "../../src/writers/xlsx";
import { consensusOf, groupOf, labelRow } from "../merge/deliberationSupport";

const base = consensusOf(groupOf(["甲", "乙", "丙"], [0, 0, 0]));

async function readWithLimit(limit: number): Promise<number> {
  const buf = await writeXlsx(base.model);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
  );
  wb
    .getWorksheet("共识汇总")!
    .getCell(labelRow(base.model, "共识汇总", "偏离限值（%）") + 1, 3).value = limit;
  const read = await readConsensusXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "共识.xlsx");
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.result.deviationLimit;
}

describe("the 偏离限值 cell takes at most 2 decimals, in the sheet and the reader", () => {
  test("12.35 is used; 12.345 leaves the default 30", async () => {
    expect(await readWithLimit(12.35)).toBe(12.35);
    expect(await readWithLimit(12.345)).toBe(30);
  });
});
