import { msg, type Message } from "../../core/i18n";

/** A failure the user must read: a catalogue message, never a stack trace. */
export class HostError extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.en);
  }
}

/** What the first bytes of a file say it is. */
export function sniffFile(bytes: Uint8Array): "zip" | "cfb" | "other" {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  if (
    bytes.length >= 8 &&
    bytes[0] === 0xd0 &&
    bytes[1] === 0xcf &&
    bytes[2] === 0x11 &&
    bytes[3] === 0xe0 &&
    bytes[4] === 0xa1 &&
    bytes[5] === 0xb1 &&
    bytes[6] === 0x1a &&
    bytes[7] === 0xe1
  )
    return "cfb";
  return "other";
}

/** A compound (OLE) file holding an "EncryptedPackage" stream is a password-protected .xlsx. */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  // The directory stores stream names in UTF-16LE.
  const needle = Buffer.from("EncryptedPackage", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;
}

export function fileError(kind: "missing" | "corrupt" | "password" | "legacyXls" | "notReadable", file: string, detail?: string): HostError {
  const params = { file, detail: detail ?? "" };
  const codes: Record<typeof kind, Parameters<typeof msg>[0]> = {
    missing: "ui.file.missing",
    corrupt: "ui.file.corrupt",
    password: "ui.file.password",
    legacyXls: "ui.file.legacyXls",
    notReadable: "ui.file.notReadable",
  };
  return new HostError(msg(codes[kind], params));
}
