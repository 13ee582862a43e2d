/**
 * External content in an OOXML package, found the way Excel and LibreOffice find it: from relationships
 * (TargetMode="External", or the relationship type) and content types, wherever the part lives, and from the part
 * names Excel uses. Covers external workbook links, OLE objects, remote (attached) templates, data connections and
 * query tables. Hyperlinks are external by nature and harmless (they fetch nothing), so they are allowed.
 */
import type { ExternalKind, Problem } from "../../engine";

const REL_KINDS: readonly [RegExp, ExternalKind][] = [
  [/\/externalLink(Path)?$/i, "external-link"],
  [/\/(oleObject|package)$/i, "ole-object"],
  [/\/attachedTemplate$/i, "remote-template"],
  [/\/connections$/i, "data-connection"],
  [/\/queryTable$/i, "query-table"],
];

const CONTENT_KINDS: readonly [RegExp, ExternalKind][] = [
  [/externalLink/i, "external-link"],
  [/oleObject/i, "ole-object"],
  [/connections\+xml/i, "data-connection"],
  [/queryTable\+xml/i, "query-table"],
];

const NAME_KINDS: readonly [RegExp, ExternalKind][] = [
  [/^xl\/externalLinks\//i, "external-link"],
  [/(^|\/)embeddings\/oleObject[^/]*$/i, "ole-object"],
  [/(^|\/)connections\.xml$/i, "data-connection"],
  [/(^|\/)queryTables\//i, "query-table"],
];

/** The attribute patterns by name, built once (a package's relationships are read for every workbook). */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attr(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const m = pattern.exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
}

function kindOf(table: readonly [RegExp, ExternalKind][], text: string): ExternalKind | undefined {
  return table.find(([re]) => re.test(text))?.[1];
}

/**
 * Every kind of external content in a package, once per kind.
 * @param names every part name in the zip
 * @param texts the text of [Content_Types].xml and of every .rels part, by part name
 */
export function externalContent(
  names: readonly string[],
  texts: ReadonlyMap<string, string>
): Problem[] {
  const found = new Map<ExternalKind, Problem>();
  const add = (kind: ExternalKind, part: string, target?: string): void => {
    if (!found.has(kind))
      found.set(kind, {
        code: "external-links",
        kind,
        part,
        ...(target ? { target: target.slice(0, 200) } : {}),
      });
  };
  for (const [part, text] of texts) {
    if (part === "[Content_Types].xml") {
      for (const m of text.matchAll(/<(Override|Default)\b[^>]*>/g)) {
        const kind = kindOf(CONTENT_KINDS, attr(m[0], "ContentType") ?? "");
        if (kind) add(kind, attr(m[0], "PartName") ?? `*.${attr(m[0], "Extension") ?? ""}`);
      }
      continue;
    }
    for (const m of text.matchAll(/<Relationship\b[^>]*>/g)) {
      const type = attr(m[0], "Type") ?? "";
      const target = attr(m[0], "Target") ?? "";
      const external = (attr(m[0], "TargetMode") ?? "").toLowerCase() === "external";
      const kind = kindOf(REL_KINDS, type);
      if (kind) add(kind, part, external ? target : undefined);
      else if (external && !/\/hyperlink$/i.test(type)) add("external-target", part, target);
    }
  }
  for (const name of names) {
    const kind = kindOf(NAME_KINDS, name);
    if (kind) add(kind, name);
  }
  return [...found.values()];
}

/** Whether the zip part's text is kept for externalContent: content types and relationships. */
export function keepsText(name: string): boolean {
  return name === "[Content_Types].xml" || /\.rels$/i.test(name);
}
