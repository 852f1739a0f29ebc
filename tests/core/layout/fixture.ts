/**
 * A small plan written by hand, worded like Đồng Tháp 328/KH-UBND and Hải Dương 1768/KH-UBND:
 * 2 areas (the first with one un-coded indicator, the second carrying its own lead), 5 indicators
 * including a sub-row, a qualitative target and a "-" year; 1 section with 4 tasks (one
 * conditional, two with approval level and expected output).
 */
import { createAgencyIndex, defaultRegistry, matchAgencies, toAgencyRef } from "../../../core/agency";
import type { Direction, Indicator, Plan, Task } from "../../../core/model";
import { parseTarget, parseTimeframe } from "../../../core/parse";
import { testPlan } from "../../fixtures/plan-header";

const agencies = createAgencyIndex(defaultRegistry);
export const ref = (raw: string) => toAgencyRef(matchAgencies(raw, agencies));

export const LDTBXH = "Sở Lao động - Thương binh và Xã hội";
export const ALL = "Các sở, ban, ngành liên quan; UBND các huyện, thành phố";

function indicator(
  id: string,
  code: string,
  parent: string | null,
  area: string,
  name: string,
  unit: string,
  direction: Direction,
  t2025: string,
  t2030: string,
  lead: string,
  scale: string[] | null = null,
): Indicator {
  return {
    id,
    code,
    parent,
    area,
    name,
    unit,
    direction,
    directionSource: "template",
    targets: {
      "2025": { raw: t2025, parsed: parseTarget(t2025) },
      "2030": { raw: t2030, parsed: parseTarget(t2030) },
    },
    lead: ref(lead),
    partners: ref(ALL),
    scale,
    projection: null,
  };
}

function task(id: string, code: string, text: string, timeframe: string, approval: string | null, output: string | null): Task {
  return {
    id,
    section: "I",
    subArea: null,
    code,
    text,
    lead: ref(LDTBXH),
    partners: ref(ALL),
    timeframe: parseTimeframe(timeframe),
    approvalLevel: approval,
    expectedOutput: output,
    evidenceRequired: output !== null,
  };
}

export function smallPlan(): Plan {
  return testPlan({
    id: "thu-nghiem-328",
    number: "328/KH-UBND",
    title: "Kế hoạch thực hiện Nghị quyết số 68/NQ-CP",
    areas: [
      { code: "1.", name: "Ưu đãi người có công với cách mạng", lead: null, partners: null },
      { code: "2.", name: "Nhà ở, việc làm", lead: ref(LDTBXH), partners: null },
    ],
    sections: [{ code: "I", name: "NHIỆM VỤ CHUNG", parent: null }],
    indicators: [
      indicator("1/1", "", null, "1", "Tỷ lệ người có công và gia đình có mức sống từ trung bình khá trở lên", "%", "increase", "100", "100", LDTBXH),
      indicator("2.1", "2.1", null, "2", "Tỷ lệ thất nghiệp", "%", "decrease", "<3", "<3", "Sở Lao động - TBXH"),
      indicator("2.2", "2.2", null, "2", "Số căn nhà ở xã hội hoàn thành", "Căn", "increase", "-", "6.100", "Sở Xây dựng"),
      indicator("2.2/1", "", "2.2", "2", "Thành thị", "Căn", "increase", "-", "4.000", "Sở Xây dựng"),
      indicator(
        "2.3",
        "2.3",
        null,
        "2",
        "Xóa bỏ tình trạng nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
        "Mức độ",
        "none",
        "Giải quyết cơ bản",
        "Xóa bỏ hoàn toàn",
        "Sở Xây dựng",
      ),
    ],
    tasks: [
      task("I.1", "1", "Tuyên truyền, phổ biến chính sách an sinh xã hội", "Hằng năm", null, null),
      task("I.2", "2", "Xây dựng Kế hoạch thực hiện Chương trình giai đoạn 2024-2030", "Năm 2025", "UBND tỉnh", "Kế hoạch"),
      task("I.3", "3", "Triển khai Đề án hỗ trợ nhà ở cho hộ nghèo", "2024 - 2030", "HĐND tỉnh", "Nghị quyết"),
      task("I.4", "4", "Hướng dẫn thực hiện chính sách mới", "Sau khi có hướng dẫn của Bộ Lao động - Thương binh và Xã hội", null, null),
    ],
  });
}
