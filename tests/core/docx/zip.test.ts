import fc from "fast-check";
import JSZip from "jszip";
import { crc32, readZipDirectory, zipSubset } from "../../../core/docx";

const files = fc.dictionary(
  fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8}){0,2}\.(xml|rels|png)$/),
  fc.oneof(fc.string({ maxLength: 300 }), fc.constant("x".repeat(5000))),
  { minKeys: 1, maxKeys: 8 },
);

describe("ZIP directory and subsets", () => {
  it("crc32 is ZIP's CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("lists what JSZip wrote, and a subset of it reads back the same through JSZip", async () => {
    await fc.assert(
      fc.asyncProperty(files, fc.boolean(), fc.integer({ min: 0, max: 7 }), async (content, deflate, pick) => {
        const zip = new JSZip();
        for (const [name, text] of Object.entries(content)) zip.file(name, text, { createFolders: false });
        const bytes = await zip.generateAsync({ type: "uint8array", compression: deflate ? "DEFLATE" : "STORE" });
        const dir = readZipDirectory(bytes);
        expect(dir.error).toBeNull();
        const entries = dir.entries ?? [];
        expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(content).sort());
        for (const e of entries) expect(e.size).toBe(new TextEncoder().encode(content[e.name]).length);
        const chosen = entries.filter((_, i) => i % (pick + 1) === 0);
        const subset = zipSubset(bytes, chosen);
        expect(subset).not.toBeNull();
        const back = await JSZip.loadAsync(subset as Uint8Array, { checkCRC32: true });
        const names = Object.keys(back.files).sort();
        expect(names).toEqual(chosen.map((e) => e.name).sort());
        for (const e of chosen) expect(await back.file(e.name)?.async("string")).toBe(content[e.name]);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a directory claiming more entries than allowed, before reading them", async () => {
    const zip = new JSZip();
    for (let i = 0; i < 5; i++) zip.file(`f${i}.xml`, "x");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(readZipDirectory(bytes, 4)).toEqual({ entries: null, error: "tooMany", count: 5 });
  });

  it("never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (b, pk) => {
        const bytes = pk ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b]) : b;
        const dir = readZipDirectory(bytes);
        expect(dir.entries === null).toBe(dir.error !== null);
        if (dir.entries) zipSubset(bytes, dir.entries);
      }),
      { numRuns: 500 },
    );
  });
});
