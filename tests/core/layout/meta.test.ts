import {
  buildMeta,
  fnv1a64,
  META_CHUNK,
  metaPatch,
  planLayouts,
  readMeta,
  SHEETS,
  structureFingerprint,
  type WorkbookMeta,
} from "../../../core/layout";
import type { Grid } from "../../../core/grid";
import { MemoryWorkbook } from "../../../core/patch";
import { smallPlan } from "./fixture";

const plan = smallPlan();
const meta = buildMeta(plan, planLayouts(plan), { asOf: 2026 });

function written(m: WorkbookMeta): Grid {
  return new MemoryWorkbook().applyPatch(metaPatch(m)).read(SHEETS.meta);
}

describe("metaPatch / readMeta", () => {
  it("round-trips through the hidden sheet as key/value rows", () => {
    const grid = written(meta);
    expect(grid[0][0]).toBe("#");
    expect(grid.slice(1, 3).map((r) => r.slice(0, 2))).toEqual([
      ["planId", "thu-nghiem-328"],
      ["planNumber", "328/KH-UBND"],
    ]);
    expect(readMeta(grid)).toEqual({ meta, error: null });
  });

  it("reads values a host turned into numbers or dates", () => {
    const grid = written(meta).map((r) => [...r]);
    const at = (key: string) => grid.findIndex((r) => r[0] === key);
    grid[at("templateVersion")][1] = 1;
    grid[at("issuedOn")][1] = new Date("2024-10-07T00:00:00Z");
    grid[at("layoutVersion")][1] = 1;
    expect(readMeta(grid).meta?.issuedOn).toBe("2024-10-07");
    expect(readMeta(grid).meta?.templateVersion).toBe("1");
  });

  it("splits long values over several cells and joins them back", () => {
    const big = structuredClone(meta);
    for (let i = 0; i < 600; i++) {
      big.rows.indicators[`x${i}`] = { area: "2", parent: null, direction: "increase", directionSource: "template", scale: ["Mầm non", "Tiểu học", "THCS", "THPT"], projection: null };
    }
    const grid = written(big);
    const row = grid.find((r) => r[0] === "rows") ?? [];
    expect(row.filter((c) => typeof c === "string" && c !== "").length).toBeGreaterThan(2);
    expect(row.every((c) => c === null || String(c).length <= META_CHUNK)).toBe(true);
    expect(readMeta(grid).meta).toEqual(big);
  });

  it("rejects an empty or unrelated sheet with a Vietnamese message", () => {
    for (const grid of [[], [["hello", "world"]], [[null], [42, true]]] as Grid[]) {
      const { meta: m, error } = readMeta(grid);
      expect(m).toBeNull();
      expect(error?.code).toBe("layout.meta.missing");
      expect(error?.vi).toContain("Không tìm thấy dữ liệu kỹ thuật của Chỉ Tiêu");
    }
  });

  it("names the damaged entry when its JSON does not read", () => {
    const grid = written(meta).map((r) => [...r]);
    grid[grid.findIndex((r) => r[0] === "period")][1] = '{"from": 2024,';
    const { meta: m, error } = readMeta(grid);
    expect(m).toBeNull();
    expect(error?.vi).toBe(
      "Dữ liệu kỹ thuật của Chỉ Tiêu bị hỏng ở mục “period”: không đọc được nội dung. Không sửa trang “_chitieu”; khôi phục phiên bản trước của tệp hoặc nhận diện lại bảng.",
    );
  });

  it("names the invalid field, in Vietnamese and English", () => {
    const grid = written(meta).map((r) => [...r]);
    grid[grid.findIndex((r) => r[0] === "indicatorLayout")][1] = JSON.stringify({ ...meta.indicatorLayout, headerRow: "hai" });
    const { error } = readMeta(grid);
    expect(error?.code).toBe("layout.meta.invalid");
    expect(error?.vi).toContain("ở mục “indicatorLayout.headerRow” (sai kiểu dữ liệu)");
    expect(error?.en).toContain("at “indicatorLayout.headerRow” (wrong type)");
    const missing = grid.filter((r) => r[0] !== "fingerprint");
    expect(readMeta(missing).error?.vi).toContain("“fingerprint” (thiếu)");
  });

  it("rejects a layout with an unknown column key", () => {
    const grid = written(meta).map((r) => [...r]);
    grid[grid.findIndex((r) => r[0] === "taskLayout")][1] = JSON.stringify({
      ...meta.taskLayout,
      columns: [...meta.taskLayout.columns, { key: "actual:2025", col: 40, structural: false }],
    });
    expect(readMeta(grid).error?.vi).toContain("“taskLayout.columns.");
  });

  it("refuses a workbook from a newer layout version", () => {
    const grid = written(meta).map((r) => [...r]);
    grid[grid.findIndex((r) => r[0] === "layoutVersion")][1] = "2";
    expect(readMeta(grid).error?.vi).toBe(
      "Tệp này được tạo bởi phiên bản Chỉ Tiêu mới hơn (bố cục phiên bản 2). Cập nhật tiện ích Chỉ Tiêu rồi mở lại.",
    );
  });
});

describe("structureFingerprint", () => {
  it("is FNV-1a: the offset basis for empty text, 16 hex digits otherwise", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    // "a" is fed as the bytes 0x61 0x00: by hand, (basis ^ 0x61) * prime, then ^ 0x00 and * prime again.
    const prime = 0x100000001b3n;
    const mask = (1n << 64n) - 1n;
    const step1 = ((0xcbf29ce484222325n ^ 0x61n) * prime) & mask;
    expect(step1.toString(16)).toBe("af63dc4c8601ec8c"); // the published FNV-1a 64 of "a"
    expect(fnv1a64("a")).toBe(((step1 * prime) & mask).toString(16).padStart(16, "0"));
  });

  it("is stable, ignores reported data and changes with anything the plan prints", () => {
    const fp = structureFingerprint(plan);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(structureFingerprint(smallPlan())).toBe(fp);
    const nfd = smallPlan();
    nfd.indicators[1].name = nfd.indicators[1].name.normalize("NFD");
    expect(structureFingerprint(nfd)).toBe(fp);
    const changes: ((p: ReturnType<typeof smallPlan>) => void)[] = [
      (p) => (p.indicators[2].targets["2030"].raw = "6.000"),
      (p) => (p.indicators[1].unit = "‰"),
      (p) => (p.indicators[1].lead.raw = "Sở Nội vụ"),
      (p) => (p.tasks[0].timeframe.text = "Thường xuyên"),
      (p) => (p.areas[1].name = "Việc làm"),
      (p) => (p.tasks[1].expectedOutput = "Đề án"),
    ];
    for (const change of changes) {
      const p = smallPlan();
      change(p);
      expect(structureFingerprint(p)).not.toBe(fp);
    }
    const reported = smallPlan();
    reported.indicators[1].direction = "increase";
    reported.indicators[1].lead.ids = [];
    expect(structureFingerprint(reported)).toBe(fp);
  });
});
