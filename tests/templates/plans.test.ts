import * as fs from "fs";
import * as path from "path";
import { defaultRegistry } from "../../core/agency";
import { PlanSchema, type Indicator, type Plan, type Task } from "../../core/model";
import { PlanSourceSchema, TEMPLATE_IDS, planFromSource, planJson } from "../../core/template";

const REPO = path.resolve(__dirname, "../..");
const read = (dir: string, id: string): string => fs.readFileSync(path.join(REPO, "templates", dir, `${id}.json`), "utf8");

function build(id: string) {
  return planFromSource(PlanSourceSchema.parse(JSON.parse(read("sources", id))), defaultRegistry);
}
const committed = (id: string): Plan => PlanSchema.parse(JSON.parse(read("plans", id)));

const dt = committed("dong-thap-328-2024");
const hd = committed("hai-duong-1768-2022");

function ind(id: string): Indicator {
  const found = dt.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}
function task(plan: Plan, id: string): Task {
  const found = plan.tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
}

describe("generated templates: no drift", () => {
  it.each(TEMPLATE_IDS)("%s: a fresh build equals the committed file byte for byte", (id) => {
    expect(planJson(build(id).plan)).toBe(read("plans", id));
  });

  it.each(TEMPLATE_IDS)("%s: converts with no problems (every target, timeframe and agency is understood)", (id) => {
    expect(build(id).problems).toEqual([]);
  });

  it.each(TEMPLATE_IDS)("%s: validates with PlanSchema and ids are unique", (id) => {
    const plan = committed(id);
    expect(PlanSchema.safeParse(JSON.parse(read("plans", id))).success).toBe(true);
    expect(plan.id).toBe(id);
    expect(new Set(plan.indicators.map((i) => i.id)).size).toBe(plan.indicators.length);
    expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(plan.tasks.length);
  });

  it("every target cell keeps its raw text and parsed without error; every agency cell matched", () => {
    for (const plan of [dt, hd]) {
      for (const i of plan.indicators) {
        for (const cell of Object.values(i.targets)) {
          expect(cell.parsed.error).toBeNull();
          expect(cell.parsed.text).toBe(cell.raw);
        }
        expect(i.lead.ids.length).toBeGreaterThan(0);
        expect([...i.lead.unknown, ...i.partners.unknown]).toEqual([]);
      }
      for (const t of plan.tasks) {
        expect(t.timeframe.error).toBeNull();
        expect(t.timeframe.timeframe.kind).not.toBe("unknown");
        expect(t.lead.ids.length).toBeGreaterThan(0);
        expect([...t.lead.unknown, ...t.partners.unknown]).toEqual([]);
      }
    }
  });
});

describe("generated templates: counts", () => {
  it("Đồng Tháp: 10 areas, 89 indicators + 16 sub-rows, 7 sections (+6 sub-areas), 64 tasks", () => {
    expect(dt.areas.map((a) => a.code)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."]);
    const top = dt.indicators.filter((i) => i.parent === null);
    expect(top).toHaveLength(89);
    expect(top.filter((i) => i.code !== "")).toHaveLength(88);
    expect(top[0].id).toBe("1/1");
    expect(top[1].id).toBe("2.1");
    expect(top[top.length - 1].id).toBe("10.10");
    const subs = dt.indicators.filter((i) => i.parent !== null);
    expect(subs).toHaveLength(16);
    const perParent: Record<string, number> = {};
    for (const s of subs) perParent[s.parent as string] = (perParent[s.parent as string] ?? 0) + 1;
    expect(perParent).toEqual({ "4.1": 2, "7.4": 4, "8.1": 2, "9.3": 2, "9.4": 2, "10.1": 2, "10.2": 2 });
    expect(dt.sections.filter((s) => s.parent === null).map((s) => s.code)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    expect(dt.sections.filter((s) => s.parent === "VI").map((s) => s.code)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(dt.tasks).toHaveLength(64);
  });

  it("Hải Dương: 5 sections, 35 tasks, no indicator table", () => {
    expect(hd.sections.map((s) => s.code)).toEqual(["I", "II", "III", "IV", "V"]);
    expect(hd.tasks).toHaveLength(35);
    expect(hd.indicators).toEqual([]);
    expect(hd.areas).toEqual([]);
  });

  it("plan metadata comes from the source", () => {
    expect(dt).toMatchObject({
      number: "328/KH-UBND",
      province: "Đồng Tháp",
      issuedOn: "2024-10-07",
      milestoneYears: [2025, 2030],
      period: { from: 2024, to: 2030 },
      reporting: { agencyDeadline: "15/11", consolidationDeadline: "30/11" },
      projection: "linear",
      coordinator: "Sở Lao động - Thương binh và Xã hội",
    });
    expect(hd).toMatchObject({ number: "1768/KH-UBND", milestoneYears: [2025], period: { from: 2021, to: 2025 } });
    expect(hd.reporting).toEqual({ agencyDeadline: "10/12", consolidationDeadline: null });
  });
});

describe("generated templates: rows checked against the seed text (hand-written)", () => {
  it("2.1 unemployment: '<3' is a max of 3, lower is better", () => {
    expect(ind("2.1")).toMatchObject({ code: "2.1", area: "2", unit: "%", direction: "decrease", directionSource: "template" });
    expect(ind("2.1").targets["2025"]).toMatchObject({ raw: "<3", parsed: { kind: "max", lo: null, hi: 3, hiInclusive: false, directionHint: "decrease" } });
  });

  it("3.1 HDI: '>0,7' is a strict minimum of 0.7, no unit", () => {
    expect(ind("3.1")).toMatchObject({ name: "Chỉ số HDI", unit: "", direction: "increase" });
    expect(ind("3.1").targets["2030"]).toMatchObject({ raw: ">0,7", parsed: { kind: "min", lo: 0.7, hi: null, loInclusive: false } });
  });

  it("3.2: '28-30' and '35-40' are ranges", () => {
    expect(ind("3.2").targets["2025"].parsed).toMatchObject({ kind: "range", lo: 28, hi: 30, loInclusive: true, hiInclusive: true });
    expect(ind("3.2").targets["2030"].parsed).toMatchObject({ kind: "range", lo: 35, hi: 40 });
  });

  it("4.1: '19,04' is 19.04 (decimal comma); its sub-rows are 4.1/1 and 4.1/2", () => {
    expect(ind("4.1").targets["2025"].parsed).toMatchObject({ kind: "exact", lo: 19.04, hi: 19.04 });
    expect(ind("4.1/1")).toMatchObject({ parent: "4.1", code: "", area: "4" });
    expect(ind("4.1/1").targets["2030"].parsed).toMatchObject({ kind: "exact", lo: 46.3 });
    expect(ind("4.1/2").name).toBe(
      "Tỷ lệ nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện trong lực lượng lao động trong độ tuổi",
    );
  });

  it("4.5: 'Tiểu học' / 'THCS' are qualitative levels on the education scale", () => {
    expect(ind("4.5")).toMatchObject({ unit: "Bậc học", direction: "none", scale: ["Mầm non", "Tiểu học", "THCS", "THPT"] });
    expect(ind("4.5").targets["2025"].parsed).toMatchObject({ kind: "qualitative", qualitative: { text: "Tiểu học", scale: "education-level", rank: 1 } });
    expect(ind("4.5").targets["2030"].parsed).toMatchObject({ kind: "qualitative", qualitative: { text: "THCS", scale: "education-level", rank: 2 } });
    expect(ind("7.10").scale).toEqual(["Giảm tối đa tỷ lệ nhiễm mới", "Cơ bản loại trừ", "Loại trừ"]);
    expect(ind("9.2").scale).toEqual(["Giải quyết cơ bản", "Xóa bỏ hoàn toàn"]);
    expect(dt.indicators.filter((i) => i.scale !== null).map((i) => i.id)).toEqual(["4.5", "7.10", "9.2"]);
  });

  it("5.3: '-' means no target for 2025 (kept as a year with kind none)", () => {
    expect(ind("5.3").targets["2025"]).toMatchObject({ raw: "-", parsed: { kind: "none", lo: null, hi: null } });
    expect(ind("5.3").targets["2030"].parsed).toMatchObject({ kind: "exact", lo: 100 });
  });

  it("5.10: '1-1,5' per year; 5.18 '>=2' an inclusive minimum", () => {
    expect(ind("5.10")).toMatchObject({ unit: "%/năm", direction: "increase" });
    expect(ind("5.10").targets["2025"].parsed).toMatchObject({ kind: "range", lo: 1, hi: 1.5 });
    expect(ind("5.18").targets["2030"].parsed).toMatchObject({ kind: "min", lo: 2, loInclusive: true });
  });

  it("9.1: '6.100' is the number 6100 (thousands dot), not a code", () => {
    expect(ind("9.1")).toMatchObject({ unit: "Căn", direction: "increase" });
    expect(ind("9.1").targets["2030"]).toMatchObject({ raw: "6.100", parsed: { kind: "exact", lo: 6100, hi: 6100 } });
    expect(ind("9.1").targets["2025"].parsed.kind).toBe("none");
  });

  it("2.1–2.4 share the two-line lead: Sở LĐTBXH and Cục Thống kê; partners are group phrases", () => {
    for (const id of ["2.1", "2.2", "2.3", "2.4"]) {
      expect(ind(id).lead.ids).toEqual(["so-ldtbxh", "cuc-thong-ke"]);
      expect(ind(id).partners.ids).toEqual(["so-ban-nganh", "ubnd-cac-huyen"]);
    }
    expect(ind("2.3").lead.raw).toBe(
      "- Sở Lao động - Thương binh và Xã hội chủ trì tham mưu thực hiện.\n- Cục Thống kê chủ trì thu thập, tổng hợp, thống kê.",
    );
  });

  it("10.1 has no lead of its own: it gets its sub-rows' (Sở Xây dựng; Sở NN&PTNT)", () => {
    expect(ind("10.1/1").lead).toEqual({ raw: "Sở Xây dựng", ids: ["so-xay-dung"], unknown: [] });
    expect(ind("10.1/2").lead).toEqual({ raw: "Sở Nông nghiệp và Phát triển nông thôn", ids: ["so-nnptnt"], unknown: [] });
    expect(ind("10.1").lead).toEqual({ raw: "Sở Xây dựng; Sở Nông nghiệp và Phát triển nông thôn", ids: ["so-xay-dung", "so-nnptnt"], unknown: [] });
    expect(ind("10.1").partners.ids).toEqual(["ubnd-cac-huyen"]);
    expect(ind("10.1").targets).toEqual({});
  });

  it("agency spellings: en dash, abbreviations, '&', commas inside a name all match", () => {
    expect(task(dt, "II.1").lead).toEqual({ raw: "Sở Lao động – Thương binh và Xã hội", ids: ["so-ldtbxh"], unknown: [] });
    expect(task(hd, "II.7").lead.ids).toEqual(["so-ldtbxh"]); // "Sở Lao động - TBXH"
    expect(task(hd, "II.8").lead.ids).toEqual(["so-khdt"]); // "Sở Kế hoạch & Đầu tư"
    expect(task(hd, "II.3").lead.ids).toEqual(["so-ldtbxh"]); // "Sở Lao động, Thương binh và xã hội"
    expect(task(hd, "II.3").partners.ids).toEqual(["so-khdt", "ban-qlda-dtxd", "so-tai-chinh", "ubnd-tp-hai-duong", "so-ban-nganh"]);
    expect(task(hd, "I.2").lead.ids).toEqual(["bao-hai-duong", "dai-ptth-tinh"]);
  });

  it("Đồng Tháp tasks: ids, sub-areas and timeframes", () => {
    expect(task(dt, "II.1").timeframe).toMatchObject({ text: "Giai đoạn 2024 - 2030", timeframe: { kind: "period", from: 2024, to: 2030 }, error: null });
    expect(task(dt, "I.1").timeframe.timeframe).toEqual({ kind: "annual" });
    expect(task(dt, "I.2").timeframe.timeframe.kind).toBe("milestoneEvent");
    expect(task(dt, "II.7").timeframe.timeframe).toEqual({ kind: "ongoing" });
    expect(task(dt, "III.4").timeframe.timeframe).toEqual({ kind: "years", years: [2027] });
    expect(task(dt, "V.1").timeframe.timeframe).toEqual({ kind: "annualFrom", from: 2025 });
    expect(task(dt, "VI.4.1").timeframe.timeframe).toEqual({ kind: "annual" }); // "Hàng năm"
    expect(task(dt, "VI.1.2")).toMatchObject({ section: "VI", subArea: "1", code: "1.2" });
    expect(task(dt, "VII.10")).toMatchObject({ section: "VII", subArea: null, code: "10." });
    expect(dt.tasks.every((t) => t.approvalLevel === null && t.expectedOutput === null && !t.evidenceRequired)).toBe(true);
  });

  it("Hải Dương II.7 waits for the Ministry's guidance; II.3 and IV.11 are periods", () => {
    expect(task(hd, "II.7").timeframe).toMatchObject({
      text: "Sau khi có hướng dẫn của Bộ Lao động - TBXH",
      timeframe: { kind: "conditional", trigger: "có hướng dẫn của Bộ Lao động - TBXH" },
    });
    expect(task(hd, "IV.10").timeframe.timeframe.kind).toBe("conditional");
    expect(task(hd, "II.3").timeframe.timeframe).toEqual({ kind: "period", from: 2022, to: 2025 });
    expect(task(hd, "IV.11").timeframe.timeframe).toEqual({ kind: "period", from: 2022, to: 2030 });
    expect(task(hd, "II.1").timeframe.timeframe).toEqual({ kind: "years", years: [2021, 2022] });
  });

  it("Hải Dương approval levels and outputs as printed; evidence required where an output is named", () => {
    expect(task(hd, "II.8")).toMatchObject({ approvalLevel: "TTCP", expectedOutput: "Quy hoạch", evidenceRequired: true });
    expect(task(hd, "III.9")).toMatchObject({ approvalLevel: "HĐND tỉnh", expectedOutput: "Nghị quyết", evidenceRequired: true });
    expect(task(hd, "V.2")).toMatchObject({ approvalLevel: "UBND tỉnh", expectedOutput: "Quyết định/Kế hoạch" });
    expect(task(hd, "I.1")).toMatchObject({ approvalLevel: null, expectedOutput: "Tin, bài tuyên truyền", evidenceRequired: true });
    expect(task(hd, "V.1")).toMatchObject({ approvalLevel: null, expectedOutput: null, evidenceRequired: false });
    expect(hd.tasks.filter((t) => t.evidenceRequired)).toHaveLength(34);
    expect(new Set(hd.tasks.map((t) => t.approvalLevel))).toEqual(new Set([null, "UBND tỉnh", "HĐND tỉnh", "TTCP"]));
  });
});
