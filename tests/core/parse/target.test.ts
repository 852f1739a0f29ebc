import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { ParsedTargetSchema, type ParsedTarget } from "../../../core/model";
import { formatNumber } from "../../../core/parse/number";
import { parseTarget } from "../../../core/parse/target";

type Expect = Partial<ParsedTarget>;

// Hand-written expectations, by notation.
const exact = (v: number, more: Expect = {}): Expect => ({
  kind: "exact", lo: v, hi: v, loInclusive: true, hiInclusive: true, directionHint: null, change: null,
  approx: false, qualitative: null, error: null, warnings: [], items: null, ...more,
});
const min = (v: number, inclusive: boolean, more: Expect = {}): Expect => ({
  kind: "min", lo: v, hi: null, loInclusive: inclusive, hiInclusive: false, directionHint: "increase",
  change: null, error: null, qualitative: null, items: null, ...more,
});
const max = (v: number, inclusive: boolean, more: Expect = {}): Expect => ({
  kind: "max", lo: null, hi: v, loInclusive: false, hiInclusive: inclusive, directionHint: "decrease",
  change: null, error: null, qualitative: null, items: null, ...more,
});
const range = (lo: number, hi: number, more: Expect = {}): Expect => ({
  kind: "range", lo, hi, loInclusive: true, hiInclusive: true, directionHint: null, change: null,
  error: null, qualitative: null, items: null, ...more,
});
const none: Expect = { kind: "none", lo: null, hi: null, qualitative: null, error: null, items: null, warnings: [] };
const qual = (text: string, scale: string | null, rank: number | null): Expect => ({
  kind: "qualitative", lo: null, hi: null, qualitative: { text, scale, rank }, error: null, items: null,
});

/**
 * Đồng Tháp 328/KH-UBND, Phụ lục I: every row with its 2025 and 2030 target cells, transcribed
 * from the seed text (sub-rows named after the row above). 9.3's urban/rural sub-rows carry no
 * targets in the seed. Hải Dương's appendix is a task table and holds no targets.
 */
const SEED_ROWS: [string, string, string][] = [
  ["1 (un-coded)", "100", "100"],
  ["2.1", "<3", "<3"], ["2.2", "<3", "<4"], ["2.3", "<60", "<40"], ["2.4", "25", "<20"], ["2.5", "50", "60"],
  ["2.6", "40", "50"],
  ["3.1", ">0,7", ">0,7"], ["3.2", "28-30", "35-40"], ["3.3", "80", "90"], ["3.4", "35", "40"], ["3.5", "30", "40"],
  ["4.1", "19,04", "60"], ["4.1 bắt buộc", "14,69", "46,30"], ["4.1 tự nguyện", "4,35", "13,70"],
  ["4.2", "55", "60"], ["4.3", "85", "90"], ["4.4", "13,40", "45"], ["4.5", "Tiểu học", "THCS"],
  ["4.6", "95,01", "97"], ["4.7", "> 80", ">90"], ["4.8", "60", "100"], ["4.9", "98", "100"],
  ["5.1", "3,5", "4"], ["5.2", "100", "100"], ["5.3", "-", "100"], ["5.4", "-", "100"], ["5.5", "-", "100"],
  ["5.6", "-", "100"], ["5.7", "-", "100"], ["5.8", "90", "95"], ["5.9", "-", "99"], ["5.10", "1-1,5", "-"],
  ["5.11", "2", "-"], ["5.12", "80", "90"], ["5.13", "50", "70"], ["5.14", "70", "100"], ["5.15", "100", "100"],
  ["5.16", "50", "100"], ["5.17", "50", "70"], ["5.18", "-", ">=2"],
  ["6.1", "100", "100"], ["6.2", "35", "35-40"], ["6.3", "95", "95-97"], ["6.4", "99,5", "99,5"], ["6.5", "65", ">65"],
  ["6.6", "99", "99,5"], ["6.7", "92,5", "95"], ["6.8", "73", "75"], ["6.9", "100", "100"], ["6.10", "97", "99"],
  ["6.11", "88", "99"], ["6.12", "95", "97"], ["6.13", "80", "90"],
  ["7.1", "1,83", "1,9"], ["7.2", "74,5", "75"], ["7.3", "67", "68"],
  ["7.4 Số giường bệnh", "30", "35"], ["7.4 Số bác sĩ", "10", "15"], ["7.4 Số dược sỹ", "-", "4"],
  ["7.4 Số điều dưỡng viên", "-", "33"],
  ["7.5", "95", ">95"], ["7.6", "95", ">95"], ["7.7", ">80", "-"], ["7.8", "-", ">=95"], ["7.9", "-", "<15"],
  ["7.10", "Giảm tối đa tỷ lệ nhiễm mới", "Cơ bản loại trừ"], ["7.11", "80", "90"], ["7.12", "70", "80"],
  ["7.13", "90", "100"], ["7.14", "100", "100"],
  ["8.1", "-", "-"], ["8.1 Vùng sâu, vùng xa, biên giới", "80", "80"], ["8.1 Các vùng còn lại", "100", "100"],
  ["8.2", "50", "80"], ["8.3", "100", "100"], ["8.4", "100", "100"], ["8.5", "100", "100"], ["8.6", "100", "100"],
  ["8.7", ">60", "100"], ["8.8", "-", ">75"],
  ["9.1", "-", "6.100"], ["9.2", "Giải quyết cơ bản", "Xóa bỏ hoàn toàn"], ["9.3", "27", "30"],
  ["9.4", "-", "85-90"], ["9.4 Thành thị", "-", "100"], ["9.4 Nông thôn", "-", "75-80"], ["9.5", "-", "90"],
  ["10.1 Thành thị", ">98", "100"], ["10.1 Nông thôn", ">95", "98"], ["10.2 Thành thị", "85", "-"],
  ["10.2 Nông thôn", "-", "100"], ["10.3", "-", "100"], ["10.4", "85", "100"], ["10.5", "-", "100"],
  ["10.6", "-", "25"], ["10.7", "-", "15"], ["10.8", "-", "100"], ["10.9", "-", "100"], ["10.10", "-", "75"],
];

/** What each distinct seed target means, written by hand. */
const SEED_MEANING: Record<string, Expect> = {
  "100": exact(100), "25": exact(25), "50": exact(50), "60": exact(60), "40": exact(40), "80": exact(80),
  "90": exact(90), "35": exact(35), "30": exact(30), "55": exact(55), "85": exact(85), "45": exact(45),
  "97": exact(97), "98": exact(98), "4": exact(4), "95": exact(95), "99": exact(99), "2": exact(2),
  "70": exact(70), "65": exact(65), "73": exact(73), "75": exact(75), "88": exact(88), "67": exact(67),
  "68": exact(68), "10": exact(10), "15": exact(15), "33": exact(33), "27": exact(27),
  "19,04": exact(19.04), "14,69": exact(14.69), "46,30": exact(46.3), "4,35": exact(4.35), "13,70": exact(13.7),
  "13,40": exact(13.4), "95,01": exact(95.01), "3,5": exact(3.5), "99,5": exact(99.5), "92,5": exact(92.5),
  "1,83": exact(1.83), "1,9": exact(1.9), "74,5": exact(74.5),
  "6.100": exact(6100),
  "<3": max(3, false), "<4": max(4, false), "<60": max(60, false), "<40": max(40, false), "<20": max(20, false),
  "<15": max(15, false),
  ">0,7": min(0.7, false), "> 80": min(80, false), ">90": min(90, false), ">80": min(80, false),
  ">65": min(65, false), ">95": min(95, false), ">60": min(60, false), ">75": min(75, false), ">98": min(98, false),
  ">=2": min(2, true), ">=95": min(95, true),
  "28-30": range(28, 30), "35-40": range(35, 40), "1-1,5": range(1, 1.5), "95-97": range(95, 97),
  "85-90": range(85, 90), "75-80": range(75, 80),
  "-": none,
  "Tiểu học": qual("Tiểu học", "education-level", 1),
  "THCS": qual("THCS", "education-level", 2),
  "Giảm tối đa tỷ lệ nhiễm mới": qual("Giảm tối đa tỷ lệ nhiễm mới", "elimination", 0),
  "Cơ bản loại trừ": qual("Cơ bản loại trừ", "elimination", 1),
  "Giải quyết cơ bản": qual("Giải quyết cơ bản", "housing", 0),
  "Xóa bỏ hoàn toàn": qual("Xóa bỏ hoàn toàn", "housing", 1),
};

describe("parseTarget: every target of Đồng Tháp Phụ lục I", () => {
  it("has a hand-written meaning for every distinct seed target", () => {
    const cells = new Set(SEED_ROWS.flatMap(([, a, b]) => [a, b]));
    expect([...cells].filter((c) => !(c in SEED_MEANING))).toEqual([]);
    // 89 indicators + 16 sub-rows, less the rows without target cells: the parents 7.4, 10.1,
    // 10.2 (targets are on their sub-rows) and 9.3's two sub-rows (target on the parent only).
    expect(SEED_ROWS).toHaveLength(105 - 5);
  });

  it.each(SEED_ROWS)("%s: %s (2025), %s (2030)", (_code, t2025, t2030) => {
    for (const cell of [t2025, t2030]) {
      const r = parseTarget(cell);
      expect(r).toMatchObject(SEED_MEANING[cell]);
      expect(r.text).toBe(cell);
      expect(r.unit).toBeNull();
      expect(r.suggestion).toBeNull();
    }
  });

  it("reads 9.1's 6.100 as six thousand one hundred flats", () => {
    expect(parseTarget("6.100")).toMatchObject(exact(6100));
    expect(parseTarget("6.100 căn")).toMatchObject(exact(6100, { unit: "căn" }));
  });
});

describe("parseTarget: comparators in symbols and words", () => {
  const cases: [string, Expect][] = [
    ["≥ 95", min(95, true)], ["≥95%", min(95, true, { unit: "%" })], ["=> 95", min(95, true)],
    ["≤ 5", max(5, true)], ["=< 5", max(5, true)], ["<= 5", max(5, true)], ["< 3 %", max(3, false, { unit: "%" })],
    ["trên 90%", min(90, false, { unit: "%" })], ["hơn 90%", min(90, false, { unit: "%" })],
    ["lớn hơn 90", min(90, false)],
    ["dưới 3%", max(3, false, { unit: "%" })], ["nhỏ hơn 3", max(3, false)], ["thấp hơn 3%", max(3, false, { unit: "%" })],
    ["98% trở lên", min(98, true, { unit: "%" })], ["98 % trở lên", min(98, true, { unit: "%" })],
    ["5% trở xuống", max(5, true, { unit: "%" })],
    ["tối thiểu 60", min(60, true)], ["ít nhất 60", min(60, true)], ["không dưới 60", min(60, true)],
    ["không thấp hơn 60%", min(60, true, { unit: "%" })], ["không ít hơn 60", min(60, true)],
    ["tối đa 5", max(5, true)], ["không quá 5", max(5, true)], ["không vượt quá 5%", max(5, true, { unit: "%" })],
    ["từ 90% trở lên", min(90, true, { unit: "%" })], ["từ 90", min(90, true)],
    ["Tối thiểu 60 lít/người/ngày", min(60, true, { unit: "lít/người/ngày" })],
    ["TRÊN 90%", min(90, false, { unit: "%" })], ["tren 90%", min(90, false, { unit: "%" })],
  ];
  it.each(cases)("%s", (cell, expected) => {
    expect(parseTarget(cell)).toMatchObject(expected);
  });
});

describe("parseTarget: ranges", () => {
  const cases: [string, Expect][] = [
    ["28 – 30", range(28, 30)], ["28—30", range(28, 30)], ["28 - 30", range(28, 30)], ["28−30", range(28, 30)],
    ["từ 28 đến 30", range(28, 30)], ["Từ 28 tới 30", range(28, 30)], ["28 đến 30", range(28, 30)],
    ["từ 28-30%", range(28, 30, { unit: "%" })], ["28%-30%", range(28, 30, { unit: "%" })],
    ["28% - 30%", range(28, 30, { unit: "%" })], ["1.000-2.000 người", range(1000, 2000, { unit: "người" })],
    ["khoảng 28-30", range(28, 30, { approx: true })],
  ];
  it.each(cases)("%s", (cell, expected) => {
    expect(parseTarget(cell)).toMatchObject(expected);
  });

  it("swaps a reversed range with a warning and a suggestion", () => {
    const r = parseTarget("30-28");
    expect(r).toMatchObject(range(28, 30, { warnings: [expect.objectContaining({ code: "target.reversedRange" })] }));
    expect(r.suggestion?.vi).toBe("Hãy viết 28-30.");
  });

  it("refuses units that differ on the two ends", () => {
    const r = parseTarget("28% - 30 người");
    expect(r.kind).toBe("qualitative");
    expect(r.error?.code).toBe("target.unitMismatch");
  });
});

describe("parseTarget: wording", () => {
  const cases: [string, Expect][] = [
    ["khoảng 30", exact(30, { approx: true })], ["xấp xỉ 30", exact(30, { approx: true })],
    ["gần 30", exact(30, { approx: true })], ["trên dưới 30", exact(30, { approx: true })],
    ["~30", exact(30, { approx: true })],
    ["đạt 95%", exact(95, { unit: "%" })], ["duy trì 100%", exact(100, { unit: "%" })],
    ["Phấn đấu đạt trên 90%", min(90, false, { unit: "%" })],
    ["100%", exact(100, { unit: "%" })], ["% 95", exact(95, { unit: "%" })],
    ["27 m2 sàn/người", exact(27, { unit: "m2 sàn/người" })], ["27 m 2 sàn/ người", exact(27, { unit: "m 2 sàn/ người" })],
    ["2%/năm", exact(2, { unit: "%/năm", perYear: true })],
    ["2% mỗi năm", exact(2, { unit: "%", perYear: true })],
    ["1-1,5%/năm", range(1, 1.5, { unit: "%/năm", perYear: true })],
    ["bình quân 2%/năm", exact(2, { unit: "%/năm", perYear: true })],
    ["giảm 30%", exact(30, { unit: "%", change: "decrease", directionHint: "decrease" })],
    ["tăng 20%", exact(20, { unit: "%", change: "increase", directionHint: "increase" })],
    ["tăng gấp 4 lần", exact(4, { unit: "lần", change: "multiply", directionHint: "increase" })],
    ["gấp 2 lần", exact(2, { unit: "lần", change: "multiply", directionHint: "increase" })],
    ["tăng 2 lần", exact(2, { unit: "lần", change: "multiply", directionHint: "increase" })],
    ["mỗi năm giảm 1-1,5%", range(1, 1.5, { unit: "%", perYear: true, change: "decrease", directionHint: "decrease" })],
    ["giảm ít nhất 30%", min(30, true, { unit: "%", change: "decrease", directionHint: "decrease" })],
    ["giảm còn dưới 1,8%", max(1.8, false, { unit: "%" })],
    ["giảm xuống 2%", max(2, true, { unit: "%" })],
    ["giảm xuống còn 2%", max(2, true, { unit: "%" })],
    ["tăng lên 90%", min(90, true, { unit: "%" })],
  ];
  it.each(cases)("%s", (cell, expected) => {
    expect(parseTarget(cell)).toMatchObject(expected);
  });
});

/**
 * Issue #15: notations that read as qualitative or wrongly exact, each with what it means.
 * docs/domain.md ("Target notations") gives one line per family.
 */
export const ISSUE_15_TARGETS: [string, Expect][] = [
  // The unit before the value, the comparator after it.
  ["% ≥ 95", min(95, true, { unit: "%" })],
  // "+" after the value is "or more", like "trở lên".
  ["11%+", min(11, true, { unit: "%" })],
  ["90%+", min(90, true, { unit: "%" })],
  // "bằng" (equal) gives way to the bound it is joined to.
  ["ít nhất bằng 150%", min(150, true, { unit: "%" })],
  // Two words of one bound are that bound.
  ["tối đa không quá 75.000.000 đồng", max(75_000_000, true, { unit: "đồng", currency: "VND" })],
  ["bằng hoặc thấp hơn 5.000 USD", max(5000, true, { unit: "USD", currency: "USD" })],
  // A level to hold: exact, steady, no direction of its own.
  ["ổn định ở mức 42%", exact(42, { unit: "%", steady: true })],
  ["duy trì ổn định ở mức 16,3%", exact(16.3, { unit: "%", steady: true })],
  // A rate per population: the unit as written, the denominator read.
  ["30 giường bệnh/1 vạn dân", exact(30, { unit: "giường bệnh/1 vạn dân", per: { value: 10_000, unit: "dân" } })],
  // A dollar amount in English notation (the sheet's "7,900" alone would be ambiguous).
  ["$7,900", exact(7900, { unit: "$", currency: "USD", warnings: [expect.objectContaining({ code: "number.englishAfterSign" })] })],
  // A target at the end of a sentence, read with a warning quoting it.
  ["… đạt tối thiểu 95%", min(95, true, { unit: "%", warnings: [expect.objectContaining({ code: "target.fromSentence" })] })],
  // A range open at the top: at least its low end, with a warning.
  ["từ 1 - 1,5% trở lên", min(1, true, { unit: "%", warnings: [expect.objectContaining({ code: "target.openRangeMin" })] })],
];

describe("parseTarget: the notations of issue #15", () => {
  it.each(ISSUE_15_TARGETS)("%s", (cell, expected) => {
    const r = parseTarget(cell);
    expect(r).toMatchObject(expected);
    expect(r.text).toBe(cell);
  });

  it("says which phrase of a sentence it read, and how to write the cell", () => {
    const r = parseTarget("Phấn đấu đến năm 2025 tỷ lệ hộ dùng nước sạch đạt tối thiểu 95% số hộ");
    expect(r).toMatchObject(min(95, true, { unit: "%" }));
    expect(r.warnings[0].vi).toContain("“đạt tối thiểu 95%”");
    expect(r.suggestion?.vi).toContain("“đạt tối thiểu 95%”");
  });

  it("explains an open range and how to write either meaning", () => {
    const r = parseTarget("từ 1 - 1,5% trở lên");
    expect(r.warnings[0].vi).toContain("tối thiểu 1%");
    expect(r.suggestion?.vi).toBe("Nếu mục tiêu là tối thiểu 1%, hãy viết “từ 1% trở lên”; nếu là một khoảng, hãy viết “1%-1,5%”.");
    expect(parseTarget("28-30 người trở xuống")).toMatchObject(max(30, true, { unit: "người", warnings: [expect.objectContaining({ code: "target.openRangeMax" })] }));
  });
});

describe("parseTarget: families of notations, hand-written", () => {
  const cases: [string, Expect][] = [
    // unit before the value
    ["%≥95", min(95, true, { unit: "%" })], ["% >= 95", min(95, true, { unit: "%" })], ["‰ < 15", max(15, false, { unit: "‰" })],
    ["USD 5.000", exact(5000, { unit: "USD", currency: "USD" })], ["$ 100", exact(100, { unit: "$", currency: "USD" })],
    ["tối thiểu $7,900", min(7900, true, { unit: "$", currency: "USD" })],
    // "+" and "hoặc hơn" after the value
    ["100+", min(100, true)], ["95 %+", min(95, true, { unit: "%" })], ["30 hoặc hơn", min(30, true)],
    ["5% hoặc thấp hơn", max(5, true, { unit: "%" })],
    // "bằng hoặc" + comparator, and its mirror
    ["> = 95", min(95, true)], ["< = 5", max(5, true)], ["bằng hoặc cao hơn 90%", min(90, true, { unit: "%" })], ["lớn hơn hoặc bằng 90%", min(90, true, { unit: "%" })],
    ["nhỏ hơn hoặc bằng 3", max(3, true)], ["bằng 150%", exact(150, { unit: "%" })], ["= 95", exact(95)],
    // two words of one way
    ["ít nhất là 60", min(60, true)], ["tối đa dưới 5%", max(5, false, { unit: "%" })], ["không dưới mức 60%", min(60, true, { unit: "%" })],
    // holding a level
    ["giữ ổn định 2,1", exact(2.1, { steady: true })], ["duy trì ở mức 100%", exact(100, { unit: "%", steady: true })],
    ["ổn định ở mức 28-30", range(28, 30, { steady: true })],
    // rates per population
    ["10 bác sĩ/vạn dân", exact(10, { unit: "bác sĩ/vạn dân", per: { value: 10_000, unit: "dân" } })],
    ["≥ 35 giường bệnh/10.000 dân", min(35, true, { unit: "giường bệnh/10.000 dân", per: { value: 10_000, unit: "dân" } })],
    ["dưới 15/1.000 trẻ đẻ sống", max(15, false, { unit: "/1.000 trẻ đẻ sống", per: { value: 1000, unit: "trẻ đẻ sống" } })],
    ["dưới 50/100.000 trẻ đẻ sống", max(50, false, { unit: "/100.000 trẻ đẻ sống", per: { value: 100_000, unit: "trẻ đẻ sống" } })],
    ["dưới 109 bé trai/100 bé gái", max(109, false, { unit: "bé trai/100 bé gái", per: { value: 100, unit: "bé gái" } })],
    // currencies and scales (the value is never multiplied)
    ["100 triệu đồng trở lên", min(100, true, { unit: "triệu đồng", currency: "VND" })],
    ["khoảng 5.500 USD/người", exact(5500, { unit: "USD/người", currency: "USD", approx: true })],
    ["50 nghìn tỷ", exact(50, { unit: "nghìn tỷ", currency: null })], ["200.000đ", exact(200_000, { unit: "đ", currency: "VND" })],
    // estimates in a target are approximate
    ["ước đạt 95%", exact(95, { unit: "%", approx: true })], ["dự kiến 30", exact(30, { approx: true })],
  ];
  it.each(cases)("%s", (cell, expected) => {
    expect(parseTarget(cell)).toMatchObject(expected);
  });

  it("keeps contradictions and refused numbers as errors, never a reading", () => {
    for (const [cell, code] of [
      ["tối thiểu 5% trở xuống", "target.conflict"], ["trên 28-30", "target.conflict"], ["ít nhất tối đa 5", "target.conflict"],
      ["$ 100 USD", "target.notUnderstood"], ["% 95 người", "target.notUnderstood"], ["≥ 1,234", "number.ambiguous"],
      ["giảm tăng 5%", "target.conflict"],
    ]) {
      const r = parseTarget(cell);
      expect({ cell, kind: r.kind, lo: r.lo, hi: r.hi, code: r.error?.code }).toEqual({ cell, kind: "qualitative", lo: null, hi: null, code });
    }
  });

  it("does not take a bare number at the end of a sentence for a target", () => {
    for (const cell of ["Hoàn thành 100% kế hoạch", "Tổ chức 2 hội nghị", "Thực hiện theo Quyết định số 12"]) {
      expect(parseTarget(cell)).toMatchObject({ kind: "qualitative", error: { code: "target.notUnderstood" } });
    }
  });
});

describe("parseTarget: words around a target in the cell", () => {
  it("reads a target followed by a remark without numbers, quoting both", () => {
    const r = parseTarget("≥ 3% và tăng dần theo yêu cầu phát triển");
    expect(r).toMatchObject(min(3, true, { unit: "%", warnings: [expect.objectContaining({ code: "target.remark" })] }));
    expect(r.warnings[0].vi).toContain("“≥ 3%”");
    expect(r.warnings[0].vi).toContain("“và tăng dần theo yêu cầu phát triển”");
    expect(parseTarget("100%, duy trì hằng năm")).toMatchObject(exact(100, { unit: "%", warnings: [expect.objectContaining({ code: "target.remark" })] }));
  });

  it("reads a suffix in brackets as the suffix", () => {
    expect(parseTarget("100% (trở lên)")).toMatchObject(min(100, true, { unit: "%", warnings: [] }));
    expect(parseTarget("95 (trở xuống)")).toMatchObject(max(95, true, { warnings: [] }));
  });

  it("never drops words that hold another number", () => {
    for (const cell of ["≥ 3% và phấn đấu đạt 5%", "100%, trong đó nông thôn 98%", "Tỷ lệ trẻ em dưới 5 tuổi dưới 10%"]) {
      expect(parseTarget(cell)).toMatchObject({ kind: "qualitative", lo: null, hi: null, error: { code: "target.notUnderstood" } });
    }
    // A date in the sentence is not another target.
    expect(parseTarget("Đến năm 2025 đạt 95%")).toMatchObject(exact(95, { unit: "%", warnings: [expect.objectContaining({ code: "target.fromSentence" })] }));
  });

  it("takes the text after each value of a list for its label when it is no unit", () => {
    const r = parseTarget("≤ 3 Đông Nam Á; ≤ 50 Thế giới");
    expect(r.items?.map((i) => [i.label, i.kind, i.hi, i.unit])).toEqual([["Đông Nam Á", "max", 3, null], ["Thế giới", "max", 50, null]]);
    expect(parseTarget("25 người; 30 hộ").items?.map((i) => [i.label, i.unit])).toEqual([[null, "người"], [null, "hộ"]]);
  });
});

describe("parseTarget: every target of the corpus of real appendices", () => {
  const dir = path.resolve(__dirname, "../../corpus/plans");
  type Row = { kind: string; name?: string; targets?: Record<string, string> };
  const cells = new Map<string, string>();
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")) : []) {
    const plan = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { tables: { expected?: { rows?: Row[] } }[] };
    for (const t of plan.tables) for (const r of t.expected?.rows ?? []) for (const v of Object.values(r.targets ?? {})) cells.set(v, file);
  }

  it("reads each one: a number, a bound, a range, a list or words; a refused number says why", () => {
    expect(cells.size).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const [cell, file] of cells) {
      const r = parseTarget(cell);
      const understood = r.error === null || r.error.code.startsWith("number.");
      const wordsOnly = r.kind === "qualitative" && r.error === null;
      if (!understood || (wordsOnly && /\d/.test(cell) && r.qualitative?.scale === null)) problems.push(`${file}: ${cell} (${r.error?.code ?? r.kind})`);
    }
    expect(problems).toEqual([]);
  });

  it("reports the ambiguous ones and reads the rest as the plan wrote them", () => {
    expect(parseTarget("2,607")).toMatchObject({ kind: "qualitative", error: { code: "number.ambiguous" } });
    expect(parseTarget("09")).toMatchObject(exact(9));
    expect(parseTarget("≥ 03")).toMatchObject(min(3, true));
    expect(parseTarget("20% - 50%")).toMatchObject(range(20, 50, { unit: "%" }));
    expect(parseTarget("10.367.700")).toMatchObject(exact(10_367_700));
    expect(parseTarget("> 0,7")).toMatchObject(min(0.7, false));
  });
});

describe("parseTarget: several labelled targets in one cell", () => {
  it("splits on semicolons", () => {
    const r = parseTarget("Nhà trẻ 25%; Mẫu giáo 94%");
    expect(r).toMatchObject({ kind: "list", lo: null, hi: null, unit: "%", error: null, qualitative: null });
    const { items: _items, ...itemShape } = exact(0);
    expect(r.items).toEqual([
      expect.objectContaining({ ...itemShape, label: "Nhà trẻ", lo: 25, hi: 25, unit: "%", text: "Nhà trẻ 25%" }),
      expect.objectContaining({ ...itemShape, label: "Mẫu giáo", lo: 94, hi: 94, unit: "%", text: "Mẫu giáo 94%" }),
    ]);
    expect(r.items?.[0]).not.toHaveProperty("items");
  });

  it("splits on line breaks and commas, with colons and bounds", () => {
    const lines = parseTarget("Thành thị: >98%\nNông thôn: >95%");
    expect(lines.kind).toBe("list");
    expect(lines.items?.map((i) => [i.label, i.kind, i.lo, i.loInclusive])).toEqual([
      ["Thành thị", "min", 98, false],
      ["Nông thôn", "min", 95, false],
    ]);
    expect(lines.directionHint).toBe("increase");
    const commas = parseTarget("Thành thị 100%, Nông thôn 98%");
    expect(commas.items?.map((i) => [i.label, i.lo])).toEqual([["Thành thị", 100], ["Nông thôn", 98]]);
  });

  it("keeps numbers inside labels and a '-' item as no target", () => {
    const r = parseTarget("Số bác sĩ trên 10.000 dân: 10; Số dược sỹ: -");
    expect(r.items?.map((i) => [i.label, i.kind, i.lo])).toEqual([
      ["Số bác sĩ trên 10.000 dân", "exact", 10],
      ["Số dược sỹ", "none", null],
    ]);
  });

  it("labels qualitative items written 'Label: words'", () => {
    const r = parseTarget("Thành thị: THCS; Nông thôn: Tiểu học");
    expect(r.items?.map((i) => [i.label, i.kind, i.qualitative])).toEqual([
      ["Thành thị", "qualitative", { text: "THCS", scale: "education-level", rank: 2 }],
      ["Nông thôn", "qualitative", { text: "Tiểu học", scale: "education-level", rank: 1 }],
    ]);
  });

  it("reports an item it cannot read, keeping the others", () => {
    const r = parseTarget("Nhà trẻ 25%; Mẫu giáo 1,234");
    expect(r.kind).toBe("list");
    expect(r.error?.code).toBe("number.ambiguous");
    expect(r.items?.[0]).toMatchObject({ label: "Nhà trẻ", lo: 25 });
    expect(r.items?.[1]).toMatchObject({ kind: "qualitative", error: { code: "number.ambiguous" } });
  });
});

describe("parseTarget: qualitative targets and errors", () => {
  it("ranks levels of the default scales, accent- and case-insensitively", () => {
    expect(parseTarget("Trung học cơ sở")).toMatchObject(qual("Trung học cơ sở", "education-level", 2));
    expect(parseTarget("thcs")).toMatchObject(qual("thcs", "education-level", 2));
    expect(parseTarget("Xoá bỏ hoàn toàn.")).toMatchObject(qual("Xoá bỏ hoàn toàn.", "housing", 1));
    expect(parseTarget("Cấp 2")).toMatchObject(qual("Cấp 2", "education-level", 2));
  });

  it("keeps other words as qualitative without a rank", () => {
    expect(parseTarget("Hoàn thiện hệ thống")).toMatchObject(qual("Hoàn thiện hệ thống", null, null));
  });

  it("never turns unreadable text with digits into a number", () => {
    for (const cell of ["Hoàn thành 100% kế hoạch", "abc 5", "5 người 6", "<28-30", "dưới 3% trở lên", "tăng 20% so với năm 2020", "1.23.456", "28-30-32"]) {
      const r = parseTarget(cell);
      expect({ cell, kind: r.kind, lo: r.lo, hi: r.hi }).toEqual({ cell, kind: "qualitative", lo: null, hi: null });
      expect(r.error).not.toBeNull();
      expect(r.suggestion).not.toBeNull();
      expect(r.qualitative).toEqual({ text: cell, scale: null, rank: null });
    }
    expect(parseTarget("abc 5").error?.code).toBe("target.notUnderstood");
    expect(parseTarget("<28-30").error?.code).toBe("target.conflict");
    expect(parseTarget("1.23.456").error?.code).toBe("number.malformedGrouping");
  });

  it("refuses the ambiguous 1,234 with the number's message", () => {
    const r = parseTarget(">1,234");
    expect(r).toMatchObject({ kind: "qualitative", lo: null, error: { code: "number.ambiguous" } });
    expect(r.suggestion?.vi).toContain("1.234");
  });

  it("reads 1.5 as one and a half with a warning and a rewritten target", () => {
    const r = parseTarget(">1.5");
    expect(r).toMatchObject(min(1.5, false));
    expect(r.warnings.map((w) => w.code)).toEqual(["number.groupSeparatorAsDecimal"]);
    expect(r.suggestion?.vi).toBe("Hãy viết >1,5.");
  });

  it("reads placeholders other than '-' as no target, with a warning", () => {
    for (const cell of ["x", "…", "N/A", "—", "--"]) expect(parseTarget(cell).kind).toBe("none");
    expect(parseTarget("x").warnings.map((w) => w.code)).toEqual(["target.placeholder"]);
    expect(parseTarget("—").warnings).toEqual([]);
  });

  it("treats an empty cell as no target (text tells it from '-')", () => {
    for (const cell of [null, undefined, "", "  "]) expect(parseTarget(cell)).toMatchObject({ ...none });
    expect(parseTarget("").text).toBe("");
  });

  it("handles typed cells", () => {
    expect(parseTarget(6100)).toMatchObject({ ...exact(6100), text: "6100" });
    expect(parseTarget(true)).toMatchObject({ kind: "qualitative", error: { code: "target.boolean" } });
    expect(parseTarget(new Date(Date.UTC(2025, 0, 1)))).toMatchObject({ kind: "qualitative", error: { code: "target.date" } });
    expect(parseTarget(Number.NaN)).toMatchObject({ kind: "qualitative", error: { code: "target.notFinite" } });
  });

  it("keeps text as the NFC of the input, not cleaned", () => {
    expect(parseTarget("  28 – 30 ").text).toBe("  28 – 30 ");
    expect(parseTarget("trên 90%".normalize("NFD")).text).toBe("trên 90%".normalize("NFC"));
  });

  it("reads en-US numbers on request", () => {
    expect(parseTarget("6,100", { locale: "en-US" })).toMatchObject(exact(6100));
    expect(parseTarget(">0.7", { locale: "en-US" })).toMatchObject(min(0.7, false));
    expect(parseTarget("1-1.5", { locale: "en-US" })).toMatchObject(range(1, 1.5));
  });
});

describe("parseTarget: properties", () => {
  const pool = [
    ...SEED_ROWS.flatMap(([, a, b]) => [a, b]),
    "trên 90%", "dưới 3%", "≥ 95", "98% trở lên", "tối thiểu 60", "không quá 5", "từ 28 đến 30", "khoảng 30",
    "28 – 30", "Nhà trẻ 25%; Mẫu giáo 94%", "giảm 30%", "tăng gấp 4 lần", "giảm còn dưới 1,8%", "2%/năm",
    "1,234", "1.5", "Hoàn thành 100% kế hoạch", "Thành thị 100%, Nông thôn 98%", "x",
  ];
  const meaning = (r: ParsedTarget) => {
    const { text: _text, ...rest } = r;
    return rest;
  };

  it("never throws and always satisfies the schema", () => {
    const anyCell = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.constantFrom(..."0123456789.,-–—− <>=≥≤%/:;\nxđếườnătrêgiảmlầ~".split("")) }),
      fc.constantFrom(...pool),
      fc.double(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.constant(null),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(anyCell, fc.constantFrom("vi-VN" as const, "en-US" as const), (cell, locale) => {
        const r = parseTarget(cell, { locale });
        expect(ParsedTargetSchema.safeParse(r).success).toBe(true);
        if (r.kind !== "list") expect(r.items).toBeNull();
        if (r.error) expect(["qualitative", "list"]).toContain(r.kind);
        if (r.lo !== null && r.hi !== null) expect(r.lo).toBeLessThanOrEqual(r.hi);
      }),
      { numRuns: 2000 },
    );
  });

  const variants = (s: string, space: string, dash: string) =>
    ` ${s.normalize("NFD").replace(/ /g, space).replace(/-/g, dash)}${space}`;

  it("is stable under NFD, extra or no-break spaces and dash variants (seed and wording pool)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...pool), fc.constantFrom(" ", "  ", "\u00a0", " \u202f"), fc.constantFrom("-", "–", "—", "−"), (s, space, dash) => {
        expect(meaning(parseTarget(variants(s, space, dash)))).toEqual(meaning(parseTarget(s)));
      }),
      { numRuns: 1000 },
    );
  });

  it("is stable under the same variants for arbitrary strings", () => {
    const cells = fc.string({ unit: fc.constantFrom(..."0123456789.,- <>=%/;ađếườntrêgiảm".split("")) });
    fc.assert(
      fc.property(cells, fc.constantFrom(" ", "  ", "\u00a0"), fc.constantFrom("-", "–", "—", "−"), (s, space, dash) => {
        expect(meaning(parseTarget(variants(s, space, dash)))).toEqual(meaning(parseTarget(s)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseTarget: properties of the families", () => {
  const families = [
    ...ISSUE_15_TARGETS.map(([c]) => c),
    "trên 90%", "dưới 3%", "≥ 95", "98% trở lên", "tối thiểu 60", "không quá 5", "từ 28 đến 30", "khoảng 30", "28 – 30",
    "2%/năm", "bằng hoặc cao hơn 90%", "USD 5.000", "10 bác sĩ/vạn dân", "giảm còn dưới 1,8%", "mỗi năm giảm 1-1,5%",
    "giữ ổn định 2,1", "100 triệu đồng trở lên", "Tỷ lệ xã đạt chuẩn đạt 60%", "≥ 35 giường bệnh/10.000 dân",
  ];
  /** What a reading means, whatever the case of the letters: the unit and messages quote the text as written. */
  const reading = (r: ParsedTarget) => ({
    kind: r.kind, lo: r.lo, hi: r.hi, loInclusive: r.loInclusive, hiInclusive: r.hiInclusive, perYear: r.perYear,
    approx: r.approx, steady: r.steady, change: r.change, directionHint: r.directionHint, currency: r.currency,
    per: r.per && { value: r.per.value, unit: r.per.unit.toLowerCase() }, unit: r.unit?.toLowerCase() ?? null,
    error: r.error?.code ?? null, warnings: r.warnings.map((w) => w.code),
  });

  it("reads the same under NFD, extra or no-break spaces, dash variants and letter case", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...families),
        fc.constantFrom(" ", "  ", "\u00a0", " \u202f"),
        fc.constantFrom("-", "–", "—", "−"),
        fc.constantFrom("same", "upper", "lower"),
        (s, space, dash, letters) => {
          const cased = letters === "upper" ? s.toUpperCase() : letters === "lower" ? s.toLowerCase() : s;
          const variant = ` ${cased.normalize("NFD").replace(/ /g, space).replace(/-/g, dash)}${space}`;
          expect({ s, variant, r: reading(parseTarget(variant)) }).toEqual({ s, variant, r: reading(parseTarget(s)) });
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("gives back any number formatted in vi-VN, alone, in a range, with a bound or a unit", () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 1e12 }),
      fc.double({ min: 0, max: 1e9, noNaN: true }).map((x) => Number(x.toFixed(4))),
    );
    const shapes: [string, (a: string, b: string) => string, (x: number, y: number) => Expect][] = [
      ["alone", (a) => a, (x) => exact(x)],
      ["percent", (a) => `${a}%`, (x) => exact(x, { unit: "%" })],
      ["at least", (a) => `tối thiểu ${a} người`, (x) => min(x, true, { unit: "người" })],
      ["below", (a) => `dưới ${a}‰`, (x) => max(x, false, { unit: "‰" })],
      ["or more", (a) => `${a}%+`, (x) => min(x, true, { unit: "%" })],
      ["range", (a, b) => `${a} – ${b}`, (x, y) => range(Math.min(x, y), Math.max(x, y))],
      ["from-to", (a, b) => `từ ${a} đến ${b} triệu đồng`, (x, y) => range(Math.min(x, y), Math.max(x, y), { unit: "triệu đồng" })],
      ["per population", (a) => `${a} giường bệnh/1 vạn dân`, (x) => exact(x, { per: { value: 10_000, unit: "dân" } })],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...shapes), value, value, ([, write, expected], x, y) => {
        const cell = write(formatNumber(x), formatNumber(y));
        const r = parseTarget(cell);
        const { warnings: _w, directionHint: _d, ...meaning } = expected(x, y);
        expect({ cell, r }).toMatchObject({ cell, r: meaning });
      }),
      { numRuns: 1500 },
    );
  });
});

describe("parseTarget: text after the value must be a unit", () => {
  it.each(["giảm 5% xuống", "20% so với năm trước", "30 hoặc thế", "5 lần trở"])("%s is not understood", (cell) => {
    expect(parseTarget(cell)).toMatchObject({ kind: "qualitative", lo: null, error: { code: "target.notUnderstood" } });
  });
  it("stays fast on a long pasted paragraph", () => {
    const long = "Nhà trẻ 25% và nhiều chữ khác ".repeat(400) + "; " + "Mẫu giáo x ".repeat(400);
    const r = parseTarget(long);
    expect(r.kind).toBe("list");
  });
});
