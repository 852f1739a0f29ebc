import { buildSummary, draftParagraph, SummarySchema, type StatusCounts } from "../../../core/summary";
import { input } from "./fixture";

const counts = (c: Partial<StatusCounts>): StatusCounts => ({
  exceeded: 0,
  achieved: 0,
  onTrack: 0,
  atRisk: 0,
  offTrack: 0,
  notAchieved: 0,
  noTrend: 0,
  needsAssessment: 0,
  noData: 0,
  noTarget: 0,
  dataToCorrect: 0,
  ...c,
});

describe("buildSummary on the hand-built plan", () => {
  const s = buildSummary(input());

  it("is valid against its schema and JSON-serialisable", () => {
    expect(SummarySchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it("counts the 8 top-level indicators, 3.2 rolled up from its sub-rows (exceeded + at risk → at risk)", () => {
    expect(s.indicatorCount).toBe(8);
    expect(s.indicatorTotals).toEqual(
      counts({ achieved: 1, exceeded: 1, atRisk: 2, offTrack: 1, notAchieved: 1, needsAssessment: 1, noTarget: 1 }),
    );
  });

  it("counts by area", () => {
    expect(s.byArea).toEqual([
      { code: "2", name: "Lao động, việc làm", counts: counts({ achieved: 1, atRisk: 1, noTarget: 1 }), total: 3 },
      { code: "3", name: "Y tế", counts: counts({ offTrack: 1, atRisk: 1, notAchieved: 1 }), total: 3 },
      { code: "4", name: "Giáo dục", counts: counts({ exceeded: 1, needsAssessment: 1 }), total: 2 },
    ]);
  });

  it("counts by first lead agency, the group row's lead filling blank lead cells", () => {
    expect(s.byAgency).toEqual([
      { agencyId: "so-ldtbxh", name: "Sở Lao động - Thương binh và Xã hội", counts: counts({ achieved: 1, atRisk: 1, noTarget: 1 }), total: 3 },
      { agencyId: "so-yte", name: "Sở Y tế", counts: counts({ offTrack: 1, atRisk: 1, notAchieved: 1 }), total: 3 },
      { agencyId: "so-gddt", name: "Sở Giáo dục và Đào tạo", counts: counts({ exceeded: 1, needsAssessment: 1 }), total: 2 },
    ]);
  });

  it("measures 2026 report completeness per agency, least complete first", () => {
    // LĐTBXH: 2.1, 2.2 reported (2.3 has no target); I.1 reported → 3/3.
    // Y tế: 3.1, 3.2/1, 3.2/2 reported, 3.3 not (only a 2025 value); I.2 reported; II.2 waits → 4/5.
    // GD&ĐT: 4.1 (2025 value only), 4.2 (unreadable cell) not reported; II.1 not → 0/3.
    // No lead: II.3 (empty template row) → 0/1.
    expect(s.completeness.map((r) => [r.agencyId, r.indicatorsReported, r.indicatorsExpected, r.tasksReported, r.tasksExpected, r.reported, r.expected, r.percent])).toEqual([
      ["so-gddt", 0, 2, 0, 1, 0, 3, 0],
      [null, 0, 0, 0, 1, 0, 1, 0],
      ["so-yte", 3, 4, 1, 1, 4, 5, 80],
      ["so-ldtbxh", 2, 2, 1, 1, 3, 3, 100],
    ]);
    expect(s.completenessTotal).toEqual({ expected: 12, reported: 7, percent: (7 / 12) * 100 });
    expect(s.silentAgencies).toEqual([{ agencyId: "so-gddt", name: "Sở Giáo dục và Đào tạo" }]);
  });

  it("lists indicators needing attention, worst first, sub-rows under their parent's code", () => {
    expect(s.indicatorConcerns.map((c) => [c.code, c.name, c.status, c.leadId, c.milestone, c.value, c.targetText, c.gap, c.ratio])).toEqual([
      ["3.3", "Tuổi thọ trung bình", "notAchieved", "so-yte", 2025, 74.5, "75", -0.5, null],
      ["3.1", "Số giường bệnh/vạn dân", "offTrack", "so-yte", 2030, 28, "32", -4, 0.05],
      ["2.2", "Tỷ lệ lao động qua đào tạo", "atRisk", "so-ldtbxh", 2030, 60, "70", -10, 0.5],
      ["3.2", "Tỷ lệ dân số tham gia BHYT — Nông thôn", "atRisk", "so-yte", 2030, 80, "90", -10, 0.4],
    ]);
  });

  it("lists overdue tasks and tasks due within 60 days (boundary included, reported ones left out)", () => {
    expect(s.taskTotals).toEqual({ doneOnTime: 0, doneLate: 0, inProgress: 1, behindSchedule: 0, overdue: 1, notDue: 1, waiting: 1, noReport: 1, dataToCorrect: 0 });
    expect(s.overdueTasks).toEqual([
      {
        taskId: "I.1",
        code: "I.1",
        text: "Xây dựng kế hoạch đào tạo nghề cho lao động nông thôn",
        status: "overdue",
        leadId: "so-ldtbxh",
        leadName: "Sở Lao động - Thương binh và Xã hội",
        dueOn: "2025-12-31",
        daysLeft: -274,
      },
    ]);
    // II.1 is due 2026-11-30: exactly 60 days after 2026-10-01. I.2 (annual, reported) is due at the year's end.
    expect(s.dueSoonTasks.map((t) => [t.code, t.dueOn, t.daysLeft])).toEqual([["II.1", "2026-11-30", 60]]);
    expect(buildSummary(input({ today: "2026-09-30" })).dueSoonTasks).toEqual([]);
  });

  it("drafts the Vietnamese paragraph", () => {
    expect(s.paragraph.vi).toBe(
      "Tính đến năm 2026, trong 8 chỉ tiêu có 2 chỉ tiêu đạt và vượt, 2 chỉ tiêu cần đẩy nhanh tiến độ, " +
        "1 chỉ tiêu chậm hoặc không tiến triển, 1 chỉ tiêu không đạt, 1 chỉ tiêu định tính cần đánh giá và " +
        "1 chỉ tiêu không đặt mục tiêu cho mốc đánh giá. " +
        "Các chỉ tiêu không đạt, chậm hoặc cần đẩy nhanh tiến độ tập trung nhiều nhất ở các lĩnh vực " +
        "“Y tế” (3 chỉ tiêu) và “Lao động, việc làm” (1 chỉ tiêu). " +
        "Về nhiệm vụ, trong 5 nhiệm vụ có 1 nhiệm vụ đang thực hiện trong hạn, 1 nhiệm vụ đang thực hiện quá hạn, " +
        "1 nhiệm vụ chưa đến hạn, 1 nhiệm vụ đang chờ điều kiện để triển khai và 1 nhiệm vụ chưa báo cáo. " +
        "Có 1 nhiệm vụ sẽ đến hạn trong 60 ngày tới. " +
        "Tỷ lệ báo cáo năm 2026 đạt 58,3% (7/12 nội dung được giao). " +
        "Còn 1 cơ quan chưa gửi báo cáo: Sở Giáo dục và Đào tạo.",
    );
    expect(draftParagraph(s)).toBe(s.paragraph.vi);
  });

  it("drafts the English paragraph", () => {
    expect(draftParagraph(s, "en")).toBe(
      "As of 2026, of the 8 indicators, 2 achieved or exceeded, 2 at risk and needing faster progress, " +
        "1 off track or not progressing, 1 not achieved, 1 qualitative awaiting assessment and 1 with no target for the milestone. " +
        "Indicators not achieved, off track or at risk are concentrated in the areas “Y tế” (3) and “Lao động, việc làm” (1). " +
        "Of the 5 tasks, 1 in progress within the deadline, 1 in progress past the deadline, 1 not yet due, 1 waiting for a condition and 1 not reported. " +
        "1 task falls due in the next 60 days. " +
        "Reporting for 2026 stands at 58.3% (7 of 12 assigned rows). " +
        "1 agency has not reported: Sở Giáo dục và Đào tạo.",
    );
    expect(s.paragraph.en).toBe(draftParagraph(s, "en"));
  });
});

describe("buildSummary edge cases", () => {
  it("formats large counts the Vietnamese way and names one worst area in the singular", () => {
    const base = buildSummary(input());
    const many = { ...base, indicatorCount: 1234, indicatorTotals: counts({ achieved: 1200, noData: 34 }), byArea: [base.byArea[0]] };
    expect(draftParagraph(many)).toMatch(/^Tính đến năm 2026, trong 1\.234 chỉ tiêu có 1\.200 chỉ tiêu đạt và 34 chỉ tiêu chưa có số liệu\. Các chỉ tiêu .* ở lĩnh vực “Lao động, việc làm” \(1 chỉ tiêu\)\./);
  });

  it("treats a missing status as no data / not reported and an empty plan without errors", () => {
    const s = buildSummary(input({ indicatorStatuses: [], taskStatuses: [] }));
    // Every indicator without a status is "no data"; 3.2 rolls up its sub-rows' "no data".
    expect(s.indicatorTotals).toEqual(counts({ noData: 8 }));
    expect(s.taskTotals.noReport).toBe(5);
    expect(s.overdueTasks).toEqual([]);
    const empty = buildSummary(input({ plan: { ...input().plan, indicators: [], tasks: [], areas: [] } }));
    expect(empty.paragraph.vi).toBe("Kế hoạch chưa có chỉ tiêu nào được theo dõi.");
    expect(empty.byArea).toEqual([]);
  });
});
