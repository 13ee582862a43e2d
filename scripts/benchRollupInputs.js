"use strict";
// Generated inputs for the roll-up section of `npm run bench` (scripts/bench.js): n scoresheets, one unit each,
// cached under test-output/bench/rollup-units-<layout shape>/<level>/unit-NNNNN.xlsx. Eight templates are
// written through the real layout and writer (four levels × two deduction patterns, organization a placeholder);
// each unit is a template with the placeholder replaced in the two zip entries that hold it (the others are
// copied compressed), so 10,000 files take seconds, not the ~15 minutes of 10,000 ExcelJS writes.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const LEVELS = ["city", "county", "township", "village"];
const PLACEHOLDER = "单位PLACEHOLDER";

/** The entries of a zip: name, method, compressed data and the fields a rewrite keeps. */
function readZip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let k = 0; k < count; k++) {
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const usize = buf.readUInt32LE(p + 24);
    const nlen = buf.readUInt16LE(p + 28);
    const xlen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    entries.push({ name, method, crc, usize, data: buf.subarray(dataAt, dataAt + csize) });
    p += 46 + nlen + xlen + clen;
  }
  return entries;
}

/** A zip of the entries (stored or deflated as given), with a fixed timestamp. */
function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(e.method, 8);
    head.writeUInt16LE(0, 10);
    head.writeUInt16LE(0x5b7c, 12);
    head.writeUInt32LE(e.crc, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.usize, 22);
    head.writeUInt16LE(e.name.length, 26);
    head.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    head.copy(central, 8, 6, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(head, e.name, e.data);
    centrals.push(central, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The template's entries with the placeholder replaced by `organization` where it occurs. */
function unitZip(entries, organization) {
  return writeZip(
    entries.map((e) => {
      if (!e.holds) return e;
      const xml = Buffer.from(e.xml.split(PLACEHOLDER).join(organization), "utf8");
      return {
        ...e,
        method: 8,
        crc: zlib.crc32(xml),
        usize: xml.length,
        data: zlib.deflateRawSync(xml),
      };
    })
  );
}

/** Items judged absent in every third template: 140 points, so those units fail (不合格). */
const FAILING = ["A.3.5", "A.5.2", "A.3.2", "A.3.4", "A.5.3", "A.6.2", "A.6.3"];

/** Eight templates: level t % 4, A.1.1.3 deducted (t >> 2) % 2, FAILING absent when t % 3 = 0. */
async function templates(root) {
  const { buildScoresheet } = require(path.join(root, "lib", "layout"));
  const { writeXlsx } = require(path.join(root, "lib", "writers", "xlsx"));
  const example = JSON.parse(
    fs.readFileSync(path.join(root, "examples", "evaluation.json"), "utf8")
  );
  const out = [];
  for (let t = 0; t < 8; t++) {
    const evaluation = {
      ...example,
      meta: { ...example.meta, organization: PLACEHOLDER, level: LEVELS[t % 4] },
      items: {
        ...example.items,
        "A.1.1": { lines: { "A.1.1.3": (t >> 2) % 2 }, notes: { "A.1.1.3": "说明" } },
        ...(t % 3 === 0 ? Object.fromEntries(FAILING.map((id) => [id, { status: "absent" }])) : {}),
      },
    };
    const identity = {
      workbookId: `t${t}`,
      createdAt: "2026-11-28T00:00:00Z",
      generator: "bench",
      kind: "scoresheet",
    };
    const bytes = Buffer.from(await writeXlsx(buildScoresheet({ evaluation, identity })));
    out.push(
      readZip(bytes).map((e) => {
        if (e.method !== 8 && e.method !== 0) return e;
        const raw = e.method === 8 ? zlib.inflateRawSync(e.data) : e.data;
        const xml = raw.toString("utf8");
        return xml.includes(PLACEHOLDER) ? { ...e, holds: true, xml } : e;
      })
    );
  }
  return out;
}

/** The first n unit files (generated once, then cached), in unit order. */
async function rollupInputs(root, n) {
  const { buildScoresheet } = require(path.join(root, "lib", "layout"));
  const probe = buildScoresheet({
    identity: { workbookId: "x", createdAt: "x", generator: "x", kind: "scoresheet" },
  });
  const shape = crypto
    .createHash("sha256")
    .update(JSON.stringify(probe.sheets.map((s) => [s.name, s.cells.length, s.validations.length])))
    .digest("hex")
    .slice(0, 12);
  const dir = path.join(root, "test-output", "bench", `rollup-units-${shape}`);
  const files = [];
  let made;
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, LEVELS[i % 4], `unit-${String(i).padStart(5, "0")}.xlsx`);
    files.push(file);
    if (fs.existsSync(file)) continue;
    made ??= await templates(root);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, unitZip(made[i % 8], `单位${i}`));
  }
  return files;
}

module.exports = { rollupInputs, readZip };
