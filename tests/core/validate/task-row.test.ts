import { validateTaskRow } from "../../../core/validate";
import { ctx, taskRow } from "./fixture";
import { codes, only } from "./helpers";

const check = (id: string, cells: Parameters<typeof taskRow>[1]) => validateTaskRow(taskRow(id, cells), ctx);

describe("task row rules", () => {
  it("clean rows have no findings", () => {
    for (const id of ["I.1", "I.2", "II.2", "II.3"]) expect(check(id, {})).toEqual([]);
  });

  it("a state outside the dropdown is an error; English and unaccented words are accepted", () => {
    const f = only(check("I.1", { state: "Đang làm" }), "task.state.unknown");
    expect(f).toMatchObject({ column: "state", severity: "error", sheet: "Nhiệm vụ" });
    expect(f.message.vi).toBe(
      "Trạng thái «Đang làm» không hợp lệ; cần một trong các giá trị: Chưa triển khai, Đang triển khai, Hoàn thành.",
    );
    expect(only(check("I.1", { state: "Hoan thanhh" }), "task.state.unknown").suggestion?.vi).toBe("Có phải «Hoàn thành»?");
    expect(check("I.1", { state: "In progress" })).toEqual([]);
    expect(check("I.1", { state: "dang trien khai" })).toEqual([]);
  });

  it("a percent that is not a number is an error", () => {
    const f = only(check("I.1", { percent: "gần xong" }), "task.percent.notANumber");
    expect(f).toMatchObject({ column: "percent", severity: "error" });
  });

  it("a percent outside 0–100 is an error", () => {
    const f = only(check("I.1", { percent: 120 }), "task.percent.outOfRange");
    expect(f).toMatchObject({ column: "percent", severity: "error" });
    expect(f.message.vi).toBe("Tỷ lệ hoàn thành 120 nằm ngoài khoảng 0–100.");
    expect(check("I.1", { percent: "60%" })).toEqual([]);
  });

  it("a task marked done without a date is a warning", () => {
    const f = only(check("I.2", { completedOn: null }), "task.done.noDate");
    expect(f).toMatchObject({ column: "completedOn", severity: "warning" });
  });

  it("a completion date that is not a date is an error", () => {
    const f = only(check("I.2", { completedOn: "31/02/2025" }), "task.completedOn.invalid");
    expect(f).toMatchObject({ column: "completedOn", severity: "error" });
    only(check("I.2", { completedOn: 2025 }), "task.completedOn.invalid");
    expect(check("I.2", { completedOn: "2025-10-15" })).toEqual([]);
    expect(check("I.2", { completedOn: new Date(2025, 9, 15) })).toEqual([]);
    expect(check("I.2", { completedOn: "ngày 15 tháng 10 năm 2025" })).toEqual([]);
  });

  it("a completion date after today is an error (only when today is known)", () => {
    const f = only(check("I.2", { completedOn: "20/11/2025" }), "task.completedOn.future");
    expect(f).toMatchObject({ column: "completedOn", severity: "error" });
    expect(f.message.vi).toBe("Ngày hoàn thành 20/11/2025 sau ngày hôm nay (10/11/2025).");
    const noToday = { ...ctx, today: undefined };
    expect(validateTaskRow(taskRow("I.2", { completedOn: "20/11/2025" }), noToday)).toEqual([]);
  });

  it("percent 100 but not done is a warning", () => {
    const f = only(check("I.1", { percent: 100 }), "task.percent.fullNotDone");
    expect(f).toMatchObject({ column: "state", severity: "warning" });
  });

  it("done but percent below 100 is a warning", () => {
    const f = only(check("I.2", { percent: 80 }), "task.done.percentBelow100");
    expect(f).toMatchObject({ column: "percent", severity: "warning" });
    expect(f.message.vi).toContain("80%");
  });

  it("evidence missing on a done task whose plan requires an output is a warning", () => {
    const f = only(check("I.2", { evidence: "" }), "task.evidence.missing");
    expect(f).toMatchObject({ column: "evidence", severity: "warning" });
    expect(f.message.vi).toContain("Kế hoạch");
    // No output required by the plan: no evidence needed.
    expect(check("I.1", { state: "Hoàn thành", percent: 100, completedOn: "01/10/2025" })).toEqual([]);
  });

  it("a changed timeframe that cannot be read is an error; a readable change is an info", () => {
    const f = only(check("I.1", { timeframe: "2030-2025" }), "task.timeframe.unparseable");
    expect(f).toMatchObject({ column: "timeframe", severity: "error" });
    expect(f.message.code).toMatch(/^timeframe\./);
    const g = only(check("I.1", { timeframe: "Năm 2026" }), "task.timeframe.differsFromPlan");
    expect(g).toMatchObject({ severity: "info" });
    expect(g.message.vi).toContain("«Hằng năm»");
    // The same timeframe spelled differently is not a change.
    expect(check("II.2", { timeframe: "2022 – 2025" })).toEqual([]);
    expect(check("I.1", { timeframe: "Hàng năm" })).toEqual([]);
  });

  it("an unknown agency is a warning", () => {
    const f = only(check("I.1", { partners: "Sở Tài chính; Phòng ABC" }), "task.agency.unknown");
    expect(f).toMatchObject({ column: "partners", severity: "warning" });
    expect(f.message.vi).toContain("«Phòng ABC»");
    expect(codes(check("I.1", { lead: "Sở Y tế" }))).toEqual([]);
  });
});
