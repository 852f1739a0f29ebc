import { createHmac } from "node:crypto";
import fc from "fast-check";
import { fromHex, hmacHex, hmacSha256, sameDigest, toHex, utf8 } from "../../../core/crypto";

const bytes = (n: number, b: number) => new Uint8Array(n).fill(b);
const ascii = (s: string) => utf8(s);

/** RFC 4231 §4.2–4.8: HMAC-SHA-256 test vectors (case 5 compares the first 128 bits). */
const VECTORS: { name: string; key: Uint8Array; data: Uint8Array; mac: string }[] = [
  { name: "1", key: bytes(20, 0x0b), data: ascii("Hi There"), mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
  { name: "2", key: ascii("Jefe"), data: ascii("what do ya want for nothing?"), mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
  { name: "3", key: bytes(20, 0xaa), data: bytes(50, 0xdd), mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" },
  {
    name: "4",
    key: fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")!,
    data: bytes(50, 0xcd),
    mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
  },
  { name: "5 (truncated to 128 bits)", key: bytes(20, 0x0c), data: ascii("Test With Truncation"), mac: "a3b6167473100ee06e0c796c2955552b" },
  {
    name: "6",
    key: bytes(131, 0xaa),
    data: ascii("Test Using Larger Than Block-Size Key - Hash Key First"),
    mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
  },
  {
    name: "7",
    key: bytes(131, 0xaa),
    data: ascii(
      "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
    ),
    mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
  },
];

describe("HMAC-SHA-256", () => {
  it.each(VECTORS)("gives the RFC 4231 test case $name", ({ key, data, mac }) => {
    expect(toHex(hmacSha256(key, data)).slice(0, mac.length)).toBe(mac);
  });

  it("agrees with Node's implementation on any key and message (lengths around the block size)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 300 }), (key, data) => {
        expect(toHex(hmacSha256(key, data))).toBe(createHmac("sha256", key).update(data).digest("hex"));
      }),
      { numRuns: 300 },
    );
  });

  it("signs text as its UTF-8 bytes, Vietnamese and astral characters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const key = ascii("khóa");
        expect(hmacHex(key, text)).toBe(createHmac("sha256", key).update(text, "utf8").digest("hex"));
      }),
      { numRuns: 200 },
    );
    expect(hmacHex(ascii("k"), "Sở Y tế")).toBe(createHmac("sha256", "k").update("Sở Y tế").digest("hex"));
  });

  it("compares digests in full", () => {
    expect(sameDigest("ab", "ab")).toBe(true);
    expect(sameDigest("ab", "ac")).toBe(false);
    expect(sameDigest("ab", "abc")).toBe(false);
  });
});
