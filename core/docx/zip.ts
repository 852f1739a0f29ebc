/**
 * The directory of a ZIP package (what a .docx is), read from its bytes without expanding
 * anything: names, methods, declared sizes, the encryption flag. Hosts check it against the
 * limits below before they inflate a single byte, then inflate only the parts they need.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not a Word document. */
  method: number;
  compressedSize: number;
  /** As declared by the directory: a hostile file may lie, so hosts also cap what they inflate. */
  size: number;
  crc32: number;
  /** General-purpose flags (bit 0: encrypted; bit 3: sizes in a data descriptor; bit 11: UTF-8 name). */
  flags: number;
  time: number;
  date: number;
  /** Offset of the entry's local header. */
  offset: number;
}

export type ZipDirectory =
  | { entries: ZipEntry[]; error: null; count: number }
  | { entries: null; error: "notZip" | "truncated"; count: 0 }
  | { entries: null; error: "tooMany"; count: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
/** A 64-bit field, as a number (exact below 2⁵³, which is all a sane file can hold). */
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;

/** Central-directory names: UTF-8 when flagged (and in practice always for OOXML), else CP437's ASCII half. */
function decodeName(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let cp = b;
    let n = 1;
    if (b >= 0xf0 && i + 3 < bytes.length) [cp, n] = [((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f), 4];
    else if (b >= 0xe0 && i + 2 < bytes.length) [cp, n] = [((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f), 3];
    else if (b >= 0xc0 && i + 1 < bytes.length) [cp, n] = [((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f), 2];
    out += cp <= 0x10ffff ? String.fromCodePoint(cp) : "\ufffd";
    i += n;
  }
  return out;
}

/** The directory; a package claiming more than `maxEntries` entries is refused before they are read. */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): ZipDirectory {
  const truncated = { entries: null, error: "truncated", count: 0 } as const;
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL) return { entries: null, error: "notZip", count: 0 };
  // The end record sits in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === EOCD && at + 22 + u16(bytes, at + 20) <= bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) return truncated;
  let count = u16(bytes, end + 10);
  let dirOffset = u32(bytes, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    const loc = end - 20;
    if (loc < 0 || u32(bytes, loc) !== ZIP64_LOCATOR) return truncated;
    const at = u64(bytes, loc + 8);
    if (at + 56 > bytes.length || u32(bytes, at) !== ZIP64_EOCD) return truncated;
    count = u64(bytes, at + 32);
    dirOffset = u64(bytes, at + 48);
  }
  if (count > maxEntries) return { entries: null, error: "tooMany", count };
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return truncated;
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const nameLen = u16(bytes, at + 28);
    const extraLen = u16(bytes, at + 30);
    const commentLen = u16(bytes, at + 32);
    if (at + 46 + nameLen + extraLen + commentLen > bytes.length) return truncated;
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    let offset = u32(bytes, at + 42);
    // ZIP64 extended information: the fields that overflowed, in this order.
    for (let x = at + 46 + nameLen; x + 4 <= at + 46 + nameLen + extraLen; ) {
      const id = u16(bytes, x);
      const len = u16(bytes, x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        if (size === 0xffffffff && p + 8 <= x + 4 + len) [size, p] = [u64(bytes, p), p + 8];
        if (compressedSize === 0xffffffff && p + 8 <= x + 4 + len) [compressedSize, p] = [u64(bytes, p), p + 8];
        if (offset === 0xffffffff && p + 8 <= x + 4 + len) offset = u64(bytes, p);
      }
      x += 4 + len;
    }
    entries.push({
      name: decodeName(bytes.subarray(at + 46, at + 46 + nameLen)),
      method,
      compressedSize,
      size,
      crc32: u32(bytes, at + 16),
      flags,
      time: u16(bytes, at + 12),
      date: u16(bytes, at + 14),
      offset,
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, error: null, count };
}

/** Where an entry's compressed data starts, from its local header; null when the header is not there. */
function dataStart(bytes: Uint8Array, e: ZipEntry): number | null {
  const at = e.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  return start + e.compressedSize <= bytes.length ? start : null;
}

/** The bytes of an entry stored without compression (an ODF "mimetype"), or null. */
export function storedBytes(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  if (e.method !== 0) return null;
  const start = dataStart(bytes, e);
  return start === null ? null : bytes.subarray(start, start + e.compressedSize);
}

function put16(out: number[], v: number): void {
  out.push(v & 0xff, (v >>> 8) & 0xff);
}

function put32(out: number[], v: number): void {
  out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
}

function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}

/**
 * A new ZIP holding only the given entries, their compressed bytes copied as they are: a host
 * whose unzip expands a whole archive at once (Apps Script's Utilities.unzip) gets only the
 * parts it needs, whose declared sizes were checked. Null when an entry's data is not where the
 * directory says (a damaged file).
 */
export function zipSubset(bytes: Uint8Array, entries: readonly ZipEntry[]): Uint8Array | null {
  const parts: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const start = dataStart(bytes, e);
    if (start === null || e.compressedSize > 0xfffffffe || e.size > 0xfffffffe) return null;
    const name = utf8(e.name);
    const flags = (e.flags & ~0x0008) | 0x0800; // sizes in the header, UTF-8 name
    const local: number[] = [];
    put32(local, LOCAL);
    put16(local, 20);
    put16(local, flags);
    put16(local, e.method);
    put16(local, e.time);
    put16(local, e.date);
    put32(local, e.crc32);
    put32(local, e.compressedSize);
    put32(local, e.size);
    put16(local, name.length);
    put16(local, 0);
    local.push(...name);
    put32(central, CENTRAL);
    put16(central, 20);
    put16(central, 20);
    put16(central, flags);
    put16(central, e.method);
    put16(central, e.time);
    put16(central, e.date);
    put32(central, e.crc32);
    put32(central, e.compressedSize);
    put32(central, e.size);
    put16(central, name.length);
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put32(central, 0);
    put32(central, offset);
    central.push(...name);
    parts.push(Uint8Array.from(local), bytes.subarray(start, start + e.compressedSize));
    offset += local.length + e.compressedSize;
  }
  const tail: number[] = [];
  put32(tail, EOCD);
  put16(tail, 0);
  put16(tail, 0);
  put16(tail, entries.length);
  put16(tail, entries.length);
  put32(tail, central.length);
  put32(tail, offset);
  put16(tail, 0);
  parts.push(Uint8Array.from(central), Uint8Array.from(tail));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

let CRC_TABLE: Uint32Array | null = null;

/** CRC-32 (ZIP's), to tell a damaged part from a good one after expanding it. */
export function crc32(bytes: Uint8Array): number {
  if (CRC_TABLE === null) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
