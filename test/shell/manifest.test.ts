/**
 * The development manifest: well-formed, the requirement set and permission we rely on, zh-CN
 * defaults with en-US overrides, and every URL it names served by this project.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";
const xml = fs.readFileSync(MANIFEST, "utf8");

interface ManifestInfo {
  id?: string;
  version?: string;
  providerName?: string;
  defaultLocale?: string;
  displayName?: string;
  hosts?: string[];
  officeAppType?: string;
  permissions?: string;
  defaultSettings?: { sourceLocation?: string };
}

/**
 * office-addin-manifest's own reader (xml2js underneath). It runs in a child Node process because
 * its dependencies include ES modules that Jest's CommonJS runtime cannot load.
 */
function readManifest(file: string): ManifestInfo {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((i) => process.stdout.write(JSON.stringify(i)), (e) => { process.stderr.write(String(e)); process.exit(3); })";
  const out = execFileSync(process.execPath, ["-e", script, file], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: "pipe",
  });
  return JSON.parse(out) as ManifestInfo;
}

/** Attribute values of every element with the given (possibly prefixed) tag name. */
function elements(tag: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  const re = new RegExp(`<${tag.replace(":", "\\:")}\\b([^>]*?)/?>`, "g");
  for (const m of xml.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    out.push(attrs);
  }
  return out;
}

/** Inner text of the first <tag>…</tag>. */
function text(tag: string): string | undefined {
  return new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1]?.trim();
}

describe("manifest.xml", () => {
  it("is well-formed XML that office-addin-manifest reads", () => {
    const info = readManifest(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.version).toBe("1.0.0.0");
    expect(info.providerName).toBe("gridscore");
    expect(info.defaultLocale).toBe("zh-CN");
    expect(info.displayName).toBe("网格化治理标准体系评价");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_URL}taskpane.html`);
  });

  it("would be caught by that reader if it were malformed", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-manifest-"));
    try {
      const broken = path.join(dir, "manifest.xml");
      fs.writeFileSync(broken, xml.replace("</DefaultSettings>", ""));
      expect(() => readManifest(broken)).toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has balanced tags (a regex well-formedness check independent of the library)", () => {
    for (const m of xml.matchAll(/<!--([\s\S]*?)-->/g)) expect(m[1]).not.toContain("--");
    const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
    const stack: string[] = [];
    for (const m of body.matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = m;
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  it("asks for ExcelApi 1.9 at most, and ReadWriteDocument", () => {
    const sets = elements("Set").filter((s) => s.Name === "ExcelApi");
    expect(sets).toHaveLength(1);
    const [major, minor] = sets[0]!.MinVersion!.split(".").map(Number);
    expect(major).toBe(1);
    expect(minor).toBeLessThanOrEqual(9);
    expect(sets[0]!.MinVersion).toBe("1.9");
    expect(text("Permissions")).toBe("ReadWriteDocument");
  });

  it("defaults to zh-CN and overrides every user-visible string for en-US", () => {
    expect(xml).toMatch(
      /<DisplayName DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/
    );
    expect(xml).toMatch(
      /<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/
    );
    const strings = [
      ...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)">([\s\S]*?)<\/bt:String>/g),
    ];
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const [, id, zh, inner] of strings) {
      expect(`${id}: ${/[\u4e00-\u9fff]/.test(zh!)}`).toBe(`${id}: true`);
      expect(`${id}: ${/<bt:Override Locale="en-US" Value="[^"]+"\/>/.test(inner!)}`).toBe(
        `${id}: true`
      );
    }
  });

  it("keeps Office's limits on resource ids and string lengths", () => {
    for (const { id } of [
      ...elements("bt:Image"),
      ...elements("bt:Url"),
      ...elements("bt:String"),
    ]) {
      if (id !== undefined) expect(id.length).toBeLessThanOrEqual(32);
    }
    const section = (name: string): string =>
      new RegExp(`<bt:${name}>([\\s\\S]*?)</bt:${name}>`).exec(xml)?.[1] ?? "";
    for (const [name, max] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const m of section(name).matchAll(/(?:DefaultValue|Value)="([^"]*)"/g)) {
        expect(m[1]!.length).toBeLessThanOrEqual(max);
      }
    }
  });

  it("resolves every resid to a declared resource", () => {
    const declared = new Set(
      [...elements("bt:Image"), ...elements("bt:Url"), ...elements("bt:String")]
        .map((e) => e.id)
        .filter(Boolean)
    );
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(declared.has(id) ? id : `missing ${id}`).toBe(id);
  });

  it("opens the task pane from a Home-tab button", () => {
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>ButtonId1<\/TaskpaneId>/);
    expect(xml).toMatch(/xsi:type="VersionOverridesV1_0"/);
    for (const size of ["16", "32", "80"])
      expect(xml).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
  });

  it("only names URLs under https://localhost:3000/ that this project serves", () => {
    const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
    const urls = [
      ...new Set([...withoutComments.matchAll(/https?:\/\/[^"\s<]+/g)].map((m) => m[0])),
    ].filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/")
    );
    expect(urls.length).toBeGreaterThan(0);
    const pages = new Set(["taskpane.html"]);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL) ? "under dev URL" : url).toBe("under dev URL");
      const rel = url.slice(DEV_URL.length);
      if (rel.startsWith("assets/")) {
        expect(fs.existsSync(path.join(ROOT, rel)) ? rel : `missing ${rel}`).toBe(rel);
      } else {
        expect(pages.has(rel) ? rel : `not a built page: ${rel}`).toBe(rel);
      }
    }
    expect(fs.existsSync(path.join(ROOT, "src", "taskpane", "taskpane.html"))).toBe(true);
  });

  it("points its icons at real PNGs of the declared sizes", () => {
    const png = (rel: string): { w: number; h: number } => {
      const buf = fs.readFileSync(path.join(ROOT, rel));
      expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      return { w: buf.readUInt32BE(16), h: buf.readUInt32BE(20) };
    };
    for (const { id, DefaultValue } of elements("bt:Image").filter((e) => e.id)) {
      const size = Number(/Icon\.(\d+)x\d+/.exec(id!)?.[1]);
      expect(png(DefaultValue!.slice(DEV_URL.length))).toEqual({ w: size, h: size });
    }
    expect(png(elements("IconUrl")[0]!.DefaultValue!.slice(DEV_URL.length))).toEqual({
      w: 32,
      h: 32,
    });
    expect(png(elements("HighResolutionIconUrl")[0]!.DefaultValue!.slice(DEV_URL.length))).toEqual({
      w: 64,
      h: 64,
    });
    for (const f of [
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
      "icon-128.png",
      "logo-filled.png",
    ]) {
      expect(fs.existsSync(path.join(ROOT, "assets", f))).toBe(true);
    }
  });
});
