/**
 * The streaming XML scan (src/writers/input/xmlScan.ts) skips runs of bytes with indexOf (issue 15). Its verdict
 * must not depend on how a part is cut into chunks, and must be the one the byte-by-byte scanner it replaced gave:
 * that scanner is kept here as the oracle.
 */
import fc from "fast-check";
import { XmlScanner } from "../../src/writers/input";
import type { XmlScanResult } from "../../src/writers/input/xmlScan";

type Mode = "text" | "lt" | "bang" | "tag" | "quote" | "comment" | "cdata" | "pi";

/** The byte-by-byte scanner as it was before issue 15, verbatim but for its name. */
class ByteScanner {
  private mode: Mode = "text";
  private depth = 0;
  private quote = 0;
  private closing = false;
  private prev = 0;
  private bang = "";
  private tail = "";
  private found: XmlScanResult = "ok";

  constructor(private readonly maxDepth: number) {}

  result(): XmlScanResult {
    return this.found;
  }

  feed(chunk: Uint8Array): XmlScanResult {
    for (let i = 0; i < chunk.length && this.found === "ok"; i++) this.step(chunk[i]!);
    return this.found;
  }

  private step(b: number): void {
    switch (this.mode) {
      case "text":
        if (b === 0x3c) this.mode = "lt";
        break;
      case "lt":
        if (b === 0x21) {
          this.mode = "bang";
          this.bang = "";
        } else if (b === 0x3f) this.mode = "pi";
        else {
          this.closing = b === 0x2f;
          this.mode = "tag";
        }
        break;
      case "bang":
        this.bang += String.fromCharCode(b);
        if (this.bang === "--") this.enter("comment");
        else if (this.bang === "[CDATA[") this.enter("cdata");
        else if (!"--".startsWith(this.bang) && !"[CDATA[".startsWith(this.bang))
          this.found = "doctype";
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

const bytes = (doc: string): Uint8Array => new Uint8Array(Buffer.from(doc, "latin1"));

/** The verdict of a scanner fed `doc` cut at the given offsets. */
function scanCut(
  make: () => { feed(c: Uint8Array): unknown; result(): XmlScanResult },
  doc: Uint8Array,
  cuts: readonly number[]
): XmlScanResult {
  const s = make();
  let from = 0;
  for (const to of [...cuts, doc.length]) {
    s.feed(doc.subarray(from, to));
    from = to;
  }
  return s.result();
}

const every = (size: number, length: number): number[] =>
  Array.from({ length: Math.ceil(length / size) }, (_, k) => k * size).slice(1);

/** Every chunking the brief asks for (1, 2, 3, 7 bytes, whole) and every single cut. */
function chunkings(length: number): number[][] {
  const out = [[], every(1, length), every(2, length), every(3, length), every(7, length)];
  for (let p = 0; p <= length; p++) out.push([p]);
  return out;
}

const DEPTH = 3;

const DOCUMENTS: readonly [string, XmlScanResult][] = [
  ['<?xml version="1.0"?><a><b/></a>', "ok"],
  ['<?xml version="1.0"?><!DOCTYPE x><x/>', "doctype"],
  ["<!ENTITY x 'y'>", "doctype"],
  ["<a><!-- <!DOCTYPE x> --></a>", "ok"],
  ["<a><!-- -- > --><!DOCTYPE x></a>", "doctype"],
  ["<a><!-- --- --><!DOCTYPE x></a>", "doctype"],
  ["<a><!-- x --><b><c><d></d></c></b></a>", "too-deep"],
  // The terminator must lie wholly inside the section: "<!-->" and "<!--->" are still in the comment.
  ["<!-->  <!DOCTYPE x>", "ok"],
  ["<!--->  <!DOCTYPE x>", "ok"],
  ["<!---->  <!DOCTYPE x>", "doctype"],
  ["<!-- x-> y]]> <!DOCTYPE x> -->", "ok"],
  ["<![CDATA[ x]> y--> <!DOCTYPE x> ]]>", "ok"],
  ["<![CDATA[<!DOCTYPE x>]]><a/>", "ok"],
  ["<![CDATA[]]><!DOCTYPE x>", "doctype"],
  ["<![CDATA[ ]] ]]] > ]]><!DOCTYPE x>", "doctype"],
  ["<![CDATA[ ]> ]]]]><!DOCTYPE x>", "doctype"],
  ["<![CDA<a>", "doctype"],
  ["<!-x>", "doctype"],
  ['<a b="<!DOCTYPE x>" c=\'">\'><b><c><d>', "too-deep"],
  ['<a b="/"><b><c><d>', "too-deep"],
  ["<a/><b/><c/><d/><e/>", "ok"],
  ["<a><b><c></c></b><b><c></c></b></a>", "ok"],
  ["<a><b><c><d/></c></b></a>", "ok"],
  ["<a><b><c><d>", "too-deep"],
  ["</></></><a><b><c><d>", "too-deep"],
  ["<>x><a><b><c>", "too-deep"],
  ["<?pi x?><?><a><b><c><d>", "too-deep"],
  ["<?pi > ?x ><!DOCTYPE x> ?>", "ok"],
  ["<?pi ?><!DOCTYPE x>", "doctype"],
  ['<a x="1>2"/><b y=\'"\'><c z="\'"><d>', "ok"],
  ['<a x="1>2"/><b y=\'"\'><c z="\'"><d><e>', "too-deep"],
  ["<a\n/><b\t/ ><c/>", "ok"],
  ["text only, no markup > at all", "ok"],
  ["", "ok"],
];

describe("the streaming XML scan, cut anywhere", () => {
  test.each(DOCUMENTS)("%j is %s in every chunking", (doc, verdict) => {
    const data = bytes(doc);
    expect(scanCut(() => new ByteScanner(DEPTH), data, [])).toBe(verdict);
    for (const cuts of chunkings(data.length)) {
      expect({ cuts, verdict: scanCut(() => new XmlScanner(DEPTH), data, cuts) }).toEqual({
        cuts,
        verdict,
      });
    }
  });

  test("the verdict is the byte-by-byte scanner's, however the bytes are cut", () => {
    const token = fc.constantFrom(
      "<",
      ">",
      "/",
      "!",
      "?",
      "-",
      "--",
      "-->",
      "]",
      "]]>",
      "[CDATA[",
      "<![CDATA[",
      "<!--",
      "<!DOCTYPE",
      "<?",
      "?>",
      '"',
      "'",
      "=",
      "a",
      " ",
      "<a>",
      "</a>",
      "<b/>",
      '<c x="1">'
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (tokens, picks) => {
          const data = bytes(tokens.join(""));
          const cuts = [...new Set(picks.map((p) => p % (data.length + 1)))].sort((a, b) => a - b);
          const expected = scanCut(() => new ByteScanner(DEPTH), data, []);
          expect(scanCut(() => new XmlScanner(DEPTH), data, cuts)).toBe(expected);
          expect(scanCut(() => new XmlScanner(DEPTH), data, every(1, data.length))).toBe(expected);
        }
      ),
      { numRuns: 3000 }
    );
  });

  test("a chunk after the verdict changes nothing", () => {
    const s = new XmlScanner(DEPTH);
    expect(s.feed(bytes("<!DOCTYPE x>"))).toBe("doctype");
    expect(s.feed(bytes("<a><b><c><d>"))).toBe("doctype");
    expect(s.feed(new Uint8Array(0))).toBe("doctype");
  });
});
