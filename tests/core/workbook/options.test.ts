import { trackingWorkbookPatch } from "../../../core/layout";
import { MemoryWorkbook } from "../../../core/patch";
import { loadTemplate } from "../../../core/template";
import { computeStatuses, openTrackingWorkbook, reportingYearOf, todayOf, validationContextOf } from "../../../core/workbook";

const plan = loadTemplate("dong-thap-328-2024").plan!;

function book(asOf?: number): MemoryWorkbook {
  return new MemoryWorkbook().applyPatch(trackingWorkbookPatch(plan, asOf === undefined ? {} : { asOf }));
}
const open = (b: MemoryWorkbook, now?: number) => openTrackingWorkbook((s) => (b.hasSheet(s) ? b.read(s) : null), { now }).workbook!;

/** Hà Nội time → the instant a host's Date.now() gives. */
const vn = (y: number, m: number, d: number, h = 9, min = 0) => Date.UTC(y, m - 1, d, h - 7, min);

describe("the reporting year of a job", () => {
  it("a workbook made without a year follows the date: opened in December 2026 it is on 2027, not on its first milestone", () => {
    const auto = book();
    expect(open(auto).meta.settings).toMatchObject({ asOf: 2025, yearMode: "auto" });
    expect(open(auto, vn(2026, 11, 20)).meta.settings.asOf).toBe(2026);
    expect(open(auto, vn(2026, 12, 1, 0, 30)).meta.settings.asOf).toBe(2027);
    const wb = open(auto, vn(2026, 12, 5));
    // A 2026 value is no longer "after the reporting year".
    expect(validationContextOf(wb.meta, wb.plan, wb.agencies, { now: vn(2026, 12, 5) }).asOf).toBe(2027);
  });

  it("a year a person chose stays, whatever the date; a job's own year wins over both", () => {
    const fixed = book(2025);
    expect(open(fixed, vn(2027, 6, 1)).meta.settings).toMatchObject({ asOf: 2025, yearMode: "fixed" });
    const wb = open(fixed);
    expect(reportingYearOf(wb, { now: vn(2027, 6, 1) })).toMatchObject({ year: 2025, auto: false });
    expect(reportingYearOf(wb, { now: vn(2027, 6, 1), asOf: 2028 })).toMatchObject({ year: 2028, auto: false });
    expect(reportingYearOf(wb, { now: vn(2027, 6, 1), asOf: "auto" })).toMatchObject({ year: 2027, auto: true, today: "2027-06-01" });
    expect(computeStatuses(wb, { now: vn(2027, 6, 1), asOf: "auto" }).asOf).toBe(2027);
  });

  it("without a clock there is no today, and an automatic year falls back to the stored one", () => {
    expect(todayOf({})).toBeUndefined();
    expect(todayOf({ now: Number.NaN })).toBeUndefined();
    expect(todayOf({ now: vn(2026, 1, 1, 0, 30) })).toBe("2026-01-01");
    expect(reportingYearOf(open(book()), {})).toMatchObject({ year: 2025, auto: false, today: null, period: null });
  });

  it("tasks are judged on Viet Nam's day: at 00:30 on 1/1 it is already the new year", () => {
    const wb = open(book(2026));
    expect(computeStatuses(wb, { now: vn(2026, 11, 25, 0, 30) }).asOfDate).toBe("2026-11-25");
    expect(computeStatuses(wb, { now: vn(2027, 1, 1, 0, 30) }).asOfDate).toBe("2026-12-31");
  });
});
