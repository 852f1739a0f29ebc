import { PlanSchema, type Plan } from "../../../core/model";
import { SAMPLE_PLAN_IDS, SampleSchema, loadSample, loadTemplate, type Sample } from "../../../core/template";

function plan(id: string): Plan {
  const p = loadTemplate(id).plan;
  if (!p) throw new Error(`no template ${id}`);
  return PlanSchema.parse(p);
}
function sample(id: string): Sample {
  const { sample: s, error } = loadSample(id);
  if (!s) throw new Error(error?.vi ?? "no sample");
  return s;
}

const dtPlan = plan("dong-thap-328-2024");
const dt = sample("dong-thap-328-2024");
const hdPlan = plan("hai-duong-1768-2022");
const hd = sample("hai-duong-1768-2022");

/** indicatorId → cells by year. */
function cells(s: Sample): Map<string, Map<number, string | number>> {
  const m = new Map<string, Map<number, string | number>>();
  for (const v of s.values) {
    const row = m.get(v.indicatorId) ?? new Map<number, string | number>();
    row.set(v.year, v.cell);
    m.set(v.indicatorId, row);
  }
  return m;
}

describe("bundled samples: shape and references", () => {
  it("ships the Đồng Tháp sample (and a Hải Dương one for conditional and overdue tasks)", () => {
    expect(SAMPLE_PLAN_IDS).toEqual(["dong-thap-328-2024", "hai-duong-1768-2022"]);
  });

  it.each([
    [dt, dtPlan],
    [hd, hdPlan],
  ])("validates and refers only to existing rows, within the plan's years", (s, p) => {
    expect(SampleSchema.safeParse(s).success).toBe(true);
    expect(s.planId).toBe(p.id);
    const indicators = new Set(p.indicators.map((i) => i.id));
    const tasks = new Set(p.tasks.map((t) => t.id));
    for (const b of s.baselines) {
      expect(indicators.has(b.indicatorId)).toBe(true);
      expect(b.year).toBeLessThan(p.period.from);
    }
    for (const x of [...s.values, ...s.assessments]) {
      expect(indicators.has(x.indicatorId)).toBe(true);
      expect(x.year).toBeGreaterThanOrEqual(p.period.from);
      expect(x.year).toBeLessThanOrEqual(s.asOf);
    }
    for (const t of s.taskProgress) {
      expect(tasks.has(t.taskId)).toBe(true);
      expect(t.year).toBeGreaterThanOrEqual(p.period.from);
      expect(t.year).toBeLessThanOrEqual(s.asOf);
      if (t.completedOn) expect(t.state).toBe("Hoàn thành");
    }
    const keys = [...s.values.map((v) => `v ${v.indicatorId} ${v.year}`), ...s.taskProgress.map((t) => `t ${t.taskId} ${t.year}`)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is clearly labelled as sample data", () => {
    for (const s of [dt, hd]) {
      expect(s.label.vi).toBe("DỮ LIỆU MẪU — số liệu minh họa, không phải số liệu thật của tỉnh");
      expect(s.label.en).toMatch(/^SAMPLE DATA/);
    }
    expect(dt.asOf).toBe(2026);
    expect(hd.asOf).toBe(2025);
  });

  it("an unknown plan gets a message naming the plans with samples", () => {
    const { sample: s, error } = loadSample("ha-noi-1-2025");
    expect(s).toBeNull();
    expect(error?.code).toBe("template.noSample");
    expect(error?.vi).toContain("dong-thap-328-2024");
  });
});

describe("Đồng Tháp sample: content that makes every status and message appear", () => {
  const byRow = cells(dt);

  it("reports 2024–2026 with 2023 baselines, mostly numbers, some typed the Vietnamese way", () => {
    expect(new Set(dt.values.map((v) => v.year))).toEqual(new Set([2024, 2025, 2026]));
    expect(new Set(dt.baselines.map((b) => b.year))).toEqual(new Set([2023]));
    const numbers = dt.values.filter((v) => typeof v.cell === "number").length;
    expect(numbers).toBeGreaterThan(dt.values.length / 3);
    expect(byRow.get("4.1")?.get(2026)).toBe("19,7");
    expect(byRow.get("9.1")?.get(2025)).toBe("1.150");
  });

  it("contains the deliberately wrong cells", () => {
    expect(byRow.get("2.6")?.get(2026)).toBe("abc");
    expect(byRow.get("9.1")?.get(2026)).toBe("1,234");
    expect(byRow.get("8.3")?.get(2025)).toBe("105");
    expect(dtPlan.indicators.find((i) => i.id === "8.3")?.unit).toBe("%");
    expect(byRow.get("5.12")?.get(2026)).toBe("5 người");
    expect(dtPlan.indicators.find((i) => i.id === "5.12")?.unit).toBe("%");
    expect(byRow.get("5.10")?.get(2024)).toBe("1.5");
  });

  it("plausible values: unemployment about 2,5–3,5 %, HDI about 0,7, full coverage rows at 100", () => {
    expect([...(byRow.get("2.1")?.values() ?? [])]).toEqual(["2,45", "2,8", "2,62"]);
    expect([...(byRow.get("3.1")?.values() ?? [])]).toEqual(["0,698", "0,703", "0,707"]);
    expect([...(byRow.get("5.2")?.values() ?? [])]).toEqual([100, 100, 100]);
  });

  it("has rows for each status: single value without baseline, no value, '-' target, qualitative", () => {
    const base = new Set(dt.baselines.map((b) => b.indicatorId));
    const single = [...byRow.entries()].filter(([id, m]) => m.size === 1 && !base.has(id)).map(([id]) => id);
    expect(single).toEqual(expect.arrayContaining(["3.3", "5.6", "6.13", "7.4/3", "9.5", "10.7"]));
    const withTarget = dtPlan.indicators.filter((i) => i.targets["2030"] && i.targets["2030"].parsed.kind !== "none");
    const empty = withTarget.filter((i) => !byRow.has(i.id) && i.scale === null).map((i) => i.id);
    expect(empty).toEqual(["3.4", "5.9", "5.17", "7.11", "8.8", "10.8"]);
    const dash2030 = dtPlan.indicators.filter((i) => i.targets["2030"]?.raw === "-" && byRow.has(i.id)).map((i) => i.id);
    expect(dash2030).toEqual(["5.10", "5.11", "7.7", "10.2/1"]);
    expect(dt.assessments).toEqual([
      { indicatorId: "4.5", year: 2025, text: "Tiểu học" },
      { indicatorId: "9.2", year: 2025, text: "Giải quyết cơ bản" },
    ]); // 7.10 left for a person to assess
  });

  it("some agencies send nothing at all (chưa báo cáo)", () => {
    for (const agency of ["so-tu-phap", "ban-ql-kkt", "so-vhttdl", "cong-an-tinh"]) {
      const rows = dtPlan.indicators.filter((i) => i.lead.ids.includes(agency)).map((i) => i.id);
      const tasks = dtPlan.tasks.filter((t) => t.lead.ids.includes(agency)).map((t) => t.id);
      expect(rows.length + tasks.length).toBeGreaterThan(0);
      expect(dt.values.filter((v) => rows.includes(v.indicatorId))).toEqual([]);
      expect(dt.taskProgress.filter((p) => tasks.includes(p.taskId))).toEqual([]);
    }
  });

  it("task progress uses all three states, percents on period tasks, evidence on completions", () => {
    expect(new Set(dt.taskProgress.map((p) => p.state))).toEqual(new Set(["Chưa triển khai", "Đang triển khai", "Hoàn thành"]));
    const reported = new Set(dt.taskProgress.map((p) => p.taskId));
    expect(dtPlan.tasks.filter((t) => !reported.has(t.id)).map((t) => t.id)).toEqual(["I.2", "II.7", "VI.3.1", "VI.3.2"]);
    const period2026 = dt.taskProgress.filter(
      (p) => p.year === 2026 && dtPlan.tasks.find((t) => t.id === p.taskId)?.timeframe.timeframe.kind === "period",
    );
    const percents = period2026.map((p) => p.percent ?? 0);
    expect(Math.min(...percents)).toBeLessThan(25); // late
    expect(Math.max(...percents)).toBe(100); // done
    expect(dt.taskProgress.find((p) => p.taskId === "IV.1" && p.year === 2026)).toMatchObject({
      state: "Hoàn thành",
      percent: 100,
      completedOn: "2026-09-15",
      evidence: "Quyết định số 1234/QĐ-UBND ngày 15/9/2026",
    });
  });
});

describe("Hải Dương sample: conditional and overdue tasks", () => {
  const conditional = hdPlan.tasks.filter((t) => t.timeframe.timeframe.kind === "conditional").map((t) => t.id);

  it("some conditional tasks have their trigger recorded, others still wait", () => {
    const triggered = new Set(hd.taskProgress.filter((p) => p.triggeredOn !== null).map((p) => p.taskId));
    expect([...triggered].every((id) => conditional.includes(id))).toBe(true);
    expect(conditional.filter((id) => triggered.has(id))).toEqual(["III.3", "III.4", "IV.3", "IV.10"]);
    expect(conditional.filter((id) => !triggered.has(id))).toEqual(["II.7", "IV.1", "IV.2", "IV.5"]);
  });

  it("one-off 2022 tasks left unfinished, and completions with a document as evidence", () => {
    const last = (id: string) => hd.taskProgress.filter((p) => p.taskId === id).pop();
    expect(last("II.8")).toMatchObject({ state: "Đang triển khai", percent: 95 });
    const done = hd.taskProgress.filter((p) => p.state === "Hoàn thành" && p.completedOn !== null);
    expect(done.length).toBeGreaterThan(10);
    expect(done.every((p) => p.evidence !== null)).toBe(true);
    expect(last("II.2")).toMatchObject({ year: 2023, completedOn: "2023-04-20" }); // due 2022: done late
  });
});
