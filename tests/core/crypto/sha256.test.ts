import { createHash } from "node:crypto";
import fc from "fast-check";
import { sha256, toHex, utf8 } from "../../../core/crypto";

describe("SHA-256", () => {
  it("gives the FIPS 180-4 examples", () => {
    expect(toHex(sha256(utf8("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(toHex(sha256(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(toHex(sha256(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with Node on messages of every length around the 55/56/64-byte padding edges", () => {
    for (let n = 0; n < 200; n++) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect([n, toHex(sha256(data))]).toEqual([n, createHash("sha256").update(data).digest("hex")]);
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), (data) => {
        expect(toHex(sha256(data))).toBe(createHash("sha256").update(data).digest("hex"));
      }),
      { numRuns: 200 },
    );
  });
});
