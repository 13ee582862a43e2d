/* Webpack build for the gridscore Excel add-in: task pane, browser preview, assets and manifest.
 *
 *   webpack --mode production       → dist/ for deployment; office.js from Microsoft's CDN, and from the copy
 *                                     in dist/office-js/ when the CDN cannot be reached;
 *                                     dist/manifest.xml points at $GRIDSCORE_URL.
 *   webpack serve --mode development → https://localhost:3000/ (http if no trusted dev certificate,
 *                                     or GRIDSCORE_HTTP=1); office.js served from node_modules.
 *   webpack --mode production --env officeJs=self (npm run build:offline), or GRIDSCORE_OFFICE_JS=self:
 *                                     for closed networks that cannot reach Microsoft's CDN; the files
 *                                     office.js loads for Excel are copied into dist/office-js/ and the task
 *                                     pane loads office.js from there (README, "Closed networks").
 *
 * Environment:
 *   GRIDSCORE_URL    deployment base URL for dist/manifest.xml (https, e.g. https://addin.example.gov.cn/gridscore/)
 *   GRIDSCORE_HTTP=1 serve plain http even if dev certificates exist
 *   GRIDSCORE_HTTPS=1 create/install the Office dev certificates if missing (scripts/start.js sets it on Windows/macOS)
 *   GRIDSCORE_PORT   dev-server port (default 3000; the dev manifest assumes 3000)
 *   GRIDSCORE_HOST   dev-server host (default 127.0.0.1)
 *   GRIDSCORE_OFFICE_JS=self  same as --env officeJs=self (see above); "cdn" is the default
 *   GRIDSCORE_WEBPACK_CACHE   a folder for webpack's persistent cache (the tests build two variants of the same
 *                    code with it, so the second build reuses the first one's compiled and minified modules)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = __dirname;
const DEV_URL = "https://localhost:3000/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_OFFICE_JS_PUBLIC_PATH = "/office-js";
const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const PORT = Number(process.env.GRIDSCORE_PORT || 3000);
const HOST = process.env.GRIDSCORE_HOST || "127.0.0.1";
/** Where a self-hosted office.js goes, relative to dist/ and to taskpane.html. */
const SELF_OFFICE_JS_DIR = "office-js";

/**
 * The files of @microsoft/office-js/dist that office.js loads in an Excel that supports ExcelApi 1.9 (the manifest's
 * requirement), relative to dist/. office.js builds the host file's name from the host's type, platform and version
 * ("excel-win32-16.01.js"; a "-core" suffix on some builds), loads o15apptofilemappingtable.js in an Office 2013
 * style host, and the UI language's office_strings.js (falling back to en-us). Left out: the other hosts (Word,
 * Outlook, …), Office 2013/2016-MSI Excel (ExcelApi < 1.9), debug builds, Outlook strings, the Microsoft telemetry
 * scripts (office.js carries on without them; they could not report from a closed network anyway) and webauth.
 */
const SELF_OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-win32-16.01.js",
  "excel-win32-16.01-core.js",
  "excel-mac-16.00.js",
  "excel-mac-16.00-core.js",
  "excel-web-16.00.js",
  "excel-web-16.00-core.js",
  "excel-ios-16.00.js",
  "*/office_strings.js",
];

/** React, Fluent UI and their runtime dependencies: the task pane's shared vendor chunk. */
const UI_VENDOR =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|@swc[\\/]helpers|@emotion|@babel[\\/]runtime|tabster|keyborg|tslib|stylis|rtl-css-js|use-sync-external-store|use-disposable|embla-carousel[^\\/]*)[\\/]/;
/**
 * React DOM's own scheduler. @fluentui/react-context-selector imports "scheduler" too, which npm resolves to a newer
 * top-level copy: a second scheduler in the pane's first load (about 1.5 KB gzipped) that React never runs. Every
 * import of "scheduler" gets React DOM's copy, whose unstable_runWithPriority the context selector calls.
 */
const REACT_DOM_SCHEDULER = path.dirname(
  require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom"))] })
);
/**
 * What must only ever be loaded with import(), never in the task pane's first paint (README, "Performance"): the
 * heavy libraries; the Office.js adapter with the layout, merge, report, roll-up and file readers and writers; the
 * standard's tables and the engine's messages and scoring (src/taskpane/present loads the words after first paint).
 */
const LAZY_ONLY = new RegExp(
  [
    String.raw`[\\/]node_modules[\\/](exceljs|hyperformula|docx|pako|fflate|saxes|fraction\.js|ajv)[\\/]`,
    String.raw`[\\/]src[\\/](office|layout|merge|report|rollup|writers|sim|preview)[\\/]`,
    String.raw`[\\/]src[\\/]standard[\\/](registry\.ts|editions[\\/])`,
    String.raw`[\\/]src[\\/]engine[\\/](messages|score|parse|plan|exact)\.ts$`,
  ].join("|")
);

const log = (msg) => process.stderr.write(`[gridscore] ${msg}\n`);

/** The https base URL dist/manifest.xml should use, from GRIDSCORE_URL (or the dev URL, with a warning). */
function deploymentUrl(mode) {
  const raw = (process.env.GRIDSCORE_URL || "").trim();
  if (mode !== "production") return { url: DEV_URL, warning: undefined }; // dev manifests stay on localhost
  if (!raw) {
    return {
      url: DEV_URL,
      warning:
        `GRIDSCORE_URL is not set: dist/manifest.xml keeps ${DEV_URL}. ` +
        "Set GRIDSCORE_URL=https://your.host/path/ to build a deployable manifest.",
    };
  }
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(
      `GRIDSCORE_URL is not a valid URL: "${raw}" (expected e.g. https://addin.example.gov.cn/gridscore/)`
    );
  }
  if (parsed.protocol !== "https:") {
    throw new Error(
      `GRIDSCORE_URL must use https (Office only loads add-ins over https): "${raw}"`
    );
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`GRIDSCORE_URL must be a plain base URL without ?query or #fragment: "${raw}"`);
  }
  if (!parsed.pathname.endsWith("/")) parsed.pathname += "/";
  return { url: parsed.href, warning: undefined };
}

function xmlEscape(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Decides http or https for the dev server; never prompts unless GRIDSCORE_HTTPS=1 asks for it. */
async function devServerTransport() {
  if (process.env.GRIDSCORE_HTTP === "1") {
    return { server: "http", note: "GRIDSCORE_HTTP=1: serving plain http." };
  }
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    return { server: "http", note: "office-addin-dev-certs is not installed: serving plain http." };
  }
  const forceHttps = process.env.GRIDSCORE_HTTPS === "1";
  let trusted = false;
  try {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const filesExist = ["ca.crt", "localhost.crt", "localhost.key"].every((f) =>
      fs.existsSync(path.join(dir, f))
    );
    trusted = filesExist && devCerts.verifyCertificates();
  } catch {
    trusted = false;
  }
  if (!trusted && !forceHttps) {
    return {
      server: "http",
      note:
        "No trusted Office dev certificate: serving plain http (fine for the preview page). " +
        "Excel needs https: run `npx office-addin-dev-certs install` and restart.",
    };
  }
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { server: { type: "https", options }, note: undefined };
  } catch (err) {
    return {
      server: "http",
      note: `Could not use the Office dev certificates (${err instanceof Error ? err.message : String(err)}): serving plain http.`,
    };
  }
}

/** Fails the build if a module matching `pattern` (LAZY_ONLY) ends up in an entry's initial chunks. */
class KeepOutOfInitialChunksPlugin {
  constructor(entryName, pattern) {
    this.entryName = entryName;
    this.pattern = pattern;
  }

  apply(compiler) {
    const name = "KeepOutOfInitialChunksPlugin";
    const resources = (mod) =>
      mod.modules ? [...mod.modules].flatMap(resources) : [mod.resource || ""];
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.afterSeal.tap(name, () => {
        const entry = compilation.entrypoints.get(this.entryName);
        if (!entry) return;
        const offenders = new Set();
        for (const chunk of entry.chunks) {
          for (const mod of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            for (const res of resources(mod))
              if (this.pattern.test(res)) offenders.add(path.relative(ROOT, res));
          }
        }
        if (offenders.size > 0) {
          const list = [...offenders].slice(0, 5).join(", ");
          compilation.errors.push(
            new webpack.WebpackError(
              `${this.entryName}: ${list}${offenders.size > 5 ? ", …" : ""} must be loaded with import(), ` +
                "not in the initial chunks (they would slow the task pane's first paint)."
            )
          );
        }
      });
    });
  }
}

/** Surfaces a configuration warning in webpack's own warning summary. */
class ConfigWarningPlugin {
  constructor(message) {
    this.message = message;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ConfigWarningPlugin", (compilation) => {
      compilation.warnings.push(new webpack.WebpackError(this.message));
    });
  }
}

/** "cdn" (Microsoft's, the default) or "self" (copied into dist/office-js/), from --env officeJs or GRIDSCORE_OFFICE_JS. */
function officeJsSource(env) {
  const raw = String((env && env.officeJs) || process.env.GRIDSCORE_OFFICE_JS || "cdn")
    .trim()
    .toLowerCase();
  if (raw !== "cdn" && raw !== "self") {
    throw new Error(
      `office.js source must be "cdn" or "self" (GRIDSCORE_OFFICE_JS / --env officeJs), not "${raw}"`
    );
  }
  return raw;
}

module.exports = async (env, argv) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const isProd = mode === "production";
  const selfOfficeJs = isProd && officeJsSource(env) === "self";
  const officeJs = !isProd
    ? `${DEV_OFFICE_JS_PUBLIC_PATH}/office.js`
    : selfOfficeJs
      ? `${SELF_OFFICE_JS_DIR}/office.js`
      : CDN_OFFICE_JS;
  // The default build loads office.js from the CDN and, if that fails (an outage, a closed network), the copy
  // shipped in dist/office-js/. The closed-network build loads only the copy.
  const officeJsFallback = isProd && !selfOfficeJs ? `${SELF_OFFICE_JS_DIR}/office.js` : "";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const { url: baseUrl, warning } = deploymentUrl(mode); // the warning goes to webpack's summary

  /** @type {import("webpack").Configuration} */
  const config = {
    mode,
    context: ROOT,
    target: ["web", "es2020"],
    devtool: isProd ? false : "eval-cheap-module-source-map",
    ...(process.env.GRIDSCORE_WEBPACK_CACHE
      ? {
          cache: {
            type: "filesystem",
            cacheDirectory: path.resolve(process.env.GRIDSCORE_WEBPACK_CACHE),
            buildDependencies: { config: [__filename] },
          },
        }
      : {}),
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.join(ROOT, "dist"),
      filename: isProd ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: isProd ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: { scheduler$: REACT_DOM_SCHEDULER },
    },
    module: {
      rules: [
        {
          // gridscore's own modules run nothing on import (no bare `import "./x"` anywhere): a module whose exports
          // no one uses is dropped even when a barrel (src/engine, src/layout, …) re-exports it.
          test: /\.tsx?$/,
          include: path.join(ROOT, "src"),
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, "tsconfig.json"),
              // ES modules so webpack can tree-shake and split dynamic import() into chunks.
              compilerOptions: { module: "esnext", sourceMap: !isProd },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          vendor: {
            name: "vendor",
            test: UI_VENDOR,
            // The task pane's own: the preview page's extra components never reach the pane's first load.
            chunks: (chunk) => chunk.name === "taskpane",
            priority: 20,
            enforce: true,
          },
        },
      },
    },
    performance: {
      hints: isProd ? "warning" : false,
      maxEntrypointSize: 1536 * 1024,
      maxAssetSize: 1536 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs,
        officeJsFallback,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: {
              transformer: (content) =>
                isProd ? content.toString("utf8").split(DEV_URL).join(xmlEscape(baseUrl)) : content,
            },
          },
          ...(isProd
            ? SELF_OFFICE_JS_FILES.map((from) => ({
                from,
                context: OFFICE_JS_DIST,
                to: SELF_OFFICE_JS_DIR,
                noErrorOnMissing: from.includes("*"),
                // Microsoft's files ship as they are: never re-minified (that would change them and take minutes).
                info: { minimized: true },
              }))
            : []),
        ],
      }),
      new KeepOutOfInitialChunksPlugin("taskpane", LAZY_ONLY),
      ...(warning ? [new ConfigWarningPlugin(warning)] : []),
    ],
  };

  if (serving) {
    const { server, note } = await devServerTransport();
    if (note) log(note);
    config.devServer = {
      host: HOST,
      port: PORT,
      server,
      headers: { "Access-Control-Allow-Origin": "*" },
      // office.js and its locale/host files straight from node_modules; never copied into the build.
      static: [{ directory: OFFICE_JS_DIST, publicPath: DEV_OFFICE_JS_PUBLIC_PATH, watch: false }],
      // The client derives its websocket address from the page, so localhost and 127.0.0.1 both work.
      client: { overlay: { errors: true, warnings: false }, webSocketURL: "auto://0.0.0.0:0/ws" },
    };
  }

  return config;
};
