/**
 * @jest-environment jsdom
 *
 * The problem list's go-to on sheets Excel cannot show. A problem on the very hidden identity sheet (_gridscore,
 * e.g. plan-record-corrupt) is listed without a go-to button, with a note in the pane's language saying the cell is
 * on the hidden identity sheet; one on a sheet the user hid says to unhide it; one on a visible sheet keeps its
 * button. (If Excel refuses a go-to anyway, the pane shows Excel's error: pane.test.tsx's failed select.)
 */
import type { LocatedProblem } from "../../src/engine";
import { App } from "../../src/taskpane/components/App";
import { stringsEnUS, stringsZhCN } from "../../src/taskpane/i18n";
import { click, flush, mount, text, type Mounted } from "./dom";
import { OVER_LIMIT, createFakeAdapter, liveState } from "./fakeAdapter";

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
});

/** The identity sheet's recorded plan cannot be read back (as test/office/planRecordCorrupt.test.ts damages it). */
const CORRUPT_RECORD: LocatedProblem = {
  code: "plan-record-corrupt",
  defect: "json",
  where: { sheet: "_gridscore", cell: "B12" },
};
const ON_HIDDEN_SHEET: LocatedProblem = {
  code: "missing-note",
  itemId: "A.3.1",
  lineId: "A.3.1.1",
  where: { sheet: "A.3", cell: "H4" },
};

function rows(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-testid="problems"] li')];
}

describe("go-to on sheets Excel cannot show", () => {
  it.each([
    ["zh-CN", stringsZhCN],
    ["en-US", stringsEnUS],
  ] as const)(
    "%s: no button for the identity sheet's cell or a hidden sheet's, a note instead; a button for a visible cell",
    async (locale, strings) => {
      const live = {
        ...liveState({}, { problems: [CORRUPT_RECORD, OVER_LIMIT, ON_HIDDEN_SHEET] }),
        // Spelled as the workbook does; the problem names the layout's spelling (matched without case).
        hiddenSheets: [
          { name: "_GridScore", visibility: "veryHidden" },
          { name: "A.3", visibility: "hidden" },
        ] as const,
      };
      const adapter = createFakeAdapter({ exists: true, live });
      mounted = await mount(<App adapter={adapter} locale={locale} downloadGapMs={0} />);
      await flush();
      const [identity, visible, hidden] = rows(mounted.container);
      expect(identity!.querySelector("button")).toBeNull();
      expect(text(identity)).toContain(strings.problems.location("_gridscore", "B12"));
      expect(text(identity!.querySelector('[data-testid="problem-unreachable"]'))).toBe(
        strings.problems.onIdentitySheet("_gridscore")
      );
      expect(hidden!.querySelector("button")).toBeNull();
      expect(text(hidden!.querySelector('[data-testid="problem-unreachable"]'))).toBe(
        strings.problems.onHiddenSheet("A.3")
      );
      const button = visible!.querySelector("button");
      expect(button).not.toBeNull();
      expect(visible!.querySelector('[data-testid="problem-unreachable"]')).toBeNull();
      await click(button!);
      expect(adapter.select).toHaveBeenCalledTimes(1);
      expect(adapter.select).toHaveBeenCalledWith("A.1", "G4");
    }
  );

  it("the notes say which sheet, in each language", () => {
    expect(stringsZhCN.problems.onIdentitySheet("_gridscore")).toContain(
      "隐藏的标识工作表 _gridscore"
    );
    expect(stringsEnUS.problems.onIdentitySheet("_gridscore")).toContain(
      "hidden identity sheet _gridscore"
    );
    expect(stringsZhCN.problems.onHiddenSheet("A.3")).toContain("工作表 A.3 已隐藏");
    expect(stringsEnUS.problems.onHiddenSheet("A.3")).toContain("Sheet A.3 is hidden");
  });
});
