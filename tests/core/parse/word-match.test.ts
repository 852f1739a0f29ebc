import fc from "fast-check";
import { foldAligned, wordMatcher } from "../../../core/parse/word-match";

describe("foldAligned", () => {
  it("folds case and accents and keeps every index", () => {
    expect(foldAligned("Tỷ LỆ Đạt ≥ 95%")).toBe("ty le dat ≥ 95%");
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(..."ÁàẢãạĐđƯươỡ≥ "), fc.string({ minLength: 1, maxLength: 1 }), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })) }), (s) => {
        const nfc = s.normalize("NFC");
        expect(foldAligned(nfc)).toHaveLength(nfc.length);
      }),
    );
  });
});

describe("wordMatcher", () => {
  const m = wordMatcher([
    { words: ["trên"], means: "gt" },
    { words: ["trên dưới"], means: "approx" },
    { words: ["không dưới"], means: "ge" },
    { words: ["+", "trở lên"], means: "ge-suffix" },
  ]);

  it("takes the longest phrase, on word boundaries, with any spaces between its words", () => {
    expect(m.at("tren duoi 30", 0)).toEqual({ start: 0, end: 9, means: "approx" });
    expect(m.at("tren  30", 0)).toEqual({ start: 0, end: 4, means: "gt" });
    expect(m.at("khong   duoi 5", 0)).toMatchObject({ end: 12, means: "ge" });
    expect(m.at("trenx 30", 0)).toBeNull();
    expect(m.at("tren30", 0)).toMatchObject({ end: 4, means: "gt" });
    expect(m.at("a tren", 1)).toBeNull();
    expect(m.at("a tren", 2)).toMatchObject({ end: 6 });
  });

  it("finds a phrase ending the text", () => {
    expect(m.atEnd("98% tro len")).toEqual({ start: 3, end: 11, means: "ge-suffix" });
    expect(m.atEnd("90%+")).toEqual({ start: 3, end: 4, means: "ge-suffix" });
    expect(m.atEnd("xtro len")).toBeNull();
    expect(m.atEnd("tro len nua")).toBeNull();
  });
});

describe("regular expressions in the core", () => {
  it("use no lookbehind: Safari before 16.4 (the Excel add-in on older Macs) cannot compile it", () => {
    const fs = require("node:fs") as typeof import("node:fs");
    const path = require("node:path") as typeof import("node:path");
    const root = path.resolve(__dirname, "../../../core");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".ts")) files.push(p);
      }
    };
    walk(root);
    const offending = files.filter((f) => /\(\?<[!=]/.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(root, f));
    expect(offending).toEqual([]);
  });
});
