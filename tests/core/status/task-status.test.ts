import { TaskStatusSchema } from "../../../core/model";
import { isDueSoon, taskStatus } from "../../../core/status";
import type { TaskProgress, Timeframe } from "../../../core/model";
import { prog, task } from "./helpers";

const programme = { from: 2021, to: 2025 };
const run = (timeframe: Timeframe, asOf: string, progress: TaskProgress[] = [], extra: { reportDeadline?: string; text?: string; programme?: { from: number; to: number } } = {}) =>
  taskStatus({ task: task(timeframe, extra.text), progress, asOf, programme: extra.programme ?? programme, reportDeadline: extra.reportDeadline });

describe("one-off tasks: Năm 2027", () => {
  const y2027: Timeframe = { kind: "years", years: [2027] };

  it("before the year → not due, due 31/12/2027", () => {
    const s = run(y2027, "2025-06-30");
    expect(s.status).toBe("notDue");
    expect(s.evidence.dueOn).toBe("2027-12-31");
    expect(s.explanation.vi).toBe("Chưa đến hạn (hạn 31/12/2027).");
    expect(isDueSoon(s)).toBe(false);
    expect(TaskStatusSchema.safeParse(s).success).toBe(true);
  });

  it("46 days before the due date → still not due, but due soon", () => {
    // 15/11 → 30/11 is 15 days, plus 31 days of December.
    const s = run(y2027, "2027-11-15");
    expect(s.status).toBe("notDue");
    expect(s.explanation.vi).toBe("Sắp đến hạn: còn 46 ngày (hạn 31/12/2027), chưa báo cáo hoàn thành.");
    expect(isDueSoon(s)).toBe(true);
    expect(isDueSoon(s, 30)).toBe(false);
  });

  it("in progress → on track", () => {
    const s = run(y2027, "2027-06-01", [prog(2027, { state: "inProgress", percent: 40 })]);
    expect(s.status).toBe("onTrack");
    expect(s.evidence).toMatchObject({ percent: 40, year: 2027, dueOn: "2027-12-31" });
    expect(s.explanation.vi).toBe("Đang thực hiện, hạn 31/12/2027.");
  });

  it("past 31/12/2027 and not done → overdue", () => {
    const s = run(y2027, "2028-01-01", [prog(2027, { state: "inProgress", percent: 80 })]);
    expect(s.status).toBe("overdue");
    expect(s.explanation.vi).toBe(
      "Đã quá hạn 31/12/2027 mà chưa báo cáo hoàn thành — đề nghị đơn vị cập nhật tiến độ và nêu lý do chậm.",
    );
  });

  it("done on time, done late, done without a date, 100% counts as done", () => {
    const onTime = run(y2027, "2028-03-01", [prog(2027, { state: "done", completedOn: "2027-10-01" })]);
    expect(onTime.status).toBe("done");
    expect(onTime.explanation.vi).toBe("Đã hoàn thành ngày 01/10/2027, trong hạn 31/12/2027.");
    const late = run(y2027, "2028-03-01", [prog(2027, { state: "inProgress" }), prog(2028, { state: "done", completedOn: "2028-02-01" })]);
    expect(late.status).toBe("doneLate");
    expect(late.explanation.vi).toBe("Hoàn thành ngày 01/02/2028, sau hạn 31/12/2027 — hoàn thành muộn.");
    const noDate = run(y2027, "2027-12-01", [prog(2027, { state: "done" })]);
    expect(noDate.status).toBe("done");
    expect(noDate.explanation.vi).toBe("Đã hoàn thành (báo cáo năm 2027).");
    expect(run(y2027, "2027-12-01", [prog(2027, { percent: 100 })]).status).toBe("done");
  });

  it("a report for a year after asOf does not count yet", () => {
    const s = run(y2027, "2027-06-01", [prog(2028, { state: "done", completedOn: "2028-01-10" })]);
    expect(s.status).toBe("notDue");
  });

  it("2021, 2022 → due at the end of the last year", () => {
    const s = run({ kind: "years", years: [2022, 2021] }, "2022-12-31");
    expect(s.evidence.dueOn).toBe("2022-12-31");
    expect(s.status).toBe("notDue");
    expect(run({ kind: "years", years: [2021, 2022] }, "2023-01-01").status).toBe("overdue");
  });
});

describe("one-off tasks: trong tháng 10 năm 2024", () => {
  const oct: Timeframe = { kind: "month", year: 2024, month: 10 };
  it("due 31/10/2024: 30 days before → due soon; 1/11 not done → overdue", () => {
    const soon = run(oct, "2024-10-01");
    expect(soon.evidence.dueOn).toBe("2024-10-31");
    expect(soon.status).toBe("notDue");
    expect(soon.explanation.en).toBe("Due soon: 30 days left (due 2024-10-31); completion not reported yet.");
    expect(run(oct, "2024-11-01").status).toBe("overdue");
  });
  it("February of a leap year ends on the 29th", () => {
    expect(run({ kind: "month", year: 2028, month: 2 }, "2028-01-01").evidence.dueOn).toBe("2028-02-29");
  });
});

describe("period tasks: Giai đoạn 2024-2030", () => {
  // 1/1/2024 → 31/12/2030 is 2 556 days; 1/1/2024 → 2/7/2027 is 1 278 days: elapsed exactly 0,5.
  const p: Timeframe = { kind: "period", from: 2024, to: 2030 };
  const at = (percent: number | null, state: TaskProgress["state"] = "inProgress") =>
    run(p, "2027-07-02", [prog(2027, { state, percent })]);

  it("45% at half-time → ratio 0,9 → on track (boundary)", () => {
    const s = at(45);
    expect(s.status).toBe("onTrack");
    expect(s.evidence).toMatchObject({ elapsed: 0.5, percent: 45, ratio: 0.9, dueOn: "2030-12-31", year: 2027 });
    expect(s.explanation.vi).toBe(
      "Đã qua 50% thời gian giai đoạn 2024–2030, hoàn thành 45% (bằng 0,9 mức kỳ vọng) — đúng tiến độ.",
    );
  });

  it("44% → 0,88 behind; 36% → 0,72 behind; 35% → 0,7 late (boundary)", () => {
    expect(at(44).status).toBe("behind");
    expect(at(36).status).toBe("behind");
    expect(at(35).status).toBe("late");
    expect(at(35).evidence.ratio).toBe(0.7);
  });

  it("no percent → no report; 'not started' without a percent counts as 0% → late", () => {
    const s = at(null);
    expect(s.status).toBe("noReport");
    expect(s.explanation.vi).toContain("Chưa báo cáo tỷ lệ hoàn thành (%)");
    expect(run(p, "2027-07-02").status).toBe("noReport");
    expect(at(null, "notStarted").status).toBe("late");
  });

  it("before the period → not due; after it and not done → overdue; 100% → done", () => {
    expect(run(p, "2023-12-31").status).toBe("notDue");
    expect(run(p, "2024-01-01").status).toBe("notDue");
    expect(run(p, "2031-01-01", [prog(2030, { percent: 95 })]).status).toBe("overdue");
    expect(run(p, "2031-01-01", [prog(2030, { percent: 100 })]).status).toBe("done");
  });
});

describe("annual and ongoing tasks: judged per reporting year", () => {
  for (const tf of [{ kind: "annual" }, { kind: "ongoing" }] as Timeframe[]) {
    it(`${tf.kind}: report before 15/11 → not due; none by 15/11 → no report; a row → reported / done`, () => {
      const before = run(tf, "2025-11-14", [prog(2024, { state: "inProgress" })]);
      expect(before.status).toBe("notDue");
      expect(before.evidence).toMatchObject({ dueOn: "2025-11-15", year: 2025 });
      const after = run(tf, "2025-11-15", [prog(2024, { state: "inProgress" })]);
      expect(after.status).toBe("noReport");
      expect(after.explanation.vi).toBe("Chưa có báo cáo năm 2025, đã quá hạn báo cáo 15/11/2025 — đề nghị đơn vị báo cáo.");
      expect(run(tf, "2025-12-01", [prog(2025, {})]).status).toBe("reported");
      expect(run(tf, "2025-12-01", [prog(2025, { state: "done" })]).status).toBe("done");
    });
  }

  it("a plan's own deadline (Hải Dương: 10/12)", () => {
    expect(run({ kind: "annual" }, "2025-11-20", [], { reportDeadline: "12-10" }).status).toBe("notDue");
    expect(run({ kind: "annual" }, "2025-12-10", [], { reportDeadline: "12-10" }).status).toBe("noReport");
    // An unreadable deadline falls back to 15/11.
    expect(run({ kind: "annual" }, "2025-11-20", [], { reportDeadline: "15/11" }).status).toBe("noReport");
  });

  it("Năm 2025 và hằng năm: before 2025 not due; from 2025 on judged like annual", () => {
    const tf: Timeframe = { kind: "annualFrom", from: 2025 };
    const early = run(tf, "2024-12-01");
    expect(early.status).toBe("notDue");
    expect(early.explanation.vi).toBe("Nhiệm vụ thực hiện hằng năm từ năm 2025; năm 2024 chưa thuộc thời gian thực hiện.");
    expect(run(tf, "2025-12-01").status).toBe("noReport");
    expect(run(tf, "2026-12-01", [prog(2026, { state: "inProgress" })]).status).toBe("reported");
  });
});

describe("conditional tasks: Sau khi có hướng dẫn của Bộ", () => {
  const tf: Timeframe = { kind: "conditional", trigger: "Sau khi có hướng dẫn của Bộ" };

  it("waits (never overdue) until the event is recorded", () => {
    const s = run(tf, "2030-12-31");
    expect(s.status).toBe("waiting");
    expect(s.explanation.vi).toBe(
      "Chờ điều kiện: “Sau khi có hướng dẫn của Bộ” — chưa ghi nhận sự kiện này; khi sự kiện xảy ra, ghi ngày phát sinh để tính hạn.",
    );
    // An event dated after asOf has not happened yet.
    expect(run(tf, "2025-01-01", [prog(2025, { triggeredOn: "2025-03-10" })]).status).toBe("waiting");
  });

  it("triggered 10/3/2025 → a one-off due 31/12/2026", () => {
    const rows = [prog(2025, { triggeredOn: "2025-03-10" })];
    const s = run(tf, "2026-06-01", rows);
    expect(s.status).toBe("notDue");
    expect(s.evidence.dueOn).toBe("2026-12-31");
    expect(s.explanation.vi).toBe("Điều kiện phát sinh ngày 10/03/2025; hạn là cuối năm sau (31/12/2026). Chưa đến hạn (hạn 31/12/2026).");
    expect(run(tf, "2027-01-05", rows).status).toBe("overdue");
    expect(run(tf, "2027-01-05", [...rows, prog(2026, { state: "done", completedOn: "2026-05-01" })]).status).toBe("done");
  });
});

describe("milestone events: Sơ kết, tổng kết (programme 2021-2025, mid-term 2023)", () => {
  const tf: Timeframe = { kind: "milestoneEvent", event: "Sơ kết, tổng kết Chương trình" };

  it("before the mid-term review → not due 31/12/2023", () => {
    const s = run(tf, "2022-06-01");
    expect(s.status).toBe("notDue");
    expect(s.evidence).toMatchObject({ dueOn: "2023-12-31", year: 2023 });
    expect(s.explanation.vi).toBe("Chưa đến kỳ sơ kết năm 2023 (hạn 31/12/2023).");
  });

  it("a 2023 row → reported; missing after 2023 → overdue; reported → next is the final review", () => {
    expect(run(tf, "2023-06-01", [prog(2023, {})]).status).toBe("reported");
    const missed = run(tf, "2024-03-01");
    expect(missed.status).toBe("overdue");
    expect(missed.explanation.vi).toBe("Chưa có báo cáo sơ kết năm 2023 (hạn 31/12/2023) — đề nghị đơn vị báo cáo.");
    const next = run(tf, "2024-03-01", [prog(2023, {})]);
    expect(next.status).toBe("notDue");
    expect(next.evidence.dueOn).toBe("2025-12-31");
    expect(next.explanation.vi).toBe("Chưa đến kỳ tổng kết năm 2025 (hạn 31/12/2025).");
  });

  it("after the programme: final review done / missing", () => {
    expect(run(tf, "2026-02-01", [prog(2023, {}), prog(2025, { state: "done" })]).status).toBe("done");
    const missing = run(tf, "2026-02-01", [prog(2023, {})]);
    expect(missing.status).toBe("overdue");
    expect(missing.evidence.year).toBe(2025);
  });

  it("programme 2024-2030 → mid-term 2027", () => {
    expect(run(tf, "2025-01-01", [], { programme: { from: 2024, to: 2030 } }).evidence.dueOn).toBe("2027-12-31");
  });
});

describe("unreadable input", () => {
  it("unknown timeframe → no report, explaining why", () => {
    const s = run({ kind: "unknown" }, "2025-06-01", [], { text: "khi cần" });
    expect(s.status).toBe("noReport");
    expect(s.explanation.vi).toContain("Không đọc được thời gian thực hiện “khi cần”");
  });

  it("an invalid asOf date → no report, explaining the format", () => {
    const s = run({ kind: "annual" }, "2025-02-30");
    expect(s.status).toBe("noReport");
    expect(s.explanation.vi).toContain("cần dạng năm-tháng-ngày");
  });
});
