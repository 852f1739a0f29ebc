import fc from "fast-check";
import { vietnamDate, vietnamStamp } from "../../../core/period";

describe("the one clock: Viet Nam's date and time from the host's instant", () => {
  it("is UTC+7 all year: 00:30 in Hà Nội is 17:30 UTC the day before", () => {
    expect(vietnamDate(Date.UTC(2026, 10, 30, 17, 30))).toBe("2026-12-01");
    expect(vietnamStamp(Date.UTC(2026, 10, 30, 17, 30))).toBe("2026-12-01 00:30");
    expect(vietnamDate(Date.UTC(2026, 10, 30, 16, 59, 59, 999))).toBe("2026-11-30");
    expect(vietnamStamp(Date.UTC(2026, 10, 30, 16, 59, 59, 999))).toBe("2026-11-30 23:59");
    // New Year and a leap day.
    expect(vietnamDate(Date.UTC(2026, 11, 31, 17, 0))).toBe("2027-01-01");
    expect(vietnamDate(Date.UTC(2028, 1, 28, 18, 0))).toBe("2028-02-29");
    // No daylight saving: the same offset in January and July.
    expect(vietnamStamp(Date.UTC(2026, 0, 15, 1, 5))).toBe("2026-01-15 08:05");
    expect(vietnamStamp(Date.UTC(2026, 6, 15, 1, 5))).toBe("2026-07-15 08:05");
  });

  it("gives nothing for a value that is not an instant", () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1]) {
      expect(vietnamDate(v)).toBe("");
      expect(vietnamStamp(v)).toBe("");
    }
  });

  it("agrees with the 7-hour shift on any instant, and the stamp starts with the date", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const day = vietnamDate(ms);
        expect(day).toBe(new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10));
        expect(vietnamStamp(ms).startsWith(`${day} `)).toBe(true);
      }),
    );
  });
});
