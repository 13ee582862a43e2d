/**
 * A streaming pass over an XML part as it is inflated: it finds a DOCTYPE (the door to XXE and billion-laughs
 * entity expansion; no part gridscore reads ever has one) and measures element nesting, without building anything.
 * Fed chunk by chunk, so a part is never held whole. Not a validating parser: it only has to be right about
 * well-formed XML, and conservative (refuse) about the rest.
 */

export type XmlScanResult = "ok" | "doctype" | "too-deep";

type Mode = "text" | "lt" | "bang" | "tag" | "quote" | "comment" | "cdata" | "pi";

/** Scans one XML part; call feed() per chunk and result() at the end. */
export class XmlScanner {
  private mode: Mode = "text";
  private depth = 0;
  private quote = 0;
  private closing = false;
  private prev = 0;
  private bang = "";
  private tail = "";
  private found: XmlScanResult = "ok";

  /** @param maxDepth the deepest element nesting accepted (a worksheet nests about 7). */
  constructor(private readonly maxDepth: number) {}

  /** The verdict so far: "ok" until a DOCTYPE or too deep a nesting is seen. */
  result(): XmlScanResult {
    return this.found;
  }

  /** Scans the next chunk of the part's bytes (UTF-8: every byte that matters here is ASCII). */
  feed(chunk: Uint8Array): XmlScanResult {
    for (let i = 0; i < chunk.length && this.found === "ok"; i++) this.step(chunk[i]!);
    return this.found;
  }

  private step(b: number): void {
    switch (this.mode) {
      case "text":
        if (b === 0x3c) this.mode = "lt"; // <
        break;
      case "lt":
        if (b === 0x21) {
          this.mode = "bang"; // <!
          this.bang = "";
        } else if (b === 0x3f)
          this.mode = "pi"; // <?
        else {
          this.closing = b === 0x2f; // </
          this.mode = "tag";
        }
        break;
      case "bang":
        this.bang += String.fromCharCode(b);
        if (this.bang === "--") this.enter("comment");
        else if (this.bang === "[CDATA[") this.enter("cdata");
        else if (!"--".startsWith(this.bang) && !"[CDATA[".startsWith(this.bang))
          this.found = "doctype"; // <!DOCTYPE, <!ENTITY, <!ELEMENT …
        break;
      case "comment":
        this.until(b, "-->");
        break;
      case "cdata":
        this.until(b, "]]>");
        break;
      case "pi":
        if (b === 0x3e && this.prev === 0x3f) this.mode = "text";
        break;
      case "tag":
        if (b === 0x22 || b === 0x27) {
          this.quote = b;
          this.mode = "quote";
        } else if (b === 0x3e) {
          if (this.closing) this.depth = Math.max(0, this.depth - 1);
          else if (this.prev !== 0x2f && ++this.depth > this.maxDepth) this.found = "too-deep";
          this.mode = "text";
        }
        break;
      case "quote":
        if (b === this.quote) this.mode = "tag";
        break;
    }
    this.prev = b;
  }

  private enter(mode: "comment" | "cdata"): void {
    this.mode = mode;
    this.tail = "";
  }

  private until(b: number, end: string): void {
    this.tail = (this.tail + String.fromCharCode(b)).slice(-end.length);
    if (this.tail === end) this.mode = "text";
  }
}

/** Whether a zip part is XML worth scanning, by its name. */
export function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}
