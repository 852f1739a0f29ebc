import { validateIndicatorRow } from "../../../core/validate";
import { ctx, indicatorRow } from "./fixture";
import { codes, only } from "./helpers";

const check = (id: string, cells: Parameters<typeof indicatorRow>[1]) => validateIndicatorRow(indicatorRow(id, cells), ctx);

describe("indicator row rules: numbers", () => {
  it("a clean row has no findings", () => {
    for (const id of ["1/1", "2.1", "3.1", "4.1/1", "4.5", "9.1", "9.2", "9.3/2"]) expect(check(id, {})).toEqual([]);
  });

  it("actual not a number: the parser's message and suggestion are passed through", () => {
    const f = only(check("2.1", { "actual:2025": "abc" }), "indicator.actual.notANumber");
    expect(f).toMatchObject({ column: "actual:2025", severity: "error", sheet: "Chỉ tiêu", row: 5 });
    expect(f.message.code).toBe("number.words");
    expect(f.message.vi).toContain("abc");
    expect(f.suggestion?.vi).toBeTruthy();
  });

  it("baseline not a number", () => {
    const f = only(check("2.1", { baselineValue: "khoảng hai" }), "indicator.baseline.notANumber");
    expect(f).toMatchObject({ column: "baselineValue", severity: "error" });
  });

  it("1,234 is ambiguous: an error, never guessed", () => {
    const f = only(check("9.1", { "actual:2025": "1,234" }), "indicator.value.ambiguous");
    expect(f).toMatchObject({ column: "actual:2025", severity: "error" });
    expect(f.message.code).toBe("number.ambiguous");
    expect(codes(check("9.1", { "actual:2025": "1,234" }))).not.toContain("indicator.actual.notANumber");
  });

  it("1.5 is read as 1,5 with a style warning", () => {
    const f = only(check("2.1", { "actual:2025": "2.5" }), "indicator.value.style");
    expect(f).toMatchObject({ column: "actual:2025", severity: "warning" });
    expect(f.suggestion?.vi).toContain("2,5");
  });

  it("a % value outside 0–100 is an error; 100 and 0 are fine", () => {
    const f = only(check("2.5", { "actual:2025": "148" }), "indicator.percent.outOfRange");
    expect(f).toMatchObject({ column: "actual:2025", severity: "error" });
    expect(f.message.vi).toContain("148");
    only(check("2.5", { baselineValue: -3 }), "indicator.percent.outOfRange");
    expect(check("2.5", { "actual:2025": 100, "actual:2024": 0 })).toEqual([]);
    // Not a % row: 148 is fine.
    expect(codes(check("9.1", { "actual:2025": 148 }))).not.toContain("indicator.percent.outOfRange");
  });

  it("a value typed with another unit than the row's is an error (it cannot be compared with the target)", () => {
    const f = only(check("2.5", { "actual:2025": "5 người" }), "indicator.unit.mismatch");
    expect(f).toMatchObject({ column: "actual:2025", severity: "error" });
    expect(f.message.vi).toBe("«5 người» ghi đơn vị «người», khác với đơn vị tính của dòng là «%».");
    // The row's own unit, in any case or spacing, is fine.
    expect(check("2.5", { "actual:2025": "48%" })).toEqual([]);
    expect(check("9.3", { "actual:2025": "26 m2 sàn / Người" })).toEqual([]);
  });

  it("one unit written two ways is no mismatch: a currency sign and its code, a denominator with or without its 1", () => {
    const units = (unit: string, actual: string) => codes(check("9.1", { unit, "actual:2025": actual })).filter((c) => c === "indicator.unit.mismatch");
    expect(units("USD", "$7,900")).toEqual([]);
    expect(units("Giường bệnh/vạn dân", "30 giường bệnh/1 vạn dân")).toEqual([]);
    expect(units("Giường bệnh/10.000 dân", "ước đạt 30 giường bệnh/1 vạn dân")).toEqual([]);
    expect(units("Triệu đồng", "59.610.000 đồng")).toEqual(["indicator.unit.mismatch"]);
    expect(units("Giường bệnh/vạn dân", "30 giường bệnh/1.000 dân")).toEqual(["indicator.unit.mismatch"]);
  });

  it("a value for a year outside the plan period is a warning", () => {
    const f = only(check("2.5", { "actual:2031": 61 }), "indicator.actual.yearOutsidePlan");
    expect(f).toMatchObject({ column: "actual:2031", severity: "warning" });
    expect(f.message.vi).toContain("2024–2030");
    expect(check("2.5", { "actual:2023": null })).toEqual([]);
  });

  it("a value after the reporting year is an info", () => {
    const f = only(check("2.5", { "actual:2026": 49 }), "indicator.actual.futureYear");
    expect(f).toMatchObject({ column: "actual:2026", severity: "info" });
  });

  it("a more than tenfold jump from the previous year is an info", () => {
    const f = only(check("9.1", { "actual:2025": "31.000" }), "indicator.actual.implausibleJump");
    expect(f).toMatchObject({ column: "actual:2025", severity: "info" });
    expect(f.message.vi).toContain("2024");
    // Down by more than tenfold, too; from zero is not a jump.
    only(check("9.1", { "actual:2025": 200 }), "indicator.actual.implausibleJump");
    expect(check("9.1", { "actual:2024": 0 })).toEqual([]);
  });

  it("a number in a qualitative indicator's actual column asks for the assessment column", () => {
    const f = only(check("9.2", { "actual:2025": 1 }), "indicator.actual.useAssessment");
    expect(f).toMatchObject({ column: "actual:2025", severity: "warning" });
    expect(f.message.vi).toContain("Giải quyết cơ bản");
    expect(f.suggestion?.vi).toContain("Đạt");
    // Not also reported as "not a number" when words are typed there.
    expect(codes(check("9.2", { "actual:2025": "đã xong" }))).toEqual(["indicator.actual.useAssessment"]);
  });
});

describe("indicator row rules: baseline", () => {
  it("baseline year after the reporting year is an error", () => {
    const f = only(check("2.5", { baselineYear: 2027 }), "indicator.baseline.afterReporting");
    expect(f).toMatchObject({ column: "baselineYear", severity: "error" });
  });

  it("baseline year before 1990 or not a year is an error", () => {
    only(check("2.5", { baselineYear: 1985 }), "indicator.baseline.yearInvalid");
    const f = only(check("2.5", { baselineYear: "năm ngoái" }), "indicator.baseline.yearInvalid");
    expect(f).toMatchObject({ column: "baselineYear", severity: "error" });
    expect(check("2.5", { baselineYear: "Năm 2020" })).toEqual([]);
  });

  it("a baseline value without its year, or a year without value, is a warning", () => {
    const a = only(check("2.5", { baselineYear: null }), "indicator.baseline.incomplete");
    expect(a).toMatchObject({ column: "baselineYear", severity: "warning" });
    const b = only(check("2.5", { baselineValue: "" }), "indicator.baseline.incomplete");
    expect(b.column).toBe("baselineValue");
    expect(check("2.5", { baselineValue: null, baselineYear: null })).toEqual([]);
  });
});

describe("indicator row rules: targets", () => {
  it("an unreadable target is an error", () => {
    const f = only(check("2.5", { "target:2030": "1,234" }), "indicator.target.unparseable");
    expect(f).toMatchObject({ column: "target:2030", severity: "error" });
  });

  it("a target changed from the plan is a warning", () => {
    const f = only(check("2.5", { "target:2030": "65" }), "indicator.target.differsFromPlan");
    expect(f).toMatchObject({ column: "target:2030", severity: "warning" });
    expect(f.message.vi).toBe("Chỉ tiêu năm 2030 «65» khác với kế hoạch («60»).");
    expect(f.suggestion?.vi).toContain("«60»");
  });

  it("the same target written differently is not a change", () => {
    expect(check("2.1", { "target:2025": "< 3" })).toEqual([]);
    expect(check("3.1", { "target:2030": ">0,7" })).toEqual([]);
    expect(check("9.1", { "target:2030": 6100, "target:2025": "" })).toEqual([]);
    expect(check("9.2", { "target:2030": "xóa bỏ  hoàn toàn" })).toEqual([]);
  });

  it("a cleared target is a change", () => {
    const f = only(check("2.5", { "target:2025": null }), "indicator.target.differsFromPlan");
    expect(f.message.vi).toBe("Chỉ tiêu năm 2025 đã bị xóa; kế hoạch ghi «50».");
  });

  it("a 2030 target less ambitious than 2025 in the stated direction is a warning", () => {
    // Đồng Tháp 2.2 as printed: urban unemployment <3 by 2025 but <4 by 2030, direction Giảm.
    const f = only(check("2.1", { "target:2030": "<4" }), "indicator.target.lessAmbitious");
    expect(f).toMatchObject({ column: "target:2030", severity: "warning" });
    expect(f.message.vi).toContain("«Giảm»");
    // Increasing: 60 → 55 is less ambitious; a range 28-30 → 35-40 is not.
    only(check("2.5", { "target:2030": "45" }), "indicator.target.lessAmbitious");
    expect(codes(check("3.2", {}))).not.toContain("indicator.target.lessAmbitious");
    // The direction cell counts: with "Giảm", 50 → 60 is less ambitious.
    only(check("2.5", { direction: "Giảm" }), "indicator.target.lessAmbitious");
    // Ranked levels: THCS in 2025, Tiểu học in 2030 goes backwards.
    only(check("4.5", { "target:2025": "THCS", "target:2030": "Tiểu học" }), "indicator.target.lessAmbitious");
  });
});

describe("indicator row rules: direction, assessment, agencies", () => {
  it("a direction outside the vocabulary is an error, with a suggestion", () => {
    const f = only(check("2.5", { direction: "Tang nhanh" }), "indicator.direction.unknown");
    expect(f).toMatchObject({ column: "direction", severity: "error" });
    expect(f.message.vi).toContain("Tăng, Giảm, Không");
    expect(check("2.5", { direction: "tang" })).toEqual([]);
    expect(check("2.5", { direction: "Increase" })).toEqual([]);
  });

  it("an assessment outside the accepted words is a warning; scale levels are accepted", () => {
    const f = only(check("9.2", { assessment: "Dat yeu cau" }), "indicator.assessment.unknown");
    expect(f).toMatchObject({ column: "assessment", severity: "warning" });
    const g = only(check("9.2", { assessment: "Chua dat" + "x" }), "indicator.assessment.unknown");
    expect(g.suggestion?.vi).toBe("Có phải «Chưa đạt»?");
    expect(check("9.2", { assessment: "Chưa đạt" })).toEqual([]);
    expect(check("4.5", { assessment: "THCS" })).toEqual([]);
    expect(check("4.5", { assessment: "Cấp 2" })).toEqual([]);
    only(check("4.5", { assessment: "Đại học" }), "indicator.assessment.unknown");
  });

  it("an unknown agency is a warning with the matcher's suggestion", () => {
    const f = only(check("2.5", { lead: "Sở Lao đông Thương binh" }), "indicator.agency.unknown");
    expect(f).toMatchObject({ column: "lead", severity: "warning" });
    expect(f.message.vi).toContain("«Sở Lao đông Thương binh»");
    const g = only(check("2.5", { partners: "Phòng Khảo thí" }), "indicator.agency.unknown");
    expect(g.column).toBe("partners");
    // Blank under a merged cell means "same as above".
    expect(check("2.5", { lead: null, partners: "" })).toEqual([]);
  });
});

describe("context and text forms", () => {
  it("reads words typed in NFD or with odd spacing like their NFC form", () => {
    expect(check("2.5", { direction: "Tăng".normalize("NFD") })).toEqual([]);
    expect(check("9.2", { assessment: "  Chưa   đạt ".normalize("NFD") })).toEqual([]);
    expect(check("2.1", { "target:2030": "<3".replace("<", " < ") })).toEqual([]);
  });

  it("reads numbers in the sheet's convention", () => {
    const en = { ...ctx, locale: "en-US" as const };
    expect(validateIndicatorRow(indicatorRow("2.5", { "actual:2025": "48.2", "actual:2024": 47, baselineValue: 45 }), en)).toEqual([]);
    expect(codes(check("2.5", { "actual:2025": "48.2" }))).toContain("indicator.value.style");
  });

  it("names the sheet from the context", () => {
    const f = validateIndicatorRow(indicatorRow("2.5", { direction: "?" }), { ...ctx, indicatorSheet: "PL I" });
    expect(f[0].sheet).toBe("PL I");
  });

  it("checks a row the user added (no plan row) on its own cells", () => {
    const added = { row: 40, rowId: null, cells: { name: "Tỷ lệ mới", unit: "%", "target:2025": "80", "target:2030": "70", direction: "Tăng", "actual:2025": "120" } };
    const f = validateIndicatorRow(added, ctx);
    expect(codes(f)).toEqual(["indicator.target.lessAmbitious", "indicator.percent.outOfRange"]);
  });
});
