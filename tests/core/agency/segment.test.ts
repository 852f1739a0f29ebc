import fc from "fast-check";
import { defaultAgencyIndex, matchAgencies } from "../../../core/agency";

const index = defaultAgencyIndex();
const bodies = (text: string) => matchAgencies(text, index).bodies.map((b) => [b.text, b.ids, b.role]);

describe("agency cells: one body per name, commas inside names kept", () => {
  it.each([
    ["Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thị xã, thành phố", ["Các sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện, thị xã, thành phố"]],
    ["UBND các phường, xã", ["UBND các phường, xã"]],
    ["Sở Y tế, Sở Tài chính và các đơn vị liên quan", ["Sở Y tế", "Sở Tài chính", "các đơn vị liên quan"]],
    ["Ban Chỉ đạo phòng, chống thiên tai tỉnh, Sở Nội vụ", ["Ban Chỉ đạo phòng, chống thiên tai tỉnh", "Sở Nội vụ"]],
    ["Hội Nông dân, Hội Liên hiệp Phụ nữ, Tỉnh đoàn", ["Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Tỉnh đoàn"]],
    ["Trung tâm Chuyển đổi số, Thuế Đồng Nai", ["Trung tâm Chuyển đổi số", "Thuế Đồng Nai"]],
    ["Sở Khoa học và Công nghệ", ["Sở Khoa học và Công nghệ"]],
  ])("%s", (text, expected) => {
    expect(matchAgencies(text, index).bodies.map((b) => b.text)).toEqual(expected);
  });

  it("keeps an unknown body whole and never replaces it by a known one inside it", () => {
    const m = matchAgencies("Ban Quản lý dự án Nông thôn mới tỉnh", index);
    expect(m.matches).toEqual([]);
    expect(m.unknown).toEqual(["Ban Quản lý dự án Nông thôn mới tỉnh"]);
  });

  it("tells central bodies from provincial ones", () => {
    expect(bodies("Bộ Công an; Công an tỉnh")).toEqual([
      ["Bộ Công an", ["bo-cong-an"], null],
      ["Công an tỉnh", ["cong-an-tinh"], null],
    ]);
    expect(matchAgencies("Văn phòng Chính phủ", index).matches.map((m) => m.id)).toEqual(["vpcp"]);
    expect(matchAgencies("Công an Thành phố", index).matches.map((m) => m.id)).toEqual(["cong-an-tinh"]);
    expect(matchAgencies("Thuế Đồng Nai", index).matches.map((m) => m.id)).toEqual(["thue-tinh"]);
    expect(matchAgencies("Sở Y tế thành phố Hà Nội", index).matches.map((m) => m.id)).toEqual(["so-y-te"]);
  });
});

describe("agency cells: roles", () => {
  it("reads a role in brackets, after the name and as a label", () => {
    expect(bodies("Sở Y tế (chủ trì, theo dõi, báo cáo); Sở Tài chính")).toEqual([
      ["Sở Y tế", ["so-y-te"], "lead"],
      ["Sở Tài chính", ["so-tai-chinh"], null],
    ]);
    expect(bodies("Sở Y tế chủ trì, Sở Tài chính phối hợp")).toEqual([
      ["Sở Y tế", ["so-y-te"], "lead"],
      ["Sở Tài chính", ["so-tai-chinh"], "partner"],
    ]);
    expect(bodies("Chủ trì: Sở Nội vụ\nPhối hợp: Sở Tư pháp, Thanh tra tỉnh")).toEqual([
      ["Sở Nội vụ", ["so-noi-vu"], "lead"],
      ["Sở Tư pháp", ["so-tu-phap"], "partner"],
      ["Thanh tra tỉnh", ["thanh-tra-tinh"], "partner"],
    ]);
  });
});

describe("agency cells: properties", () => {
  const names = ["Sở Y tế", "Ban Chỉ đạo phòng, chống dịch", "UBND các huyện, thị xã, thành phố", "Trung tâm Y tế huyện", "Bộ Công an", "Hội Nông dân"];
  it("a list of bodies joined by ';' gives each body once, whatever its kind", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 5 }), (list) => {
        expect(matchAgencies(list.join("; "), index).bodies.map((b) => b.text)).toEqual(list);
      }),
    );
  });
  it("never loses a body: every word of a cell is in a body, a role or a separator", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }), (list) => {
        const m = matchAgencies(list.join(", "), index);
        expect(m.bodies.length).toBe(list.length);
      }),
    );
  });
});
