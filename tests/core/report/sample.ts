import { trackingWorkbookPatch } from "../../../core/layout";
import type { Lang } from "../../../core/i18n";
import { MemoryWorkbook } from "../../../core/patch";
import { loadSample, loadTemplate } from "../../../core/template";
import { annualReport, openTrackingWorkbook, samplePatch, type ReportOutcome, type TrackingWorkbook } from "../../../core/workbook";

/** The bundled sample typed into a tracking workbook (as `chitieu sample` does), opened by the core. */
export function sampleWorkbook(planId = "dong-thap-328-2024"): { wb: TrackingWorkbook; asOf: number; book: MemoryWorkbook } {
  const plan = loadTemplate(planId).plan!;
  const sample = loadSample(planId).sample!;
  const book = new MemoryWorkbook();
  const open = (): TrackingWorkbook => openTrackingWorkbook((n) => (book.sheetNames().includes(n) ? book.contents(n) : null)).workbook!;
  book.applyPatch(trackingWorkbookPatch(plan, { asOf: sample.asOf }));
  book.applyPatch(samplePatch(open(), sample));
  return { wb: open(), asOf: sample.asOf, book };
}

/** The annual report of the sample, on 25 November of its year (Viet Nam time). */
export function sampleReport(lang: Lang = "vi", planId = "dong-thap-328-2024"): ReportOutcome & { wb: TrackingWorkbook } {
  const { wb, asOf } = sampleWorkbook(planId);
  return { ...annualReport(wb, { now: Date.UTC(asOf, 10, 25, 3), lang, asOf }), wb };
}
