import { defaultRegistry } from "../../../core/agency";
import { PlanSchema } from "../../../core/model";
import { PlanSourceSchema, needsEvidence, planFromSource, planJson, type PlanSource } from "../../../core/template";

const LDTBXH = "Sở Lao động - Thương binh và Xã hội";
const GROUP = "Các sở, ban, ngành liên quan; UBND các huyện, thành phố";

const measured = {
  unit: "%",
  direction: "increase" as const,
  lead: LDTBXH,
  partners: GROUP,
  leadInherited: false,
  partnersInherited: false,
};

/** A small source in the shape of the seed plans: an un-coded indicator, sub-rows, a sub-area. */
function source(overrides: Partial<PlanSource> = {}): PlanSource {
  return PlanSourceSchema.parse({
    id: "thu-nghiem",
    number: "1/KH-UBND",
    province: "Thử nghiệm",
    issuedOn: "2024-01-02",
    title: "KẾ HOẠCH THỬ NGHIỆM",
    templateVersion: "1.0.0",
    milestoneYears: [2025, 2030],
    period: { from: 2024, to: 2030 },
    reporting: { agencyDeadline: "15/11", consolidationDeadline: "30/11" },
    projection: "linear",
    coordinator: LDTBXH,
    notes: [],
    indicatorRows: [
      { row: "area", code: "1.", name: "Nhóm một", lead: null, partners: null },
      { row: "indicator", code: "", name: "Chỉ tiêu không mã", targets: { "2030": "100", "2025": "100" }, ...measured },
      { row: "area", code: "2.", name: "Nhóm hai", lead: "Sở Y tế", partners: GROUP },
      { row: "indicator", code: "2.1", name: "Thất nghiệp", targets: { "2025": "<3", "2030": "-" }, ...measured, direction: "decrease" },
      { row: "subrow", code: "", name: "Thành thị", targets: { "2025": "28-30" }, ...measured },
      { row: "subrow", code: "", name: "Nông thôn", targets: {}, ...measured, direction: "none" },
      { row: "indicator", code: "2.2", name: "Bậc học", targets: { "2025": "Tiểu học", "2030": "THCS" }, ...measured, direction: "none" },
      { row: "indicator", code: "2.3", name: "Nước sạch", unit: "", targets: {}, direction: "none", lead: null, partners: null, leadInherited: false, partnersInherited: false },
      { row: "subrow", code: "", name: "Thành thị", targets: { "2030": "100" }, ...measured, lead: "Sở Xây dựng", partners: "UBND các huyện, thành phố" },
      { row: "subrow", code: "", name: "Nông thôn", targets: { "2030": "98" }, ...measured, lead: "Sở Nông nghiệp và Phát triển nông thôn", partners: "UBND các huyện, thành phố", partnersInherited: true },
    ],
    taskRows: [
      { row: "section", code: "I", name: "Mục một" },
      { row: "task", code: "1.", text: "Việc một", lead: LDTBXH, partners: GROUP, timeframe: "Hằng năm", approvalLevel: null, expectedOutput: null, leadInherited: false, partnersInherited: false, timeframeInherited: false },
      { row: "section", code: "II", name: "Mục hai" },
      { row: "subarea", code: "1", name: "Về giáo dục" },
      { row: "task", code: "1.2", text: "Việc hai", lead: "Sở Giáo dục và Đào tạo", partners: GROUP, timeframe: "Giai đoạn 2024 - 2030", approvalLevel: "UBND tỉnh", expectedOutput: "Kế hoạch", leadInherited: false, partnersInherited: false, timeframeInherited: false },
    ],
    ...overrides,
  });
}

describe("planFromSource", () => {
  const { plan, problems } = planFromSource(source(), defaultRegistry);
  const ind = (id: string) => {
    const found = plan.indicators.find((i) => i.id === id);
    if (!found) throw new Error(`no indicator ${id}`);
    return found;
  };

  it("gives a valid plan with no problems for clean input", () => {
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(problems).toEqual([]);
  });

  it("numbers rows: un-coded <area>/1, sub-rows <parent>/<n>, area without its dot", () => {
    expect(plan.indicators.map((i) => [i.id, i.code, i.parent, i.area])).toEqual([
      ["1/1", "", null, "1"],
      ["2.1", "2.1", null, "2"],
      ["2.1/1", "", "2.1", "2"],
      ["2.1/2", "", "2.1", "2"],
      ["2.2", "2.2", null, "2"],
      ["2.3", "2.3", null, "2"],
      ["2.3/1", "", "2.3", "2"],
      ["2.3/2", "", "2.3", "2"],
    ]);
  });

  it("keeps area codes as printed and matches area agencies only when printed", () => {
    expect(plan.areas).toEqual([
      { code: "1.", name: "Nhóm một", lead: null, partners: null },
      {
        code: "2.",
        name: "Nhóm hai",
        lead: { raw: "Sở Y tế", ids: ["so-y-te"], unknown: [] },
        partners: { raw: GROUP, ids: ["so-ban-nganh", "ubnd-cac-huyen"], unknown: [] },
      },
    ]);
  });

  it("parses every printed target year, raw kept, years in order", () => {
    expect(Object.keys(ind("1/1").targets)).toEqual(["2025", "2030"]);
    expect(ind("2.1").targets["2025"]).toMatchObject({ raw: "<3", parsed: { kind: "max", hi: 3 } });
    expect(ind("2.1").targets["2030"]).toMatchObject({ raw: "-", parsed: { kind: "none" } });
    expect(ind("2.1/1").targets).toEqual({ "2025": expect.objectContaining({ raw: "28-30", parsed: expect.objectContaining({ kind: "range", lo: 28, hi: 30 }) }) });
    expect(ind("2.1/2").targets).toEqual({});
    expect(ind("2.1")).toMatchObject({ direction: "decrease", directionSource: "template", projection: null, scale: null });
  });

  it("sets the scale of a qualitative target from the named default scale", () => {
    expect(ind("2.2").scale).toEqual(["Mầm non", "Tiểu học", "THCS", "THPT"]);
  });

  it("derives the lead and partners of a row without its own from its sub-rows", () => {
    expect(ind("2.3").lead).toEqual({
      raw: "Sở Xây dựng; Sở Nông nghiệp và Phát triển nông thôn",
      ids: ["so-xay-dung", "so-nnptnt"],
      unknown: [],
    });
    expect(ind("2.3").partners).toEqual({ raw: "UBND các huyện, thành phố", ids: ["ubnd-cac-huyen"], unknown: [] });
  });

  it("builds sections, sub-areas and task ids", () => {
    expect(plan.sections).toEqual([
      { code: "I", name: "Mục một", parent: null },
      { code: "II", name: "Mục hai", parent: null },
      { code: "1", name: "Về giáo dục", parent: "II" },
    ]);
    expect(plan.tasks.map((t) => [t.id, t.section, t.subArea, t.code])).toEqual([
      ["I.1", "I", null, "1."],
      ["II.1.2", "II", "1", "1.2"],
    ]);
    expect(plan.tasks[1]).toMatchObject({
      timeframe: { text: "Giai đoạn 2024 - 2030", timeframe: { kind: "period", from: 2024, to: 2030 } },
      approvalLevel: "UBND tỉnh",
      expectedOutput: "Kế hoạch",
      evidenceRequired: true,
    });
    expect(plan.tasks[0]).toMatchObject({ approvalLevel: null, expectedOutput: null, evidenceRequired: false });
  });

  it("reports unreadable targets and timeframes and unknown agencies, anchored to the source row", () => {
    const src = source();
    const rows = src.indicatorRows.map((r) => (r.row === "indicator" && r.code === "2.1" ? { ...r, targets: { "2025": "1,234" }, lead: "Sở Lao động và Vui chơi" } : r));
    const tasks = src.taskRows.map((r) => (r.row === "task" && r.code === "1." ? { ...r, timeframe: "Quý 5" } : r));
    const { plan: p, problems: found } = planFromSource({ ...src, indicatorRows: rows, taskRows: tasks }, defaultRegistry);
    expect(found.map((f) => [f.sheet, f.row, f.column, f.severity, f.code])).toEqual([
      ["indicatorRows", 3, "target:2025", "error", "number.ambiguous"],
      ["indicatorRows", 3, "lead", "warning", "agency.unknown"],
      ["taskRows", 1, "timeframe", "error", "timeframe.unknown"],
    ]);
    expect(found[1].message.vi).toContain("Sở Lao động và Vui chơi");
    expect(found.every((f) => f.suggestion !== null)).toBe(true);
    expect(p.indicators.find((i) => i.id === "2.1")?.lead).toEqual({ raw: "Sở Lao động và Vui chơi", ids: [], unknown: ["Sở Lao động và Vui chơi"] });
  });

  it("is deterministic: the same source gives the same bytes", () => {
    expect(planJson(planFromSource(source(), defaultRegistry).plan)).toBe(planJson(plan));
  });
});

describe("needsEvidence", () => {
  it("asks for evidence when the plan names an output", () => {
    expect(needsEvidence("Kế hoạch")).toBe(true);
    expect(needsEvidence("Quyết định/Kế hoạch")).toBe(true);
    expect(needsEvidence("Tin, bài tuyên truyền")).toBe(true);
    expect(needsEvidence(null)).toBe(false);
    expect(needsEvidence("  ")).toBe(false);
  });
});
