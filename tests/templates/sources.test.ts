import * as fs from "fs";
import * as path from "path";
import {
  PlanSourceSchema,
  type IndicatorRow,
  type IndicatorSourceRow,
  type IndicatorSubRow,
  type PlanSource,
  type TaskRow,
  type TaskSourceRow,
} from "../../core/template";
import { collapseSpaces, nfc } from "../../core/text";

const REPO = path.resolve(__dirname, "../..");
const SEEDS = path.resolve(__dirname, "../fixtures/seeds");

function loadRaw(id: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(REPO, "templates/sources", `${id}.json`), "utf8"));
}
function load(id: string): PlanSource {
  return PlanSourceSchema.parse(loadRaw(id));
}
/** Seed lines, 1-based (index 0 unused), in NFC with whitespace runs collapsed. */
function seedLines(file: string): string[] {
  return ["", ...fs.readFileSync(path.join(SEEDS, file), "utf8").split("\n").map((l) => collapseSpaces(nfc(l)))];
}

const dt = load("dong-thap-328-2024");
const hd = load("hai-duong-1768-2022");
const dtSeed = seedLines("000_84ae7c34164489dd.txt");
const hdSeed = seedLines("004_810d7108bad62277.txt");

type Measured = IndicatorRow | IndicatorSubRow;
const measured = (rows: IndicatorSourceRow[]): Measured[] =>
  rows.filter((r): r is Measured => r.row !== "area");
const tasks = (rows: TaskSourceRow[]): TaskRow[] => rows.filter((r): r is TaskRow => r.row === "task");

/** Indicator by code; sub-rows by "<code>/<n>" (n from 1). */
function ind(ref: string): Measured {
  const [code, sub] = ref.split("/");
  const rows = dt.indicatorRows;
  const i = rows.findIndex((r) => r.row === "indicator" && r.code === code);
  if (i < 0) throw new Error(`no indicator ${code}`);
  const r = sub === undefined ? rows[i] : rows[i + Number(sub)];
  if (!r || r.row === "area" || (sub !== undefined && r.row !== "subrow")) throw new Error(`no row ${ref}`);
  return r;
}

/** Task by "<section>.<code>" or "<section>.<subArea>.<n>" (VI.2.3). */
function task(src: PlanSource, ref: string): TaskRow {
  const [section, ...rest] = ref.split(".");
  let sec: string | null = null;
  for (const r of src.taskRows) {
    if (r.row === "section") sec = r.code;
    else if (r.row === "task" && sec === section && r.code.replace(/\.$/, "") === rest.join(".")) return r;
  }
  throw new Error(`no task ${ref}`);
}

describe("template sources: schema", () => {
  it("both source files validate", () => {
    expect(PlanSourceSchema.safeParse(loadRaw("dong-thap-328-2024")).success).toBe(true);
    expect(PlanSourceSchema.safeParse(loadRaw("hai-duong-1768-2022")).success).toBe(true);
  });

  it("rejects a sub-row with no indicator above it", () => {
    const bad = structuredClone(loadRaw("dong-thap-328-2024")) as PlanSource;
    // Replace area 1's only indicator by a sub-row: it now hangs directly under the area row.
    bad.indicatorRows.splice(1, 1, { ...(ind("4.1/1") as IndicatorSubRow) });
    const res = PlanSourceSchema.safeParse(bad);
    expect(res.success).toBe(false);
    if (!res.success) expect(res.error.issues.map((i) => i.message)).toContain("source.subrowWithoutParent");
  });

  it("rejects an inherited cell that differs from the row above", () => {
    const bad = structuredClone(loadRaw("dong-thap-328-2024")) as PlanSource;
    const i = bad.indicatorRows.findIndex((r) => r.row === "indicator" && r.code === "2.3");
    (bad.indicatorRows[i] as IndicatorRow).lead = "Sở Y tế";
    const res = PlanSourceSchema.safeParse(bad);
    expect(res.success).toBe(false);
    if (!res.success) {
      expect(res.error.issues.map((x) => [x.path.join("."), x.message])).toContainEqual([
        `indicatorRows.${i}.lead`,
        "source.inheritedLeadMismatch",
      ]);
    }
  });

  it("rejects duplicate task codes in one section and a target year that is not a milestone", () => {
    const bad = structuredClone(loadRaw("hai-duong-1768-2022")) as PlanSource;
    bad.taskRows.splice(2, 0, structuredClone(bad.taskRows[1]));
    const res = PlanSourceSchema.safeParse(bad);
    expect(res.success).toBe(false);
    if (!res.success) expect(res.error.issues.map((i) => i.message)).toContain("source.duplicateCode");

    const bad2 = structuredClone(loadRaw("dong-thap-328-2024")) as PlanSource;
    const j = bad2.indicatorRows.findIndex((r) => r.row === "indicator" && r.code === "2.1");
    (bad2.indicatorRows[j] as IndicatorRow).targets = { "2026": "<3" };
    const res2 = PlanSourceSchema.safeParse(bad2);
    expect(res2.success).toBe(false);
    if (!res2.success) expect(res2.error.issues.map((i) => i.message)).toContain("source.targetYearNotMilestone");
  });
});

describe("template sources: plan metadata", () => {
  it("Đồng Tháp 328/KH-UBND", () => {
    expect(dt).toMatchObject({
      id: "dong-thap-328-2024",
      number: "328/KH-UBND",
      province: "Đồng Tháp",
      issuedOn: "2024-10-07",
      milestoneYears: [2025, 2030],
      period: { from: 2024, to: 2030 },
      reporting: { agencyDeadline: "15/11", consolidationDeadline: "30/11" },
      projection: "linear",
      coordinator: "Sở Lao động - Thương binh và Xã hội",
    });
    expect(dt.title.startsWith("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 68/NQ-CP")).toBe(true);
    expect(dtSeed).toContain(dt.title);
    // The deadlines are the plan's own words.
    expect(dtSeed.some((l) => l.includes("(trước ngày 15/11)"))).toBe(true);
    expect(dtSeed.some((l) => l.includes("trước ngày 30/11 hằng năm"))).toBe(true);
  });

  it("Hải Dương 1768/KH-UBND", () => {
    expect(hd).toMatchObject({
      id: "hai-duong-1768-2022",
      number: "1768/KH-UBND",
      province: "Hải Dương",
      issuedOn: "2022-06-20",
      milestoneYears: [2025],
      period: { from: 2021, to: 2025 },
      reporting: { agencyDeadline: "10/12", consolidationDeadline: null },
      coordinator: "Sở Lao động - Thương binh và Xã hội",
      indicatorRows: [],
    });
    expect(hdSeed).toContain(hd.title);
    expect(hdSeed.some((l) => l.includes("(trước ngày 10/12)"))).toBe(true);
  });
});

describe("template sources: Đồng Tháp Phụ lục I counts and order", () => {
  const rows = dt.indicatorRows;
  const areas = rows.filter((r) => r.row === "area");
  const indicators = rows.filter((r) => r.row === "indicator");
  const subrows = rows.filter((r) => r.row === "subrow");

  it("has 10 areas, 89 indicators (88 coded + 1 un-coded) and 16 sub-rows", () => {
    expect(areas.map((a) => a.code)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."]);
    expect(indicators).toHaveLength(89);
    expect(indicators.filter((r) => r.code !== "")).toHaveLength(88);
    expect(indicators.filter((r) => r.code === "")).toHaveLength(1);
    expect(subrows).toHaveLength(16);
  });

  it("codes run 2.1–10.10 in table order, each once", () => {
    const perArea: Record<number, number> = { 2: 6, 3: 5, 4: 9, 5: 18, 6: 13, 7: 14, 8: 8, 9: 5, 10: 10 };
    const expected = Object.entries(perArea).flatMap(([a, n]) => Array.from({ length: n }, (_, i) => `${a}.${i + 1}`));
    const codes = indicators.map((r) => r.code).filter((c) => c !== "");
    expect(codes).toEqual(expected);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("the un-coded indicator is the only row of area 1", () => {
    expect(rows[0]).toMatchObject({ row: "area", code: "1.", name: "Ưu đãi người có công với cách mạng" });
    expect(rows[1]).toMatchObject({
      row: "indicator",
      code: "",
      name: "Tỷ lệ người có công và gia đình có mức sống từ trung bình khá trở lên so với mức sống của cộng đồng dân cư nơi cư trú",
      unit: "%",
      targets: { "2025": "100", "2030": "100" },
      lead: "Sở Lao động - Thương binh và Xã hội",
    });
    expect(rows[2]).toMatchObject({ row: "area", code: "2." });
  });

  it("sub-rows sit under 4.1 (2), 7.4 (4), 8.1 (2), 9.3 (2), 9.4 (2), 10.1 (2), 10.2 (2)", () => {
    const count: Record<string, number> = {};
    let parent = "";
    for (const r of rows) {
      if (r.row === "indicator") parent = r.code;
      if (r.row === "subrow") count[parent] = (count[parent] ?? 0) + 1;
    }
    expect(count).toEqual({ "4.1": 2, "7.4": 4, "8.1": 2, "9.3": 2, "9.4": 2, "10.1": 2, "10.2": 2 });
  });
});

describe("template sources: task tables counts and order", () => {
  function shape(src: PlanSource) {
    const out: { section: string; subArea: string | null; codes: string[] }[] = [];
    let sec = "";
    let sub: string | null = null;
    for (const r of src.taskRows) {
      if (r.row === "section") {
        sec = r.code;
        sub = null;
      } else if (r.row === "subarea") sub = r.code;
      else {
        const last = out[out.length - 1];
        if (last && last.section === sec && last.subArea === sub) last.codes.push(r.code);
        else out.push({ section: sec, subArea: sub, codes: [r.code] });
      }
    }
    return out;
  }
  const seq = (n: number, fmt: (i: number) => string) => Array.from({ length: n }, (_, i) => fmt(i + 1));

  it("Đồng Tháp Phụ lục II: 7 sections, 64 tasks, section VI with sub-areas 1–6", () => {
    const sections = dt.taskRows.filter((r) => r.row === "section");
    expect(sections.map((s) => s.code)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    expect(tasks(dt.taskRows)).toHaveLength(64);
    const subAreas = dt.taskRows.filter((r) => r.row === "subarea");
    expect(subAreas.map((s) => [s.code, s.name])).toEqual([
      ["1", "Về giáo dục"],
      ["2", "Về y tế"],
      ["3", "Về văn hóa"],
      ["4", "Về thông tin"],
      ["5", "Về nhà ở"],
      ["6", "Về nước sạch, vệ sinh môi trường"],
    ]);
    const dot = (i: number) => `${i}.`;
    const vi = (a: number) => (i: number) => `${a}.${i}`;
    expect(shape(dt)).toEqual([
      { section: "I", subArea: null, codes: seq(2, dot) },
      { section: "II", subArea: null, codes: seq(7, dot) },
      { section: "III", subArea: null, codes: seq(5, dot) },
      { section: "IV", subArea: null, codes: seq(11, dot) },
      { section: "V", subArea: null, codes: seq(9, dot) },
      { section: "VI", subArea: "1", codes: seq(3, vi(1)) },
      { section: "VI", subArea: "2", codes: seq(5, vi(2)) },
      { section: "VI", subArea: "3", codes: seq(2, vi(3)) },
      { section: "VI", subArea: "4", codes: seq(2, vi(4)) },
      { section: "VI", subArea: "5", codes: seq(5, vi(5)) },
      { section: "VI", subArea: "6", codes: seq(3, vi(6)) },
      { section: "VII", subArea: null, codes: seq(10, dot) },
    ]);
  });

  it("the header row repeated after II.1 is not a row", () => {
    const all = dt.taskRows.map((r) => (r.row === "task" ? r.text : r.name));
    for (const h of ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]) expect(all).not.toContain(h);
    expect(task(dt, "II.2").text.startsWith("Nâng cao năng lực, hiệu quả quản lý nhà nước")).toBe(true);
  });

  it("Hải Dương Phụ lục: 5 sections, 35 tasks", () => {
    const plain = (i: number) => String(i);
    expect(shape(hd)).toEqual([
      { section: "I", subArea: null, codes: seq(3, plain) },
      { section: "II", subArea: null, codes: seq(9, plain) },
      { section: "III", subArea: null, codes: seq(9, plain) },
      { section: "IV", subArea: null, codes: seq(12, plain) },
      { section: "V", subArea: null, codes: seq(2, plain) },
    ]);
    expect(tasks(hd.taskRows)).toHaveLength(35);
  });
});

describe("template sources: text is as printed", () => {
  /** Documented normalisations of extraction artefacts: printed (collapsed) → stored. */
  const NORMALISED: Record<string, string> = { "m 2 sàn/ người": "m2 sàn/người" };

  function cellValues(src: PlanSource): string[] {
    const out: string[] = [];
    for (const r of src.indicatorRows) {
      out.push(r.code, r.name);
      if (r.lead) out.push(...r.lead.split("\n"));
      if (r.partners) out.push(r.partners);
      if (r.row !== "area") out.push(r.unit, ...Object.values(r.targets));
    }
    for (const r of src.taskRows) {
      if (r.row !== "task") out.push(r.code, r.name);
      else out.push(r.code, r.text, r.lead, r.partners, r.timeframe, r.approvalLevel ?? "", r.expectedOutput ?? "");
    }
    return out.filter((s) => s !== "");
  }

  function expectAllPrinted(src: PlanSource, seed: string[], from: number, to: number) {
    const region = new Set(seed.slice(from, to + 1));
    for (const v of cellValues(src)) {
      const printed = region.has(v) || Object.entries(NORMALISED).some(([p, s]) => s === v && region.has(p));
      if (!printed) throw new Error(`not printed in the seed table: «${v}»`);
    }
  }

  it("every Đồng Tháp cell value (names, units, targets, agencies, timeframes) is a seed line", () => {
    // Each appendix against its own region of the seed (Phụ lục I: 62–638, Phụ lục II: 647–929).
    expectAllPrinted({ ...dt, taskRows: [] }, dtSeed, 62, 638);
    expectAllPrinted({ ...dt, indicatorRows: [] }, dtSeed, 647, 929);
  });

  it("every Hải Dương cell value is a seed line", () => {
    expectAllPrinted(hd, hdSeed, 360, 868);
  });

  it("every seed table line is used by some row (nothing dropped), headers aside", () => {
    const check = (src: PlanSource, seed: string[], from: number, to: number, skip: number[] = []) => {
      const values = new Set(cellValues(src));
      for (let n = from; n <= to; n++) {
        const line = seed[n];
        if (line === "" || skip.includes(n)) continue;
        const stored = NORMALISED[line] ?? line;
        if (!values.has(stored)) throw new Error(`seed line ${n} not transcribed: «${line}»`);
      }
    };
    check({ ...dt, taskRows: [] }, dtSeed, 62, 638);
    check({ ...dt, indicatorRows: [] }, dtSeed, 647, 929, [666, 667, 668, 669, 670]);
    check(hd, hdSeed, 360, 868);
  });

  it("names and codes stand on the row's own seed line", () => {
    for (const r of dt.indicatorRows) {
      const at = r.seedLine ?? 0;
      if (r.code !== "") {
        expect([r.code, dtSeed[at + 1]]).toEqual([dtSeed[at], r.name]);
      } else {
        expect(dtSeed[at]).toBe(r.name);
      }
    }
    for (const src of [dt, hd]) {
      const seed = src === dt ? dtSeed : hdSeed;
      for (const r of src.taskRows) {
        const at = r.seedLine ?? 0;
        expect(seed[at]).toBe(r.code);
        const next = seed.slice(at + 1).find((l) => l !== "");
        expect(next).toBe(r.row === "task" ? r.text : r.name);
      }
    }
  });

  it("every string is NFC, trimmed, without doubled spaces", () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk({ ...dt, notes: [] });
    walk({ ...hd, notes: [] });
    for (const s of strings) {
      expect(s).toBe(s.normalize("NFC"));
      for (const line of s.split("\n")) expect(line).toBe(collapseSpaces(line));
    }
  });

  it("every normalisation is documented in notes", () => {
    expect(dt.notes.some((n) => n.includes("m 2  sàn/ người") && n.includes("m2 sàn/người"))).toBe(true);
    expect(dt.notes.some((n) => n.startsWith("10.1/2: name:"))).toBe(true);
    expect(dt.notes.some((n) => n.startsWith("I.2: text:"))).toBe(true);
  });
});

describe("template sources: merged cells and directions", () => {
  it("indicators: lead is missing only for 10.1, whose sub-rows carry their own", () => {
    const noLead = measured(dt.indicatorRows).filter((r) => r.lead === null);
    expect(noLead.map((r) => r.name)).toEqual(["Tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn"]);
  });

  it("tasks: inherited cells never cross a section or sub-area (first task of each group owns its cells)", () => {
    for (const src of [dt, hd]) {
      let first = true;
      for (const r of src.taskRows) {
        if (r.row !== "task") first = true;
        else {
          if (first) expect([r.leadInherited, r.partnersInherited, r.timeframeInherited]).toEqual([false, false, false]);
          first = false;
        }
      }
    }
    expect(tasks(hd.taskRows).some((t) => t.leadInherited || t.partnersInherited || t.timeframeInherited)).toBe(false);
  });

  it("direction: '<x' implies decrease; no target (or only '-') implies none", () => {
    for (const r of measured(dt.indicatorRows)) {
      const t = Object.values(r.targets);
      if (t.some((v) => v.startsWith("<"))) expect(r.direction).toBe("decrease");
      if (t.every((v) => v === "-")) expect(r.direction).toBe("none");
    }
    const decreasing = measured(dt.indicatorRows).filter((r) => r.direction === "decrease").map((r) => r.name);
    expect(decreasing).toEqual([
      "Tỷ lệ thất nghiệp",
      "Tỷ lệ thất nghiệp khu vực thành thị",
      "Tỷ lệ việc làm phi chính thức",
      "Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội",
      "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi",
    ]);
  });
});

describe("template sources: spot checks (hand-written from the seed)", () => {
  it("2.1 has a two-line lead; 2.2–2.4 inherit it and the partners", () => {
    expect(ind("2.1")).toMatchObject({
      name: "Tỷ lệ thất nghiệp",
      unit: "%",
      targets: { "2025": "<3", "2030": "<3" },
      direction: "decrease",
      lead: "- Sở Lao động - Thương binh và Xã hội chủ trì tham mưu thực hiện.\n- Cục Thống kê chủ trì thu thập, tổng hợp, thống kê.",
      partners: "Các sở, ban, ngành liên quan; UBND các huyện, thành phố.",
      leadInherited: false,
      partnersInherited: false,
    });
    for (const c of ["2.2", "2.3", "2.4"]) {
      expect(ind(c)).toMatchObject({ lead: ind("2.1").lead, leadInherited: true, partnersInherited: true });
    }
    expect(ind("2.3")).toMatchObject({ name: "Tỷ lệ việc làm phi chính thức", targets: { "2025": "<60", "2030": "<40" } });
    expect(ind("2.5")).toMatchObject({ lead: "Sở Lao động - Thương binh và Xã hội", leadInherited: false });
  });

  it("3.1 HDI has no unit cell", () => {
    expect(ind("3.1")).toMatchObject({
      name: "Chỉ số HDI",
      unit: "",
      targets: { "2025": ">0,7", "2030": ">0,7" },
      direction: "increase",
      lead: "Sở Y tế",
    });
  });

  it("4.1 has two sub-rows (bắt buộc / tự nguyện) with unit and targets", () => {
    expect(ind("4.1")).toMatchObject({ targets: { "2025": "19,04", "2030": "60" }, lead: "Sở Lao động - Thương binh và Xã hội" });
    expect(ind("4.1/1")).toMatchObject({
      row: "subrow",
      code: "",
      name: "Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH bắt buộc",
      unit: "%",
      targets: { "2025": "14,69", "2030": "46,30" },
      lead: "Sở Lao động - Thương binh và Xã hội",
      partners: "Bảo hiểm xã hội Tỉnh; các Sở, ban, ngành liên quan; UBND các huyện, thành phố.",
      leadInherited: true,
      partnersInherited: true,
    });
    expect(ind("4.1/2")).toMatchObject({
      name: "Tỷ lệ nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện trong lực lượng lao động trong độ tuổi",
      unit: "%",
      targets: { "2025": "4,35", "2030": "13,70" },
    });
  });

  it("4.5 targets are words, unit 'Bậc học', partners truncated as printed; 4.7/4.8 fragments kept", () => {
    expect(ind("4.5")).toMatchObject({
      name: "Hỗ trợ bảo hiểm y tế cho trẻ em",
      unit: "Bậc học",
      targets: { "2025": "Tiểu học", "2030": "THCS" },
      direction: "none",
      lead: "Bảo hiểm xã hội Tỉnh",
      partners: "Các sở, ban, ngành liên quan; UBND",
    });
    expect(ind("4.7")).toMatchObject({
      targets: { "2025": "> 80", "2030": ">90" },
      lead: "Sở Y tế",
      leadInherited: false,
      partners: "Các sở, ban, ngành liên quan; UBND",
      partnersInherited: true,
    });
    expect(ind("4.8")).toMatchObject({ lead: "Bảo hiểm xã hội Tỉnh", partners: "các huyện, thành phố.", partnersInherited: false });
  });

  it("5.10 is a yearly reduction amount, 5.18 swaps the usual lead/partners", () => {
    expect(ind("5.10")).toMatchObject({ unit: "%/năm", targets: { "2025": "1-1,5", "2030": "-" }, direction: "increase" });
    expect(dt.notes.some((n) => n.startsWith("5.10:"))).toBe(true);
    expect(ind("5.18")).toMatchObject({
      name: "Số người làm công tác xã hội/1000 dân",
      unit: "Người",
      targets: { "2025": "-", "2030": ">=2" },
      lead: "UBND các huyện, thành phố",
      partners: "Sở Lao động - Thương binh và Xã hội",
    });
  });

  it("groups 6, 7, 9 carry lead/partners on the area row, inherited by their rows", () => {
    const area = (code: string) => dt.indicatorRows.find((r) => r.row === "area" && r.code === code);
    expect(area("6.")).toMatchObject({ name: "Giáo dục", lead: "Sở Giáo dục và Đào tạo" });
    expect(area("7.")).toMatchObject({ lead: "Sở Y tế", partners: "Các sở, ban, ngành liên quan; UBND các huyện, thành phố" });
    expect(area("9.")).toMatchObject({ lead: "Sở Xây dựng" });
    expect(ind("6.1")).toMatchObject({ lead: "Sở Giáo dục và Đào tạo", leadInherited: true, partnersInherited: true });
    expect(ind("9.5")).toMatchObject({ lead: "Sở Xây dựng", leadInherited: true });
  });

  it("7.4 is a header row with four per-10.000 sub-rows", () => {
    expect(ind("7.4")).toMatchObject({ name: "Chỉ tiêu số lượng trên 10.000 dân", unit: "", targets: {}, direction: "none" });
    expect([1, 2, 3, 4].map((n) => ind(`7.4/${n}`)).map((r) => [r.name, r.unit, r.targets])).toEqual([
      ["Số giường bệnh", "Giường", { "2025": "30", "2030": "35" }],
      ["Số bác sĩ", "người", { "2025": "10", "2030": "15" }],
      ["Số dược sỹ", "người", { "2025": "-", "2030": "4" }],
      ["Số điều dưỡng viên", "người", { "2025": "-", "2030": "33" }],
    ]);
    expect(ind("7.4/4")).toMatchObject({ lead: "Sở Y tế", leadInherited: true });
  });

  it("7.10 and 9.2 are qualitative", () => {
    expect(ind("7.10")).toMatchObject({ unit: "Mức độ", targets: { "2025": "Giảm tối đa tỷ lệ nhiễm mới", "2030": "Cơ bản loại trừ" }, direction: "none" });
    expect(ind("9.2")).toMatchObject({ targets: { "2025": "Giải quyết cơ bản", "2030": "Xóa bỏ hoàn toàn" }, direction: "none" });
  });

  it("8.1 has '-' for unit and targets and two sub-rows", () => {
    expect(ind("8.1")).toMatchObject({ unit: "-", targets: { "2025": "-", "2030": "-" }, direction: "none", lead: "Sở Thông tin và Truyền thông" });
    expect(ind("8.1/1")).toMatchObject({ name: "Vùng sâu, vùng xa, biên giới", unit: "%", targets: { "2025": "80", "2030": "80" }, direction: "increase" });
    expect(ind("8.1/2")).toMatchObject({ name: "Các vùng còn lại", targets: { "2025": "100", "2030": "100" } });
  });

  it("9.1's target is the number 6.100; 9.3 sub-rows have a unit but no targets; 9.4 sub-rows have targets", () => {
    expect(ind("9.1")).toMatchObject({ name: "Xây dựng căn hộ nhà ở xã hội", unit: "Căn", targets: { "2025": "-", "2030": "6.100" }, direction: "increase" });
    expect(ind("9.3")).toMatchObject({ unit: "m2 sàn/người", targets: { "2025": "27", "2030": "30" } });
    expect(ind("9.3/1")).toMatchObject({ name: "Thành thị", unit: "m2 sàn/người", targets: {}, direction: "none" });
    expect(ind("9.3/2")).toMatchObject({ name: "Nông thôn", unit: "m2 sàn/người", targets: {} });
    expect(ind("9.4/1")).toMatchObject({ name: "Thành thị", targets: { "2025": "-", "2030": "100" } });
    expect(ind("9.4/2")).toMatchObject({ name: "Nông thôn", targets: { "2025": "-", "2030": "75-80" } });
  });

  it("10.1 sub-rows have their own lead; Nông thôn inherits the partners", () => {
    expect(ind("10.1")).toMatchObject({ unit: "", targets: {}, lead: null, partners: null, direction: "none" });
    expect(ind("10.1/1")).toMatchObject({
      name: "Thành thị",
      targets: { "2025": ">98", "2030": "100" },
      lead: "Sở Xây dựng",
      partners: "UBND các huyện, thành phố",
      leadInherited: false,
      partnersInherited: false,
    });
    expect(ind("10.1/2")).toMatchObject({
      name: "Nông thôn (tối thiểu 60 lít/người/ngày)",
      targets: { "2025": ">95", "2030": "98" },
      lead: "Sở Nông nghiệp và Phát triển nông thôn",
      partners: "UBND các huyện, thành phố",
      leadInherited: false,
      partnersInherited: true,
    });
  });

  it("10.2 prints lead/partners on the indicator row before its sub-rows", () => {
    expect(ind("10.2")).toMatchObject({
      lead: "Sở Tài nguyên và môi trường",
      partners: "Hội Liên hiệp Phụ nữ Tỉnh; UBND các huyện, thành phố",
      leadInherited: false,
      targets: {},
    });
    expect(ind("10.2/1")).toMatchObject({ name: "Thành thị", targets: { "2025": "85", "2030": "-" }, lead: "Sở Tài nguyên và môi trường", leadInherited: true });
    expect(ind("10.2/2")).toMatchObject({ name: "Nông thôn", targets: { "2025": "-", "2030": "100" }, partnersInherited: true });
    expect(ind("10.7")).toMatchObject({ lead: "Sở Xây dựng", leadInherited: true, partners: "UBND các huyện, thành phố" });
    expect(ind("10.8")).toMatchObject({ lead: "Ban Quản lý Khu kinh tế", partners: "Các sở, ban. ngành liên quan; UBND các huyện, thành phố." });
  });

  it("Đồng Tháp tasks: III.2–III.5 inherit lead/partners; III.3 inherits everything", () => {
    const lead = "Sở Lao động - Thương binh và Xã hội";
    const partners = "Các sở, ban, ngành liên quan; UBND các huyện, thành phố";
    expect(task(dt, "III.1")).toMatchObject({ lead, partners, timeframe: "Hằng năm", leadInherited: false });
    expect(task(dt, "III.2")).toMatchObject({ lead, partners, timeframe: "Giai đoạn 2024-2030", leadInherited: true, partnersInherited: true, timeframeInherited: false });
    expect(task(dt, "III.3")).toMatchObject({ lead, partners, timeframe: "Giai đoạn 2024-2030", leadInherited: true, partnersInherited: true, timeframeInherited: true });
    expect(task(dt, "III.4")).toMatchObject({ timeframe: "Năm 2027", leadInherited: true, timeframeInherited: false });
    expect(task(dt, "III.5")).toMatchObject({ timeframe: "Thường xuyên", partnersInherited: true });
  });

  it("Đồng Tháp tasks: printed cells kept as printed (en dash, swapped columns, conditional wording)", () => {
    expect(task(dt, "I.1")).toMatchObject({ lead: "Các sở, ban, ngành; UBND các địa phương", partners: "Sở Thông tin và Truyền thông", timeframe: "Hằng năm" });
    expect(task(dt, "I.2")).toMatchObject({ lead: "Sở Nội vụ", timeframe: "Sơ kết, tổng kết Chương trình" });
    expect(task(dt, "II.1")).toMatchObject({ lead: "Sở Lao động – Thương binh và Xã hội", timeframe: "Giai đoạn 2024 - 2030" });
    expect(task(dt, "V.1")).toMatchObject({ timeframe: "Năm 2025 và hằng năm" });
    expect(task(dt, "V.2")).toMatchObject({ timeframe: "Năm 2025 và hằng năm", timeframeInherited: true, leadInherited: true });
    expect(task(dt, "IV.10")).toMatchObject({ lead: "Sở Lao động - Thương binh và Xã hội", timeframe: "Hằng năm", timeframeInherited: true });
    expect(task(dt, "VI.4.1")).toMatchObject({ timeframe: "Hàng năm" });
    expect(task(dt, "VII.9")).toMatchObject({ lead: "Sở Kế hoạch và Đầu tư", leadInherited: true, timeframe: "Thường xuyên", timeframeInherited: false });
    expect(tasks(dt.taskRows).every((t) => t.approvalLevel === null && t.expectedOutput === null)).toBe(true);
  });

  it("Đồng Tháp VI.2.3: the single printed cell is the partners; lead and timeframe are merged", () => {
    expect(task(dt, "VI.2.3")).toMatchObject({
      text: "Triển khai mô hình Bác sĩ gia đình trên địa bàn Tỉnh",
      lead: "Sở Y tế",
      partners: "Các sở, ngành liên quan; UBND các huyện, thành phố",
      timeframe: "Giai đoạn 2024 - 2030",
      leadInherited: true,
      partnersInherited: false,
      timeframeInherited: true,
    });
    expect(task(dt, "VI.2.2")).toMatchObject({ partners: "Sở Kế hoạch và Đầu tư; các sở, ngành liên quan; UBND các huyện, thành phố", partnersInherited: true });
  });

  it("Hải Dương: conditional timeframe, approval levels and blank cells", () => {
    expect(task(hd, "II.7")).toMatchObject({
      text: "Triển khai thực hiện Đề án mức sống tối thiểu để xác định đối tượng và chuẩn trợ giúp xã hội",
      lead: "Sở Lao động - TBXH",
      partners: "Các sở, ngành, UBND các huyện, thị xã, TP",
      timeframe: "Sau khi có hướng dẫn của Bộ Lao động - TBXH",
      approvalLevel: "UBND tỉnh",
      expectedOutput: "Kế hoạch",
    });
    expect(task(hd, "II.8")).toMatchObject({ lead: "Sở Kế hoạch & Đầu tư", timeframe: "2022", approvalLevel: "TTCP", expectedOutput: "Quy hoạch" });
    expect(task(hd, "III.9")).toMatchObject({ approvalLevel: "HĐND tỉnh", expectedOutput: "Nghị quyết" });
    expect(task(hd, "II.1")).toMatchObject({ timeframe: "2021, 2022" });
    expect(task(hd, "II.3")).toMatchObject({ lead: "Sở Lao động, Thương binh và xã hội", timeframe: "2022- 2025", expectedOutput: "Dự án" });
    expect(task(hd, "IV.10")).toMatchObject({ timeframe: "Sau khi Nghị định được ban hành" });
    expect(task(hd, "I.1")).toMatchObject({ lead: "Sở Thông tin và Truyền thông", approvalLevel: null, expectedOutput: "Tin, bài tuyên truyền" });
    expect(task(hd, "V.1")).toMatchObject({ timeframe: "2021 - 2025", approvalLevel: null, expectedOutput: null });
    expect(task(hd, "V.2")).toMatchObject({ approvalLevel: "UBND tỉnh", expectedOutput: "Quyết định/Kế hoạch" });
    const levels = new Set(tasks(hd.taskRows).map((t) => t.approvalLevel));
    expect(levels).toEqual(new Set([null, "UBND tỉnh", "HĐND tỉnh", "TTCP"]));
    expect(tasks(hd.taskRows).filter((t) => t.approvalLevel === null).length).toBe(4);
  });
});
