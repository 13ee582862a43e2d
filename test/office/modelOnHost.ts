/**
 * Test support: a workbook model (a scoresheet as `gridscore new` lays it out, a plan copy, …) written into the
 * simulated Excel host through the adapter's own sheet writer, as if the file had been opened in Excel.
 */
import type { WorkbookModel } from "../../src/layout";
import { queueWorkbook } from "../../src/office/writeModel";
import type { SimHost } from "../../src/sim";

/** Writes every sheet of `model` into the simulated workbook (which holds none of its sheets yet). */
export async function writeModelToHost(host: SimHost, model: WorkbookModel): Promise<void> {
  await host.run(async (context) => {
    queueWorkbook(context, model, { sheets: new Map(), names: new Set() });
    await context.sync();
  });
}
