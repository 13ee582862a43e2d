/**
 * The closed-network build (`npm run build:offline`, webpack --env officeJs=self), made once by Jest's globalSetup:
 * its pages reference no outside script, office.js and the files it loads for Excel are in dist/office-js/, and
 * taskpane.html, served on 127.0.0.1 with every other host blocked, loads office.js from there and Office.onReady
 * resolves (outside Office, host and platform are null) and the pane renders.
 *
 * Without /usr/bin/chromium the browser part is skipped with a loud warning, or fails under CI=true.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { requireProgram } from "../support/external";
import {
  BUNDLE_DIR,
  DEPLOY_URL,
  OFFLINE_BUNDLE_DIR,
  bundleBuild,
  offlineBundleBuild,
} from "../support/bundleInfo";
import { ROOT, serve } from "./browser";

const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = path.join(OFFLINE_BUNDLE_DIR, "office-js");

/** Every src and href of <script> and <link> elements (attribute values quoted or not, as minified HTML has them). */
function references(html: string): { tag: string; url: string }[] {
  const out: { tag: string; url: string }[] = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attr = /\b(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[2]!);
    if (attr) out.push({ tag: m[1]!.toLowerCase(), url: attr[1] ?? attr[2] ?? attr[3]! });
  }
  return out;
}

const isRemote = (url: string): boolean => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url);

describe("closed-network build (npm run build:offline)", () => {
  beforeAll(() => {
    offlineBundleBuild();
  });

  const read = (rel: string): string => fs.readFileSync(path.join(OFFLINE_BUNDLE_DIR, rel), "utf8");

  it("compiles without errors", () => {
    expect(offlineBundleBuild().log).toMatch(/compiled (successfully|with \d+ warnings?)/);
  });

  it.each(["taskpane.html", "preview.html"])("%s references no outside host", (page) => {
    const refs = references(read(page));
    expect(refs.filter((r) => r.tag === "script").length).toBeGreaterThan(0);
    expect(refs.filter((r) => isRemote(r.url))).toEqual([]);
  });

  it("loads office.js from dist/office-js/ first in taskpane.html", () => {
    const scripts = references(read("taskpane.html")).filter((r) => r.tag === "script");
    expect(scripts[0]?.url).toBe("office-js/office.js");
  });

  it("ships only office.js's Excel files, not the whole 87 MB package", () => {
    for (const f of [
      "office.js",
      "o15apptofilemappingtable.js",
      "excel-win32-16.01.js",
      "excel-mac-16.00.js",
      "excel-web-16.00.js",
      "excel-ios-16.00.js",
      "en-us/office_strings.js",
      "zh-cn/office_strings.js",
    ])
      expect(fs.existsSync(path.join(OFFICE_JS, f))).toBe(true);
    const all: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else all.push(path.relative(OFFICE_JS, p).split(path.sep).join("/"));
      }
    };
    walk(OFFICE_JS);
    expect(
      all.filter((f) =>
        /\.debug\.js$|^(word|outlook|powerpoint|onenote|project|access)-|outlook_strings/.test(f)
      )
    ).toEqual([]);
    // Copied byte for byte, never re-minified by the build.
    for (const f of ["office.js", "excel-win32-16.01.js", "zh-cn/office_strings.js"])
      expect(
        fs
          .readFileSync(path.join(OFFICE_JS, f))
          .equals(
            fs.readFileSync(path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist", f))
          )
      ).toBe(true);
    expect(all.filter((f) => f.endsWith(".LICENSE.txt"))).toEqual([]);
    const bytes = all.reduce((sum, f) => sum + fs.statSync(path.join(OFFICE_JS, f)).size, 0);
    expect(bytes).toBeLessThan(15 * 1024 * 1024);
  });

  it("keeps the manifest pointing at the deployment, not at Microsoft", () => {
    const manifest = read("manifest.xml").replace(/<!--[\s\S]*?-->/g, "");
    expect(manifest).toContain(`${DEPLOY_URL}taskpane.html`);
    expect(manifest).not.toMatch(/appsforoffice\.microsoft\.com/);
  });

  const chromiumPath = fs.existsSync(CHROMIUM)
    ? CHROMIUM
    : requireProgram("chromium", "the closed-network test loads the task pane in Chromium");
  const browserIt = chromiumPath ? it : it.skip;

  browserIt(
    "loads taskpane.html with every outside request blocked; Office.onReady resolves",
    async () => {
      const run = await loadWithOutsideBlocked(chromiumPath!, OFFLINE_BUNDLE_DIR);
      expect(run.ready).toEqual({ host: null, platform: null });
      expect(run.loaded).toContain("/office-js/office.js");
      expect(run.blocked).toEqual([]);
      expect(run.errors).toEqual([]);
    }
  );
});

describe("default build, Microsoft's CDN unreachable", () => {
  const chromiumPath = fs.existsSync(CHROMIUM)
    ? CHROMIUM
    : requireProgram("chromium", "the CDN fallback test loads the task pane in Chromium");
  const browserIt = chromiumPath ? it : it.skip;

  beforeAll(() => {
    bundleBuild();
  });

  it("ships office.js's Excel files beside the pane, byte for byte", () => {
    for (const f of ["office.js", "excel-win32-16.01.js", "zh-cn/office_strings.js"])
      expect(
        fs
          .readFileSync(path.join(BUNDLE_DIR, "office-js", f))
          .equals(
            fs.readFileSync(path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist", f))
          )
      ).toBe(true);
  });

  browserIt(
    "tries the CDN first, then loads the shipped office.js; Office.onReady resolves and the pane renders",
    async () => {
      const run = await loadWithOutsideBlocked(chromiumPath!, BUNDLE_DIR);
      expect(run.blocked[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
      expect(run.loaded).toContain("/office-js/office.js");
      expect(run.ready).toEqual({ host: null, platform: null });
      expect(run.errors).toEqual([]);
    }
  );
});

/**
 * Opens dir/taskpane.html on a local server in Chromium with every request to another origin aborted, waits
 * for Office.onReady and for the pane to replace its loading text.
 */
async function loadWithOutsideBlocked(
  executablePath: string,
  dir: string
): Promise<{ ready: unknown; loaded: string[]; blocked: string[]; errors: string[] }> {
  const server = await serve(dir);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    const page: Page = await browser.newPage();
    const origin = new URL(server.url).origin;
    const blocked: string[] = [];
    const loaded: string[] = [];
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) {
        loaded.push(url.slice(origin.length));
        await route.continue();
      } else {
        blocked.push(url);
        await route.abort("internetdisconnected");
      }
    });
    await page.goto(`${server.url}taskpane.html`);
    const ready = await page.evaluate(async () => {
      const office = (
        window as unknown as {
          Office?: { onReady(): Promise<{ host: unknown; platform: unknown }> };
        }
      ).Office;
      if (!office) return "no Office global";
      const info = await office.onReady();
      return { host: info.host ?? null, platform: info.platform ?? null };
    });
    // The pane replaces the loading text once Office is ready.
    await page.waitForFunction(
      () => !document.querySelector("#container")?.textContent?.includes("Loading…")
    );
    return { ready, loaded, blocked, errors };
  } finally {
    await browser?.close();
    await server.close();
  }
}
