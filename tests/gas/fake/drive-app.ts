import { randomUUID } from "node:crypto";
import * as zlib from "node:zlib";
import { readZipDirectory } from "../../../core/docx";
import type { BlobApi, DriveAppApi, DriveAppFileApi, UtilitiesApi } from "../../../gas/host/surface";
import type { CallLog } from "./call-log";
import { zipStore } from "./zip-store";

const toSigned = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
const toUnsigned = (bytes: readonly number[]): Uint8Array => {
  for (const b of bytes) if (!Number.isInteger(b) || b < -128 || b > 127) throw new Error(`Exception: Invalid argument: byte ${b}`);
  return Uint8Array.from(bytes, (b) => b & 0xff);
};

/** A blob as Apps Script's: Java bytes (-128…127) in and out. */
export class FakeBlob implements BlobApi {
  readonly bytes: Uint8Array;
  constructor(
    bytes: Uint8Array,
    public contentType: string,
    private name: string | null,
  ) {
    this.bytes = bytes.slice();
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  setContentType(contentType: string): this {
    this.contentType = contentType;
    return this;
  }
  getBytes(): number[] {
    return toSigned(this.bytes);
  }
  getDataAsString(charset: string): string {
    const b = Buffer.from(this.bytes);
    switch (charset.toUpperCase()) {
      case "UTF-8":
        return b.toString("utf8");
      case "UTF-16LE":
        return b.toString("utf16le");
      case "UTF-16BE":
        return Buffer.from(b).swap16().toString("utf16le");
      default:
        throw new Error(`Exception: unsupported charset ${charset}`);
    }
  }
  getName(): string | null {
    return this.name;
  }
  // What makes a Blob a BlobSource for Utilities.unzip.
  getBlob(): this {
    return this;
  }
  getAs(): this {
    return this;
  }
}

/** A file in the fake Drive: a .docx the person uploaded, or a Google Doc. */
export interface FakeDriveFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * DriveApp as far as the Word import uses it. Under drive.file the add-on reaches only files the
 * person picked: `picked` holds their ids, any other id fails as Apps Script fails it.
 */
export class FakeDriveApp implements DriveAppApi {
  readonly files = new Map<string, FakeDriveFile>();
  readonly picked = new Set<string>();
  constructor(private readonly log: CallLog) {}

  /** Test helper: a file in the person's Drive, picked in the Picker unless told otherwise. */
  add(id: string, file: FakeDriveFile, picked = true): void {
    this.files.set(id, file);
    if (picked) this.picked.add(id);
  }

  getFileById(id: string): DriveAppFileApi {
    this.log.record("DriveApp", "getFileById", id);
    const f = this.files.get(id);
    if (!f || !this.picked.has(id)) throw new Error("Exception: No item with the given ID could be found. Or perhaps you do not have permission to access it.");
    const log = this.log;
    return {
      getName: () => f.name,
      getSize: () => f.bytes.length,
      getMimeType: () => f.mimeType,
      getBlob: () => {
        log.record("DriveApp", "getBlob", id);
        return new FakeBlob(f.bytes, f.mimeType, f.name);
      },
    };
  }
}

/**
 * Utilities.newBlob and Utilities.unzip. unzip expands every entry of the archive it is given at
 * once (as Apps Script does), which is why the add-on hands it only the parts it checked; the
 * fake records how many bytes it expanded so tests can see that.
 */
export class FakeUtilities implements UtilitiesApi {
  expandedBytes = 0;
  unzipped: string[][] = [];
  constructor(private readonly log: CallLog) {}

  /** Random version-4 UUIDs, as Apps Script makes them (the master's signing key is made of two). */
  getUuid(): string {
    return randomUUID();
  }

  newBlob(data: number[] | string, contentType: string, name: string): GoogleAppsScript.Base.Blob {
    // Text is stored as UTF-8, as Apps Script does.
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : toUnsigned(data);
    return new FakeBlob(bytes, contentType, name) as unknown as GoogleAppsScript.Base.Blob;
  }

  /** Synchronous like Apps Script's: the entries stored uncompressed, named by the blobs' names. */
  zip(blobs: GoogleAppsScript.Base.BlobSource[], name: string): GoogleAppsScript.Base.Blob {
    this.log.record("Utilities", "zip", name);
    const parts = blobs.map((b) => b as unknown as FakeBlob);
    if (!parts.every((b) => b instanceof FakeBlob)) throw new Error("Exception: Utilities.zip takes blobs");
    return new FakeBlob(zipStore(parts.map((b) => ({ name: b.getName() ?? "", bytes: b.bytes }))), "application/zip", name) as unknown as GoogleAppsScript.Base.Blob;
  }

  unzip(blob: GoogleAppsScript.Base.BlobSource): BlobApi[] {
    this.log.record("Utilities", "unzip");
    const bytes = (blob as unknown as FakeBlob).bytes;
    const dir = readZipDirectory(bytes);
    if (!dir.entries) throw new Error("Exception: Could not unzip the blob: invalid archive");
    const out: FakeBlob[] = [];
    for (const e of dir.entries) {
      const at = e.offset;
      const start = at + 30 + (bytes[at + 26] | (bytes[at + 27] << 8)) + (bytes[at + 28] | (bytes[at + 29] << 8));
      const raw = bytes.subarray(start, start + e.compressedSize);
      const data = e.method === 0 ? raw : new Uint8Array(zlib.inflateRawSync(raw));
      this.expandedBytes += data.length;
      out.push(new FakeBlob(data, "application/octet-stream", e.name));
    }
    this.unzipped.push(out.map((b) => b.getName() ?? ""));
    return out;
  }
}
