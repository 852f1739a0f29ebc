import fc from "fast-check";
import { formatNumber, parseNumber, type ParsedNumber } from "../../../core/parse/number";

/** Result without `text` (which keeps the input as typed). */
function meaning(r: ParsedNumber): Omit<ParsedNumber, "text"> {
  const { text: _text, ...rest } = r;
  return rest;
}

function value(input: string, options?: Parameters<typeof parseNumber>[1]): number | null {
  return parseNumber(input, options).value;
}

describe("parseNumber: every number cell of the seeds' appendix tables", () => {
  // Đồng Tháp 328/KH-UBND Phụ lục I: target cells that are plain numbers (vi-VN), by hand.
  const plain: [string, number][] = [
    ["100", 100], ["25", 25], ["50", 50], ["60", 60], ["40", 40], ["80", 80], ["90", 90], ["35", 35],
    ["30", 30], ["19,04", 19.04], ["14,69", 14.69], ["46,30", 46.3], ["4,35", 4.35], ["13,70", 13.7],
    ["55", 55], ["85", 85], ["13,40", 13.4], ["45", 45], ["95,01", 95.01], ["97", 97], ["98", 98],
    ["3,5", 3.5], ["4", 4], ["95", 95], ["99", 99], ["2", 2], ["70", 70], ["99,5", 99.5], ["65", 65],
    ["92,5", 92.5], ["73", 73], ["75", 75], ["88", 88], ["1,83", 1.83], ["1,9", 1.9], ["74,5", 74.5],
    ["67", 67], ["68", 68], ["10", 10], ["15", 15], ["33", 33], ["6.100", 6100], ["27", 27], ["25", 25],
    // inside indicator names: "trên 10.000 dân", "/1000 dân"
    ["10.000", 10000], ["1000", 1000],
    // Hải Dương 1768/KH-UBND Phụ lục: years and row numbers
    ["2021", 2021], ["2022", 2022], ["2023", 2023], ["1", 1], ["9", 9], ["12", 12],
  ];
  it.each(plain)("%s = %p", (cell, expected) => {
    const r = parseNumber(cell);
    expect(r.value).toBe(expected);
    expect(r.error).toBeNull();
    expect(r.warnings).toEqual([]);
    expect(r.unit).toBeNull();
  });

  // Cells of the same tables that are not one number, with the family each is reported as.
  const notOne: [string, string][] = [
    ["<3", "number.bound"], ["<4", "number.bound"], ["<60", "number.bound"], ["<40", "number.bound"],
    ["<20", "number.bound"], [">0,7", "number.bound"], ["> 80", "number.bound"], [">90", "number.bound"],
    [">=2", "number.bound"], [">65", "number.bound"], [">95", "number.bound"], [">80", "number.bound"],
    [">=95", "number.bound"], ["<15", "number.bound"], [">60", "number.bound"], [">75", "number.bound"],
    [">98", "number.bound"],
    ["28-30", "number.range"], ["35-40", "number.range"], ["1-1,5", "number.range"], ["95-97", "number.range"],
    ["85-90", "number.range"], ["75-80", "number.range"],
    ["2022- 2025", "number.range"], ["2021- 2025", "number.range"], ["2022- 2030", "number.range"],
    ["2021 - 2025", "number.range"], ["2023 - 2025", "number.range"],
    ["2021, 2022", "number.several"],
    ["-", "number.placeholder"],
    ["Tiểu học", "number.words"], ["THCS", "number.words"], ["Giải quyết cơ bản", "number.words"],
    ["Xóa bỏ hoàn toàn", "number.words"], ["Cơ bản loại trừ", "number.words"],
    ["Giảm tối đa tỷ lệ nhiễm mới", "number.words"],
  ];
  it.each(notOne)("%s is not one number (%s)", (cell, code) => {
    const r = parseNumber(cell);
    expect(r.value).toBeNull();
    expect(r.error?.code).toBe(code);
    expect(r.error?.vi).toContain(cell);
  });
});

describe("parseNumber: Vietnamese convention", () => {
  it("reads decimal commas, thousands dots and (no-break) spaces", () => {
    expect(value("0,7")).toBe(0.7);
    expect(value("1.234.567")).toBe(1234567);
    expect(value("1.234,5")).toBe(1234.5);
    expect(value("1 234")).toBe(1234);
    expect(value("1\u00a0234,5")).toBe(1234.5);
    expect(value("10\u202f000")).toBe(10000);
    expect(value("0,123")).toBe(0.123);
  });

  it("reads signs (+, -, unicode minus) and leading zeros", () => {
    expect(value("-1.234,5")).toBe(-1234.5);
    expect(value("\u22125")).toBe(-5);
    expect(value("+5")).toBe(5);
    expect(value("007")).toBe(7);
    expect(value("-0")).toBe(0);
  });

  it("keeps the unit as written, glued or spaced, never scaling by it", () => {
    expect(parseNumber("95%")).toMatchObject({ value: 95, unit: "%", error: null });
    expect(parseNumber("19,04 %")).toMatchObject({ value: 19.04, unit: "%" });
    expect(parseNumber("30 người")).toMatchObject({ value: 30, unit: "người" });
    expect(parseNumber("12m2")).toMatchObject({ value: 12, unit: "m2" });
    expect(parseNumber("27 m2 sàn/người")).toMatchObject({ value: 27, unit: "m2 sàn/người" });
    expect(parseNumber("1,5 triệu đồng")).toMatchObject({ value: 1.5, unit: "triệu đồng" });
    expect(parseNumber("2 %/năm")).toMatchObject({ value: 2, unit: "%/năm" });
  });

  it("reads a dot not followed by three digits as a decimal point, with a warning", () => {
    const r = parseNumber("1.5");
    expect(r.value).toBe(1.5);
    expect(r.error).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(["number.groupSeparatorAsDecimal"]);
    expect(r.warnings[0].vi).toContain("1,5");
    expect(r.suggestion?.vi).toBe("Hãy viết 1,5.");
    expect(value("12.50")).toBe(12.5);
    expect(value("0.123")).toBe(0.123); // "0" cannot lead a thousands group
    expect(value("1234.567")).toBe(1234.567); // nor can four digits
    expect(parseNumber("1234.567").warnings).toHaveLength(1);
  });

  it("refuses 1,234 (Vietnamese decimal or English thousands) and shows both ways to write it", () => {
    const r = parseNumber("1,234");
    expect(r.value).toBeNull();
    expect(r.error?.code).toBe("number.ambiguous");
    expect(r.error?.vi).toContain("1234");
    expect(r.error?.vi).toContain("1 phẩy 234");
    expect(r.suggestion?.vi).toContain("hãy viết 1.234");
    expect(r.suggestion?.vi).toContain("1,2340");
    expect(value("1,2340")).toBe(1.234);
    expect(parseNumber("-12,345").error?.code).toBe("number.ambiguous");
    expect(parseNumber("1,000").error?.code).toBe("number.ambiguous");
    // not ambiguous: zero integer part, grouped integer part, or four-digit integer part
    expect(value("0,123")).toBe(0.123);
    expect(value("1.234,567")).toBe(1234.567);
    expect(value("1234,567")).toBe(1234.567);
  });

  it("refuses malformed grouping with an example of the right form", () => {
    for (const cell of ["1.23.456", "12.34.567", "1.2345.678", "1.234.56,7", "1 234.567"]) {
      const r = parseNumber(cell);
      expect(r.value).toBeNull();
      expect(r.error?.code).toBe("number.malformedGrouping");
    }
    expect(parseNumber("12.34.567").suggestion?.vi).toContain("1.234.567");
  });

  it("recognises English notation in a Vietnamese sheet and rewrites it", () => {
    expect(parseNumber("1,234,567")).toMatchObject({ value: null, error: { code: "number.otherConvention" } });
    expect(parseNumber("1,234,567").suggestion?.vi).toBe("Hãy viết 1.234.567.");
    expect(parseNumber("1,234.5").suggestion?.vi).toBe("Hãy viết 1.234,5.");
  });

  it("gives each family of not-one-number its own message", () => {
    const cases: [string, string][] = [
      ["28-30", "number.range"], ["28 – 30", "number.range"], ["28%-30%", "number.range"], ["từ 28 đến 30", "number.range"],
      ["28 đến 30", "number.range"],
      ["<3", "number.bound"], [">=2", "number.bound"], ["≥ 95", "number.bound"], ["trên 90%", "number.bound"],
      ["dưới 3%", "number.bound"], ["98% trở lên", "number.bound"], ["tối thiểu 60", "number.bound"],
      ["không quá 5", "number.bound"], ["100+", "number.bound"],
      ["khoảng 28-30", "number.range"], ["ước đạt trên 90%", "number.bound"], ["90%+", "number.bound"],
      ["30 hoặc hơn", "number.bound"], ["giảm 30%", "number.textBefore"],
      ["1/2", "number.fraction"], ["3:1", "number.fraction"],
      ["thứ 3", "number.rank"], ["hạng 2", "number.rank"],
      ["15/11/2024", "number.date"], ["30.11.2024", "number.date"], ["2024-11-15", "number.date"], ["11/2024", "number.date"],
      ["-", "number.placeholder"], ["x", "number.placeholder"], ["…", "number.placeholder"], ["...", "number.placeholder"],
      ["N/A", "number.placeholder"], ["—", "number.placeholder"], ["?", "number.placeholder"],
      ["chưa có", "number.words"], ["Đạt", "number.words"],
      ["2021, 2022", "number.several"], ["30 người 40", "number.several"], ["28 30", "number.several"],
      ["1e5", "number.scientific"],
      ["Tỷ lệ 5", "number.textBefore"], ["- 5", "number.textBefore"],
      [",5", "number.malformed"], ["5.", "number.malformed"], ["5 <", "number.malformed"],
    ];
    for (const [cell, code] of cases) {
      const r = parseNumber(cell);
      expect({ cell, value: r.value, code: r.error?.code }).toEqual({ cell, value: null, code });
      expect(r.error?.en.length).toBeGreaterThan(0);
    }
    expect(parseNumber("1/2").suggestion?.vi).toContain("0,5");
    expect(parseNumber(",5").suggestion?.vi).toBe("Hãy viết 0,5.");
    expect(parseNumber("28-30").suggestion?.vi).toContain("28");
  });

  it("returns no value and no error for an empty cell (callers decide if it is required)", () => {
    for (const cell of [null, undefined, "", "   ", "\u00a0"]) {
      expect(parseNumber(cell)).toMatchObject({ value: null, unit: null, error: null, suggestion: null, warnings: [] });
    }
  });

  it("keeps the text as typed, in NFC", () => {
    const nfd = "95 người".normalize("NFD");
    expect(parseNumber(nfd).text).toBe("95 người".normalize("NFC"));
    expect(parseNumber(" 95 ").text).toBe(" 95 ");
  });
});

describe("parseNumber: typed cells", () => {
  it("passes numbers through", () => {
    expect(parseNumber(6100)).toMatchObject({ text: "6100", value: 6100, error: null });
    expect(parseNumber(19.04).value).toBe(19.04);
    expect(parseNumber(-0.5).value).toBe(-0.5);
  });

  it("rejects booleans, dates and non-finite numbers", () => {
    expect(parseNumber(true).error?.code).toBe("number.boolean");
    expect(parseNumber(new Date(Date.UTC(2024, 10, 15))).error?.code).toBe("number.date");
    expect(parseNumber(new Date(Date.UTC(2024, 10, 15))).text).toBe("2024-11-15");
    expect(parseNumber(new Date(Number.NaN)).error?.code).toBe("number.date");
    expect(parseNumber(Number.NaN).error?.code).toBe("number.notFinite");
    expect(parseNumber(Infinity).value).toBeNull();
  });
});

describe("parseNumber: en-US convention (mirrored)", () => {
  const en = { locale: "en-US" as const };
  it("reads dot decimals and comma thousands", () => {
    expect(value("1,234.5", en)).toBe(1234.5);
    expect(value("6,100", en)).toBe(6100);
    expect(value("19.04", en)).toBe(19.04);
    expect(value("0.123", en)).toBe(0.123);
    expect(value("-1,234,567", en)).toBe(-1234567);
  });
  it("applies the same strictness", () => {
    expect(parseNumber("1,5", en)).toMatchObject({ value: 1.5, error: null });
    expect(parseNumber("1,5", en).warnings).toHaveLength(1);
    expect(parseNumber("1,5", en).suggestion?.en).toBe("Write 1.5.");
    expect(parseNumber("1.234", en).error?.code).toBe("number.ambiguous");
    expect(parseNumber("1.234", en).suggestion?.en).toContain("1,234");
    expect(parseNumber("1,23,456", en).error?.code).toBe("number.malformedGrouping");
    expect(parseNumber("1.234,5", en).error?.code).toBe("number.otherConvention");
    expect(parseNumber("1.234,5", en).suggestion?.en).toBe("Write 1,234.5.");
  });
});

describe("formatNumber", () => {
  it("writes the Vietnamese convention by default", () => {
    expect(formatNumber(6100)).toBe("6.100");
    expect(formatNumber(19.04)).toBe("19,04");
    expect(formatNumber(-1234.5)).toBe("-1.234,5");
    expect(formatNumber(0.7)).toBe("0,7");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0.0000001)).toBe("0");
    expect(formatNumber(1234567.891)).toBe("1.234.567,891");
  });
  it("never writes an ambiguous number", () => {
    expect(formatNumber(1.234)).toBe("1,2340");
    expect(formatNumber(-12.345)).toBe("-12,3450");
    expect(formatNumber(0.123)).toBe("0,123");
  });
  it("rounds to maxDecimals and writes en-US", () => {
    expect(formatNumber(2 / 3, { maxDecimals: 2 })).toBe("0,67");
    expect(formatNumber(1234.5, { locale: "en-US" })).toBe("1,234.5");
    expect(formatNumber(1.234, { locale: "en-US" })).toBe("1.2340");
    expect(formatNumber(1e21)).toBe("1.000.000.000.000.000.000.000");
    expect(formatNumber(Number.NaN)).toBe("NaN");
  });
});

describe("parseNumber: properties", () => {
  const anyCell = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.constantFrom(..."0123456789.,-–—− <>=%/:;xđếườ\u00a0e+".split("")) }),
    fc.double(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.constant(null),
    fc.constant(undefined),
  );

  it("never throws and always returns every field", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom("vi-VN" as const, "en-US" as const), (cell, locale) => {
        const r = parseNumber(cell, { locale });
        expect(Object.keys(r).sort()).toEqual(["currency", "error", "estimate", "per", "suggestion", "text", "unit", "value", "warnings"]);
        if (r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
        if (r.error) expect(r.value).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips formatNumber → parseNumber (≤ 6 decimals, both locales, negatives)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer(), fc.double({ noNaN: true, min: -2, max: 2 })),
        fc.constantFrom("vi-VN" as const, "en-US" as const),
        (x, locale) => {
          const rounded = Number(x.toFixed(6)) || 0;
          const r = parseNumber(formatNumber(rounded, { locale }), { locale });
          expect(r.error).toBeNull();
          expect(r.warnings).toEqual([]);
          expect(r.value).toBe(rounded);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("is stable under NFD, extra or no-break spaces and dash variants", () => {
    const cells = fc.string({ unit: fc.constantFrom(..."0123456789.,- <>%/ađếườn".split("")) });
    fc.assert(
      fc.property(cells, fc.constantFrom(" ", "  ", "\u00a0", "\u202f \u00a0"), fc.constantFrom("-", "–", "—", "−"), (s, space, dash) => {
        const variant = ` ${s.normalize("NFD").replace(/ /g, space).replace(/-/g, dash)}\u00a0`;
        expect(meaning(parseNumber(variant))).toEqual(meaning(parseNumber(s)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseNumber: value cells as agencies type them (issue #15)", () => {
  const per = (value: number, unit: string) => ({ value, unit });
  const cases: [string, Partial<ParsedNumber>][] = [
    ["30 giường bệnh/1 vạn dân", { value: 30, unit: "giường bệnh/1 vạn dân", per: per(10_000, "dân"), estimate: false }],
    ["ước đạt 59,61 triệu đồng", { value: 59.61, unit: "triệu đồng", currency: "VND", estimate: true }],
    ["ước tính 12,5%", { value: 12.5, unit: "%", estimate: true }],
    ["Ước thực hiện 1.234.567 đồng", { value: 1_234_567, unit: "đồng", currency: "VND", estimate: true }],
    ["dự kiến 95%", { value: 95, unit: "%", estimate: true }],
    ["khoảng 30", { value: 30, unit: null, estimate: true }],
    ["xấp xỉ 98,5 %", { value: 98.5, unit: "%", estimate: true }],
    ["~30 người", { value: 30, unit: "người", estimate: true }],
    ["đạt 95%", { value: 95, unit: "%", estimate: false }],
    ["10 bác sĩ trên 10.000 dân", { value: 10, unit: "bác sĩ trên 10.000 dân", per: per(10_000, "dân") }],
    ["8,5 bác sĩ/vạn dân", { value: 8.5, per: per(10_000, "dân") }],
    ["16/1.000 trẻ đẻ sống", { value: 16, unit: "/1.000 trẻ đẻ sống", per: per(1000, "trẻ đẻ sống") }],
    ["$7,900", { value: 7900, unit: "$", currency: "USD" }],
    ["$7.900", { value: 7900, unit: "$", currency: "USD", warnings: [] }],
    ["7.900 USD", { value: 7900, unit: "USD", currency: "USD" }],
    ["US$ 1,234.5", { value: 1234.5, unit: "US$", currency: "USD" }],
    ["€5,5", { value: 5.5, unit: "€", currency: "EUR", warnings: [] }],
    ["50.000₫", { value: 50_000, unit: "₫", currency: "VND" }],
    ["5 $", { value: 5, unit: "$", currency: "USD" }],
  ];
  it.each(cases)("%s", (cell, expected) => {
    const r = parseNumber(cell);
    expect(r).toMatchObject({ error: null, ...expected });
  });

  it("keeps 1,234 ambiguous after an estimate word or a currency code, and reads 1.5 with a warning", () => {
    for (const cell of ["ước đạt 1,234", "khoảng 1,234 người", "1,234 USD", "dự kiến 1,234%"]) {
      expect(parseNumber(cell)).toMatchObject({ value: null, error: { code: "number.ambiguous" } });
    }
    const r = parseNumber("ước đạt 1.5%");
    expect(r).toMatchObject({ value: 1.5, unit: "%", estimate: true, error: null });
    expect(r.warnings.map((w) => w.code)).toEqual(["number.groupSeparatorAsDecimal"]);
  });

  it("says so when a dollar amount is read in English notation", () => {
    const r = parseNumber("$7,900");
    expect(r.warnings.map((w) => w.code)).toEqual(["number.englishAfterSign"]);
    expect(r.warnings[0].vi).toContain("7.900");
    expect(r.suggestion?.vi).toBe("Hãy viết 7.900.");
    // In an en-US sheet it is the sheet's own notation: nothing to say.
    expect(parseNumber("$7,900", { locale: "en-US" })).toMatchObject({ value: 7900, warnings: [] });
  });

  it("refuses estimate words with a bound, a range or a second number", () => {
    for (const [cell, code] of [
      ["ước đạt trên 90%", "number.bound"], ["dự kiến 28-30", "number.range"], ["khoảng 30 người 40", "number.several"],
      ["ước đạt 98% trở lên", "number.bound"], ["$ 100 USD", "number.malformed"],
    ]) {
      expect({ cell, code: parseNumber(cell).error?.code }).toEqual({ cell, code });
    }
  });

  it("flags any estimate word with any number, and never for a plain number", () => {
    const words = ["ước đạt", "ước tính", "ước thực hiện", "dự kiến", "khoảng", "Ước", "DỰ KIẾN", "ước khoảng", "sơ bộ"];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.integer({ min: 0, max: 1e9 }).map((n) => n / 100),
        fc.constantFrom("", "%", " người", " triệu đồng", " giường bệnh/1 vạn dân"),
        (word, x, unit) => {
          const text = `${formatNumber(x)}${unit}`;
          const estimated = parseNumber(`${word} ${text}`);
          const plain = parseNumber(text);
          expect({ value: estimated.value, unit: estimated.unit, estimate: estimated.estimate }).toEqual({ value: x, unit: plain.unit, estimate: true });
          expect(plain.estimate).toBe(false);
        },
      ),
    );
  });
});

describe("parseNumber: value cells read the same whatever the case, accents form, spaces and dashes", () => {
  const cells = [
    "30 giường bệnh/1 vạn dân", "ước đạt 59,61 triệu đồng", "ước tính 12,5%", "dự kiến 95%", "khoảng 30", "$7,900",
    "10 bác sĩ trên 10.000 dân", "Ước thực hiện 1.234.567 đồng", "đạt 95%", "1,234", "1.5", "trên 90%", "28-30",
  ];
  const reading = (r: ParsedNumber) => ({
    value: r.value, unit: r.unit?.toLowerCase() ?? null, estimate: r.estimate, currency: r.currency,
    per: r.per && { value: r.per.value, unit: r.per.unit.toLowerCase() }, error: r.error?.code ?? null, warnings: r.warnings.map((w) => w.code),
  });
  it("gives one reading for every variant", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cells), fc.constantFrom(" ", "  ", "\u00a0"), fc.constantFrom("-", "–", "−"), fc.constantFrom("same", "upper", "lower"), (s, space, dash, letters) => {
        const cased = letters === "upper" ? s.toUpperCase() : letters === "lower" ? s.toLowerCase() : s;
        const variant = ` ${cased.normalize("NFD").replace(/ /g, space).replace(/-/g, dash)} `;
        expect({ variant, r: reading(parseNumber(variant)) }).toEqual({ variant, r: reading(parseNumber(s)) });
      }),
      { numRuns: 800 },
    );
  });
});
