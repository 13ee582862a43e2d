/**
 * walkXml decodes and parses a part XML_CHUNK_BYTES at a time (issue 15). Whatever falls on a chunk's edge — a
 * character of three or four UTF-8 bytes, an entity, a tag, an attribute, CR LF — it must report exactly the
 * events saxes reports for the whole part decoded at once (walkXml's former way), and decline exactly where that
 * declined: bytes that are not UTF-8, a character cut at the very end, malformed XML.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { FastGridDecline, XML_CHUNK_BYTES, walkXml } from "../../src/writers/xlsx/fastXml";
import { FC_SEED, runs } from "../support/arbitraries";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The events of walkXml, or its decline. */
function chunked(bytes: Uint8Array): string[] {
  const events: string[] = [];
  try {
    walkXml(bytes, "worksheet", NS, {
      open: (name, a, depth) => events.push(`open ${depth} ${name} ${JSON.stringify(a)}`),
      text: (t) => events.push(`text ${t}`),
      close: (name, depth) => events.push(`close ${depth} ${name}`),
    });
  } catch (e) {
    if (e instanceof FastGridDecline) return ["declined"];
    throw e;
  }
  return merged(events);
}

/** The same walk over the whole part decoded at once (walkXml's former body), or "declined". */
function whole(bytes: Uint8Array): string[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return ["declined"];
  }
  const events: string[] = [];
  const parser = new SaxesParser();
  let depth = -1;
  let failure = false;
  parser.on("error", () => (failure = true));
  parser.on("cdata", () => (failure = true));
  parser.on("opentag", (node) => {
    depth++;
    const a = node.attributes as Record<string, string>;
    if (depth === 0 && (node.name !== "worksheet" || a.xmlns !== NS)) failure = true;
    if (!failure) events.push(`open ${depth} ${node.name} ${JSON.stringify(a)}`);
  });
  parser.on("text", (t) => {
    if (!failure && depth >= 0) events.push(`text ${t}`);
  });
  parser.on("closetag", (node) => {
    if (!failure) events.push(`close ${depth} ${node.name}`);
    depth--;
  });
  parser.write(text).close();
  return failure || depth !== -1 ? ["declined"] : merged(events);
}

/** Adjacent text events joined: where saxes splits a text between chunks is not the reader's concern. */
function merged(events: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of events)
    if (e.startsWith("text ") && out.at(-1)?.startsWith("text ")) out[out.length - 1] += e.slice(5);
    else out.push(e);
  return out;
}

const PIECES = [
  "网格",
  "𠀀", // four UTF-8 bytes, a surrogate pair in the string
  "&quot;",
  "&amp;",
  "&#x4E2D;",
  "\r\n",
  '<c r="A1" s="3" t="s"><v>12</v></c>',
  '<c r="B2"><f>IF(A1&gt;0,"是","否")</f><v>1</v></c>',
  "x",
  " ",
];

/** A worksheet whose body is pieces, padded so that it crosses chunk edges at every offset near them. */
const worksheet = fc
  .tuple(
    fc.integer({ min: 0, max: 40 }),
    fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }),
    fc.integer({ min: 1, max: 2 })
  )
  .map(([pad, pieces, chunks]) => {
    const head = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
    // A cell piece closes the inline-string cell the text is in and opens another after it.
    const body = pieces
      .map((p) => (p.startsWith("<c ") ? `</t></is></c>${p}<c r="Z9" t="inlineStr"><is><t>` : p))
      .join("");
    const fill = "a".repeat(Math.max(0, chunks * XML_CHUNK_BYTES - head.length - pad - 8));
    return `${head}${fill}${body}</t></is></c></row></sheetData></worksheet>`;
  });

test("chunked walks report what the whole-part walk reports, across every chunk edge", () => {
  fc.assert(
    fc.property(worksheet, (xml) => {
      const bytes = new TextEncoder().encode(xml);
      expect(whole(bytes)).not.toEqual(["declined"]); // well-formed by construction
      expect(chunked(bytes)).toEqual(whole(bytes));
    }),
    { numRuns: runs(200), seed: FC_SEED }
  );
});

test.each([
  ["a character of 3 bytes split at the chunk edge", 1],
  ["a character of 3 bytes split after its second byte", 2],
])("%s is read whole", (_name, before) => {
  const head = `<worksheet xmlns="${NS}"><sheetData/>`;
  const xml =
    head +
    "<!--" +
    "a".repeat(XML_CHUNK_BYTES - head.length - 4 - before) +
    "网格-->" +
    "</worksheet>";
  const bytes = new TextEncoder().encode(xml);
  expect(chunked(bytes)).toEqual(whole(bytes));
  expect(chunked(bytes)).not.toEqual(["declined"]);
});

test.each([
  [
    "bytes that are not UTF-8 in the second chunk",
    (b: Uint8Array) => b.set([0xff], XML_CHUNK_BYTES + 5),
  ],
  ["a character cut at the part's very end", (b: Uint8Array) => b.set([0xe7, 0xbd], b.length - 2)],
  ["a tag left open at the end", (b: Uint8Array) => b.set([0x3c, 0x61], b.length - 2)],
])("declines on %s, as the whole-part walk does", (_name, spoil) => {
  const xml = `<worksheet xmlns="${NS}"><sheetData/><!--${"b".repeat(XML_CHUNK_BYTES + 100)}--></worksheet>  `;
  const bytes = new TextEncoder().encode(xml);
  spoil(bytes);
  expect(whole(bytes)).toEqual(["declined"]);
  expect(chunked(bytes)).toEqual(["declined"]);
});
