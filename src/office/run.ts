/**
 * The slice of Excel.run the adapter calls: a plain batch, and a batch on an earlier context (to remove an
 * event handler). `typeof Excel.run` and the simulated host's run both fit it.
 */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
}
