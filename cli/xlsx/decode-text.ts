/**
 * Bytes of a CSV / "Unicode text" file to a string. Accepted: UTF-8 (with or without BOM) and
 * UTF-16 LE/BE (Excel's "Unicode text" has a BOM; without one, the zero bytes of ASCII text tell
 * the byte order). Anything else (Windows-1258, TCVN3...) is refused rather than garbled.
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strictUtf8(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null && !utf8.includes("\u0000")) return utf8;
  const bom = utf16Order(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: most ASCII characters have a zero high byte on one side. */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}
