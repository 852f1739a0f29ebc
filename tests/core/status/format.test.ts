import fc from "fast-check";
import { msgText } from "../../../core/i18n";
import { noted } from "../../../core/status/explain";
import { SLOT, slotExplanation, slotsEn, slotsVi } from "../../../core/status/explanation";
import { clean, formatPair, formatQuantity, type Note, type TextPair } from "../../../core/status/format";

/** What clean did before its shortcut: the reference it must keep matching. */
function cleanByString(x: number): number | null {
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x + 0;
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : null;
}

describe("clean", () => {
  it("removes float noise, keeps 12 significant digits", () => {
    expect(clean(2.9 - 3)).toBe(-0.1);
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(1 / 3)).toBe(0.333333333333);
    expect(clean(-2 / 3)).toBe(-0.666666666667);
    expect(clean(123456789.123456)).toBe(123456789.123);
    expect(clean(1e-13 / 3)).toBe(3.33333333333e-14);
    expect(clean(Number.NaN)).toBeNull();
    expect(clean(Number.POSITIVE_INFINITY)).toBeNull();
    expect(Object.is(clean(-0), 0)).toBe(true);
  });

  it("agrees with Number(x.toPrecision(12)) on any double, ties and extremes included", () => {
    for (const x of [0.5, 1.5, 2.5e-12, 999999999999.5, 99999999999.95, 0.30000000000005, 5e-324, 1.7976931348623157e308, 1e21, 1234567890123.5]) {
      expect(clean(x)).toBe(cleanByString(x));
      expect(clean(-x)).toBe(cleanByString(-x));
    }
    fc.assert(fc.property(fc.double(), (x) => Object.is(clean(x), cleanByString(x))), { numRuns: 20000 });
    // Values like the status engine's: differences and ratios of one-decimal figures.
    const tenth = fc.integer({ min: -100000, max: 100000 }).map((n) => n / 10);
    fc.assert(
      fc.property(tenth, tenth, tenth, (a, b, c) => {
        for (const x of [a - b, a / (b || 1), (a - c) / ((b - c) || 1), a * b]) expect(clean(x)).toBe(cleanByString(x));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("formatPair", () => {
  const both = (x: number, unit: string | null): TextPair => {
    const out = { vi: "", en: "" };
    formatPair(x, unit, out);
    return out;
  };

  it("formats once for both languages: separators swapped, unit kept", () => {
    expect(both(1234567.5, "Người")).toEqual({ vi: "1.234.567,5 người", en: "1,234,567.5 người" });
    expect(both(19.04, "%")).toEqual({ vi: "19,04%", en: "19.04%" });
    expect(both(6100, null)).toEqual({ vi: "6.100", en: "6,100" });
    expect(both(-0.0001, "%")).toEqual({ vi: "0%", en: "0%" });
    expect(both(2 / 3, "")).toEqual({ vi: "0,667", en: "0.667" });
    expect(both(0.0005, null)).toEqual({ vi: "0,001", en: "0.001" });
    expect(both(Number.NaN, "%")).toEqual({ vi: "NaN%", en: "NaN%" });
  });

  it("gives exactly formatQuantity's texts", () => {
    const units = fc.constantFrom(null, "", "%", " %/năm ", "Người", "Căn");
    const values = fc.oneof(
      fc.double(),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 2000),
    );
    fc.assert(
      fc.property(values, units, (x, unit) => {
        expect(both(x, unit)).toEqual({ vi: formatQuantity(x, unit, "vi"), en: formatQuantity(x, unit, "en") });
      }),
      { numRuns: 20000 },
    );
  });
});

describe("slotExplanation", () => {
  const perYear: Note = { code: "status.note.perYear", params: () => ({}) };
  const fromYear: Note = { code: "status.note.baselineFromObservation", params: () => ({ year: 2024 }) };

  it("is the catalogue text with its notes, as msgText + noted build it", () => {
    slotsVi[SLOT.year] = slotsEn[SLOT.year] = "2026";
    slotsVi[SLOT.value] = "67,4%";
    slotsEn[SLOT.value] = "67.4%";
    slotsVi[SLOT.milestone] = slotsEn[SLOT.milestone] = "2030";
    slotsVi[SLOT.target] = slotsEn[SLOT.target] = "≥95%";
    slotsVi[SLOT.baselineYear] = slotsEn[SLOT.baselineYear] = "2024";
    slotsVi[SLOT.baseline] = "50,5%";
    slotsEn[SLOT.baseline] = "50.5%";
    slotsVi[SLOT.method] = "tuyến tính";
    slotsEn[SLOT.method] = "linear";
    slotsVi[SLOT.projected] = "100,85%";
    slotsEn[SLOT.projected] = "100.85%";
    slotsVi[SLOT.ratio] = "1,117";
    slotsEn[SLOT.ratio] = "1.117";
    const vi = { year: 2026, value: "67,4%", milestone: 2030, target: "≥95%", baselineYear: 2024, baseline: "50,5%", method: "tuyến tính", projected: "100,85%", ratio: "1,117" };
    const en = { ...vi, value: "67.4%", baseline: "50.5%", method: "linear", projected: "100.85%", ratio: "1.117" };
    for (const notes of [[], [perYear], [perYear, fromYear]]) {
      const m = slotExplanation("status.onTrack", notes);
      expect(m).toEqual({
        code: "status.onTrack",
        vi: noted(msgText("status.onTrack", vi, "vi"), notes, "vi"),
        en: noted(msgText("status.onTrack", en, "en"), notes, "en"),
      });
    }
    expect(slotExplanation("status.achieved", [perYear]).vi).toBe(
      "Năm 2026: 67,4% (mục tiêu 2030: ≥95%) — đạt. Lưu ý: mục tiêu là tốc độ mỗi năm nên số liệu của năm được so trực tiếp với mục tiêu.",
    );
    expect(slotExplanation("status.achieved", []).en).toBe("2026: 67.4% (target for 2030: ≥95%) — achieved.");
    // A plain data object: survives JSON as it is.
    const m = slotExplanation("status.offTrack", [fromYear]);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});
