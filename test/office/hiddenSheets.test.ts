/**
 * The adapter on the simulated host says which sheets Excel cannot show (LiveState.hiddenSheets): the identity
 * sheet _gridscore, written very hidden, and any sheet the user hid. Selecting a cell there fails in Excel
 * (Worksheet.activate: InvalidOperation), and the adapter hands that failure back as a value for the pane to show;
 * a cell on a visible sheet is selected as before.
 */
import { must, setup, uninstallOffice } from "./helpers";

afterEach(uninstallOffice);

async function scoresheet() {
  const s = setup();
  must(await s.adapter.writeScoresheet({ organization: "某区" }));
  return s;
}

describe("sheets Excel cannot show", () => {
  test("the live state names the very hidden identity sheet, and only the sheets that are hidden", async () => {
    const { adapter } = await scoresheet();
    const live = must(await adapter.readLive());
    expect(live.hiddenSheets).toContainEqual({ name: "_gridscore", visibility: "veryHidden" });
    expect(live.hiddenSheets?.map((h) => h.name)).not.toContain("A.1");
  });

  test("a sheet the user hides is named as hidden; shown again, it is not named", async () => {
    const { host, adapter } = await scoresheet();
    const setVisibility = (visibility: "Hidden" | "Visible") =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("A.3").visibility = visibility;
        await context.sync();
      });
    await setVisibility("Hidden");
    expect(must(await adapter.readLive()).hiddenSheets).toContainEqual({
      name: "A.3",
      visibility: "hidden",
    });
    await setVisibility("Visible");
    expect(must(await adapter.readLive()).hiddenSheets?.map((h) => h.name)).not.toContain("A.3");
  });

  test("selecting a cell on the identity sheet fails with Excel's error as a value; the selection stays", async () => {
    const { host, adapter } = await scoresheet();
    must(await adapter.select("A.1", "G4"));
    expect(host.getSelection()).toEqual({ sheet: "A.1", address: "G4" });
    const result = await adapter.select("_gridscore", "B2");
    expect(result).toEqual({
      ok: false,
      failure: expect.objectContaining({
        kind: "office-error",
        code: "InvalidOperation",
      }) as unknown,
    });
    expect(host.getSelection()).toEqual({ sheet: "A.1", address: "G4" });
  });
});
