import fc from "fast-check";
import { TimeframeSchema, type Timeframe } from "../../core/model/timeframe";
import { formatTimeframe, parseTimeframe } from "../../core/parse/timeframe";
import { TimeframeReadingSchema } from "./schema";
import { timeframeReading } from "./timeframe-reading";

const kindsOf = (schema: { options: readonly { shape: { kind: { value: string } } }[] }): string[] =>
  schema.options.map((o) => o.shape.kind.value).sort();

describe("timeframe kinds: the model and the corpus readings", () => {
  it("are the same kinds, one to one (the model adds only 'unknown')", () => {
    expect(kindsOf(TimeframeSchema).filter((k) => k !== "unknown")).toEqual(kindsOf(TimeframeReadingSchema));
  });

  it("every parsed timeframe converts to a valid corpus reading of the same kind", () => {
    const texts = [
      "Hằng năm", "Thường xuyên, định kỳ hằng quý báo cáo", "Giai đoạn 2024-2030", "Năm 2025", "Tháng 12/2025", "Quý IV/2025",
      "6 tháng đầu năm 2026", "Trước 30/6/2026", "Năm 2025 và hằng năm", "Định kỳ hằng quý", "Khi có phát sinh", "Theo yêu cầu",
      "Sau khi Nghị định được ban hành", "Sơ kết, tổng kết Chương trình",
    ];
    const seen = new Set<string>();
    for (const text of texts) {
      const t = parseTimeframe(text).timeframe;
      const reading = timeframeReading(t);
      expect(reading).not.toBeNull();
      expect(TimeframeReadingSchema.parse(reading).kind).toBe(t.kind);
      seen.add(t.kind);
    }
    expect([...seen].sort()).toEqual(kindsOf(TimeframeReadingSchema));
  });

  it("holds for generated timeframes too", () => {
    const year = fc.integer({ min: 1990, max: 2100 });
    const arb: fc.Arbitrary<Timeframe> = fc.oneof(
      fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]): Timeframe => ({ kind: "quarter", year: y, quarter: q })),
      fc.tuple(year, fc.constantFrom(1 as const, 2 as const)).map(([y, h]): Timeframe => ({ kind: "half", year: y, half: h })),
      fc.constantFrom("month", "quarter", "half", "year").map((every): Timeframe => ({ kind: "recurring", every })),
      fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]): Timeframe => ({ kind: "month", year: y, month: m })),
    );
    fc.assert(
      fc.property(arb, (t) => {
        const back = parseTimeframe(formatTimeframe(t)).timeframe;
        expect(TimeframeReadingSchema.parse(timeframeReading(back))).toEqual(timeframeReading(t));
      }),
    );
  });
});
