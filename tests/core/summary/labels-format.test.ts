import fc from "fast-check";
import { IndicatorStatusCodeSchema, TaskStatusCodeSchema } from "../../../core/model";
import { INDICATOR_STATUS_LOOK as STATUS_COLOURS, statusLabel, TASK_STATUS_LOOK as TASK_STATUS_COLOURS, taskStatusLabel } from "../../../core/status";
import { formatDay, formatNumber, joinList, statusFormatRules } from "../../../core/summary";

describe("status labels and colours", () => {
  it("has a Vietnamese and an English label and a colour for every status code", () => {
    expect(IndicatorStatusCodeSchema.options.map((c) => statusLabel(c))).toEqual([
      "Đạt",
      "Vượt",
      "Không đạt",
      "Đúng tiến độ",
      "Cần đẩy nhanh",
      "Chậm/không tiến triển",
      "Chưa đủ dữ liệu xu hướng",
      "Chưa có số liệu",
      "Không có chỉ tiêu",
      "Cần đánh giá",
      "Số liệu cần sửa",
    ]);
    expect(TaskStatusCodeSchema.options.map((c) => taskStatusLabel(c))).toEqual([
      "Đã hoàn thành đúng hạn",
      "Đã hoàn thành quá hạn",
      "Đang thực hiện trong hạn",
      "Đang thực hiện chậm tiến độ",
      "Đang thực hiện quá hạn",
      "Chưa đến hạn",
      "Chờ điều kiện",
      "Chưa báo cáo",
      "Số liệu cần sửa",
    ]);
    for (const c of IndicatorStatusCodeSchema.options) {
      expect(statusLabel(c, "en")).not.toBe("");
      expect(STATUS_COLOURS[c].fill).toMatch(/^#[0-9A-F]{6}$/);
    }
    for (const c of TaskStatusCodeSchema.options) expect(TASK_STATUS_COLOURS[c].fill).toMatch(/^#[0-9A-F]{6}$/);
    expect(new Set(IndicatorStatusCodeSchema.options.map((c) => STATUS_COLOURS[c].fill)).size).toBe(11);
  });

  it("gives conditional-format rules that colour a status column by its label", () => {
    const rules = statusFormatRules("indicator");
    expect(rules).toHaveLength(11);
    expect(rules.find((r) => r.text === "Không đạt")).toEqual({ kind: "textEquals", text: "Không đạt", fill: "#CC0000", fontColor: "#FFFFFF" });
    expect(statusFormatRules("task", "en").map((r) => r.text)).toContain("In progress, past the deadline");
  });
});

describe("formatNumber", () => {
  it("writes numbers the Vietnamese way (and the English way)", () => {
    expect(formatNumber(6100)).toBe("6.100");
    expect(formatNumber(19.04)).toBe("19,04");
    expect(formatNumber(0.7)).toBe("0,7");
    expect(formatNumber(-1234567.5)).toBe("-1.234.567,5");
    expect(formatNumber((7 / 12) * 100, "vi", 1)).toBe("58,3");
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(6100, "en")).toBe("6,100");
    expect(formatNumber(19.04, "en")).toBe("19.04");
    expect(formatNumber(Number.NaN)).toBe("");
  });

  it("reads back to the rounded number", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const back = Number(formatNumber(n).replace(/\./g, "").replace(",", "."));
        expect(Math.abs(back - n)).toBeLessThanOrEqual(0.005 + Math.abs(n) * 1e-12);
      }),
    );
  });
});

describe("joinList / formatDay", () => {
  it("joins with 'và' / 'and' and writes dd/mm/yyyy in Vietnamese", () => {
    expect(joinList([])).toBe("");
    expect(joinList(["a"])).toBe("a");
    expect(joinList(["a", "b", "c"])).toBe("a, b và c");
    expect(joinList(["a", "b"], "en")).toBe("a and b");
    expect(formatDay("2026-11-15")).toBe("15/11/2026");
    expect(formatDay("2026-11-15", "en")).toBe("2026-11-15");
    expect(formatDay("Hằng năm")).toBe("Hằng năm");
  });
});
