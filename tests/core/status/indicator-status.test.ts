import { IndicatorStatusSchema } from "../../../core/model";
import { indicatorStatus, indicatorStatuses } from "../../../core/status";
import { T, assess, base, indicator, obs, target } from "./helpers";

/** Unemployment 2.1 of Đồng Tháp: "<3" for 2025 and 2030, lower is better. */
const unemployment = indicator({ targets: { "2025": T.max(3), "2030": T.max(3) }, direction: "decrease" });

describe("unemployment <3 (max, strict, decreasing)", () => {
  it("3,1 as of 2022 from a 3,4 baseline in 2021: projected 2,2 in 2025, ratio 3 → on track", () => {
    // x̂ = 3,1 + (3,1 − 3,4)/1 · 3 = 2,2; ratio = (2,2 − 3,4)/(3 − 3,4) = 3.
    const s = indicatorStatus({
      indicator: unemployment,
      observations: [obs(2022, 3.1)],
      baseline: base(2021, 3.4),
      asOf: 2022,
      milestone: 2025,
    });
    expect(s.status).toBe("onTrack");
    expect(s.evidence).toMatchObject({
      value: 3.1,
      valueYear: 2022,
      baseline: 3.4,
      baselineYear: 2021,
      target: 3,
      projected: 2.2,
      ratio: 3,
      gap: -0.1,
      method: "linear",
    });
    expect(s.explanation.vi).toBe(
      "Gốc 2021: 3,4%; năm 2022: 3,1%; dự báo 2025 (tuyến tính): 2,2% so với mục tiêu <3%; tỷ lệ tiến độ 300% — đúng tiến độ.",
    );
    expect(s.explanation.en).toContain("projected 2025 (linear): 2.2% against the target <3%; progress ratio 300% — on track.");
  });

  it("2,9 as of 2023 meets <3 → achieved (a max comparator is never 'exceeded')", () => {
    const s = indicatorStatus({
      indicator: unemployment,
      observations: [obs(2021, 3.4), obs(2022, 3.1), obs(2023, 2.9)],
      baseline: null,
      asOf: 2023,
      milestone: 2025,
    });
    expect(s.status).toBe("achieved");
    expect(s.evidence.gap).toBe(0.1);
    expect(s.explanation.vi).toBe("Năm 2023: 2,9% (mục tiêu 2025: <3%) — đạt.");
    expect(s.explanation.en).toBe("2023: 2.9% (target for 2025: <3%) — achieved.");
    expect(IndicatorStatusSchema.safeParse(s).success).toBe(true);
  });

  it("exactly 3 does not meet <3 (strict bounds get no tolerance): milestone passed → not achieved", () => {
    const s = indicatorStatus({
      indicator: unemployment,
      observations: [obs(2025, 3)],
      baseline: null,
      asOf: 2026,
      milestone: 2025,
    });
    expect(s.status).toBe("notAchieved");
    expect(s.evidence.gap).toBe(0);
    expect(s.explanation.vi).toBe("Năm 2025: 3% (mục tiêu 2025: <3%) — không đạt; mốc 2025 đã qua.");
  });

  it("a passed milestone is judged on the value for 2025; a better 2026 value does not count for it", () => {
    const input = {
      indicator: unemployment,
      observations: [obs(2026, 2.5), obs(2025, 3.2), obs(2024, 3.3)],
      baseline: base(2020, 3.6),
      asOf: 2026,
    };
    const s2025 = indicatorStatus({ ...input, milestone: 2025 });
    expect(s2025.status).toBe("notAchieved");
    expect(s2025.evidence).toMatchObject({ value: 3.2, valueYear: 2025, gap: -0.2 });
    // The same value counts towards 2030, which is still ahead.
    const s2030 = indicatorStatus({ ...input, milestone: 2030 });
    expect(s2030.status).toBe("achieved");
    expect(s2030.evidence.valueYear).toBe(2026);
  });

  it("a passed milestone without a value for its own year uses the latest value before it", () => {
    const s = indicatorStatus({
      indicator: unemployment,
      observations: [obs(2024, 2.8), obs(2026, 3.5)],
      baseline: null,
      asOf: 2026,
      milestone: 2025,
    });
    expect(s.status).toBe("achieved");
    expect(s.evidence.valueYear).toBe(2024);
  });

  it("only values after the milestone → no data", () => {
    const s = indicatorStatus({
      indicator: unemployment,
      observations: [obs(2026, 2.5), obs(2024, null)],
      baseline: null,
      asOf: 2026,
      milestone: 2025,
    });
    expect(s.status).toBe("noData");
    expect(s.evidence.target).toBe(3);
    expect(s.explanation.vi).toBe(
      "Chưa có số liệu đến năm 2025 để đánh giá mục tiêu 2025 (<3%) — đề nghị đơn vị báo cáo số liệu.",
    );
  });

  it("baseline already below 3 but the latest value is not: off track, no ratio", () => {
    // x* − x0 = 3 − 2,5 > 0 points the wrong way for a decreasing indicator.
    const s = indicatorStatus({
      indicator: unemployment,
      observations: [obs(2023, 3.4)],
      baseline: base(2020, 2.5),
      asOf: 2023,
      milestone: 2025,
    });
    expect(s.status).toBe("offTrack");
    expect(s.evidence.ratio).toBeNull();
    expect(s.explanation.vi).toContain("đã đạt mục tiêu 2025 (<3%) nhưng năm 2023: 3,4% không còn đạt");
  });
});

describe("HDI >0,7 (min, strict, no unit)", () => {
  const hdi = indicator({ targets: { "2025": T.min(0.7) }, unit: "", id: "3.1" });

  it("0,71 → achieved, not exceeded (min comparator)", () => {
    const s = indicatorStatus({ indicator: hdi, observations: [obs(2024, 0.71)], baseline: null, asOf: 2024, milestone: 2025 });
    expect(s.status).toBe("achieved");
    expect(s.explanation.vi).toBe("Năm 2024: 0,71 (mục tiêu 2025: >0,7) — đạt.");
    expect(s.explanation.en).toBe("2024: 0.71 (target for 2025: >0.7) — achieved.");
  });

  it("exactly 0,7 does not meet >0,7; from 0,65 in 2020 it projects 0,7125 → ratio 1,25 → on track", () => {
    // x̂ = 0,7 + (0,05/4)·1 = 0,7125; ratio = 0,0625/0,05 = 1,25.
    const s = indicatorStatus({
      indicator: hdi,
      observations: [obs(2024, 0.7)],
      baseline: base(2020, 0.65),
      asOf: 2024,
      milestone: 2025,
    });
    expect(s.status).toBe("onTrack");
    expect(s.evidence.projected).toBeCloseTo(0.7125, 10);
    expect(s.evidence.ratio).toBeCloseTo(1.25, 10);
  });
});

describe("trained labour 28-30 (range, increasing)", () => {
  const labour = indicator({ targets: { "2025": T.range(28, 30) }, id: "3.2" });
  const at = (v: number) =>
    indicatorStatus({ indicator: labour, observations: [obs(2024, v)], baseline: base(2020, 20), asOf: 2024, milestone: 2025 });

  it("31 → exceeded (beyond the top of the range); the lower bound is the target", () => {
    const s = at(31);
    expect(s.status).toBe("exceeded");
    expect(s.evidence).toMatchObject({ target: 28, gap: 3 });
    expect(s.explanation.vi).toBe("Năm 2024: 31% (mục tiêu 2025: 28–30%) — vượt mục tiêu.");
  });

  it("29 and 30,01 (within 0,05% of 30) → achieved; 27,99 is within 0,05% of 28 (0,014) → achieved", () => {
    expect(at(29).status).toBe("achieved");
    expect(at(30.01).status).toBe("achieved");
    expect(at(27.99).status).toBe("achieved");
  });

  it("27,98 is short: from 20 in 2020, x̂ = 27,98 + 7,98/4 = 29,975, ratio 1,2469 → on track", () => {
    const s = at(27.98);
    expect(s.status).toBe("onTrack");
    expect(s.evidence.projected).toBeCloseTo(29.975, 10);
    expect(s.evidence.ratio).toBeCloseTo(9.975 / 8, 10);
  });

  it("a decreasing range 1-1,5 mirrors: 1,2 achieved, 0,8 exceeded, target = upper bound", () => {
    const poverty = indicator({ targets: { "2025": T.range(1, 1.5) }, direction: "decrease" });
    const run = (v: number) =>
      indicatorStatus({ indicator: poverty, observations: [obs(2024, v)], baseline: null, asOf: 2024, milestone: 2025 });
    expect(run(1.2).status).toBe("achieved");
    expect(run(1.2).evidence.target).toBe(1.5);
    expect(run(0.8).status).toBe("exceeded");
    expect(run(1.6).status).toBe("noTrend");
  });
});

describe("tolerance", () => {
  it("99,2 against a 100% target is achieved (1 point); 98,9 is not", () => {
    const cover = indicator({ targets: { "2025": T.exact(100) }, id: "1" });
    const run = (v: number) =>
      indicatorStatus({ indicator: cover, observations: [obs(2025, v)], baseline: null, asOf: 2026, milestone: 2025 });
    expect(run(99.2).status).toBe("achieved");
    expect(run(98.9).status).toBe("notAchieved");
    expect(run(100).status).toBe("achieved");
  });

  it("a 0% target on a decreasing indicator: 0,8 achieved, 1,2 not achieved", () => {
    const zero = indicator({ targets: { "2025": T.exact(0) }, direction: "decrease" });
    const run = (v: number) =>
      indicatorStatus({ indicator: zero, observations: [obs(2025, v)], baseline: null, asOf: 2026, milestone: 2025 });
    expect(run(0.8).status).toBe("achieved");
    expect(run(1.2).status).toBe("notAchieved");
  });

  it("6.100 flats: within 0,05% (3,05) → 6.097 achieved, 6.096 not; 6.200 exceeded", () => {
    const flats = indicator({ targets: { "2025": T.exact(6100, "6.100") }, unit: "Căn", id: "9.1" });
    const run = (v: number) =>
      indicatorStatus({ indicator: flats, observations: [obs(2025, v)], baseline: null, asOf: 2026, milestone: 2025 });
    expect(run(6097).status).toBe("achieved");
    expect(run(6096).status).toBe("notAchieved");
    const over = run(6200);
    expect(over.status).toBe("exceeded");
    expect(over.explanation.vi).toBe("Năm 2025: 6.200 căn (mục tiêu 2025: 6.100 căn) — vượt mục tiêu.");
    expect(over.explanation.en).toBe("2025: 6,200 căn (target for 2025: 6,100 căn) — exceeded.");
  });
});

describe("projection: linear vs compound growth", () => {
  // 100 in 2020, 110,25 in 2022 (5%/year), target 160 in 2030.
  const growth = indicator({ targets: { "2030": T.exact(160) }, unit: "Người" });
  const input = { observations: [obs(2022, 110.25)], baseline: base(2020, 100), asOf: 2022, milestone: 2030 };

  it("linear: x̂ = 110,25 + 5,125·8 = 151,25, ratio 0,8542 → at risk", () => {
    const s = indicatorStatus({ ...input, indicator: growth });
    expect(s.status).toBe("atRisk");
    expect(s.evidence.projected).toBeCloseTo(151.25, 10);
    expect(s.evidence.ratio).toBeCloseTo(51.25 / 60, 10);
    expect(s.explanation.vi).toContain("tỷ lệ tiến độ 85,4% — cần đẩy nhanh.");
  });

  it("CAGR: x̂ = 110,25·1,1025⁴ = 100·1,05¹⁰ = 162,889, ratio 1,048 → on track (indicator setting or input)", () => {
    const byIndicator = indicatorStatus({ ...input, indicator: { ...growth, projection: "cagr" } });
    const byInput = indicatorStatus({ ...input, indicator: growth, projection: "cagr" });
    for (const s of [byIndicator, byInput]) {
      expect(s.status).toBe("onTrack");
      expect(s.evidence.method).toBe("cagr");
      expect(s.evidence.projected).toBeCloseTo(100 * Math.pow(1.05, 10), 6);
      expect(s.evidence.ratio).toBeCloseTo((100 * Math.pow(1.05, 10) - 100) / 60, 6);
      expect(s.explanation.vi).toContain("(tăng trưởng kép)");
    }
  });

  it("CAGR with a zero baseline falls back to linear, with a note", () => {
    // 0 in 2020, 10 in 2022, target 50 in 2030: x̂ = 10 + 5·8 = 50, ratio 1.
    const s = indicatorStatus({
      indicator: { ...indicator({ targets: { "2030": T.exact(50) }, unit: "Người" }), projection: "cagr" },
      observations: [obs(2022, 10)],
      baseline: base(2020, 0),
      asOf: 2022,
      milestone: 2030,
    });
    expect(s.status).toBe("onTrack");
    expect(s.evidence).toMatchObject({ method: "linear", projected: 50, ratio: 1 });
    expect(s.explanation.vi).toContain("Lưu ý: không tính được tăng trưởng kép");
    expect(s.explanation.en).toContain("Note: compound growth needs positive values");
  });
});

describe("baseline and trend data", () => {
  const target30 = indicator({ targets: { "2025": T.exact(30) } });

  it("no baseline → the earliest earlier observation serves as one (20 in 2021 → 24 in 2023: x̂ 28, ratio 0,8 → at risk)", () => {
    const s = indicatorStatus({
      indicator: target30,
      observations: [obs(2023, 24), obs(2021, 20), obs(2022, 21)],
      baseline: null,
      asOf: 2023,
      milestone: 2025,
    });
    expect(s.status).toBe("atRisk");
    expect(s.evidence).toMatchObject({ baseline: 20, baselineYear: 2021, projected: 28, ratio: 0.8 });
    expect(s.explanation.vi).toContain("Lưu ý: chưa có giá trị gốc dùng được, lấy số liệu năm 2021 làm gốc.");
  });

  it("a single observation and no baseline → no trend", () => {
    const s = indicatorStatus({ indicator: target30, observations: [obs(2023, 24)], baseline: null, asOf: 2023, milestone: 2025 });
    expect(s.status).toBe("noTrend");
    expect(s.evidence).toMatchObject({ value: 24, valueYear: 2023, baseline: null, ratio: null });
    expect(s.explanation.vi).toBe(
      "Năm 2023: 24%, chưa đạt mục tiêu 2025 (30%); chỉ có một số liệu nên chưa đủ dữ liệu xu hướng — cần giá trị gốc hoặc số liệu của năm trước.",
    );
  });

  it("a baseline for the same year as the only value cannot give a trend → no trend", () => {
    const s = indicatorStatus({ indicator: target30, observations: [obs(2023, 24)], baseline: base(2023, 22), asOf: 2023, milestone: 2025 });
    expect(s.status).toBe("noTrend");
  });

  it("no value at all → no data", () => {
    const s = indicatorStatus({ indicator: target30, observations: [], baseline: base(2020, 10), asOf: 2023, milestone: 2025 });
    expect(s.status).toBe("noData");
    expect(s.evidence.value).toBeNull();
  });

  it("a corrected value for the same year (later recordedAt) replaces the first", () => {
    const s = indicatorStatus({
      indicator: target30,
      observations: [obs(2024, 31, { recordedAt: "2024-12-01T00:00:00Z" }), obs(2024, 25, { recordedAt: "2024-11-01T00:00:00Z" })],
      baseline: null,
      asOf: 2024,
      milestone: 2025,
    });
    expect(s.evidence.value).toBe(31);
    expect(s.status).toBe("exceeded");
  });

  it("milestone year itself (asOf 2025) short of target → trend with T = 2025, not a final verdict", () => {
    // 20 in 2020, 29 in 2025: x̂ = 29, ratio = 9/10 = 0,9 → at risk.
    const input = { indicator: target30, observations: [obs(2025, 29)], baseline: base(2020, 20), milestone: 2025 };
    const s = indicatorStatus({ ...input, asOf: 2025 });
    expect(s.status).toBe("atRisk");
    expect(s.evidence).toMatchObject({ projected: 29, ratio: 0.9 });
    expect(indicatorStatus({ ...input, asOf: 2026 }).status).toBe("notAchieved");
  });
});

describe("ratio boundaries 0,95 and 0,10", () => {
  // Baseline 0 in 2020, target 100 in 2025, latest in 2024: x̂ = 1,25·xt, ratio = x̂/100.
  const ind = indicator({ targets: { "2025": T.exact(100) }, unit: "Người" });
  const run = (xt: number) =>
    indicatorStatus({ indicator: ind, observations: [obs(2024, xt)], baseline: base(2020, 0), asOf: 2024, milestone: 2025 });

  it("ratio exactly 0,95 → on track; just below → at risk", () => {
    expect(run(76).evidence.ratio).toBe(0.95);
    expect(run(76).status).toBe("onTrack");
    expect(run(75.99).status).toBe("atRisk");
  });

  it("ratio exactly 0,10 → at risk; just below → off track", () => {
    expect(run(8).evidence.ratio).toBe(0.1);
    expect(run(8).status).toBe("atRisk");
    expect(run(7.99).status).toBe("offTrack");
  });

  it("a value falling from the baseline gives a negative ratio → off track", () => {
    const s = indicatorStatus({ indicator: ind, observations: [obs(2024, 40)], baseline: base(2020, 50), asOf: 2024, milestone: 2025 });
    // x̂ = 40 − 2,5 = 37,5; ratio = −12,5/50 = −0,25.
    expect(s.status).toBe("offTrack");
    expect(s.evidence.ratio).toBe(-0.25);
  });
});

describe("targets that are not plain numbers", () => {
  it("'-' → no target; indicatorStatuses gives one status per year, ascending", () => {
    const ind = indicator({ targets: { "2030": T.exact(60), "2025": T.none() } });
    const all = indicatorStatuses({ indicator: ind, observations: [obs(2024, 61)], baseline: null, asOf: 2024 });
    expect(all.map((s) => [s.milestone, s.status])).toEqual([
      [2025, "noTarget"],
      [2030, "exceeded"],
    ]);
    expect(all[0].explanation.vi).toBe("Không có chỉ tiêu cho năm 2025 (ô mục tiêu ghi “-”).");
    expect(all[0].evidence.target).toBeNull();
  });

  it("a year without a target cell → no target", () => {
    const s = indicatorStatus({ indicator: unemployment, observations: [], baseline: null, asOf: 2024, milestone: 2027 });
    expect(s.status).toBe("noTarget");
    expect(s.explanation.vi).toBe("Chỉ tiêu không có mục tiêu cho năm 2027.");
  });

  it("a target with a parse error → needs assessment, quoting the parser's message", () => {
    const bad = target({
      kind: "exact",
      text: "1,234",
      error: { code: "number.ambiguousComma", vi: "Không rõ “1,234” là 1,234 hay 1234.", en: "“1,234” is ambiguous." },
    });
    const s = indicatorStatus({ indicator: indicator({ targets: { "2025": bad } }), observations: [obs(2024, 1)], baseline: null, asOf: 2024, milestone: 2025 });
    expect(s.status).toBe("needsAssessment");
    expect(s.explanation.vi).toBe(
      "Không đọc được mục tiêu năm 2025 (“1,234”): Không rõ “1,234” là 1,234 hay 1234. Cần sửa ô mục tiêu hoặc đánh giá thủ công.",
    );
    expect(s.explanation.en).toContain("could not be read: “1,234” is ambiguous.");
  });

  it("a numeric kind without a number → needs assessment", () => {
    const s = indicatorStatus({
      indicator: indicator({ targets: { "2025": target({ kind: "min", text: "trên" }) } }),
      observations: [],
      baseline: null,
      asOf: 2024,
      milestone: 2025,
    });
    expect(s.status).toBe("needsAssessment");
    expect(s.explanation.vi).toContain("không có giá trị số để so sánh.");
  });

  it("a list target → needs assessment, saying why", () => {
    const list = target({ kind: "list", text: "Nhà trẻ 25%; Mẫu giáo 94%" });
    const s = indicatorStatus({ indicator: indicator({ targets: { "2025": list } }), observations: [obs(2024, 50)], baseline: null, asOf: 2024, milestone: 2025 });
    expect(s.status).toBe("needsAssessment");
    expect(s.explanation.vi).toContain("gồm nhiều chỉ tiêu thành phần (“Nhà trẻ 25%; Mẫu giáo 94%”)");
  });
});

describe("qualitative targets (4.5 Bậc học: Tiểu học 2025, THCS 2030)", () => {
  const levels = ["Mầm non", "Tiểu học", "THCS", "THPT"];
  const school = indicator({
    targets: { "2025": T.qual("Tiểu học"), "2030": T.qual("THCS") },
    unit: "Bậc học",
    direction: "none",
    scale: levels,
    id: "4.5",
  });
  const run = (observations: ReturnType<typeof assess>[], asOf: number, milestone: number) =>
    indicatorStatus({ indicator: school, observations, baseline: null, asOf, milestone });

  it("no assessment yet → needs assessment, listing the levels", () => {
    const s = run([], 2024, 2025);
    expect(s.status).toBe("needsAssessment");
    expect(s.explanation.vi).toBe(
      "Mục tiêu năm 2025 là định tính (“Tiểu học”) — cần người đánh giá: ghi “Đạt”, “Chưa đạt” hoặc mức đã đạt (Mầm non, Tiểu học, THCS, THPT) vào ô đánh giá.",
    );
  });

  it("THCS reached in 2024: exceeds Tiểu học (2025), achieves THCS (2030)", () => {
    const s2025 = run([assess(2024, "THCS")], 2024, 2025);
    expect(s2025.status).toBe("exceeded");
    expect(s2025.evidence).toMatchObject({ assessment: "THCS", valueYear: 2024, value: null, target: null });
    expect(run([assess(2024, "thcs")], 2024, 2030).status).toBe("achieved");
  });

  it("Tiểu học against THCS: at risk while 2030 is ahead, not achieved once it has passed", () => {
    expect(run([assess(2024, "Tiểu học")], 2024, 2030).status).toBe("atRisk");
    const passed = run([assess(2030, "Tiểu học"), assess(2031, "THCS")], 2031, 2030);
    expect(passed.status).toBe("notAchieved");
    expect(passed.explanation.vi).toBe("Năm 2030: đánh giá “Tiểu học” (mục tiêu 2030: THCS) — không đạt; mốc 2030 đã qua.");
  });

  it("Đạt / Hoàn thành → achieved, Chưa đạt / Không đạt → at risk or not achieved (any accents, NFD)", () => {
    expect(run([assess(2024, "Đạt")], 2024, 2025).status).toBe("achieved");
    expect(run([assess(2024, "Đạt".normalize("NFD"))], 2024, 2025).status).toBe("achieved");
    expect(run([assess(2024, " hoàn thành. ")], 2024, 2025).status).toBe("achieved");
    expect(run([assess(2024, "Chưa đạt")], 2024, 2025).status).toBe("atRisk");
    expect(run([assess(2025, "Không đạt")], 2026, 2025).status).toBe("notAchieved");
  });

  it("the latest assessment wins; a later one does not count for a passed milestone", () => {
    expect(run([assess(2023, "Chưa đạt"), assess(2024, "Đạt")], 2024, 2025).status).toBe("achieved");
    expect(run([assess(2025, "Chưa đạt"), assess(2026, "Đạt")], 2026, 2025).status).toBe("notAchieved");
  });

  it("an assessment that says neither → needs assessment, explaining what to write", () => {
    const s = run([assess(2024, "đang triển khai")], 2024, 2025);
    expect(s.status).toBe("needsAssessment");
    expect(s.explanation.vi).toContain("không cho biết đạt hay chưa đạt");
  });

  it("without an indicator scale, named scale levels from the input and the target's rank are used", () => {
    const ind = indicator({ targets: { "2025": T.qual("Cấp 2", "educationLevel", 2) }, direction: "none" });
    const s = indicatorStatus({
      indicator: ind,
      observations: [assess(2024, "THPT")],
      baseline: null,
      asOf: 2024,
      milestone: 2025,
      scales: { educationLevel: levels },
    });
    expect(s.status).toBe("exceeded");
  });

  it("a word target without a scale (Giải quyết cơ bản): Đạt → achieved, anything else unclear", () => {
    const ind = indicator({ targets: { "2025": T.qual("Giải quyết cơ bản") }, direction: "none" });
    const go = (a: string) => indicatorStatus({ indicator: ind, observations: [assess(2024, a)], baseline: null, asOf: 2024, milestone: 2025 });
    expect(go("Đạt").status).toBe("achieved");
    expect(go("THCS").status).toBe("needsAssessment");
    expect(go("THCS").explanation.vi).toContain("ghi “Đạt” hoặc “Chưa đạt”.");
  });
});

describe("change targets", () => {
  const cut30 = target({ kind: "exact", text: "giảm 30%", lo: 30, hi: 30, unit: "%", change: "decrease", directionHint: "decrease" });

  it("giảm 30% of 1.000 people → level 700; 690 is beyond it (exact target) → exceeded, and the target shows its baseline", () => {
    const ind = indicator({ targets: { "2025": cut30 }, unit: "Người", direction: "decrease" });
    const s = indicatorStatus({ indicator: ind, observations: [obs(2024, 690)], baseline: base(2020, 1000), asOf: 2024, milestone: 2025 });
    expect(s.status).toBe("exceeded");
    expect(s.evidence.target).toBe(700);
    expect(s.explanation.vi).toBe(
      "Năm 2024: 690 người (mục tiêu 2025: “giảm 30%” so với gốc 1.000 người (2020) = 700 người) — vượt mục tiêu.",
    );
  });

  it("giảm 30% of a % indicator is read as relative (20% → 14%), with a note", () => {
    const ind = indicator({ targets: { "2025": cut30 }, unit: "%", direction: "decrease" });
    const s = indicatorStatus({ indicator: ind, observations: [obs(2024, 14)], baseline: base(2020, 20), asOf: 2024, milestone: 2025 });
    expect(s.evidence.target).toBe(14);
    expect(s.status).toBe("achieved");
    expect(s.explanation.vi).toContain("Lưu ý: “giảm 30%” được hiểu là thay đổi tương đối 30% của giá trị gốc 20%");
  });

  it("tăng gấp 4 lần from 50 → 200; 180 in 2024 from 2020: x̂ 212,5, ratio 1,083 → on track", () => {
    const x4 = target({ kind: "exact", text: "tăng gấp 4 lần", lo: 4, hi: 4, unit: "lần", change: "multiply" });
    const ind = indicator({ targets: { "2025": x4 }, unit: "Người" });
    const s = indicatorStatus({ indicator: ind, observations: [obs(2024, 180)], baseline: base(2020, 50), asOf: 2024, milestone: 2025 });
    expect(s.status).toBe("onTrack");
    expect(s.evidence).toMatchObject({ target: 200, projected: 212.5 });
    expect(s.evidence.ratio).toBeCloseTo(162.5 / 150, 10);
  });

  it("giảm ít nhất 30% (min 30) becomes at most 700: 700 met, 701 not", () => {
    const atLeast = target({ kind: "min", text: "giảm ít nhất 30%", lo: 30, unit: "%", change: "decrease" });
    const ind = indicator({ targets: { "2025": atLeast }, unit: "Người", direction: "decrease" });
    const run = (v: number) => indicatorStatus({ indicator: ind, observations: [obs(2025, v)], baseline: base(2020, 1000), asOf: 2026, milestone: 2025 });
    expect(run(700).status).toBe("achieved");
    expect(run(701).status).toBe("notAchieved");
  });

  it("no baseline → no trend, asking for the baseline", () => {
    const ind = indicator({ targets: { "2025": cut30 }, unit: "Người", direction: "decrease" });
    const s = indicatorStatus({ indicator: ind, observations: [obs(2022, 900), obs(2024, 690)], baseline: null, asOf: 2024, milestone: 2025 });
    expect(s.status).toBe("noTrend");
    expect(s.explanation.vi).toContain("chưa có giá trị gốc — cần nhập năm gốc và giá trị gốc");
  });

  it("a %/năm rate is compared with the year's value directly, with a note", () => {
    const rate = target({ kind: "min", text: "tăng trên 5%/năm", lo: 5, loInclusive: false, unit: "%/năm", perYear: true, change: "increase" });
    const ind = indicator({ targets: { "2025": rate }, unit: "%/năm" });
    const s = indicatorStatus({ indicator: ind, observations: [obs(2024, 5.4)], baseline: null, asOf: 2024, milestone: 2025 });
    expect(s.status).toBe("achieved");
    expect(s.evidence.target).toBe(5);
    expect(s.explanation.vi).toBe(
      "Năm 2024: 5,4%/năm (mục tiêu 2025: >5%/năm) — đạt. Lưu ý: mục tiêu là tốc độ mỗi năm nên số liệu của năm được so trực tiếp với mục tiêu.",
    );
  });
});

describe("direction", () => {
  it("direction none: the target's hint decides (25 with hint decrease: 24 exceeded)", () => {
    const t = { ...T.exact(25), directionHint: "decrease" as const };
    const ind = indicator({ targets: { "2025": t }, direction: "none" });
    const s = indicatorStatus({ indicator: ind, observations: [obs(2024, 24)], baseline: null, asOf: 2024, milestone: 2025 });
    expect(s.status).toBe("exceeded");
    expect(s.evidence.gap).toBe(1);
  });

  it("direction none and no hint: increase", () => {
    const ind = indicator({ targets: { "2025": T.exact(25) }, direction: "none" });
    const s = indicatorStatus({ indicator: ind, observations: [obs(2025, 24)], baseline: null, asOf: 2026, milestone: 2025 });
    expect(s.status).toBe("notAchieved");
    expect(s.evidence.gap).toBe(-1);
  });

  it("a min comparator on a decreasing indicator is judged by the comparator, with a note to check", () => {
    const ind = indicator({ targets: { "2025": T.min(80, false, "> 80") }, direction: "decrease" });
    const s = indicatorStatus({ indicator: ind, observations: [obs(2024, 85)], baseline: null, asOf: 2024, milestone: 2025 });
    expect(s.status).toBe("achieved");
    expect(s.explanation.vi).toContain("hướng của chỉ tiêu ngược với dấu so sánh của mục tiêu");
  });
});

describe("explanations written to what the data supports", () => {
  it("a forecast of a percentage with one decimal, the progress ratio as a percentage, the unit in lower case", () => {
    const ind = indicator({ targets: { "2030": T.exact(60) }, unit: "%" });
    const s = indicatorStatus({ indicator: ind, observations: [obs(2026, 47.8)], baseline: base(2023, 44), asOf: 2026, milestone: 2030 });
    expect(s.status).toBe("atRisk");
    // 47,8 + (47,8 − 44)/3 · 4 = 52,8666…; (52,8666 − 44)/(60 − 44) = 0,5541…
    expect(s.explanation.vi).toContain("dự báo 2030 (tuyến tính): 52,9% so với mục tiêu 60%; tỷ lệ tiến độ 55,4%");
    expect(s.evidence.projected).toBeCloseTo(52.8667, 3);
    expect(s.evidence.ratio).toBeCloseTo(0.5542, 3);
    const age = indicator({ targets: { "2030": T.exact(76) }, unit: "Tuổi" });
    const a = indicatorStatus({ indicator: age, observations: [obs(2026, 74.7)], baseline: base(2023, 74.1), asOf: 2026, milestone: 2030 });
    // A forecast of whole years from figures with one decimal keeps one decimal.
    expect(a.explanation.vi).toContain("năm 2026: 74,7 tuổi; dự báo 2030 (tuyến tính): 75,5 tuổi");
  });
});
