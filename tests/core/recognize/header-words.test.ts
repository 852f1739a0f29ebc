import { headerKey, inferDirection, matchHeaderWord } from "../../../core/recognize";
import { parseTarget } from "../../../core/parse";

describe("matchHeaderWord", () => {
  it.each([
    ["TT", { kind: "code" }],
    ["Số TT", { kind: "code" }],
    ["Chỉ tiêu", { kind: "name", flavour: "indicators" }],
    ["Nhiệm vụ", { kind: "name", flavour: "tasks" }],
    ["Nội dung", { kind: "name", flavour: null }],
    ["Đơn vị tính (ĐVT)", { kind: "unit" }],
    ["Đến năm   2025", { kind: "target", year: 2025 }],
    ["Mục tiêu đến năm 2030", { kind: "target", year: 2030 }],
    ["2025", { kind: "target", year: 2025 }],
    ["Mục tiêu", { kind: "targetGroup" }],
    ["Phân công đơn vị thực hiện", { kind: "assignmentGroup" }],
    ["Cơ quan chủ trì", { kind: "lead" }],
    ["Đơn vị phối hợp", { kind: "partners" }],
    ["Thời gian thực hiện", { kind: "timeframe" }],
    ["Cấp trình", { kind: "approvalLevel" }],
    ["Kết quả, sản phẩm đầu ra", { kind: "expectedOutput" }],
    ["Ghi chú", { kind: "note" }],
    // Other plans word their headers differently: the meaning family decides.
    ["Nhiệm vụ và giải pháp", { kind: "name", flavour: "tasks" }],
    ["Nội dung công việc", { kind: "name", flavour: "tasks" }],
    ["Tên chỉ tiêu", { kind: "name", flavour: "indicators" }],
    ["Thời gian dự kiến hoàn thành", { kind: "timeframe" }],
    ["Thời hạn", { kind: "timeframe" }],
    ["Tiến độ thực hiện", { kind: "timeframe" }],
    ["Kết quả dự kiến", { kind: "expectedOutput" }],
    ["Sản phẩm đầu ra", { kind: "expectedOutput" }],
    ["Đơn vị thực hiện", { kind: "assignmentGroup" }],
    ["Cơ quan chủ trì theo dõi, đánh giá", { kind: "lead" }],
    ["Cơ quan, đơn vị phối hợp", { kind: "partners" }],
    ["CQ chủ trì", { kind: "lead" }],
    ["Cơ quan chủ trì, phối hợp", { kind: "assignmentGroup" }],
    ["ĐVT", { kind: "unit" }],
    ["Kế hoạch năm 2026", { kind: "target", year: 2026 }],
    ["Giai đoạn 2021-2025", { kind: "target", year: 2025 }],
    ["Chỉ tiêu KH 2025", { kind: "target", year: 2025 }],
    ["Thực hiện năm 2020", { kind: "reference", ref: "actual", year: 2020 }],
    ["ƯTH năm 2025", { kind: "reference", ref: "estimate", year: 2025 }],
    ["Ước thực hiện 2025", { kind: "reference", ref: "estimate", year: 2025 }],
    ["Năm gốc 2020", { kind: "reference", ref: "baseline", year: 2020 }],
    ["Kinh phí", { kind: "other" }],
  ])("%s", (text, word) => {
    expect(matchHeaderWord(text)).toEqual(word);
    expect(matchHeaderWord(text.normalize("NFD").toUpperCase())).toEqual(word);
  });

  it.each(["CÁC CHỈ TIÊU CHỦ YẾU VÀ PHÂN CÔNG THỰC HIỆN", "Tỷ lệ thất nghiệp", "Tỷ lệ hộ nghèo năm 2025", "Sở Y tế", "Hằng năm", "Thường xuyên", "", "%"])(
    "does not take %j for a header word",
    (text) => expect(matchHeaderWord(text)).toBeNull(),
  );

  it("folds headers for comparison", () => {
    expect(headerKey("Kết quả,  sản phẩm – đầu ra")).toBe("ket qua san pham dau ra");
  });
});

describe("inferDirection", () => {
  const t = (...cells: string[]) => cells.map((c) => parseTarget(c));
  it.each([
    ["Tỷ lệ thất nghiệp", t("<3"), "decrease", "comparator"],
    ["Chỉ số HDI", t(">0,7"), "increase", "comparator"],
    ["Tỷ lệ giảm nghèo", t("1-1,5"), "decrease", "wording"],
    ["Tỷ lệ trẻ em tử vong", t("10"), "decrease", "wording"],
    ["Tỷ lệ người nhiễm HIV", t("-", "0,3"), "decrease", "wording"],
    ["Tỷ lệ hộ nghèo được hỗ trợ", t("100"), "increase", "default"],
    ["Hỗ trợ bảo hiểm y tế cho trẻ em", t("Tiểu học", "THCS"), "none", "qualitative"],
    ["Tỷ lệ bao phủ", t("95"), "increase", "default"],
    ["Tỷ lệ bao phủ", [], "increase", "default"],
  ])("%s → %s", (name, targets, direction, basis) => {
    const r = inferDirection(name, targets);
    expect(r.direction).toBe(direction);
    expect(r.basis.kind).toBe(basis);
  });
});
