/** Hashes the core needs in every host, in plain TypeScript: SHA-256 and HMAC-SHA-256 (signed package stamps). */
export { sha256 } from "./sha256";
export { hmacSha256, hmacHex, sameDigest } from "./hmac";
export { utf8, toHex, fromHex } from "./utf8";
