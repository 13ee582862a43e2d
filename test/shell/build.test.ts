/**
 * The webpack shell: a real production build (made once by Jest's globalSetup) (CDN office.js, no office.js in the
 * preview, manifest rewritten to GRIDSCORE_URL, small first paint), plus the dev/serve config.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { BUNDLE_DIR, DEPLOY_URL, bundleBuild } from "../support/bundleInfo";

const ROOT = path.resolve(__dirname, "..", "..");
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Issue 15: the task pane's first paint loads at most 160 KB of gzipped JavaScript (the bare template: 163 KB). */
const INITIAL_JS_BUDGET_GZIP = 160 * 1024;
/** The chunks loaded with import() after the first paint (webpackChunkName in src/taskpane). */
const LAZY_CHUNKS = [
  "merge-view",
  "report-view",
  "rollup-view",
  "rebuild-dialog",
  "office-adapter",
  "live-presenter",
  "plan-reader",
  "layout",
  "xlsx-writer",
];

interface KeepOutPluginLike {
  entryName: string;
  pattern: RegExp;
}
interface HtmlPluginLike {
  userOptions: { filename?: string; officeJs?: string };
}
interface WebpackConfigLike {
  devtool?: unknown;
  plugins?: unknown[];
  devServer?: {
    port?: number;
    server?: unknown;
    headers?: Record<string, string>;
    static?: Array<{ directory: string; publicPath: string }>;
  };
}
type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: string }
) => Promise<WebpackConfigLike>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;

/** The src of every <script src> element; the text of inline scripts (the CDN fallback's) is not an element. */
function scriptSrcs(html: string): string[] {
  const elements = html.replace(/<script>[\s\S]*?<\/script>/gi, "");
  return [...elements.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]!);
}

function htmlPlugins(config: WebpackConfigLike): Map<string, HtmlPluginLike["userOptions"]> {
  const out = new Map<string, HtmlPluginLike["userOptions"]>();
  for (const p of config.plugins ?? []) {
    const opts = (p as Partial<HtmlPluginLike>).userOptions;
    if (opts?.filename) out.set(opts.filename, opts);
  }
  return out;
}

async function withEnv<T>(
  vars: Record<string, string | undefined>,
  fn: () => Promise<T>
): Promise<T> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(vars)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe("production build (webpack --mode production)", () => {
  // Built once by Jest's globalSetup (test/support/globalSetup.js), outside this file's timeouts.
  const outDir = BUNDLE_DIR;
  let buildLog = "";

  beforeAll(() => {
    buildLog = bundleBuild().log;
  });

  const read = (rel: string): string => fs.readFileSync(path.join(outDir, rel), "utf8");

  it("compiles without errors or the GRIDSCORE_URL warning", () => {
    expect(buildLog).toMatch(/compiled (successfully|with \d+ warnings?)/);
    expect(buildLog).not.toContain("GRIDSCORE_URL is not set");
  });

  it("loads office.js from Microsoft's CDN in taskpane.html, before the bundles", () => {
    const srcs = scriptSrcs(read("taskpane.html"));
    expect(srcs[0]).toBe(CDN_OFFICE_JS);
    expect(srcs.filter((s) => /office\.js$/.test(s))).toEqual([CDN_OFFICE_JS]);
    expect(srcs.slice(1).every((s) => !/^(https?:)?\/\//.test(s))).toBe(true);
  });

  it("falls back to the office.js shipped in dist/office-js/ when the CDN script did not load", () => {
    const html = read("taskpane.html");
    const cdn = html.indexOf(CDN_OFFICE_JS);
    // The test of the Office global, however the minifier writes it ("if(!window.Office)" or "window.Office||").
    const fallback = html.indexOf("window.Office", cdn);
    expect(cdn).toBeGreaterThan(0);
    // Right after the CDN script, before any bundle, and only if the CDN gave no Office global.
    expect(fallback).toBeGreaterThan(cdn);
    expect(html.slice(fallback, fallback + 300)).toContain('src="office-js/office.js"');
    // The failed CDN element is removed first: office.js takes its base folder from the first office.js.
    expect(html.slice(fallback, fallback + 300)).toMatch(
      /getElementById\("office-js"\)\.remove\(\)/
    );
    const firstBundle = html.search(/<script[^>]*\bsrc="?(vendor|taskpane)\.[0-9a-f]{8}\.js/);
    expect(firstBundle).toBeGreaterThan(fallback);
    expect(fs.existsSync(path.join(BUNDLE_DIR, "office-js", "office.js"))).toBe(true);
  });

  it("loads no office.js and no remote script in preview.html", () => {
    const html = read("preview.html");
    const srcs = scriptSrcs(html);
    expect(srcs.length).toBeGreaterThan(0);
    for (const src of srcs) expect(src).not.toMatch(/^(https?:)?\/\//);
    expect(html).not.toMatch(/office\.js/);
  });

  it("writes dist/manifest.xml for GRIDSCORE_URL", () => {
    const manifest = read("manifest.xml");
    expect(manifest).toContain(`${DEPLOY_URL}taskpane.html`);
    expect(manifest).toContain(`${DEPLOY_URL}assets/icon-32.png`);
    expect(manifest).not.toMatch(/localhost/i);
  });

  it("copies the assets, and of office.js's node_modules dist only the CDN fallback's Excel files", () => {
    for (const f of [
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
      "icon-128.png",
      "logo-filled.png",
    ]) {
      expect(fs.existsSync(path.join(outDir, "assets", f))).toBe(true);
    }
    const officeJs = fs.readdirSync(path.join(outDir, "office-js"));
    expect(officeJs).toContain("office.js");
    expect(officeJs).toContain("excel-win32-16.01.js");
    expect(officeJs.filter((f) => /\.debug\.js$|^(word|outlook|powerpoint)-/.test(f))).toEqual([]);
    expect(fs.readdirSync(outDir).some((f) => f.endsWith(".map"))).toBe(false);
  });

  it("loads only the vendor and taskpane chunks before first paint, within 160 KB gzipped", () => {
    const local = scriptSrcs(read("taskpane.html")).filter((s) => !/^(https?:)?\/\//.test(s));
    expect(local.map((s) => path.basename(s).replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual([
      "vendor",
      "taskpane",
    ]);
    const gz = local.reduce(
      (sum, s) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, s))).length,
      0
    );
    process.stdout.write(
      `task pane initial JS: ${(gz / 1024).toFixed(1)} KB gzipped (${local.join(", ")})\n`
    );
    expect(gz).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP);
  });

  it("puts every view after the first, the Office.js adapter and the engine's words in chunks of their own", () => {
    const emitted = fs.readdirSync(outDir).filter((f) => f.endsWith(".js"));
    const taskpane = read(emitted.find((f) => /^taskpane\./.test(f))!);
    for (const chunk of LAZY_CHUNKS) {
      expect(emitted.filter((f) => f.startsWith(`${chunk}.`))).toHaveLength(1);
      // The pane's runtime names it as a chunk to load on demand.
      expect(taskpane).toContain(`"${chunk}"`);
    }
  });
});

describe("webpack.config.js options", () => {
  it("fails the build when the engine, the standard's tables, the adapter or a heavy library reach the pane's first paint", async () => {
    const prod = await configFactory({}, { mode: "production" });
    const keepOut = (prod.plugins ?? []).filter(
      (p): p is KeepOutPluginLike =>
        (p as { constructor?: { name?: string } }).constructor?.name ===
        "KeepOutOfInitialChunksPlugin"
    );
    expect(keepOut.map((p) => p.entryName)).toEqual(["taskpane"]);
    const pattern = keepOut[0]!.pattern;
    for (const lazy of [
      "src/office/adapter.ts",
      "src/layout/builder.ts",
      "src/merge/consensus.ts",
      "src/writers/xlsx/fastGrid.ts",
      "src/standard/registry.ts",
      "src/standard/editions/t-cssg-001.5-2020.json",
      "src/engine/messages.ts",
      "src/engine/score.ts",
      "node_modules/exceljs/dist/es5/index.js",
      "node_modules/hyperformula/es/index.js",
      "node_modules/docx/dist/index.mjs",
    ])
      expect(pattern.test(path.join(ROOT, lazy))).toBe(true);
    for (const first of [
      "src/taskpane/components/App/App.tsx",
      "src/engine/problems.ts",
      "node_modules/react-dom/cjs/react-dom.production.min.js",
      "node_modules/@fluentui/react-tabs/lib/index.js",
    ])
      expect(pattern.test(path.join(ROOT, first))).toBe(false);
  });

  it("serves office.js from node_modules in development and from the CDN in production", async () => {
    const dev = htmlPlugins(await configFactory({}, { mode: "development" }));
    expect(dev.get("taskpane.html")?.officeJs).toBe("/office-js/office.js");
    expect(dev.get("preview.html")?.officeJs).toBeUndefined();
    const prod = await configFactory({}, { mode: "production" });
    expect(htmlPlugins(prod).get("taskpane.html")?.officeJs).toBe(CDN_OFFICE_JS);
    expect(htmlPlugins(prod).get("preview.html")?.officeJs).toBeUndefined();
    expect(prod.devtool).toBe(false);
  });

  it("serves office.js from the add-in's own office-js/ with --env officeJs=self or GRIDSCORE_OFFICE_JS=self", async () => {
    const viaEnv = await configFactory({ officeJs: "self" }, { mode: "production" });
    expect(htmlPlugins(viaEnv).get("taskpane.html")?.officeJs).toBe("office-js/office.js");
    const viaVar = await withEnv({ GRIDSCORE_OFFICE_JS: "self" }, () =>
      configFactory({}, { mode: "production" })
    );
    expect(htmlPlugins(viaVar).get("taskpane.html")?.officeJs).toBe("office-js/office.js");
    // Development always serves node_modules' copy at /office-js.
    const dev = await configFactory({ officeJs: "self" }, { mode: "development" });
    expect(htmlPlugins(dev).get("taskpane.html")?.officeJs).toBe("/office-js/office.js");
    await expect(configFactory({ officeJs: "local" }, { mode: "production" })).rejects.toThrow(
      /must be "cdn" or "self"/
    );
  });

  it("configures the dev server for port 3000, CORS and /office-js", async () => {
    const config = await withEnv({ GRIDSCORE_HTTP: "1", GRIDSCORE_PORT: undefined }, () =>
      configFactory({ WEBPACK_SERVE: true }, { mode: "development" })
    );
    const server = config.devServer!;
    expect(server.port).toBe(3000);
    expect(server.server).toBe("http");
    expect(server.headers?.["Access-Control-Allow-Origin"]).toBe("*");
    const officeJs = server.static?.find((s) => s.publicPath === "/office-js");
    expect(officeJs && fs.existsSync(path.join(officeJs.directory, "office.js"))).toBe(true);
  });

  it("falls back to http when there are no dev certificates", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-home-"));
    try {
      const config = await withEnv(
        { HOME: home, USERPROFILE: home, GRIDSCORE_HTTP: undefined, GRIDSCORE_HTTPS: undefined },
        () => configFactory({ WEBPACK_SERVE: true }, { mode: "development" })
      );
      expect(config.devServer?.server).toBe("http");
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it("has no dev server when only building", async () => {
    expect((await configFactory({}, { mode: "development" })).devServer).toBeUndefined();
  });

  it("rejects a GRIDSCORE_URL that Office could not load", async () => {
    await withEnv({ GRIDSCORE_URL: "http://example.test/" }, async () => {
      await expect(configFactory({}, { mode: "production" })).rejects.toThrow(
        /GRIDSCORE_URL must use https/
      );
    });
    await withEnv({ GRIDSCORE_URL: "not a url" }, async () => {
      await expect(configFactory({}, { mode: "production" })).rejects.toThrow(
        /GRIDSCORE_URL is not a valid URL/
      );
    });
  });
});
