import fc from "fast-check";
import { formatNumber } from "../../../core/parse/number";
import { targetInText } from "../../../core/parse/target-in-text";

type Found = { phrase: string; cue: string; kind: string; lo: number | null; hi: number | null; unit: string | null; year?: number | null };

function read(text: string, options?: Parameters<typeof targetInText>[1]): Found | null {
  const r = targetInText(text, options);
  if (!r) return null;
  expect(text.normalize("NFC").slice(r.start, r.end)).toBe(r.phrase);
  expect(r.target.text).toBe(r.phrase);
  return { phrase: r.phrase, cue: r.cue, kind: r.target.kind, lo: r.target.lo, hi: r.target.hi, unit: r.target.unit, year: r.year };
}

describe("targetInText: the target at the end of an indicator's text", () => {
  const cases: [string, Found][] = [
    ["Tỷ lệ xã đạt chuẩn nông thôn mới đạt 60%", { phrase: "đạt 60%", cue: "verb", kind: "exact", lo: 60, hi: 60, unit: "%" }],
    ["Tỷ lệ hộ gia đình được sử dụng nước sạch đạt tối thiểu 95% số hộ", { phrase: "đạt tối thiểu 95%", cue: "verb", kind: "min", lo: 95, hi: null, unit: "%" }],
    // The subject's own number is not the target.
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 10%", { phrase: "dưới 10%", cue: "comparator", kind: "max", lo: null, hi: 10, unit: "%" }],
    ["Giảm tỷ suất chết trẻ em dưới 5 tuổi xuống dưới 15‰", { phrase: "xuống dưới 15‰", cue: "verb", kind: "max", lo: null, hi: 15, unit: "‰" }],
    ["Số giường bệnh/1 vạn dân đạt 30 giường bệnh", { phrase: "đạt 30 giường bệnh", cue: "verb", kind: "exact", lo: 30, hi: 30, unit: "giường bệnh" }],
    ["Tuổi thọ trung bình đạt 75 tuổi", { phrase: "trung bình đạt 75 tuổi", cue: "verb", kind: "exact", lo: 75, hi: 75, unit: "tuổi" }],
    ["Tỷ lệ hộ nghèo giảm bình quân 1-1,5%/năm", { phrase: "giảm bình quân 1-1,5%/năm", cue: "verb", kind: "range", lo: 1, hi: 1.5, unit: "%/năm" }],
    ["Thu nhập bình quân đầu người đạt 100 triệu đồng trở lên", { phrase: "đạt 100 triệu đồng trở lên", cue: "verb", kind: "min", lo: 100, hi: null, unit: "triệu đồng" }],
    ["GRDP bình quân đầu người đạt khoảng 5.500 USD", { phrase: "đạt khoảng 5.500 USD", cue: "verb", kind: "exact", lo: 5500, hi: 5500, unit: "USD" }],
    ["Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái", { phrase: "dưới 109 bé trai/100 bé gái", cue: "comparator", kind: "max", lo: null, hi: 109, unit: "bé trai/100 bé gái" }],
    // A bare share or amount ends the text: a target, introduced by nothing (cue "bare").
    ["Tỷ lệ bao phủ bảo hiểm y tế 95%", { phrase: "95%", cue: "bare", kind: "exact", lo: 95, hi: 95, unit: "%" }],
    ["Hoàn thành 100% kế hoạch năm", { phrase: "100%", cue: "bare", kind: "exact", lo: 100, hi: 100, unit: "%" }],
    ["GRDP bình quân đầu người 5.500 USD", { phrase: "5.500 USD", cue: "bare", kind: "exact", lo: 5500, hi: 5500, unit: "USD" }],
    ["Tỷ lệ dân số tham gia BHYT đạt trên 95% (theo số liệu BHXH).", { phrase: "đạt trên 95%", cue: "verb", kind: "min", lo: 95, hi: null, unit: "%" }],
    ["Tỷ lệ hộ dân có nhà vệ sinh riêng đạt 90%", { phrase: "đạt 90%", cue: "verb", kind: "exact", lo: 90, hi: 90, unit: "%" }],
    // The main clause's target, not a sub-target after "trong đó".
    ["Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 30%", { phrase: "đạt 70%", cue: "verb", kind: "exact", lo: 70, hi: 70, unit: "%" }],
    ["Tỷ lệ thất nghiệp ở khu vực thành thị ổn định ở mức dưới 3%", { phrase: "ổn định ở mức dưới 3%", cue: "verb", kind: "max", lo: null, hi: 3, unit: "%" }],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it("keeps a year stated after the target apart", () => {
    expect(read("Tỷ lệ xã đạt chuẩn nông thôn mới đạt 60% vào năm 2025.")).toMatchObject({ phrase: "đạt 60%", year: 2025 });
    expect(read("Tốc độ tăng GRDP bình quân đạt 7,5-8%/năm giai đoạn 2021-2025")).toMatchObject({ phrase: "bình quân đạt 7,5-8%/năm", kind: "range", year: 2025 });
    expect(read("Tỷ lệ xã đạt chuẩn đạt 60%")).toMatchObject({ year: null });
  });

  const none = [
    "Số trẻ em dưới 5 tuổi",
    "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
    "Số bác sĩ trên 10.000 dân",
    "Số giường bệnh trên 1 vạn dân",
    "Tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gram",
    "Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần trong 3 kỳ",
    "Tỷ lệ hộ có thu nhập dưới 1,5 triệu đồng",
    "Số xã đạt chuẩn nông thôn mới đến năm 2025",
    "Tỷ lệ xã đạt tiêu chí 17",
    "Thực hiện theo Quyết định số 12",
    "Giai đoạn 2021-2025",
    "Tỷ lệ lao động qua đào tạo, trong đó có bằng cấp, chứng chỉ đạt 30%",
    "Tăng 20% so với năm 2020",
    "Nâng cao chất lượng nguồn nhân lực",
    "",
  ];
  it.each(none)("states no target: %s", (text) => {
    expect(read(text)).toBeNull();
  });

  it("refuses a phrase in another unit than the indicator's, when the unit is known", () => {
    expect(read("Số lao động được tạo việc làm đạt 30.000 người", { unit: "Người" })).toMatchObject({ lo: 30_000 });
    expect(read("Số lao động được tạo việc làm đạt 30.000 người", { unit: "%" })).toBeNull();
    expect(read("Tỷ lệ hộ nghèo giảm còn 3%", { unit: "%" })).toMatchObject({ hi: 3 });
  });

  it("reads numbers in the given convention", () => {
    expect(read("Thu nhập đạt 5,500 USD", { locale: "en-US" })).toMatchObject({ lo: 5500 });
    // In vi-VN "5,500" is ambiguous: the phrase is found and the number refused, never guessed.
    const r = targetInText("Thu nhập đạt 5,500 USD");
    expect(r).toMatchObject({ phrase: "đạt 5,500 USD", cue: "verb", target: { kind: "qualitative", lo: null, error: { code: "number.ambiguous" } } });
  });
});

describe("targetInText: properties", () => {
  const subjects = [
    "Tỷ lệ hộ dân sử dụng nước sạch", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "Số bác sĩ trên 10.000 dân",
    "Tỷ lệ người từ 60 tuổi trở lên được khám sức khỏe", "Tỷ lệ lao động (15 tuổi trở lên) có việc làm",
    "Tỷ lệ hộ nghèo theo chuẩn giai đoạn 2021-2025", "Tỷ lệ xã đạt chuẩn nông thôn mới",
  ];
  const phrases: [string, (x: string) => string, string][] = [
    ["đạt", (x) => `đạt ${x}%`, "exact"],
    ["đạt tối thiểu", (x) => `đạt tối thiểu ${x}%`, "min"],
    ["trên", (x) => `trên ${x}%`, "min"],
    ["dưới", (x) => `dưới ${x}%`, "max"],
    ["giảm còn", (x) => `giảm còn ${x}%`, "max"],
    ["trở lên", (x) => `đạt ${x}% trở lên`, "min"],
    ["ổn định", (x) => `duy trì ổn định ở mức ${x}%`, "exact"],
  ];
  const value = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);

  it("finds the phrase appended to any subject, whatever numbers the subject holds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...subjects), fc.constantFrom(...phrases), value, fc.constantFrom("", ".", " (ước tính)"), (subject, [, write, kind], x, end) => {
        const phrase = write(formatNumber(x));
        const r = read(`${subject} ${phrase}${end}`);
        expect(r).toMatchObject({ phrase, kind });
        expect(r?.kind === "max" ? r.hi : r?.lo).toBe(x);
      }),
      { numRuns: 500 },
    );
  });

  it("reads the same under NFD, extra spaces and dash variants (positions in the NFC text)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...subjects), fc.constantFrom(...phrases), value, fc.constantFrom(" ", "  ", "\u00a0"), (subject, [, write], x, space) => {
        const text = `${subject} ${write(formatNumber(x))}`;
        const variant = text.normalize("NFD").replace(/ /g, space).replace(/-/g, "–");
        const a = targetInText(text);
        const b = targetInText(variant);
        expect([b?.target.kind, b?.target.lo, b?.target.hi, b?.cue]).toEqual([a?.target.kind, a?.target.lo, a?.target.hi, a?.cue]);
        if (b) expect(variant.normalize("NFC").slice(b.start, b.end)).toBe(b.phrase);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws, and anything it finds ends the statement and reads as a target", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(..."0123456789.,-–% /()ađếườntrêgiảmTỷlệdâưới".split("")) }),
      fc.tuple(fc.constantFrom(...subjects), fc.string()).map(([a, b]) => `${a} ${b}`),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = targetInText(t);
        if (r) {
          if (r.target.error) expect([r.target.kind, r.target.error.code.startsWith("number.")]).toEqual(["qualitative", true]);
          else expect(["exact", "min", "max", "range"]).toContain(r.target.kind);
          expect(r.phrase).toMatch(/\d/);
          expect(t.normalize("NFC").slice(r.start, r.end)).toBe(r.phrase);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
