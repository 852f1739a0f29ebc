import { sha256 } from "./sha256";
import { toHex, utf8 } from "./utf8";

const BLOCK = 64;

/** HMAC-SHA-256 (RFC 2104): keys longer than a block are hashed first, shorter ones zero-padded. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const k = new Uint8Array(BLOCK);
  k.set(key.length > BLOCK ? sha256(key) : key);
  const inner = new Uint8Array(BLOCK + message.length);
  const outer = new Uint8Array(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = k[i] ^ 0x36;
    outer[i] = k[i] ^ 0x5c;
  }
  inner.set(message, BLOCK);
  outer.set(sha256(inner), BLOCK);
  return sha256(outer);
}

/** HMAC-SHA-256 of a text (UTF-8) under a key, as 64 hex digits. */
export function hmacHex(key: Uint8Array, text: string): string {
  return toHex(hmacSha256(key, utf8(text)));
}

/**
 * Equality of two hex digests that does not stop at the first difference, so the time a check
 * takes says nothing about how much of a forged signature was right.
 */
export function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
