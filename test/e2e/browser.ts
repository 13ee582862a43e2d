/**
 * Shared by the browser tests (which serve the production bundle of test/support/bundle.js): a tiny static server
 * on 127.0.0.1, axe-core's serious and critical violations, and downloads read back.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Download, type Page } from "playwright-core";
import { BUNDLE_DIR, bundleBuild } from "../support/bundleInfo";
import { requireProgram } from "../support/external";

export const ROOT = path.resolve(__dirname, "..", "..");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};

const CHROMIUM = "/usr/bin/chromium";

/**
 * Chromium for a browser test: its path; or, when it is missing, undefined with a loud warning (the suite is
 * skipped), and under CI=true a failure (requireProgram). `why` says what the test checks in it.
 */
export function chromiumFor(why: string): string | undefined {
  return fs.existsSync(CHROMIUM) ? CHROMIUM : requireProgram("chromium", why);
}

/** A page of the preview (the real pane over the simulated Excel) in a language, `width` px of pane. */
export interface PanePages {
  /** The page, loaded; the page's uncaught errors go to `errors` from before it loads, when given. */
  open(lang: "zh-CN" | "en-US", width: number, height: number, errors?: string[]): Promise<Page>;
}

/**
 * Serves the shipped bundle (built once by Jest's globalSetup) and launches Chromium around the calling suite
 * (its beforeAll and afterAll); `open` gives a fresh page of preview.html, wide enough for the pane at `width`
 * beside the simulated grid.
 */
export function panePages(executablePath: string): PanePages {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    bundleBuild();
    server = await serve(BUNDLE_DIR);
    browser = await chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async open(lang, width, height, errors) {
      const page = await browser!.newPage({ viewport: { width: width + 900, height } });
      if (errors) page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server!.url}preview.html${lang === "en-US" ? "?lang=en-US" : ""}`);
      return page;
    },
  };
}

/** A tiny static server for the build, on a random port of 127.0.0.1. */
export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.normalize(path.join(dir, pathname === "/" ? "preview.html" : pathname));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * axe-core's serious and critical violations inside `selector`. One known false positive is left out: the
 * focus sentinels Fluent UI's tabster puts around a TabList (`<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>`), which only pass focus on and are aria-hidden on purpose (microsoft/fluentui#27517,
 * closed "by design"; Accessibility Insights suppresses them the same way, accessibility-insights-web#7605).
 */
export async function axeSerious(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: path.join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const violations = await page.evaluate(async (sel) => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string }[];
      }[];
    };
    const axe = (
      window as unknown as { axe: { run(ctx: Element, opts: object): Promise<AxeResult> } }
    ).axe;
    const result = await axe.run(document.querySelector(sel)!, { resultTypes: ["violations"] });
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.filter(
          (n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))
        ),
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ ...v, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
  }, selector);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(", ")}`);
}

/** The bytes of a finished download. */
export async function readDownload(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}

/**
 * Controls whose right edge passes the container's (content box), or that overlap another control. Labels count
 * for the edge, and for overlaps where `labels` says so (Fluent's radio labels overlap by their padding only).
 */
export async function overflowing(
  page: Page,
  root = "#gridscore-pane",
  labels = false
): Promise<string[]> {
  return page.evaluate(
    ([sel, withLabels]) => {
      const pane = document.querySelector<HTMLElement>(sel)!;
      const edge = pane.getBoundingClientRect().right - (pane.offsetWidth - pane.clientWidth);
      const visible = (el: HTMLElement): boolean =>
        el.offsetParent !== null && el.getBoundingClientRect().width > 0;
      const all = [
        ...pane.querySelectorAll<HTMLElement>(
          "button, input, select, textarea, [role='combobox'], [role='tab'], label"
        ),
      ].filter(visible);
      const controls = withLabels ? all : all.filter((el) => el.tagName !== "LABEL");
      const name = (el: HTMLElement): string =>
        `${el.tagName.toLowerCase()} "${(el.innerText || el.getAttribute("aria-label") || (el as HTMLInputElement).value || "").trim().slice(0, 30)}"`;
      const out: string[] = [];
      for (const el of all) {
        const r = el.getBoundingClientRect();
        if (r.right > edge + 0.5)
          out.push(`${name(el)} ends at ${r.right.toFixed(0)} > ${edge.toFixed(0)}`);
      }
      for (let i = 0; i < controls.length; i++)
        for (let j = i + 1; j < controls.length; j++) {
          const a = controls[i]!;
          const b = controls[j]!;
          if (a.contains(b) || b.contains(a)) continue;
          const p = a.getBoundingClientRect();
          const q = b.getBoundingClientRect();
          const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
          const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
          if (w > 2 && h > 2) out.push(`${name(a)} overlaps ${name(b)}`);
        }
      return out;
    },
    [root, labels] as const
  );
}
