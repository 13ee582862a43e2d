/**
 * A streaming pass over an XML part as it is inflated: it finds a DOCTYPE (the door to XXE and billion-laughs
 * entity expansion; no part gridscore reads ever has one) and measures element nesting, without building anything.
 * Fed chunk by chunk, so a part is never held whole. Not a validating parser: it only has to be right about
 * well-formed XML, and conservative (refuse) about the rest.
 */

export type XmlScanResult = "ok" | "doctype" | "too-deep";

type Mode = "text" | "lt" | "bang" | "tag" | "quote" | "comment" | "cdata" | "pi";

const LT = 0x3c; // <
const GT = 0x3e; // >
const BANG = 0x21; // !
const QUESTION = 0x3f; // ?
const SLASH = 0x2f; // /
const DQUOTE = 0x22; // "
const SQUOTE = 0x27; // '
const DASH = 0x2d; // -
const BRACKET = 0x5d; // ]

/**
 * Scans one XML part; call feed() per chunk and result() at the end. Runs of bytes that cannot change the state
 * (text up to the next `<`, an attribute value up to its closing quote, a comment or CDATA section up to a `>`)
 * are skipped with the native indexOf (issue 15: the gate fed every byte through a switch before).
 */
export class XmlScanner {
  private mode: Mode = "text";
  private depth = 0;
  private quote = 0;
  private closing = false;
  /** The last two bytes fed, across chunks (`prev` the last). */
  private prev = 0;
  private prev2 = 0;
  /** How many bytes of the current comment or CDATA section were fed, up to 2. */
  private inside = 0;
  private bang = "";
  private found: XmlScanResult = "ok";

  /** @param maxDepth the deepest element nesting accepted (a worksheet nests about 7). */
  constructor(private readonly maxDepth: number) {}

  /** The verdict so far: "ok" until a DOCTYPE or too deep a nesting is seen. */
  result(): XmlScanResult {
    return this.found;
  }

  /** Scans the next chunk of the part's bytes (UTF-8: every byte that matters here is ASCII). */
  feed(chunk: Uint8Array): XmlScanResult {
    const n = chunk.length;
    if (this.found !== "ok" || n === 0) return this.found;
    // The byte before index i of this chunk (i >= 0), or the one before that: from the previous chunk at the start.
    const before = (i: number): number => (i > 0 ? chunk[i - 1]! : this.prev);
    const before2 = (i: number): number =>
      i > 1 ? chunk[i - 2]! : i === 1 ? this.prev : this.prev2;
    let i = 0;
    while (i < n && this.found === "ok") {
      switch (this.mode) {
        case "text": {
          const at = chunk.indexOf(LT, i);
          if (at < 0) i = n;
          else {
            this.mode = "lt";
            i = at + 1;
          }
          break;
        }
        case "lt": {
          const b = chunk[i++]!;
          if (b === BANG) {
            this.mode = "bang"; // <!
            this.bang = "";
          } else if (b === QUESTION)
            this.mode = "pi"; // <?
          else {
            this.closing = b === SLASH; // </
            this.mode = "tag";
          }
          break;
        }
        case "bang": {
          this.bang += String.fromCharCode(chunk[i++]!);
          if (this.bang === "--") this.enter("comment");
          else if (this.bang === "[CDATA[") this.enter("cdata");
          else if (!"--".startsWith(this.bang) && !"[CDATA[".startsWith(this.bang))
            this.found = "doctype"; // <!DOCTYPE, <!ENTITY, <!ELEMENT …
          break;
        }
        case "comment":
        case "cdata": {
          // Ends at "-->" or "]]>" wholly inside the section (so "<!-->" and "<!--->" do not end it).
          const end = this.mode === "comment" ? DASH : BRACKET;
          const at = chunk.indexOf(GT, i);
          if (at < 0) {
            this.inside = Math.min(2, this.inside + n - i);
            i = n;
            break;
          }
          if (this.inside + at - i >= 2 && before(at) === end && before2(at) === end)
            this.mode = "text";
          else this.inside = Math.min(2, this.inside + at + 1 - i);
          i = at + 1;
          break;
        }
        case "pi": {
          // Ends at "?>", where the "?" may be the one that opened it ("<?>").
          const at = chunk.indexOf(GT, i);
          if (at < 0) i = n;
          else {
            if (before(at) === QUESTION) this.mode = "text";
            i = at + 1;
          }
          break;
        }
        case "tag":
          for (; i < n; i++) {
            const b = chunk[i]!;
            if (b === DQUOTE || b === SQUOTE) {
              this.quote = b;
              this.mode = "quote";
              i++;
              break;
            }
            if (b === GT) {
              if (this.closing) this.depth = Math.max(0, this.depth - 1);
              else if (before(i) !== SLASH && ++this.depth > this.maxDepth) this.found = "too-deep";
              this.mode = "text";
              i++;
              break;
            }
          }
          break;
        case "quote": {
          const at = chunk.indexOf(this.quote, i);
          if (at < 0) i = n;
          else {
            this.mode = "tag";
            i = at + 1;
          }
          break;
        }
      }
    }
    this.prev2 = n > 1 ? chunk[n - 2]! : this.prev;
    this.prev = chunk[n - 1]!;
    return this.found;
  }

  private enter(mode: "comment" | "cdata"): void {
    this.mode = mode;
    this.inside = 0;
  }
}

/** Whether a zip part is XML worth scanning, by its name. */
export function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}
