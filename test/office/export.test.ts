import { readXlsxScoresheet } from "../../src/writers/xlsx";
import { loadExample } from "../support/example";
import { must, setup, typeEvaluation } from "./helpers";

describe("exportXlsx", () => {
  it("reads the inputs in one sync and writes .xlsx bytes the reader takes back unchanged", async () => {
    const example = loadExample();
    const { host, adapter } = setup();
    must(await adapter.writeScoresheet(example.meta));
    typeEvaluation(host, example);
    host.resetSyncCount();
    const bytes = must(await adapter.exportXlsx());
    expect(host.syncCount).toBe(1);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const read = await readXlsxScoresheet(Buffer.from(bytes), "export.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.sheet.evaluation).toEqual(example);
    expect(read.sheet.errors).toEqual([]);
    expect(read.sheet.identity.workbookId).toBe("00000000-0000-4000-8000-000000000001");
    expect(read.sheet.report.total).toBe(must(await adapter.readLive()).report.total);
  });

  it("refuses a workbook without a scoresheet", async () => {
    const { adapter } = setup();
    expect(await adapter.exportXlsx()).toEqual({ ok: false, failure: { kind: "no-scoresheet" } });
  });
});
