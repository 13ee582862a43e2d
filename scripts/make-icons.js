#!/usr/bin/env node
"use strict";
/**
 * Writes the add-in's PNG icons into assets/ with no image library: a rounded blue-to-green tile
 * with a 3×3 grid (the 网格) and a white check mark (the 评价), supersampled for anti-aliasing.
 * Run: node scripts/make-icons.js   (the PNGs are committed; rerun only to change the design)
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const OUT_DIR = path.join(__dirname, "..", "assets");
const TARGETS = [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["icon-128.png", 128],
  ["logo-filled.png", 256],
];
const SS = 4; // subsamples per axis
const TOP = [0x1e, 0x6f, 0xd9]; // blue
const BOTTOM = [0x1a, 0x9e, 0x5a]; // green

/** CRC-32 as PNG chunks need it. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes straight (non-premultiplied) RGBA pixels as a PNG file. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function insideRoundedRect(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour of one sample point in unit coordinates: [r, g, b, a] with a in 0..1. */
function sample(x, y, size) {
  if (!insideRoundedRect(x, y, 0.2)) return [0, 0, 0, 0];
  const t = y;
  let rgb = TOP.map((c, i) => c + (BOTTOM[i] - c) * t);
  // Grid: two inner lines each way, fainter and thicker at small sizes so they stay visible.
  const gridHalf = Math.max(0.018, 0.6 / size);
  const inset = 0.14;
  const inGridBox = x > inset && x < 1 - inset && y > inset && y < 1 - inset;
  const onGrid =
    inGridBox &&
    [1 / 3, 2 / 3].some(
      (g) =>
        Math.abs(x - (inset + g * (1 - 2 * inset))) < gridHalf ||
        Math.abs(y - (inset + g * (1 - 2 * inset))) < gridHalf
    );
  if (onGrid && size >= 24) rgb = rgb.map((c) => c + (255 - c) * 0.35);
  // Check mark.
  const checkHalf = Math.max(0.07, 1.1 / size);
  const d = Math.min(
    distToSegment(x, y, 0.26, 0.52, 0.43, 0.69),
    distToSegment(x, y, 0.43, 0.69, 0.76, 0.32)
  );
  if (d < checkHalf) rgb = [255, 255, 255];
  return [rgb[0], rgb[1], rgb[2], 1];
}

function render(size) {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const [sr, sg, sb, sa] = sample(
            (px + (sx + 0.5) / SS) / size,
            (py + (sy + 0.5) / SS) / size,
            size
          );
          r += sr * sa;
          g += sg * sa;
          b += sb * sa;
          a += sa;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return out;
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const [name, size] of TARGETS) {
  const file = path.join(OUT_DIR, name);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
}
