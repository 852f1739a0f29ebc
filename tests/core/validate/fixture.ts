/**
 * A plan shaped like Đồng Tháp 328/KH-UBND (Phụ lục I excerpts, real wording and targets) and
 * Hải Dương-style tasks, with a tracking sheet that holds it cleanly. Tests copy a record and
 * change one cell to make each rule fire.
 */
import { createAgencyIndex, defaultRegistry, matchAgencies, toAgencyRef } from "../../../core/agency";
import type { Cell } from "../../../core/grid";
import type { IndicatorRecord, TaskRecord } from "../../../core/layout";
import type { Direction, Indicator, Plan, Task } from "../../../core/model";
import { parseTarget, parseTimeframe } from "../../../core/parse";
import type { ValidationContext } from "../../../core/validate";
import { testPlan } from "../../fixtures/plan-header";

export const agencies = createAgencyIndex(defaultRegistry);
const ref = (raw: string) => toAgencyRef(matchAgencies(raw, agencies));

const LDTBXH = "Sở Lao động - Thương binh và Xã hội";
const ALL = "Các sở, ban, ngành liên quan; UBND các huyện, thành phố.";

interface Ind {
  id: string;
  code: string;
  parent?: string;
  area: string;
  name: string;
  unit: string;
  direction: Direction;
  t2025: string;
  t2030: string;
  lead?: string;
  scale?: string[];
}

const IND: Ind[] = [
  { id: "1/1", code: "", area: "1", name: "Tỷ lệ người có công và gia đình có mức sống từ trung bình khá trở lên", unit: "%", direction: "increase", t2025: "100", t2030: "100" },
  { id: "2.1", code: "2.1", area: "2", name: "Tỷ lệ thất nghiệp", unit: "%", direction: "decrease", t2025: "<3", t2030: "<3" },
  { id: "2.3", code: "2.3", area: "2", name: "Tỷ lệ việc làm phi chính thức", unit: "%", direction: "decrease", t2025: "<60", t2030: "<40" },
  { id: "2.5", code: "2.5", area: "2", name: "Tỉ lệ lao động nữ làm công hưởng lương", unit: "%", direction: "increase", t2025: "50", t2030: "60" },
  { id: "3.1", code: "3.1", area: "3", name: "Chỉ số HDI", unit: "", direction: "increase", t2025: ">0,7", t2030: ">0,7", lead: "Sở Y tế" },
  { id: "3.2", code: "3.2", area: "3", name: "Tỉ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", unit: "%", direction: "increase", t2025: "28-30", t2030: "35-40" },
  { id: "4.1", code: "4.1", area: "4", name: "Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội", unit: "%", direction: "increase", t2025: "45", t2030: "60", lead: "Bảo hiểm xã hội Tỉnh" },
  { id: "4.1/1", code: "", parent: "4.1", area: "4", name: "Bảo hiểm xã hội bắt buộc", unit: "%", direction: "increase", t2025: "30", t2030: "40", lead: "Bảo hiểm xã hội Tỉnh" },
  { id: "4.1/2", code: "", parent: "4.1", area: "4", name: "Bảo hiểm xã hội tự nguyện", unit: "%", direction: "increase", t2025: "15", t2030: "20", lead: "Bảo hiểm xã hội Tỉnh" },
  { id: "4.5", code: "4.5", area: "4", name: "Hỗ trợ bảo hiểm y tế cho trẻ em", unit: "Bậc học", direction: "none", t2025: "Tiểu học", t2030: "THCS", lead: "Bảo hiểm xã hội Tỉnh", scale: ["Mầm non", "Tiểu học", "THCS", "THPT"] },
  { id: "9.1", code: "9.1", area: "9", name: "Số căn nhà ở xã hội hoàn thành", unit: "Căn", direction: "increase", t2025: "-", t2030: "6.100", lead: "Sở Xây dựng" },
  { id: "9.2", code: "9.2", area: "9", name: "Xóa bỏ tình trạng nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo", unit: "Mức độ", direction: "none", t2025: "Giải quyết cơ bản", t2030: "Xóa bỏ hoàn toàn", lead: "Sở Xây dựng" },
  { id: "9.3", code: "9.3", area: "9", name: "Phấn đấu diện tích nhà ở bình quân đầu người", unit: "m2 sàn/người", direction: "increase", t2025: "27", t2030: "30", lead: "Sở Xây dựng" },
  { id: "9.3/1", code: "", parent: "9.3", area: "9", name: "Thành thị", unit: "m2 sàn/người", direction: "increase", t2025: "30", t2030: "32", lead: "Sở Xây dựng" },
  { id: "9.3/2", code: "", parent: "9.3", area: "9", name: "Nông thôn", unit: "m2 sàn/người", direction: "increase", t2025: "25", t2030: "28", lead: "Sở Xây dựng" },
];

const AREAS = [
  { code: "1.", name: "Ưu đãi người có công với cách mạng" },
  { code: "2.", name: "Lao động, việc làm, phát triển thị trường lao động" },
  { code: "3.", name: "Phát triển nguồn nhân lực" },
  { code: "4.", name: "Bảo hiểm xã hội, bảo hiểm y tế" },
  { code: "9.", name: "Nhà ở" },
];

function indicator(i: Ind): Indicator {
  return {
    id: i.id,
    code: i.code,
    parent: i.parent ?? null,
    area: i.area,
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    directionSource: "template",
    targets: {
      "2025": { raw: i.t2025, parsed: parseTarget(i.t2025) },
      "2030": { raw: i.t2030, parsed: parseTarget(i.t2030) },
    },
    lead: ref(i.lead ?? LDTBXH),
    partners: ref(ALL),
    scale: i.scale ?? null,
    projection: null,
  };
}

interface T {
  id: string;
  section: string;
  code: string;
  text: string;
  timeframe: string;
  output: string | null;
}

const TASKS: T[] = [
  { id: "I.1", section: "I", code: "1", text: "Tuyên truyền, phổ biến chính sách bảo trợ xã hội", timeframe: "Hằng năm", output: null },
  { id: "I.2", section: "I", code: "2", text: "Xây dựng Kế hoạch thực hiện Chương trình giai đoạn 2022-2025", timeframe: "Năm 2022", output: "Kế hoạch" },
  { id: "II.1", section: "II", code: "1", text: "Rà soát, đánh giá hộ nghèo, hộ cận nghèo", timeframe: "Hằng năm", output: null },
  { id: "II.2", section: "II", code: "2", text: "Ban hành Đề án hỗ trợ nhà ở cho hộ nghèo", timeframe: "2022- 2025", output: "Đề án" },
  { id: "II.3", section: "II", code: "3", text: "Hướng dẫn thực hiện chính sách sau khi có hướng dẫn của Bộ", timeframe: "Sau khi có hướng dẫn của Bộ Lao động - Thương binh và Xã hội", output: null },
];

function task(t: T): Task {
  return {
    id: t.id,
    section: t.section,
    subArea: null,
    code: t.code,
    text: t.text,
    lead: ref(LDTBXH),
    partners: ref(ALL),
    timeframe: parseTimeframe(t.timeframe),
    approvalLevel: t.output ? "UBND tỉnh" : null,
    expectedOutput: t.output,
    evidenceRequired: t.output !== null,
  };
}

export const plan: Plan = testPlan({
  id: "dong-thap-328",
  number: "328/KH-UBND",
  title: "Kế hoạch thực hiện Nghị quyết 68/NQ-CP",
  areas: AREAS.map((a) => ({ code: a.code, name: a.name, lead: null, partners: null })),
  sections: [
    { code: "I", name: "Công tác tuyên truyền", parent: null },
    { code: "II", name: "Giảm nghèo bền vững", parent: null },
  ],
  indicators: IND.map(indicator),
  tasks: TASKS.map(task),
});

export const ctx: ValidationContext = { plan, agencies, asOf: 2025, today: "2025-11-10" };

// Clean values per indicator: baseline 2023, actual 2024 and 2025 (numbers, or assessments).
const VALUES: Record<string, { base: Cell; a2024: Cell; a2025: Cell; assessment?: string }> = {
  "1/1": { base: 98, a2024: 99, a2025: 100 },
  "2.1": { base: "2,5", a2024: "2,4", a2025: "2,3" },
  "2.3": { base: 65, a2024: "63,5", a2025: 61 },
  "2.5": { base: 45, a2024: 47, a2025: "48,2" },
  "3.1": { base: "0,68", a2024: "0,69", a2025: "0,7" },
  "3.2": { base: 25, a2024: 27, a2025: "28,5" },
  "4.1": { base: 38, a2024: 41, a2025: "44,1" },
  "4.1/1": { base: 26, a2024: 28, a2025: 29 },
  "4.1/2": { base: 12, a2024: 13, a2025: "15,1" },
  "4.5": { base: null, a2024: null, a2025: null, assessment: "Tiểu học" },
  "9.1": { base: 1200, a2024: "2.500", a2025: "3.100" },
  "9.2": { base: null, a2024: null, a2025: null, assessment: "Đạt" },
  "9.3": { base: 24, a2024: "25,5", a2025: 26 },
  "9.3/1": { base: 28, a2024: 29, a2025: 30 },
  "9.3/2": { base: 22, a2024: 23, a2025: 24 },
};

const DIRECTION_WORD: Record<Direction, string> = { increase: "Tăng", decrease: "Giảm", none: "Không" };

/** The clean indicator sheet: header rows 0–1, then group rows and indicator rows from row 2. */
export function indicatorRecords(): IndicatorRecord[] {
  const out: IndicatorRecord[] = [];
  let row = 2;
  for (const area of AREAS) {
    out.push({ row: row++, rowId: null, cells: { code: area.code, name: area.name } });
    for (const i of IND.filter((x) => `${x.area}.` === area.code)) {
      const v = VALUES[i.id];
      const hasBase = v.base !== null;
      out.push({
        row: row++,
        rowId: i.id,
        cells: {
          code: i.code,
          name: i.name,
          unit: i.unit,
          "target:2025": i.t2025,
          "target:2030": i.t2030,
          lead: i.lead ?? LDTBXH,
          partners: ALL,
          direction: DIRECTION_WORD[i.direction],
          baselineYear: hasBase ? 2023 : null,
          baselineValue: v.base,
          "actual:2024": v.a2024,
          "actual:2025": v.a2025,
          assessment: v.assessment ?? null,
          note: null,
          rowId: i.id,
        },
      });
    }
  }
  return out;
}

export function taskRecords(): TaskRecord[] {
  const out: TaskRecord[] = [];
  let row = 2;
  for (const s of plan.sections) {
    out.push({ row: row++, rowId: null, cells: { code: s.code, text: s.name } });
    for (const t of TASKS.filter((x) => x.section === s.code)) {
      const done = t.output !== null;
      out.push({
        row: row++,
        rowId: t.id,
        cells: {
          code: t.code,
          text: t.text,
          lead: LDTBXH,
          partners: ALL,
          timeframe: t.timeframe,
          state: done ? "Hoàn thành" : "Đang triển khai",
          percent: done ? 100 : 60,
          completedOn: done ? "15/10/2025" : null,
          evidence: done ? "Kế hoạch 123/KH-UBND" : null,
          rowId: t.id,
        },
      });
    }
  }
  return out;
}

/** The record for a plan row id, with some cells replaced. */
export function indicatorRow(id: string, cells: IndicatorRecord["cells"] = {}): IndicatorRecord {
  const r = indicatorRecords().find((x) => x.rowId === id);
  if (!r) throw new Error(`no row ${id}`);
  return { ...r, cells: { ...r.cells, ...cells } };
}

export function taskRow(id: string, cells: TaskRecord["cells"] = {}): TaskRecord {
  const r = taskRecords().find((x) => x.rowId === id);
  if (!r) throw new Error(`no row ${id}`);
  return { ...r, cells: { ...r.cells, ...cells } };
}
