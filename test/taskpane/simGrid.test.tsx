/**
 * @jest-environment jsdom
 *
 * The preview's grid over the simulated Excel, with the scoresheet written by the real adapter: it draws the
 * active sheet and follows the host, typing goes through data validation (Excel's stop alert, Retry puts the
 * text back), the paste helper bypasses it, and the name box and arrow keys move the selection.
 */
import { act } from "react";
import * as util from "util";
import * as v8 from "v8";
import { createScoresheetAdapter } from "../../src/office";
import { SimGrid, moveFrom, parseCell, parseTsv, buildGridModel } from "../../src/preview/SimGrid";
import { createSimulatedExcel, type SimHost } from "../../src/sim";
import { StringsContext, stringsZhCN } from "../../src/taskpane/i18n";
import { buttonByText, byLabel, click, flush, mount, setValue, text, type Mounted } from "./dom";

// jsdom lacks what browsers and Node have and the layout and adapter use: text codecs, structuredClone.
Object.assign(globalThis, {
  TextDecoder: util.TextDecoder,
  TextEncoder: util.TextEncoder,
  structuredClone: <T,>(value: T): T => v8.deserialize(v8.serialize(value)) as T,
});

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
});

async function scoresheetHost(): Promise<SimHost> {
  const host = createSimulatedExcel();
  const adapter = createScoresheetAdapter(host.run.bind(host), {
    requirements: { isSetSupported: () => true },
  });
  const written = await adapter.writeScoresheet({ organization: "某区" });
  if (!written.ok) throw new Error(JSON.stringify(written.failure));
  return host;
}

function rowOf(host: SimHost, sheet: string, id: string): number {
  for (let r = 1; r < 200; r += 1) if (host.getCell(sheet, `M${r}`).value === id) return r;
  throw new Error(`no row for ${id}`);
}

async function renderGrid(host: SimHost): Promise<Mounted> {
  mounted = await mount(
    <StringsContext.Provider value={stringsZhCN}>
      <SimGrid host={host} />
    </StringsContext.Provider>
  );
  return mounted;
}

async function key(target: Element, k: string): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
    await Promise.resolve();
  });
}

describe("grid helpers", () => {
  it("parses tab-separated values and cell addresses", () => {
    expect(parseTsv("7\t说明\r\n很多\n")).toEqual([["7", "说明"], ["很多"]]);
    expect(parseTsv("")).toEqual([[""]]);
    expect(parseCell("g12")).toEqual({ row: 11, col: 6 });
    expect(parseCell("A.1!G12")).toBeUndefined();
    expect(parseCell("nonsense")).toBeUndefined();
  });

  it("draws hidden id columns out and moves over visible cells only", async () => {
    const host = await scoresheetHost();
    const model = buildGridModel(host, "A.1");
    expect(model.columns.map((c) => c.label)).not.toContain("M");
    expect(model.columns.map((c) => c.label)).toContain("G");
    expect(moveFrom(model, "L4", 0, 1)).toBe("L4"); // M, N are hidden: L is the last column drawn
    expect(moveFrom(model, "G4", 1, 0)).toBe("G5");
  });
});

describe("<SimGrid />", () => {
  it("shows the sheets, refuses an over-limit typed deduction like Excel, and pastes it", async () => {
    const host = await scoresheetHost();
    const { container } = await renderGrid(host);
    const tabs = [...container.querySelectorAll('[role="tab"]')].map((t) => t.textContent);
    expect(tabs).toEqual(expect.arrayContaining(["A.1", "A.7", "汇总"]));
    await click(container.querySelector<HTMLElement>('[data-sheet-tab="A.1"]')!);
    expect(container.querySelector("table")?.getAttribute("data-sheet")).toBe("A.1");

    const row = rowOf(host, "A.1", "A.1.1.1");
    const td = container.querySelector<HTMLElement>(`td[data-address="G${row}"]`)!;
    await act(async () => {
      td.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
      await Promise.resolve();
    });
    expect(host.getSelection()).toEqual({ sheet: "A.1", address: `G${row}` });
    await key(td, "7");
    const editor = container.querySelector<HTMLInputElement>(`td[data-address="G${row}"] input`)!;
    expect(editor.value).toBe("7");
    await key(editor, "Enter");
    await flush();
    const alert = document.querySelector('[data-testid="sim-alert"]');
    expect(text(alert)).toContain("A.1.1.1 本行最多扣2分");
    expect(host.getCell("A.1", `G${row}`).value).toBe("");

    // Retry puts the rejected text back into the editor; Escape gives up.
    await click(buttonByText("重试", alert!));
    const again = container.querySelector<HTMLInputElement>(`td[data-address="G${row}"] input`)!;
    expect(again.value).toBe("7");
    await key(again, "Escape");
    expect(container.querySelector(`td[data-address="G${row}"] input`)).toBeNull();

    // A typed value within the limit is accepted and the selection moves down like Enter in Excel.
    await key(container.querySelector(`td[data-address="G${row}"]`)!, "1");
    await key(container.querySelector(`td[data-address="G${row}"] input`)!, "Enter");
    await flush();
    expect(host.getCell("A.1", `G${row}`).value).toBe(1);
    expect(host.getSelection().address).toBe(`G${row + 1}`);

    // Paste bypasses validation.
    await setValue(byLabel(stringsZhCN.preview.pasteValues), "7\t没有方针");
    await setValue(byLabel(stringsZhCN.preview.pasteTarget), `G${row}`);
    await click(buttonByText("粘贴"));
    expect(host.getCell("A.1", `G${row}`).value).toBe(7);
    expect(host.getCell("A.1", `H${row}`).value).toBe("没有方针");
    expect(text(container.querySelector('[data-testid="sim-status"]'))).toBe(`已粘贴到 G${row}。`);
    expect(container.querySelector(`td[data-address="G${row}"]`)?.textContent).toBe("7");
  });

  it("follows selections made elsewhere and jumps with the name box", async () => {
    const host = await scoresheetHost();
    const { container } = await renderGrid(host);
    await act(async () => {
      host.select("A.7", "G5");
      await Promise.resolve();
    });
    expect(container.querySelector("table")?.getAttribute("data-sheet")).toBe("A.7");
    expect(container.querySelector('td[data-address="G5"]')?.getAttribute("aria-selected")).toBe(
      "true"
    );
    const nameBox = byLabel(stringsZhCN.preview.nameBox) as HTMLInputElement;
    expect(nameBox.value).toBe("G5");
    await setValue(nameBox, "b3");
    await act(async () => {
      nameBox.form!.requestSubmit();
      await Promise.resolve();
    });
    expect(host.getSelection()).toEqual({ sheet: "A.7", address: "B3" });
    await key(container.querySelector('td[data-address="B3"]')!, "ArrowRight");
    expect(host.getSelection().address).toBe("C3");
    await setValue(nameBox, "not a cell");
    await act(async () => {
      nameBox.form!.requestSubmit();
      await Promise.resolve();
    });
    expect(text(container.querySelector('[data-testid="sim-status"]'))).toBe(
      stringsZhCN.preview.badAddress("not a cell")
    );
  });
});
