// Draws the add-in icons (a small bar chart on Excel green) as PNG files without any image
// library: run `node office-addin/assets/make-icons.mjs` after changing the drawing.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

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

/** RGBA pixel of the icon at (x, y) for size n. */
function pixel(x, y, n) {
  const u = (x + 0.5) / n;
  const v = (y + 0.5) / n;
  const r = 0.16; // corner radius (fraction)
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  const outside = Math.hypot(u - cx, v - cy) > r;
  if (outside) return [0, 0, 0, 0];
  // Three white bars rising left to right, on a baseline.
  const bars = [
    [0.2, 0.34, 0.58],
    [0.42, 0.56, 0.4],
    [0.64, 0.78, 0.22],
  ];
  for (const [l, rt, top] of bars) if (u >= l && u <= rt && v >= top && v <= 0.8) return [255, 255, 255, 255];
  if (v > 0.8 && v <= 0.85 && u >= 0.15 && u <= 0.85) return [255, 255, 255, 255];
  return [0x21, 0x73, 0x46, 255];
}

function png(n) {
  const raw = Buffer.alloc((n * 4 + 1) * n);
  for (let y = 0; y < n; y++) {
    raw[y * (n * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < n; x++) {
      const p = pixel(x, y, n);
      for (let k = 0; k < 4; k++) raw[y * (n * 4 + 1) + 1 + x * 4 + k] = p[k];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const n of [16, 32, 64, 80]) {
  writeFileSync(join(here, `icon-${n}.png`), png(n));
  console.log(`office-addin/assets/icon-${n}.png`);
}
