import { shapeOf } from "../../../core/validate/record-shape";

describe("record shapes", () => {
  it("reads the per-year keys by year, whatever the column order", () => {
    const shape = shapeOf({ code: "2.1", "actual:2026": 1, "target:2030": "<3", "actual:2024": 2, "target:2025": "<3" });
    expect(shape.actual).toEqual([
      { key: "actual:2024", year: 2024 },
      { key: "actual:2026", year: 2026 },
    ]);
    expect(shape.target.map((k) => k.year)).toEqual([2025, 2030]);
  });

  it("records with the same keys share one shape; another key set gets its own", () => {
    const a = shapeOf({ code: "2.1", "actual:2025": 1 });
    const b = shapeOf({ code: "2.3", "actual:2025": null });
    const group = shapeOf({ code: "2.", name: "Lao động" });
    const c = shapeOf({ code: "2.5", "actual:2025": "48,2" });
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(group).not.toBe(a);
    expect(group.actual).toEqual([]);
  });

  it("a key added or removed is a different shape", () => {
    const a = shapeOf({ code: "9.1", "actual:2025": 1 });
    const more = shapeOf({ code: "9.1", "actual:2025": 1, "actual:2026": 2 });
    const fewer = shapeOf({ code: "9.1" });
    expect(more.actual.map((k) => k.year)).toEqual([2025, 2026]);
    expect(fewer.actual).toEqual([]);
    expect(shapeOf({ code: "9.1", "actual:2025": 3 })).toBe(a);
  });

  it("keys that are not a year are left out", () => {
    expect(shapeOf({ "actual:abc": 1, "actual:2025.5": 2, "actual:2027": 3 }).actual).toEqual([{ key: "actual:2027", year: 2027 }]);
  });
});
