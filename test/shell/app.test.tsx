/**
 * @jest-environment jsdom
 *
 * The task-pane shell in a DOM: theme and language follow Office (or default without it), the
 * landmarks and live region exist, and the preview renders with only its local Office shim.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "../../src/taskpane/components/App";
import { resolveLocale, STRINGS, stringsEnUS, stringsZhCN } from "../../src/taskpane/i18n";
import { mountTaskpane } from "../../src/taskpane/mountTaskpane";
import { PreviewPage } from "../../src/preview/PreviewPage";
import {
  createMinimalOfficeShim,
  installOfficeShim,
  readPreviewOptions,
} from "../../src/preview/officeShim";

Reflect.set(globalThis, "IS_REACT_ACT_ENVIRONMENT", true);

let container: HTMLElement;
let root: Root | undefined;

function setOffice(value: unknown): void {
  if (value === undefined) Reflect.deleteProperty(globalThis, "Office");
  else Reflect.set(globalThis, "Office", value);
  Reflect.deleteProperty(globalThis, "Excel");
}

async function render(node: JSX.Element): Promise<void> {
  root = createRoot(container);
  await act(async () => {
    root!.render(node);
    await Promise.resolve();
  });
}

beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  setOffice(undefined);
});

function keyShape(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return typeof value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keyShape(v)]));
}

describe("i18n", () => {
  it("maps Office display languages to a shipped locale", () => {
    expect(resolveLocale("zh-CN")).toBe("zh-CN");
    expect(resolveLocale("zh-TW")).toBe("zh-CN");
    expect(resolveLocale("ZH-hk")).toBe("zh-CN");
    expect(resolveLocale("en-US")).toBe("en-US");
    expect(resolveLocale("en-GB")).toBe("en-US");
    expect(resolveLocale("fr-FR")).toBe("en-US");
    expect(resolveLocale("")).toBe("zh-CN");
    expect(resolveLocale(undefined)).toBe("zh-CN");
    expect(resolveLocale(null)).toBe("zh-CN");
  });

  it("ships language packs with identical shapes", () => {
    expect(keyShape(stringsEnUS)).toEqual(keyShape(stringsZhCN));
    expect(STRINGS["zh-CN"].locale).toBe("zh-CN");
    expect(STRINGS["en-US"].locale).toBe("en-US");
  });
});

describe("<App />", () => {
  it("renders in zh-CN and the light theme when Office is absent", async () => {
    setOffice(undefined);
    await render(<App />);
    expect(container.querySelector("h1")?.textContent).toBe("网格化治理标准体系评价");
    const main = container.querySelector('[role="main"]');
    expect(main?.getAttribute("aria-label")).toBe(stringsZhCN.app.mainLabel);
    const status = container.querySelector("#gridscore-status");
    expect(status?.getAttribute("aria-live")).toBe("polite");
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("light");
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("follows Office's display language and dark theme", async () => {
    setOffice({ context: { displayLanguage: "en-GB", officeTheme: { isDarkTheme: true } } });
    await render(<App />);
    expect(container.querySelector("h1")?.textContent).toBe("Grid governance evaluation");
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
    expect(document.documentElement.lang).toBe("en-US");
  });

  it("copes with Office present but Office.context undefined", async () => {
    setOffice({ context: undefined });
    await render(<App />);
    expect(container.querySelector("h1")?.textContent).toBe("网格化治理标准体系评价");
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("light");
  });

  it("lets props override the host", async () => {
    setOffice({ context: { displayLanguage: "zh-CN", officeTheme: { isDarkTheme: false } } });
    await render(<App locale="en-US" themeName="dark" />);
    expect(container.querySelector("h1")?.textContent).toBe("Grid governance evaluation");
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
  });
});

describe("mountTaskpane", () => {
  it("renders only after Office.onReady resolves", async () => {
    let ready: () => void = () => undefined;
    const onReady = jest.fn(() => new Promise<void>((resolve) => (ready = resolve)));
    setOffice({ onReady, context: { displayLanguage: "zh-CN" } });
    let mounted: Promise<Root> | undefined;
    await act(async () => {
      mounted = mountTaskpane(container);
      await Promise.resolve();
    });
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(container.querySelector("h1")).toBeNull();
    await act(async () => {
      ready();
      root = await mounted;
    });
    expect(container.querySelector("h1")?.textContent).toBe("网格化治理标准体系评价");
  });
});

describe("preview", () => {
  it("reads ?lang and ?theme, defaulting to zh-CN light", () => {
    expect(readPreviewOptions("")).toEqual({ displayLanguage: "zh-CN", isDarkTheme: false });
    expect(readPreviewOptions("?lang=en-US&theme=dark")).toEqual({
      displayLanguage: "en-US",
      isDarkTheme: true,
    });
    expect(readPreviewOptions("?lang=<script>")).toEqual({
      displayLanguage: "zh-CN",
      isDarkTheme: false,
    });
  });

  it("installs a minimal Office/Excel shim only where no host exists", async () => {
    setOffice(undefined);
    installOfficeShim(window, { displayLanguage: "en-US", isDarkTheme: false });
    const office = Reflect.get(window, "Office") as unknown as {
      onReady(): Promise<{ host: string }>;
    };
    await expect(office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    const excel = Reflect.get(window, "Excel") as unknown as { run(): Promise<unknown> };
    await expect(excel.run()).rejects.toThrow(/no simulated workbook/);

    const existing = { context: { displayLanguage: "zh-CN" } };
    setOffice(existing);
    installOfficeShim(window, { displayLanguage: "en-US", isDarkTheme: true });
    expect(Reflect.get(window, "Office")).toBe(existing);
  });

  it("claims ExcelApi up to the manifest's 1.9 and nothing newer", () => {
    const { Office } = createMinimalOfficeShim({ displayLanguage: "zh-CN", isDarkTheme: false });
    const req = (
      Office as { context: { requirements: { isSetSupported(n: string, v?: string): boolean } } }
    ).context.requirements;
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(req.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("lays out the task pane beside #sim-grid using the shim's language", async () => {
    setOffice(undefined);
    installOfficeShim(window, { displayLanguage: "en-US", isDarkTheme: true });
    await render(<PreviewPage />);
    const grid = container.querySelector("#sim-grid");
    expect(grid?.textContent).toBe(stringsEnUS.preview.gridPlaceholder);
    expect(container.querySelector('[role="main"]')).not.toBeNull();
    expect(container.querySelector("#gridscore-status")).not.toBeNull();
    expect(document.title).toBe(stringsEnUS.preview.title);
  });

  it("renders a given grid view, or nothing for an imperative one", async () => {
    setOffice(undefined);
    await render(<PreviewPage grid={<p data-testid="grid">grid</p>} />);
    expect(container.querySelector('#sim-grid [data-testid="grid"]')).not.toBeNull();
    act(() => root!.unmount());
    await render(<PreviewPage grid={null} />);
    expect(container.querySelector("#sim-grid")?.childNodes.length).toBe(0);
  });
});
