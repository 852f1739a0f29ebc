import { TaskStatusCodeSchema, TaskStatusSchema } from "../../../core/model";
import { isDueSoon, taskStatus, taskStatusLabel } from "../../../core/status";
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

  it("in progress → Đang thực hiện trong hạn", () => {
    const s = run(y2027, "2027-06-01", [prog(2027, { state: "inProgress", percent: 40 })]);
    expect(s.status).toBe("inProgress");
    expect(s.evidence).toMatchObject({ percent: 40, year: 2027, dueOn: "2027-12-31" });
    expect(s.explanation.vi).toBe("Đang thực hiện, hạn 31/12/2027.");
  });

  it("past 31/12/2027 and not done → Đang thực hiện quá hạn", () => {
    const s = run(y2027, "2028-01-01", [prog(2027, { state: "inProgress", percent: 80 })]);
    expect(s.status).toBe("overdue");
    expect(s.explanation.vi).toBe(
      "Đã quá hạn 31/12/2027 mà chưa báo cáo hoàn thành — đề nghị đơn vị cập nhật tiến độ và nêu lý do chậm.",
    );
  });

  it("the completion date decides on time or late; without one, the year of the report does; 100% counts as done", () => {
    const onTime = run(y2027, "2028-03-01", [prog(2027, { state: "done", completedOn: "2027-10-01" })]);
    expect(onTime.status).toBe("doneOnTime");
    expect(onTime.explanation.vi).toBe("Đã hoàn thành ngày 01/10/2027, trong hạn 31/12/2027.");
    const onTheDay = run(y2027, "2028-03-01", [prog(2027, { state: "done", completedOn: "2027-12-31" })]);
    expect(onTheDay.status).toBe("doneOnTime");
    const late = run(y2027, "2028-03-01", [prog(2027, { state: "inProgress" }), prog(2028, { state: "done", completedOn: "2028-02-01" })]);
    expect(late.status).toBe("doneLate");
    expect(late.explanation.vi).toBe("Hoàn thành ngày 01/02/2028, sau hạn 31/12/2027 — hoàn thành quá hạn.");
    // A completion date before the deadline is on time even when reported the year after.
    expect(run(y2027, "2028-03-01", [prog(2028, { state: "done", completedOn: "2027-12-20" })]).status).toBe("doneOnTime");
    const noDate = run(y2027, "2027-12-01", [prog(2027, { state: "done" })]);
    expect(noDate.status).toBe("doneOnTime");
    expect(noDate.explanation.vi).toBe("Đã hoàn thành (báo cáo năm 2027, chưa ghi ngày hoàn thành), trong hạn 31/12/2027.");
    const noDateLate = run(y2027, "2028-03-01", [prog(2028, { state: "done" })]);
    expect(noDateLate.status).toBe("doneLate");
    expect(noDateLate.explanation.vi).toContain("sau hạn 31/12/2027 — hoàn thành quá hạn");
    expect(run(y2027, "2027-12-01", [prog(2027, { percent: 100 })]).status).toBe("doneOnTime");
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

  it("45% at half-time → ratio 0,9 → in progress within the deadline (boundary)", () => {
    const s = at(45);
    expect(s.status).toBe("inProgress");
    expect(s.evidence).toMatchObject({ elapsed: 0.5, percent: 45, ratio: 0.9, dueOn: "2030-12-31", year: 2027 });
    expect(s.explanation.vi).toBe(
      "Đã qua 50% thời gian giai đoạn 2024–2030, hoàn thành 45% (bằng 0,9 mức kỳ vọng) — đúng tiến độ.",
    );
  });

  it("44% → 0,88 and 36% → 0,72: still within the deadline, asked to speed up; 35% → 0,7: behind schedule (boundary)", () => {
    expect(at(44).status).toBe("inProgress");
    expect(at(44).explanation.vi).toContain("còn trong hạn nhưng cần đẩy nhanh");
    expect(at(36).status).toBe("inProgress");
    expect(at(35).status).toBe("behindSchedule");
    expect(at(35).explanation.vi).toContain("chậm tiến độ");
    expect(at(35).evidence.ratio).toBe(0.7);
  });

  it("no percent → no report; 'not started' without a percent counts as 0% → late", () => {
    const s = at(null);
    expect(s.status).toBe("noReport");
    expect(s.explanation.vi).toContain("Chưa báo cáo tỷ lệ hoàn thành (%)");
    expect(run(p, "2027-07-02").status).toBe("noReport");
    expect(at(null, "notStarted").status).toBe("behindSchedule");
  });

  it("before the period → not due; after it and not done → overdue; 100% → done", () => {
    expect(run(p, "2023-12-31").status).toBe("notDue");
    expect(run(p, "2024-01-01").status).toBe("notDue");
    expect(run(p, "2031-01-01", [prog(2030, { percent: 95 })]).status).toBe("overdue");
    expect(run(p, "2031-01-01", [prog(2030, { percent: 100 })]).status).toBe("doneOnTime");
  });
});

describe("annual and ongoing tasks: judged per reporting year", () => {
  for (const tf of [{ kind: "annual" }, { kind: "ongoing" }] as Timeframe[]) {
    it(`${tf.kind}: report before 15/11 → not due; none by 15/11 → no report; a row → in progress / completed`, () => {
      const before = run(tf, "2025-11-14", [prog(2024, { state: "inProgress" })]);
      expect(before.status).toBe("notDue");
      expect(before.evidence).toMatchObject({ dueOn: "2025-11-15", year: 2025 });
      const after = run(tf, "2025-11-15", [prog(2024, { state: "inProgress" })]);
      expect(after.status).toBe("noReport");
      expect(after.explanation.vi).toBe("Chưa có báo cáo năm 2025, đã quá hạn báo cáo 15/11/2025 — đề nghị đơn vị báo cáo.");
      expect(run(tf, "2025-12-01", [prog(2025, {})]).status).toBe("inProgress");
      expect(run(tf, "2025-12-01", [prog(2025, { state: "done" })]).status).toBe("doneOnTime");
      expect(run(tf, "2025-12-20", [prog(2025, { state: "done", completedOn: "2025-12-20" })]).status).toBe("doneOnTime");
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
    expect(run(tf, "2026-12-01", [prog(2026, { state: "inProgress" })]).status).toBe("inProgress");
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
    expect(run(tf, "2027-01-05", [...rows, prog(2026, { state: "done", completedOn: "2026-05-01" })]).status).toBe("doneOnTime");
    expect(run(tf, "2027-03-05", [...rows, prog(2027, { state: "done", completedOn: "2027-02-01" })]).status).toBe("doneLate");
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
    expect(run(tf, "2023-06-01", [prog(2023, {})]).status).toBe("inProgress");
    const missed = run(tf, "2024-03-01");
    expect(missed.status).toBe("overdue");
    expect(missed.explanation.vi).toBe("Chưa có báo cáo sơ kết năm 2023 (hạn 31/12/2023) — đề nghị đơn vị báo cáo.");
    const next = run(tf, "2024-03-01", [prog(2023, {})]);
    expect(next.status).toBe("notDue");
    expect(next.evidence.dueOn).toBe("2025-12-31");
    expect(next.explanation.vi).toBe("Chưa đến kỳ tổng kết năm 2025 (hạn 31/12/2025).");
  });

  it("after the programme: final review done / missing", () => {
    expect(run(tf, "2026-02-01", [prog(2023, {}), prog(2025, { state: "done" })]).status).toBe("doneOnTime");
    const missing = run(tf, "2026-02-01", [prog(2023, {})]);
    expect(missing.status).toBe("overdue");
    expect(missing.evidence.year).toBe(2025);
  });

  it("programme 2024-2030 → mid-term 2027", () => {
    expect(run(tf, "2025-01-01", [], { programme: { from: 2024, to: 2030 } }).evidence.dueOn).toBe("2027-12-31");
  });
});

describe("quarters, half years and deadline dates: due on their last day", () => {
  it("Quý IV/2025 is due 31/12/2025; Quý I/2026 on 31/3/2026", () => {
    const q4: Timeframe = { kind: "quarter", year: 2025, quarter: 4 };
    expect(run(q4, "2025-06-01").evidence.dueOn).toBe("2025-12-31");
    expect(run(q4, "2025-12-31").status).toBe("notDue");
    expect(run(q4, "2026-01-01").status).toBe("overdue");
    expect(run({ kind: "quarter", year: 2026, quarter: 1 }, "2026-01-01").evidence.dueOn).toBe("2026-03-31");
    expect(run(q4, "2026-01-10", [prog(2025, { state: "done", completedOn: "2025-12-30" })]).status).toBe("doneOnTime");
    expect(run(q4, "2026-01-10", [prog(2026, { state: "done", completedOn: "2026-01-05" })]).status).toBe("doneLate");
  });

  it("6 tháng đầu năm 2026 is due 30/6/2026, 6 tháng cuối năm 2025 on 31/12/2025", () => {
    const h1: Timeframe = { kind: "half", year: 2026, half: 1 };
    expect(run(h1, "2026-01-15").evidence.dueOn).toBe("2026-06-30");
    expect(run(h1, "2026-06-30", [prog(2026, { state: "inProgress" })]).status).toBe("inProgress");
    expect(run(h1, "2026-07-01", [prog(2026, { state: "inProgress" })]).status).toBe("overdue");
    expect(run({ kind: "half", year: 2025, half: 2 }, "2025-12-31").evidence.dueOn).toBe("2025-12-31");
  });

  it("6 tháng cuối năm (no year): that half of the reporting year, on that year's own report", () => {
    const h2: Timeframe = { kind: "half", year: null, half: 2 };
    expect(run(h2, "2026-03-01").evidence.dueOn).toBe("2026-12-31");
    expect(run(h2, "2026-03-01").status).toBe("notDue");
    // Last year's completion does not finish this year's half.
    expect(run(h2, "2026-03-01", [prog(2025, { state: "done" })]).status).toBe("notDue");
    expect(run({ kind: "half", year: null, half: 1 }, "2026-07-01").status).toBe("overdue");
  });

  it("Trước 30/6/2026: due that very day", () => {
    const d: Timeframe = { kind: "deadline", date: "2026-06-30" };
    expect(run(d, "2026-06-30").status).toBe("notDue");
    expect(run(d, "2026-06-30").explanation.vi).toContain("hạn 30/06/2026");
    expect(run(d, "2026-07-01").status).toBe("overdue");
    expect(run(d, "2026-08-01", [prog(2026, { state: "done", completedOn: "2026-06-30" })]).status).toBe("doneOnTime");
    expect(run(d, "2026-08-01", [prog(2026, { state: "done", completedOn: "2026-07-01" })]).status).toBe("doneLate");
  });
});

describe("recurring tasks: a report each period of the reporting year", () => {
  const quarterly: Timeframe = { kind: "recurring", every: "quarter" };

  it("before the first quarter ends → not due; after it with no report → not reported, counting the periods missed", () => {
    const early = run(quarterly, "2026-03-31");
    expect(early.status).toBe("notDue");
    expect(early.evidence.dueOn).toBe("2026-03-31");
    expect(early.explanation.vi).toBe("Kỳ báo cáo hằng quý đầu tiên của năm 2026 chưa kết thúc (kết thúc 31/03/2026).");
    const missed = run(quarterly, "2026-10-05");
    expect(missed.status).toBe("noReport");
    expect(missed.evidence.dueOn).toBe("2026-09-30");
    expect(missed.explanation.vi).toBe(
      "Đã qua 3 kỳ báo cáo hằng quý của năm 2026 (kỳ gần nhất kết thúc 30/09/2026) mà chưa có báo cáo — đề nghị đơn vị báo cáo.",
    );
  });

  it("a report for the year → in progress; completed → on time; last year's report does not count", () => {
    expect(run(quarterly, "2026-10-05", [prog(2026, { note: "Đã báo cáo quý III" })]).status).toBe("inProgress");
    expect(run(quarterly, "2026-12-20", [prog(2026, { state: "done" })]).status).toBe("doneOnTime");
    expect(run(quarterly, "2026-10-05", [prog(2025, { state: "inProgress" })]).status).toBe("noReport");
  });

  it("monthly and half-yearly periods; yearly is judged like an annual task", () => {
    expect(run({ kind: "recurring", every: "month" }, "2026-03-02").explanation.vi).toContain("Đã qua 2 kỳ báo cáo hằng tháng");
    expect(run({ kind: "recurring", every: "half" }, "2026-07-01").evidence.dueOn).toBe("2026-06-30");
    expect(run({ kind: "recurring", every: "year" }, "2026-11-15").status).toBe("noReport");
    expect(run({ kind: "recurring", every: "year" }, "2026-11-14").evidence.dueOn).toBe("2026-11-15");
  });

  it("Thường xuyên, định kỳ hằng quý báo cáo: an ongoing task that reports quarterly", () => {
    expect(run({ kind: "ongoing", report: "quarter" }, "2026-07-02").explanation.vi).toContain("Đã qua 2 kỳ báo cáo hằng quý");
    expect(run({ kind: "ongoing", report: "year" }, "2026-07-02").status).toBe("notDue");
  });
});

describe("on-occurrence tasks: Khi có phát sinh, Theo yêu cầu", () => {
  const tf: Timeframe = { kind: "onOccurrence" };

  it("never overdue without an occurrence, however late in the year", () => {
    for (const day of ["2026-01-01", "2026-11-16", "2026-12-31", "2030-12-31"]) {
      const s = run(tf, day);
      expect(s.status).toBe("waiting");
      expect(s.evidence.dueOn).toBeNull();
    }
    expect(run(tf, "2026-12-31").explanation.vi).toContain("không bị coi là quá hạn");
  });

  it("an occurrence recorded owes the year's report by the deadline; a report answers it", () => {
    const happened = [prog(2026, { triggeredOn: "2026-04-10" })];
    expect(run(tf, "2026-06-01", happened).status).toBe("notDue");
    const late = run(tf, "2026-11-15", happened);
    expect(late.status).toBe("noReport");
    expect(late.explanation.vi).toBe("Đã phát sinh ngày 10/04/2026 nhưng chưa có báo cáo, đã qua hạn báo cáo 15/11/2026 — đề nghị đơn vị báo cáo.");
    expect(run(tf, "2026-11-20", [prog(2026, { triggeredOn: "2026-04-10", state: "inProgress" })]).status).toBe("inProgress");
    expect(run(tf, "2026-11-20", [prog(2026, { triggeredOn: "2026-04-10", state: "done", completedOn: "2026-05-01" })]).status).toBe("doneOnTime");
  });
});

describe("labels: the administration's words, none a reader can confuse", () => {
  it("one label per status, all different, none a prefix-free variant of another", () => {
    const labels = TaskStatusCodeSchema.options.map((c) => taskStatusLabel(c));
    expect(labels).toEqual([
      "Đã hoàn thành đúng hạn",
      "Đã hoàn thành quá hạn",
      "Đang thực hiện trong hạn",
      "Đang thực hiện chậm tiến độ",
      "Đang thực hiện quá hạn",
      "Chưa đến hạn",
      "Chờ điều kiện",
      "Chưa báo cáo",
      "Số liệu cần sửa",
    ]);
    // "Chậm" and "Chậm tiến độ" both existed: no label may be contained in another.
    for (const a of labels) for (const b of labels) if (a !== b) expect(b.toLowerCase()).not.toContain(a.toLowerCase());
    const en = TaskStatusCodeSchema.options.map((c) => taskStatusLabel(c, "en"));
    expect(new Set(en).size).toBe(en.length);
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

describe("the reporting year when the next one is already being prepared", () => {
  // 5/12/2026, after Đồng Tháp's consolidation (30/11): the year being prepared is 2027.
  const at = (timeframe: Timeframe, progress: TaskProgress[] = []) =>
    taskStatus({ task: task(timeframe), progress, asOf: "2026-12-05", year: 2027, programme, reportDeadline: "11-15" });

  it("annual tasks are judged on the 2027 rows, due 15/11/2027", () => {
    const s = at({ kind: "annual" }, [prog(2027, { state: "inProgress" })]);
    expect(s.status).toBe("inProgress");
    expect(at({ kind: "annual" }).status).toBe("notDue");
    expect(at({ kind: "annual" }).evidence.dueOn).toBe("2027-11-15");
  });

  it("a one-off task due at the end of 2026 is judged on the day itself: not overdue yet", () => {
    expect(at({ kind: "years", years: [2026] }).status).toBe("notDue");
    expect(at({ kind: "recurring", every: "quarter" }).status).toBe("notDue");
  });
});
