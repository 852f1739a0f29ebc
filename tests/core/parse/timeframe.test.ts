import fc from "fast-check";
import type { Timeframe } from "../../../core/model/timeframe";
import { formatTimeframe, parseTimeframe } from "../../../core/parse/timeframe";

/** Every timeframe cell of both seeds' appendix tables, with the reading written by hand. */
const SEED_TIMEFRAMES: [string, Timeframe][] = [
  // Đồng Tháp 328/KH-UBND, Phụ lục II
  ["Hằng năm", { kind: "annual" }],
  ["Hàng năm", { kind: "annual" }], // VI.4.1
  ["Thường xuyên", { kind: "ongoing" }],
  ["Năm 2027", { kind: "years", years: [2027] }], // III.4
  ["Giai đoạn 2024 - 2030", { kind: "period", from: 2024, to: 2030 }],
  ["Giai đoạn 2024-2030", { kind: "period", from: 2024, to: 2030 }],
  ["Năm 2025 và hằng năm", { kind: "annualFrom", from: 2025 }], // V.1
  ["Sơ kết, tổng kết Chương trình", { kind: "milestoneEvent", event: "Sơ kết, tổng kết Chương trình" }], // I.2
  // Hải Dương 1768/KH-UBND, Phụ lục
  ["2021, 2022", { kind: "years", years: [2021, 2022] }], // II.1
  ["2021", { kind: "years", years: [2021] }],
  ["2022", { kind: "years", years: [2022] }],
  ["2023", { kind: "years", years: [2023] }],
  ["2022- 2025", { kind: "period", from: 2022, to: 2025 }],
  ["2021- 2025", { kind: "period", from: 2021, to: 2025 }],
  ["2022- 2030", { kind: "period", from: 2022, to: 2030 }],
  ["2021 - 2025", { kind: "period", from: 2021, to: 2025 }],
  ["2023 - 2025", { kind: "period", from: 2023, to: 2025 }],
  ["Sau khi có hướng dẫn của Bộ Lao động - TBXH", { kind: "conditional", trigger: "có hướng dẫn của Bộ Lao động - TBXH" }],
  ["Sau khi có hướng dẫn của Bộ GD&ĐT", { kind: "conditional", trigger: "có hướng dẫn của Bộ GD&ĐT" }],
  ["Sau khi có hướng dẫn của Bộ Giáo dục và ĐT", { kind: "conditional", trigger: "có hướng dẫn của Bộ Giáo dục và ĐT" }],
  ["Sau khi Chính phủ ban hành Chương trình", { kind: "conditional", trigger: "Chính phủ ban hành Chương trình" }],
  ["Sau khi Nghị định được ban hành", { kind: "conditional", trigger: "Nghị định được ban hành" }],
];

/** Other forms named in BRIEF §2 and the issue. */
const OTHER_FORMS: [string, Timeframe][] = [
  ["hàng năm", { kind: "annual" }],
  ["HẰNG NĂM", { kind: "annual" }],
  ["Hang nam", { kind: "annual" }],
  ["Hằng năm.", { kind: "annual" }],
  ["thường xuyên", { kind: "ongoing" }],
  ["2021 và 2022", { kind: "years", years: [2021, 2022] }],
  ["Năm 2021, năm 2022", { kind: "years", years: [2021, 2022] }],
  ["2022, 2021", { kind: "years", years: [2021, 2022] }],
  ["2024 – 2030", { kind: "period", from: 2024, to: 2030 }],
  ["2024 - 2030", { kind: "period", from: 2024, to: 2030 }],
  ["Giai đoạn 2024 — 2030", { kind: "period", from: 2024, to: 2030 }],
  ["Từ năm 2024 đến năm 2030", { kind: "period", from: 2024, to: 2030 }],
  ["trong tháng 10 năm 2024", { kind: "month", year: 2024, month: 10 }],
  ["Tháng 10/2024", { kind: "month", year: 2024, month: 10 }],
  ["tháng 3 năm 2025", { kind: "month", year: 2025, month: 3 }],
  ["10/2024", { kind: "month", year: 2024, month: 10 }],
  ["Năm 2025 và hàng năm", { kind: "annualFrom", from: 2025 }],
  ["Từ năm 2025 trở đi", { kind: "annualFrom", from: 2025 }],
  ["Năm 2025 và các năm tiếp theo", { kind: "annualFrom", from: 2025 }],
  ["Tổng kết Chương trình", { kind: "milestoneEvent", event: "Tổng kết Chương trình" }],
  ["Sau khi   Nghị định  được ban hành.", { kind: "conditional", trigger: "Nghị định được ban hành" }],
  ["SAU KHI Nghị định được ban hành", { kind: "conditional", trigger: "Nghị định được ban hành" }],
];

describe("parseTimeframe: every timeframe of both seeds", () => {
  it.each(SEED_TIMEFRAMES)("%s", (text, expected) => {
    const r = parseTimeframe(text);
    expect(r.timeframe).toEqual(expected);
    expect(r.error).toBeNull();
    expect(r.suggestion).toBeNull();
    expect(r.warnings).toEqual([]);
    expect(r.text).toBe(text);
  });
});

describe("parseTimeframe: other accepted forms", () => {
  it.each(OTHER_FORMS)("%s", (text, expected) => {
    const r = parseTimeframe(text);
    expect(r.timeframe).toEqual(expected);
    expect(r.error).toBeNull();
  });

  it("reads a typed year number and a spreadsheet date (a 1st is the month a sheet made of \"10/2024\")", () => {
    expect(parseTimeframe(2022).timeframe).toEqual({ kind: "years", years: [2022] });
    const d = parseTimeframe(new Date(Date.UTC(2024, 9, 1)));
    expect(d.timeframe).toEqual({ kind: "month", year: 2024, month: 10 });
    expect(d.warnings.map((w) => w.code)).toEqual(["timeframe.dateAsMonth"]);
    const deadline = parseTimeframe(new Date(Date.UTC(2026, 5, 30)));
    expect(deadline.timeframe).toEqual({ kind: "deadline", date: "2026-06-30" });
    expect(deadline.warnings).toEqual([]);
  });

  it("warns about a year written twice and counts it once", () => {
    const r = parseTimeframe("2022, 2022");
    expect(r.timeframe).toEqual({ kind: "years", years: [2022] });
    expect(r.warnings.map((w) => w.code)).toEqual(["timeframe.duplicateYears"]);
  });
});

/** The forms of other plans (issue #10), with the reading written by hand. */
const NEW_FORMS: [string, Timeframe][] = [
  ["Quý IV/2025", { kind: "quarter", year: 2025, quarter: 4 }],
  ["Quý I/2026", { kind: "quarter", year: 2026, quarter: 1 }],
  ["quý 1 năm 2025", { kind: "quarter", year: 2025, quarter: 1 }],
  ["Trong quý III năm 2025", { kind: "quarter", year: 2025, quarter: 3 }],
  ["Hoàn thành trong Quý II/2026", { kind: "quarter", year: 2026, quarter: 2 }],
  ["Tháng 12/2025", { kind: "month", year: 2025, month: 12 }],
  ["Trong tháng 12 năm 2025", { kind: "month", year: 2025, month: 12 }],
  ["Trước 30/6/2026", { kind: "deadline", date: "2026-06-30" }],
  ["Trước ngày 30/6/2026", { kind: "deadline", date: "2026-06-30" }],
  ["trước ngày 30/06/2026", { kind: "deadline", date: "2026-06-30" }],
  ["Chậm nhất ngày 15/11/2025", { kind: "deadline", date: "2025-11-15" }],
  ["Hoàn thành trước 31/12/2025", { kind: "deadline", date: "2025-12-31" }],
  ["Trước ngày 30 tháng 6 năm 2026", { kind: "deadline", date: "2026-06-30" }],
  ["30/6/2026", { kind: "deadline", date: "2026-06-30" }],
  ["6 tháng đầu năm 2026", { kind: "half", year: 2026, half: 1 }],
  ["06 tháng cuối năm 2025", { kind: "half", year: 2025, half: 2 }],
  ["Sáu tháng đầu năm 2026", { kind: "half", year: 2026, half: 1 }],
  ["Trong 6 tháng cuối năm 2026", { kind: "half", year: 2026, half: 2 }],
  ["6 tháng cuối năm", { kind: "half", year: null, half: 2 }],
  ["Định kỳ hằng quý", { kind: "recurring", every: "quarter" }],
  ["Hằng quý", { kind: "recurring", every: "quarter" }],
  ["Hàng tháng", { kind: "recurring", every: "month" }],
  ["Định kỳ hằng tháng", { kind: "recurring", every: "month" }],
  ["6 tháng một lần", { kind: "recurring", every: "half" }],
  ["Định kỳ 6 tháng", { kind: "recurring", every: "half" }],
  ["Định kỳ 06 tháng/lần", { kind: "recurring", every: "half" }],
  ["Định kỳ 6 tháng, hằng năm", { kind: "recurring", every: "half" }],
  ["Định kỳ hằng năm", { kind: "recurring", every: "year" }],
  ["Định kỳ hằng quý báo cáo UBND tỉnh", { kind: "recurring", every: "quarter" }],
  ["Khi có phát sinh", { kind: "onOccurrence" }],
  ["Khi phát sinh", { kind: "onOccurrence" }],
  ["Theo yêu cầu", { kind: "onOccurrence" }],
  ["Theo yêu cầu của UBND tỉnh", { kind: "onOccurrence" }],
  ["Khi có yêu cầu", { kind: "onOccurrence" }],
  ["Đột xuất", { kind: "onOccurrence" }],
  ["Thường xuyên, định kỳ hằng quý báo cáo kết quả", { kind: "ongoing", report: "quarter" }],
  ["Thường xuyên; định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh", { kind: "ongoing", report: "half" }],
  ["Thường xuyên, báo cáo kết quả hằng năm", { kind: "ongoing", report: "year" }],
  ["Thường xuyên, định kỳ báo cáo theo quy định", { kind: "ongoing" }],
  ["Trong năm 2025", { kind: "years", years: [2025] }],
];

describe("parseTimeframe: quarters, months, deadlines, half years, recurring and on-occurrence tasks", () => {
  it.each(NEW_FORMS)("%s", (text, expected) => {
    const r = parseTimeframe(text);
    expect(r.timeframe).toEqual(expected);
    expect(r.error).toBeNull();
    expect(r.warnings).toEqual([]);
  });

  it("keeps a condition apart from an occurrence", () => {
    expect(parseTimeframe("Khi có hướng dẫn của Bộ Y tế").timeframe).toEqual({ kind: "conditional", trigger: "có hướng dẫn của Bộ Y tế" });
    expect(parseTimeframe("Sau khi có yêu cầu của Bộ").timeframe.kind).toBe("conditional");
  });

  it("refuses a date that is not in the calendar, saying which", () => {
    for (const t of ["Trước 31/6/2026", "Trước 29/2/2025", "Trước 0/6/2026", "Trước 12/13/2026"]) {
      const r = parseTimeframe(t);
      expect([t, r.timeframe.kind, r.error?.code, r.suggestion?.code]).toEqual([t, "unknown", "timeframe.badDate", "timeframe.dateExample"]);
    }
    expect(parseTimeframe("Trước 29/2/2028").timeframe).toEqual({ kind: "deadline", date: "2028-02-29" });
    expect(parseTimeframe("Trước 30/6/3026").error?.code).toBe("timeframe.yearOutOfRange");
    expect(parseTimeframe("Quý IV/1980").error?.code).toBe("timeframe.yearOutOfRange");
  });
});

/** Timeframes written as sentences in real plans (the corpus), with the reading written by hand. */
const PROSE: [string, Timeframe][] = [
  ["Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục", { kind: "period", from: 2026, to: 2027 }],
  ["Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)", { kind: "quarter", year: 2026, quarter: 1 }],
  ["Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025", { kind: "deadline", date: "2025-01-10" }],
  ["Mạng lưới quan trắc được đầu tư, hoàn thành trước năm 2027 và vận hành thường xuyên, liên tục.", { kind: "deadline", date: "2026-12-31" }],
  ["Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục", { kind: "annualFrom", from: 2026 }],
  ["Thí điểm trong giai đoạn 2026 - 2027 và thực hiện mở rộng sau năm 2028", { kind: "period", from: 2026, to: 2027 }],
  ["Hoàn thành kiểm kê lần đầu trong năm 2026. Định kỳ cập nhật kết quả kiểm kê phát thải (nếu có)", { kind: "years", years: [2026] }],
  ["Quý IV/2025- Quý II/2026", { kind: "deadline", date: "2026-06-30" }],
  [
    "- Trình UBTVQH cho ý kiến tại Phiên họp thứ 44 (tháng 4/2025);\n- Trình Quốc hội xem xét, thông qua tại Kỳ họp thứ 9 (tháng 5/2025)",
    { kind: "month", year: 2025, month: 5 },
  ],
  ["Thực hiện thường xuyên, liên tục", { kind: "ongoing" }],
  ["Nhiệm vụ thường xuyên", { kind: "ongoing" }],
  ["Theo kế hoạch riêng", { kind: "onOccurrence" }],
  ["Theo kết quả rà soát, đề xuất của các cơ quan", { kind: "conditional", trigger: "kết quả rà soát, đề xuất của các cơ quan" }],
];

describe("parseTimeframe: timeframes written as sentences", () => {
  it.each(PROSE)("%s", (text, expected) => {
    const r = parseTimeframe(text);
    expect(r.timeframe).toEqual(expected);
    expect(r.error).toBeNull();
    // A reading of prose is said, so a person can check it.
    expect(r.warnings.map((w) => w.code)).toEqual(["timeframe.fromProse"]);
    expect(r.warnings[0].vi).toContain(`được hiểu là «${formatTimeframe(expected)}»`);
  });

  it("spelling and exact forms need no warning: Quí IV-2025, Thường xuyên, hằng năm", () => {
    expect(parseTimeframe("Quí IV-2025")).toMatchObject({ timeframe: { kind: "quarter", year: 2025, quarter: 4 }, warnings: [] });
    expect(parseTimeframe("Thường xuyên, hằng năm")).toMatchObject({ timeframe: { kind: "ongoing", report: "year" }, warnings: [] });
  });

  it("a sentence without any date or known word stays unknown", () => {
    expect(parseTimeframe("Khi nào có kinh phí sẽ làm").timeframe.kind).toBe("conditional");
    expect(parseTimeframe("Tùy tình hình thực tế").timeframe).toEqual({ kind: "unknown" });
    expect(parseTimeframe("Sau năm 2028").timeframe).toEqual({ kind: "unknown" });
  });
});

describe("parseTimeframe: errors", () => {
  it("explains an unknown text and lists the accepted forms", () => {
    const r = parseTimeframe("Khi nào xong thì báo");
    expect(r.timeframe).toEqual({ kind: "conditional", trigger: "nào xong thì báo" }); // "Khi ..." waits for an event
    const u = parseTimeframe("Quý V/2024");
    expect(u.timeframe).toEqual({ kind: "unknown" });
    expect(u.error?.code).toBe("timeframe.unknown");
    expect(u.error?.vi).toContain("Quý V/2024");
    expect(u.error?.en).toContain("not understood");
    expect(u.suggestion?.code).toBe("timeframe.acceptedForms");
    expect(u.suggestion?.vi).toContain("Giai đoạn 2024-2030");
    expect(u.suggestion?.vi).toContain("Sau khi");
  });

  it("reports an empty cell", () => {
    for (const v of [null, undefined, "", "   "]) {
      const r = parseTimeframe(v);
      expect(r.timeframe).toEqual({ kind: "unknown" });
      expect(r.error?.code).toBe("timeframe.empty");
    }
  });

  it("rejects implausible years", () => {
    for (const t of ["Năm 3025", "1890 - 2025", "Giai đoạn 2024-2130", "Tháng 10/1024", "2101", "Năm 1989 và hằng năm"]) {
      const r = parseTimeframe(t);
      expect([t, r.timeframe.kind, r.error?.code]).toEqual([t, "unknown", "timeframe.yearOutOfRange"]);
      expect(r.suggestion?.code).toBe("timeframe.checkYear");
    }
    expect(parseTimeframe(1800).error?.code).toBe("timeframe.yearOutOfRange");
    expect(parseTimeframe(2024.5).error?.code).toBe("timeframe.unknown");
  });

  it("rejects a reversed period and suggests the swap", () => {
    const r = parseTimeframe("Giai đoạn 2030 - 2024");
    expect(r.timeframe).toEqual({ kind: "unknown" });
    expect(r.error?.code).toBe("timeframe.periodReversed");
    expect(r.suggestion?.vi).toBe("Có phải là “Giai đoạn 2024-2030”?");
    expect(parseTimeframe("2025-2025").timeframe).toEqual({ kind: "period", from: 2025, to: 2025 });
  });

  it("rejects a month outside 1-12 and a trigger-less 'Sau khi'", () => {
    expect(parseTimeframe("Tháng 13/2024").error?.code).toBe("timeframe.monthOutOfRange");
    expect(parseTimeframe("Tháng 0/2024").error?.code).toBe("timeframe.monthOutOfRange");
    expect(parseTimeframe("Sau khi").error?.code).toBe("timeframe.emptyTrigger");
    expect(parseTimeframe("Sau khi .").error?.code).toBe("timeframe.emptyTrigger");
  });

  it("rejects booleans", () => {
    expect(parseTimeframe(true).error?.code).toBe("timeframe.notText");
  });
});

describe("formatTimeframe", () => {
  it("writes canonical Vietnamese", () => {
    expect(formatTimeframe({ kind: "annual" })).toBe("Hằng năm");
    expect(formatTimeframe({ kind: "ongoing" })).toBe("Thường xuyên");
    expect(formatTimeframe({ kind: "period", from: 2024, to: 2030 })).toBe("Giai đoạn 2024-2030");
    expect(formatTimeframe({ kind: "years", years: [2021, 2022] })).toBe("Năm 2021, 2022");
    expect(formatTimeframe({ kind: "month", year: 2024, month: 10 })).toBe("Tháng 10/2024");
    expect(formatTimeframe({ kind: "annualFrom", from: 2025 })).toBe("Năm 2025 và hằng năm");
    expect(formatTimeframe({ kind: "conditional", trigger: "Nghị định được ban hành" })).toBe("Sau khi Nghị định được ban hành");
    expect(formatTimeframe({ kind: "milestoneEvent", event: "Sơ kết, tổng kết Chương trình" })).toBe("Sơ kết, tổng kết Chương trình");
    expect(formatTimeframe({ kind: "unknown" })).toBe("");
    expect(formatTimeframe({ kind: "quarter", year: 2025, quarter: 4 })).toBe("Quý IV/2025");
    expect(formatTimeframe({ kind: "half", year: 2026, half: 1 })).toBe("6 tháng đầu năm 2026");
    expect(formatTimeframe({ kind: "half", year: null, half: 2 })).toBe("6 tháng cuối năm");
    expect(formatTimeframe({ kind: "deadline", date: "2026-06-30" })).toBe("Trước 30/6/2026");
    expect(formatTimeframe({ kind: "recurring", every: "quarter" })).toBe("Định kỳ hằng quý");
    expect(formatTimeframe({ kind: "onOccurrence" })).toBe("Khi có phát sinh");
    expect(formatTimeframe({ kind: "ongoing", report: "quarter" })).toBe("Thường xuyên, báo cáo hằng quý");
  });
});

// ---- properties ----

const year = fc.integer({ min: 1990, max: 2100 });
const WORDS = ["có", "hướng", "dẫn", "của", "Bộ", "Lao", "động", "TBXH", "Nghị", "định", "được", "ban", "hành", "Chính", "phủ", "GD&ĐT", "Chương", "trình", "Kế", "hoạch", "Y", "tế", "Thủ", "tướng"];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));

const timeframeArb: fc.Arbitrary<Timeframe> = fc.oneof(
  fc.constant<Timeframe>({ kind: "annual" }),
  fc.constant<Timeframe>({ kind: "ongoing" }),
  fc.tuple(year, year).map(([a, b]): Timeframe => ({ kind: "period", from: Math.min(a, b), to: Math.max(a, b) })),
  fc
    .uniqueArray(year, { minLength: 1, maxLength: 4 })
    .map((ys): Timeframe => ({ kind: "years", years: [...ys].sort((a, b) => a - b) })),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]): Timeframe => ({ kind: "month", year: y, month: m })),
  year.map((y): Timeframe => ({ kind: "annualFrom", from: y })),
  phrase.map((trigger): Timeframe => ({ kind: "conditional", trigger })),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]): Timeframe => ({ kind: "quarter", year: y, quarter: q })),
  fc.tuple(fc.option(year, { nil: null }), fc.constantFrom(1 as const, 2 as const)).map(([y, h]): Timeframe => ({ kind: "half", year: y, half: h })),
  fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d): Timeframe => ({ kind: "deadline", date: d.toISOString().slice(0, 10) })),
  fc.constantFrom("month", "quarter", "half", "year").map((every): Timeframe => ({ kind: "recurring", every })),
  fc.constant<Timeframe>({ kind: "onOccurrence" }),
  fc.constantFrom("month", "quarter", "half", "year").map((report): Timeframe => ({ kind: "ongoing", report })),
  fc
    .tuple(fc.constantFrom("Sơ kết", "Tổng kết", "Sơ kết, tổng kết"), phrase)
    .map(([p, w]): Timeframe => ({ kind: "milestoneEvent", event: `${p} ${w}` })),
);

/** Same text, written differently: NFD, extra/odd spaces, other dashes. */
const variant = (s: string) =>
  fc
    .record({
      nfd: fc.boolean(),
      spaces: fc.constantFrom(" ", "  ", "\u00A0", " \t "),
      pad: fc.constantFrom("", " ", "  \u00A0"),
      dash: fc.constantFrom("-", "–", "—", "\u2212"),
    })
    .map(({ nfd, spaces, pad, dash }) => {
      let v = s.replace(/ /g, spaces).replace(/-/g, dash);
      v = pad + v + pad;
      return nfd ? v.normalize("NFD") : v;
    });

const summary = (s: string) => {
  const r = parseTimeframe(s);
  return { timeframe: r.timeframe, error: r.error?.code ?? null, warnings: r.warnings.map((w) => w.code) };
};

describe("parseTimeframe properties", () => {
  it("never throws on any string or cell", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.double(), fc.integer(), fc.boolean(), fc.date(), fc.constant(null)),
        (v) => {
          const r = parseTimeframe(v);
          expect(typeof r.text).toBe("string");
          expect(r.timeframe.kind === "unknown").toBe(r.error !== null);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("format then parse gives the timeframe back", () => {
    fc.assert(
      fc.property(timeframeArb, (t) => {
        const r = parseTimeframe(formatTimeframe(t));
        expect(r.error).toBeNull();
        expect(r.timeframe).toEqual(t);
      }),
      { numRuns: 1000 },
    );
  });

  it("NFC/NFD, spacing and dash variants give the same result", () => {
    const texts = fc.oneof(
      fc.constantFrom(
        ...SEED_TIMEFRAMES.map(([t]) => t),
        ...OTHER_FORMS.map(([t]) => t),
        ...NEW_FORMS.map(([t]) => t),
        ...PROSE.map(([t]) => t),
        "Trước 31/6/2026",
        "Năm 3025",
        "Sau khi",
      ),
      timeframeArb.map(formatTimeframe),
    );
    fc.assert(
      fc.property(texts.chain((t) => fc.tuple(fc.constant(t), variant(t))), ([t, v]) => {
        expect(summary(v)).toEqual(summary(t));
      }),
      { numRuns: 1000 },
    );
  });

  it("case does not change the kind or the dates", () => {
    const texts = fc.oneof(
      fc.constantFrom(...SEED_TIMEFRAMES.map(([t]) => t), ...NEW_FORMS.map(([t]) => t), ...PROSE.map(([t]) => t)),
      timeframeArb.map(formatTimeframe),
    );
    fc.assert(
      fc.property(texts, fc.boolean(), (t, upper) => {
        const v = upper ? t.toUpperCase() : t.toLowerCase();
        const a = parseTimeframe(t).timeframe;
        const b = parseTimeframe(v).timeframe;
        expect(b.kind).toBe(a.kind);
        if (a.kind !== "conditional" && a.kind !== "milestoneEvent") expect(b).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });
});
