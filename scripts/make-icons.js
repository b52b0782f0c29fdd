#!/usr/bin/env node
/**
 * Writes the add-in's PNG icons into assets/ (run: `node scripts/make-icons.js`).
 *
 * No image library: each glyph is a few shapes described by signed distance functions, sampled
 * 4×4 times per pixel for anti-aliasing, and written as an 8-bit RGBA PNG with zlib. The output
 * is deterministic, so re-running the script on an unchanged file changes no bytes.
 *
 * Glyph (on a deep-blue rounded square so it reads on light and dark ribbons): icon-*, the
 * add-in and its one ribbon button, a list with red/amber/green status dots. The pane's views have
 * no ribbon buttons of their own: the pane moves between them with its tabs.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Ribbon sizes (16/32/80 required; 20/24/40/48 for scaled displays) plus 64 for HighResolutionIconUrl. */
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const OUT_DIR = path.join(__dirname, "..", "assets");

const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
const RED = [0xd1, 0x34, 0x38];
const AMBER = [0xff, 0xb9, 0x00];
const GREEN = [0x10, 0x9c, 0x3c];

// ---- Shapes, in unit coordinates (0..1 across the icon). Each returns a signed distance. ----

function roundedRect(cx, cy, halfW, halfH, radius) {
  return (x, y) => {
    const qx = Math.abs(x - cx) - halfW + radius;
    const qy = Math.abs(y - cy) - halfH + radius;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

function circle(cx, cy, r) {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

/** A line from (ax, ay) to (bx, by) with round caps, `width` thick. */
function stroke(ax, ay, bx, by, width) {
  return (x, y) => {
    const px = x - ax;
    const py = y - ay;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - dx * t, py - dy * t) - width / 2;
  };
}

const background = { shape: roundedRect(0.5, 0.5, 0.5, 0.5, 0.18), colour: BLUE };

/** Layers painted in order; later layers cover earlier ones. */
const GLYPHS = {
  icon: [
    background,
    ...[0.3, 0.5, 0.7].flatMap((y, i) => [
      { shape: circle(0.27, y, 0.085), colour: WHITE },
      { shape: circle(0.27, y, 0.06), colour: [RED, AMBER, GREEN][i] },
      { shape: stroke(0.44, y, 0.78, y, 0.09), colour: WHITE },
    ]),
  ],
};

// ---- Rasterising ----

const SUPERSAMPLE = 4;

/** Returns RGBA bytes, row by row, with straight (non-premultiplied) alpha. */
function render(layers, size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the sub-samples, compositing layers "over".
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let sr = 0;
          let sg = 0;
          let sb = 0;
          let sa = 0;
          for (const layer of layers) {
            if (layer.shape(x, y) > 0) continue;
            sr = layer.colour[0];
            sg = layer.colour[1];
            sb = layer.colour[2];
            sa = 1;
          }
          r += sr * sa;
          g += sg * sa;
          b += sb * sa;
          a += sa;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / (SUPERSAMPLE * SUPERSAMPLE)) * 255);
    }
  }
  return pixels;
}

// ---- PNG encoding ----

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, layers] of Object.entries(GLYPHS)) {
    for (const size of SIZES) {
      const file = path.join(OUT_DIR, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(render(layers, size), size));
    }
  }
  console.log(`Wrote ${Object.keys(GLYPHS).length * SIZES.length} icons to ${path.relative(process.cwd(), OUT_DIR) || "."}`);
}

main();
