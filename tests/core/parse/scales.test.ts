import { DEFAULT_SCALES, QualitativeScaleSchema, findScaleLevel, type QualitativeScale } from "../../../core/parse/scales";
import { parseTarget } from "../../../core/parse/target";

describe("default qualitative scales", () => {
  it("order education levels Mầm non < Tiểu học < THCS < THPT", () => {
    const names = ["Mầm non", "Tiểu học", "THCS", "THPT"];
    expect(names.map((n) => findScaleLevel(n)?.rank)).toEqual([0, 1, 2, 3]);
    expect(findScaleLevel("Trung học phổ thông")).toEqual({ scale: "education-level", rank: 3, level: "THPT" });
    expect(findScaleLevel("trung hoc co so")).toEqual({ scale: "education-level", rank: 2, level: "THCS" });
  });

  it("order the seed's elimination wording (7.10) and housing wording (9.2)", () => {
    expect(findScaleLevel("Giảm tối đa tỷ lệ nhiễm mới")).toMatchObject({ scale: "elimination", rank: 0 });
    expect(findScaleLevel("Cơ bản loại trừ")).toMatchObject({ scale: "elimination", rank: 1 });
    expect(findScaleLevel("Loại trừ")).toMatchObject({ scale: "elimination", rank: 2 });
    expect(findScaleLevel("Chấm dứt")).toMatchObject({ scale: "elimination", rank: 2 });
    expect(findScaleLevel("Giải quyết cơ bản")).toMatchObject({ scale: "housing", rank: 0 });
    expect(findScaleLevel("Xóa bỏ hoàn toàn")).toMatchObject({ scale: "housing", rank: 1 });
  });

  it("the 2030 level of each seed row ranks above its 2025 level", () => {
    const pairs: [string, string][] = [
      ["Tiểu học", "THCS"],
      ["Giảm tối đa tỷ lệ nhiễm mới", "Cơ bản loại trừ"],
      ["Giải quyết cơ bản", "Xóa bỏ hoàn toàn"],
    ];
    for (const [y2025, y2030] of pairs) {
      const a = findScaleLevel(y2025);
      const b = findScaleLevel(y2030);
      expect(a?.scale).toBe(b?.scale);
      expect(b!.rank).toBeGreaterThan(a!.rank);
    }
  });

  it("match regardless of case, accents, old-style accent placement, spacing and a final stop", () => {
    expect(findScaleLevel("  XOÁ BỎ   hoàn toàn. ")).toMatchObject({ scale: "housing", rank: 1 });
    expect(findScaleLevel("Xóa bỏ hoàn toàn".normalize("NFD"))).toMatchObject({ scale: "housing", rank: 1 });
    expect(findScaleLevel("tieu hoc")).toMatchObject({ rank: 1 });
  });

  it("do not match other text", () => {
    expect(findScaleLevel("Hoàn thiện")).toBeNull();
    expect(findScaleLevel("")).toBeNull();
  });

  it("are valid against the schema and have unique ids and level names", () => {
    for (const scale of DEFAULT_SCALES) expect(QualitativeScaleSchema.safeParse(scale).success).toBe(true);
    expect(new Set(DEFAULT_SCALES.map((s) => s.id)).size).toBe(DEFAULT_SCALES.length);
    const allNames = DEFAULT_SCALES.flatMap((s) => s.levels.flatMap((l) => [l.name, ...l.aliases]));
    const keys = allNames.map((n) => n.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("custom scales", () => {
  const custom: QualitativeScale[] = [
    { id: "literacy", levels: [{ name: "Mức độ 1", aliases: [] }, { name: "Mức độ 2", aliases: ["Mức 2"] }] },
  ];

  it("replace the defaults in parseTarget", () => {
    expect(parseTarget("Mức 2", { scales: custom }).qualitative).toEqual({ text: "Mức 2", scale: "literacy", rank: 1 });
    expect(parseTarget("THCS", { scales: custom }).qualitative).toEqual({ text: "THCS", scale: null, rank: null });
    expect(parseTarget("THCS", { scales: [...DEFAULT_SCALES, ...custom] }).qualitative?.rank).toBe(2);
  });

  it("are checked by the schema when they come from outside", () => {
    expect(QualitativeScaleSchema.safeParse({ id: "x", levels: [] }).success).toBe(false);
    expect(QualitativeScaleSchema.safeParse(custom[0]).success).toBe(true);
  });
});
