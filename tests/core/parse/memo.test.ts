import fc from "fast-check";
import { DEFAULT_SCALES, parseNumber, parseTarget } from "../../../core/parse";
import { textMemo } from "../../../core/parse/memo";

describe("memoised parsers", () => {
  it("parseTarget shares one result per text and locale", () => {
    const a = parseTarget("28-30");
    expect(parseTarget("28-30")).toBe(a);
    expect(a).toMatchObject({ kind: "range", lo: 28, hi: 30, text: "28-30" });
    // Another locale is another entry: "6.100" is 6100 in vi-VN, ambiguous in en-US.
    expect(parseTarget("6.100").lo).toBe(6100);
    expect(parseTarget("6.100", { locale: "en-US" }).error).not.toBeNull();
    expect(parseTarget("6.100").error).toBeNull();
  });

  it("parseTarget with custom scales is not memoised but reads the same", () => {
    const scales = [...DEFAULT_SCALES];
    const a = parseTarget("Tiểu học", { scales });
    expect(parseTarget("Tiểu học", { scales })).not.toBe(a);
    expect(a).toEqual(parseTarget("Tiểu học"));
  });

  it("parseNumber shares one result per text and locale, and reads numbers directly", () => {
    const a = parseNumber("19,04");
    expect(parseNumber("19,04")).toBe(a);
    expect(a.value).toBe(19.04);
    // en-US reads it too, with a warning about the convention: a separate entry.
    expect(parseNumber("19,04", { locale: "en-US" })).not.toBe(a);
    expect(parseNumber("19,04", { locale: "en-US" }).warnings).toHaveLength(1);
    expect(a.warnings).toHaveLength(0);
    const plain = { unit: null, warnings: [], error: null, suggestion: null, estimate: false, currency: null, per: null };
    expect(parseNumber(68.3)).toEqual({ text: "68.3", value: 68.3, ...plain });
    expect(parseNumber(null)).toEqual({ text: "", value: null, ...plain });
  });

  it("a memoised result equals a fresh parse (NFC and NFD texts included)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const first = parseTarget(s);
        expect(parseTarget(s)).toEqual(first);
        expect(parseTarget(s.normalize("NFD"))).toEqual({ ...first, items: first.items });
        expect(parseNumber(s)).toEqual(parseNumber(s));
      }),
      { numRuns: 300 },
    );
  });
});

describe("textMemo", () => {
  it("parses each text once and stays bounded", () => {
    const memo = textMemo<number>(2);
    let calls = 0;
    const parse = (s: string): number => (calls++, s.length);
    expect(memo.get("a", parse)).toBe(1);
    expect(memo.get("a", parse)).toBe(1);
    expect(calls).toBe(1);
    memo.get("bb", parse);
    memo.get("ccc", parse); // full: dropped and refilled
    expect(memo.get("ccc", parse)).toBe(3);
    expect(memo.get("a", parse)).toBe(1);
    expect(calls).toBe(4);
  });
});
