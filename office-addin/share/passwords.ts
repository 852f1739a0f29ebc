/** No 0/O, 1/l/I: passwords are read aloud or copied by hand to the agencies. */
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** Bytes at or above this are skipped, so every letter is equally likely. */
const LIMIT = 256 - (256 % ALPHABET.length);

/** A random password for one agency's editable range, from the browser's CSPRNG. */
export function randomPassword(length = 10): string {
  let out = "";
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) if (b < LIMIT && out.length < length) out += ALPHABET[b % ALPHABET.length];
  }
  return out;
}
