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
  ])("%s", (text, word) => {
    expect(matchHeaderWord(text)).toEqual(word);
    expect(matchHeaderWord(text.normalize("NFD").toUpperCase())).toEqual(word);
  });

  it.each(["CÁC CHỈ TIÊU CHỦ YẾU VÀ PHÂN CÔNG THỰC HIỆN", "Tỷ lệ thất nghiệp", "Thực hiện năm 2025", "Sở Y tế", "", "%"])(
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
