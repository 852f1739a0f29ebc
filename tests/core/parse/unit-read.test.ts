import fc from "fast-check";
import { currencyOf, isPerYearUnit, isUnitText, readUnit, sameUnit } from "../../../core/parse/unit-read";

describe("readUnit", () => {
  it("keeps the unit as written and reads what it says", () => {
    expect(readUnit("", "vi-VN")).toEqual({ unit: null, currency: null, per: null, perYear: false });
    expect(readUnit(" % ", "vi-VN")).toEqual({ unit: "%", currency: null, per: null, perYear: false });
    expect(readUnit("%/năm", "vi-VN")).toEqual({ unit: "%/năm", currency: null, per: null, perYear: true });
    expect(readUnit("lần / năm", "vi-VN")).toMatchObject({ perYear: true });
    expect(readUnit("m2 sàn/người", "vi-VN")).toEqual({ unit: "m2 sàn/người", currency: null, per: null, perYear: false });
    expect(readUnit("triệu đồng/người/năm", "vi-VN")).toEqual({ unit: "triệu đồng/người/năm", currency: "VND", per: null, perYear: true });
    expect(readUnit("giường bệnh/1 vạn dân", "vi-VN")).toEqual({
      unit: "giường bệnh/1 vạn dân", currency: null, per: { value: 10_000, unit: "dân" }, perYear: false,
    });
    expect(readUnit("bác sĩ trên 10.000 dân", "vi-VN")?.per).toEqual({ value: 10_000, unit: "dân" });
    expect(readUnit("ca/100 nghìn dân", "vi-VN")?.per).toEqual({ value: 100_000, unit: "dân" });
    expect(readUnit("ca/10,000 dân", "en-US")?.per).toEqual({ value: 10_000, unit: "dân" });
  });

  it("is null for text that is more than a unit", () => {
    for (const s of ["% xuống", "% so với năm trước", "người 6", "< 5", "lần trở", "5", "bác sĩ/1,234 dân", "và 5 người"]) {
      expect({ s, r: readUnit(s, "vi-VN") }).toEqual({ s, r: null });
    }
  });

  it("never reads a second value silently: a digit in a unit is an exponent or a denominator", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab đ%/ 0123m²vạndân".split("")) }), (s) => {
        const r = readUnit(s, "vi-VN");
        if (r === null || r.unit === null) return;
        const rest = r.per ? s.slice(0, s.lastIndexOf(r.per.unit)) : s;
        const digits = rest.replace(/(\p{L}) ?[23²³](?!\d)/gu, "$1").replace(/[/]?\s*[\d.,]+\s*(?:vạn)?\s*$/u, "");
        if (!r.per) expect(/(?:^|[^\p{L}\d])\d/u.test(digits)).toBe(false);
        expect(r.unit).toBe(s.trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("currencyOf", () => {
  it("names the currency of the unit's first part", () => {
    const cases: [string, string | null][] = [
      ["đồng", "VND"], ["Triệu đồng", "VND"], ["tỷ đồng", "VND"], ["nghìn tỷ đồng", "VND"], ["VNĐ", "VND"], ["đ", "VND"], ["₫", "VND"],
      ["USD", "USD"], ["$", "USD"], ["triệu USD", "USD"], ["USD/người/năm", "USD"], ["đô la Mỹ", "USD"], ["€", "EUR"], ["euro", "EUR"],
      ["nghìn tỷ", null], ["người", null], ["%", null], ["đồng hồ", null], ["dân", null],
    ];
    for (const [unit, code] of cases) expect({ unit, code: currencyOf(unit) }).toEqual({ unit, code });
  });
});

describe("isUnitText and isPerYearUnit", () => {
  it("accepts letters, %, ‰ and currency signs, exponents glued to a letter", () => {
    for (const s of ["%", "‰", "người", "m2", "m 2", "m²", "$", "€", "/người", "°C"]) expect({ s, ok: isUnitText(s) }).toEqual({ s, ok: true });
    for (const s of ["", "5", "- 30", "<5", "= 3", "người 6", "+"]) expect({ s, ok: isUnitText(s) }).toEqual({ s, ok: false });
  });
  it("sees a rate per year at the end of the unit", () => {
    expect(["%/năm", "%/NĂM", "lần / năm", "tỷ đồng/nam"].every(isPerYearUnit)).toBe(true);
    expect(["%", "năm", "người/năm học"].some(isPerYearUnit)).toBe(false);
  });
});

describe("sameUnit", () => {
  it("meets one unit written two ways, and keeps scales and different things apart", () => {
    const same: [string, string][] = [
      ["%", " % "], ["Người", "người"], ["$", "USD"], ["USD", "đô la"], ["triệu USD", "triệu $"], ["đồng", "VNĐ"],
      ["giường bệnh/vạn dân", "Giường bệnh / 1 vạn dân"], ["giường bệnh/1 vạn dân", "giường bệnh/10.000 dân"],
      ["m2 sàn/người", "m2 sàn / người"], ["USD/người", "$/người"],
    ];
    const different: [string, string][] = [
      ["triệu đồng", "đồng"], ["tỷ đồng", "triệu đồng"], ["USD", "EUR"], ["%", "‰"], ["giường bệnh/1 vạn dân", "giường bệnh/1.000 dân"],
      ["bác sĩ/vạn dân", "giường bệnh/vạn dân"], ["người", "hộ"],
    ];
    for (const [a, b] of same) expect({ a, b, same: sameUnit(a, b) }).toEqual({ a, b, same: true });
    for (const [a, b] of different) expect({ a, b, same: sameUnit(a, b) }).toEqual({ a, b, same: false });
  });
});
