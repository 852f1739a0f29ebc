import fc from "fast-check";
import { catalogue, formatText, msg, type MessageCode } from "../../../core/i18n";

const codes = Object.keys(catalogue) as MessageCode[];

describe("formatText", () => {
  it("fills placeholders like msg does, and leaves unknown ones as written", () => {
    expect(formatText("Bước {step}/{steps}: {label}", { step: 2, steps: 3, label: "Tính trạng thái" })).toBe("Bước 2/3: Tính trạng thái");
    expect(formatText("Ô {cell} ({missing})", { cell: "B7" })).toBe("Ô B7 ({missing})");
    expect(formatText("{a}{a}", { a: "x" })).toBe("xx");
    expect(formatText("không có tham số {x}")).toBe("không có tham số {x}");
    // Only own properties count: "toString" is not a parameter.
    expect(formatText("{toString}", {})).toBe("{toString}");
  });

  it("gives msg's text for every catalogue entry, in both languages, for any parameter values", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.dictionary(fc.constantFrom("year", "value", "count", "sheet", "detail", "rows", "x"), fc.oneof(fc.string(), fc.integer())), (code, params) => {
        const m = msg(code, params);
        expect(formatText(catalogue[code].vi, params)).toBe(m.vi);
        expect(formatText(catalogue[code].en, params)).toBe(m.en);
      }),
      { numRuns: 300 },
    );
  });
});
