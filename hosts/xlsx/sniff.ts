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

/** "EncryptedPackage" in UTF-16LE, as a compound file's directory stores stream names. */
const ENCRYPTED = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

/** A compound (OLE) file holding an "EncryptedPackage" stream is a password-protected .xlsx. */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const first = ENCRYPTED[0];
  const last = bytes.length - ENCRYPTED.length;
  for (let i = bytes.indexOf(first); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < ENCRYPTED.length && bytes[i + j] === ENCRYPTED[j]) j++;
    if (j === ENCRYPTED.length) return true;
  }
  return false;
}
