import { msg, type Message } from "../../core/i18n";

/** A failure the user must read: a catalogue message, never a stack trace. */
export class HostError extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.en);
  }
}

export { sniffFile, isEncryptedPackage } from "../../hosts/xlsx";

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
