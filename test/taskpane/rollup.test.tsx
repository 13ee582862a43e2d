/**
 * @jest-environment jsdom
 *
 * The 汇总 (roll-up) view on the simulated host, with the REAL reader on workbooks generated here (issue 14):
 * the view loads only when its tab is chosen; picked files give the unit rows (the duplicate marked), the
 * refused file with its cause and the summary by level; the roll-up sheets are written into the workbook
 * through the Office.js adapter (twice: the second write replaces the first), with the table, data bars and
 * chart the simulator cannot draw named in a notice; the download is the roll-up workbook.
 */
import "./browserGlobals";
import { deserialize, serialize } from "v8";
import { act } from "react";
import { App } from "../../src/taskpane/components/App";
import { createScoresheetAdapter } from "../../src/office";
import type { ScoresheetAdapter } from "../../src/office";
import { createSimulatedExcel, type SimHost } from "../../src/sim";
import { EVALUATION_FORMAT } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import {
  DISTRIBUTION_SHEET,
  REFUSED_SHEET,
  SUMMARY_BY_LEVEL_SHEET,
  UNITS_SHEET,
  WEAKEST_SHEET,
} from "../../src/rollup";
import { ROLLUP_FILE_NAME } from "../../src/taskpane/components/RollupView/useRollupView";
import { buttonByText, click, flush, mount, text, waitFor, type Mounted } from "./dom";

// jsdom lacks structuredClone, which the simulator uses when a sheet is deleted (a browser has it).
if (typeof globalThis.structuredClone === "undefined")
  Reflect.set(globalThis, "structuredClone", (v: unknown): unknown => deserialize(serialize(v)));

const UNITS = [
  { organization: "甲市", level: "city", date: "2026-10-01", absent: [] },
  { organization: "乙县", level: "county", date: "2026-10-02", absent: ["A.3.3"] },
  { organization: "丙镇", level: "township", date: "2026-10-03", absent: [] },
  { organization: "丁村", level: "village", date: "2026-10-04", absent: ["A.3.3", "A.3.5"] },
  // The same unit as 甲市, evaluated later: it counts, the first is its duplicate.
  { organization: "甲市", level: "city", date: "2026-11-01", absent: ["A.3.5"] },
] as const;
let files: File[] = [];
let mounted: Mounted | undefined;

interface Unit {
  readonly organization: string;
  readonly level: (typeof UNITS)[number]["level"];
  readonly date: string;
  readonly absent: readonly string[];
}

function evaluation(u: Unit): Evaluation {
  return {
    format: EVALUATION_FORMAT,
    meta: { organization: u.organization, level: u.level, date: u.date, evaluator: "张三" },
    items: Object.fromEntries(u.absent.map((id) => [id, { status: "absent" }])),
  };
}

beforeAll(async () => {
  files = await Promise.all(
    UNITS.map(async (u, k) => {
      const model = buildScoresheet({
        evaluation: evaluation(u),
        identity: {
          workbookId: `u${k}`,
          createdAt: "2026-11-28T00:00:00Z",
          generator: "test",
          kind: "scoresheet",
        },
      });
      return new File([(await writeXlsx(model)).slice().buffer], `unit${k}.xlsx`);
    })
  );
  files.push(new File(["会议记录"], "notes.txt"));
});

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
});

function simAdapter(): { host: SimHost; adapter: ScoresheetAdapter } {
  const host = createSimulatedExcel();
  const adapter = createScoresheetAdapter(host.run.bind(host), {
    requirements: { isSetSupported: () => true },
  });
  return { host, adapter };
}

const view = () => document.querySelector('[data-testid="rollup-view"]');
const unitRows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="rollup-unit"]')];

async function renderAndPick(adapter: ScoresheetAdapter | null, save = jest.fn()): Promise<void> {
  mounted = await mount(<App adapter={adapter} locale="zh-CN" save={save} />);
  expect(view()).toBeNull();
  await click(document.getElementById("gridscore-tab-rollup")!);
  await waitFor(() => view() !== null, "the roll-up view");
  const input = view()!.querySelector<HTMLInputElement>('[data-testid="merge-files"]')!;
  await act(async () => {
    Object.defineProperty(input, "files", { value: files, configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await Promise.resolve();
  });
  await waitFor(
    () => document.querySelector('[data-testid="rollup-refused"]') !== null,
    "the files"
  );
  await flush();
}

describe("the 汇总 view", () => {
  it("shows every unit, the duplicate marked, the refused file and the summary by level", async () => {
    await renderAndPick(null);
    const rows = unitRows();
    expect(rows.map((r) => text(r.querySelector("th")).slice(0, 2))).toEqual([
      "甲市",
      "乙县",
      "丙镇",
      "丁村",
      "甲市",
    ]);
    expect(text(rows[0])).toContain("重复，计入 unit4.xlsx");
    expect(text(rows[4])).not.toContain("重复");
    expect(text(document.querySelector('[data-testid="rollup-refused"]'))).toContain("notes.txt");
    const level = (l: string) =>
      [...document.querySelectorAll(`[data-testid="rollup-level"][data-level="${l}"] td`)].map(
        (td) => text(td)
      );
    expect(level("city")[0]).toBe("1");
    expect(level("all").slice(0, 3)).toEqual(["4", "4", "100%"]);
    expect(text(document.querySelector('[data-testid="rollup-weak"]'))).toMatch(/A\.3\.3/);
    expect(buttonByText("写入工作簿", view()!).disabled).toBe(true); // no Excel here
    // Every duplicate here is decided by its date: no warning.
    expect(document.querySelector('[data-testid="rollup-undecided"]')).toBeNull();
  });

  it("warns above the units when only the files' order told two evaluations of a unit apart", async () => {
    const same: Unit = { ...UNITS[1], absent: [] };
    const model = buildScoresheet({
      evaluation: evaluation(same),
      identity: {
        workbookId: "u-again",
        createdAt: "2026-11-28T00:00:00Z",
        generator: "test",
        kind: "scoresheet",
      },
    });
    const kept = files;
    files = [...kept, new File([(await writeXlsx(model)).slice().buffer], "again.xlsx")];
    try {
      await renderAndPick(null);
    } finally {
      files = kept;
    }
    const warning = text(document.querySelector('[data-testid="rollup-undecided"]'));
    expect(warning).toContain("需核实哪一份是定稿（1）");
    expect(warning).toContain(
      "unit1.xlsx: 与 again.xlsx 是同一单位“乙县”在同一天（2026-10-02）的评价"
    );
  });

  it("writes the roll-up sheets through the adapter, replacing an earlier roll-up, and names what was not drawn", async () => {
    const { host, adapter } = simAdapter();
    await renderAndPick(adapter);
    for (let round = 0; round < 2; round++) {
      await click(buttonByText("写入工作簿", view()!));
      await waitFor(
        () =>
          document.querySelector('[data-testid="rollup-error"]') !== null ||
          (document.querySelector('[data-testid="rollup-skipped"]') !== null &&
            !buttonByText("写入工作簿", view()!).disabled),
        "the write"
      );
      await flush();
      expect(text(document.querySelector('[data-testid="rollup-error"]'))).toBe("");
    }
    const sheets = host.getSheetNames();
    for (const name of [
      UNITS_SHEET,
      SUMMARY_BY_LEVEL_SHEET,
      WEAKEST_SHEET,
      DISTRIBUTION_SHEET,
      REFUSED_SHEET,
    ])
      expect(sheets.filter((s) => s === name)).toHaveLength(1);
    expect(host.getCell(UNITS_SHEET, "B4").value).toBe("甲市");
    expect(host.getCell(UNITS_SHEET, "P4").value).toBe("重复");
    expect(host.getCell(UNITS_SHEET, "O7").value).toBe("合格");
    expect(text(document.querySelector('[data-testid="rollup-skipped"]'))).toMatch(
      /表格.*数据条|数据条.*表格/
    );
    expect(text(document.querySelector('[data-testid="rollup-skipped"]'))).toContain("图表");
  });

  it("downloads the roll-up workbook", async () => {
    const save = jest.fn();
    await renderAndPick(null, save);
    await click(buttonByText("下载汇总 .xlsx", view()!));
    await waitFor(() => save.mock.calls.length === 1, "the download");
    const [bytes, name] = save.mock.calls[0] as [Uint8Array, string];
    expect(name).toBe(ROLLUP_FILE_NAME);
    expect(bytes[0]).toBe(0x50); // a zip: "PK"
  });
});
