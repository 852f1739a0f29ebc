import type { BlobApi, UtilitiesApi } from "../../../gas/host/surface";
import type { CallLog } from "./call-log";

/** A Blob as Apps Script's Utilities makes one: a name, a content type and bytes (strings as UTF-8). */
export class FakeBlob implements BlobApi {
  constructor(
    private name: string | null,
    public contentType: string,
    readonly bytes: Uint8Array,
  ) {}
  getName(): string | null {
    return this.name;
  }
  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }
  setContentType(contentType: string): FakeBlob {
    this.contentType = contentType;
    return this;
  }
  getBytes(): number[] {
    return [...this.bytes];
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip of the blobs, entries named by the blobs' names (a "/" in a name makes a folder, as
 * Utilities.zip does), stored without compression: synchronous like Apps Script's.
 */
function zipStore(blobs: readonly FakeBlob[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const blob of blobs) {
    const name = enc.encode(blob.getName() ?? "");
    const data = blob.bytes;
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30 + name.length));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    new Uint8Array(local.buffer).set(name, 30);
    const central = new DataView(new ArrayBuffer(46 + name.length));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, 0x0800, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    new Uint8Array(central.buffer).set(name, 46);
    locals.push(new Uint8Array(local.buffer), data);
    centrals.push(new Uint8Array(central.buffer));
    offset += 30 + name.length + data.length;
  }
  const size = centrals.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, blobs.length, true);
  end.setUint16(10, blobs.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export class FakeUtilities implements UtilitiesApi {
  constructor(private readonly log: CallLog) {}
  newBlob(data: string, contentType: string, name: string): FakeBlob {
    return new FakeBlob(name, contentType, new TextEncoder().encode(data));
  }
  zip(blobs: readonly unknown[], name: string): FakeBlob {
    this.log.record("Utilities", "zip", name);
    if (!blobs.every((b): b is FakeBlob => b instanceof FakeBlob)) throw new Error("fake Utilities.zip: not a blob");
    return new FakeBlob(name, "application/zip", zipStore(blobs));
  }
}
