/// <reference types="office-js" />

/**
 * What the running Excel supports beyond the manifest's minimum (ExcelApi 1.7), detected once
 * with `isSetSupported`. Each feature has a fallback, so the add-in works on every host that
 * loads it; tests pass a fixed set.
 */
export interface Capabilities {
  /** ExcelApi 1.18: cell notes (findings and status explanations). */
  notes: boolean;
  /** ExcelApi 1.10: comments, used for findings when notes are missing. */
  comments: boolean;
  /** ExcelApi 1.8: data validation rules (drop-downs). Fallback: live validation only. */
  dataValidation: boolean;
  /** ExcelApi 1.13: merged areas of a range (recognising a pasted appendix). Fallback: none. */
  mergedAreas: boolean;
  /** ExcelApi 1.14: onChanged tells the add-in's own writes apart. Fallback: a write journal. */
  triggerSource: boolean;
  /**
   * ExcelApi 1.9: page layout (paper, orientation, fit, print titles, header/footer, page
   * breaks). Fallback: the sheet prints with Excel's own settings. Optional: absent means no.
   */
  pageLayout?: boolean;
}

export type SetSupported = (version: string) => boolean;

export function detectCapabilities(supported?: SetSupported): Capabilities {
  const has: SetSupported = supported ?? ((v) => Office.context.requirements.isSetSupported("ExcelApi", v));
  return {
    notes: has("1.18"),
    comments: has("1.10"),
    dataValidation: has("1.8"),
    mergedAreas: has("1.13"),
    triggerSource: has("1.14"),
    pageLayout: has("1.9"),
  };
}

/** How findings are shown in the sheet with these capabilities. */
export function annotationMode(caps: Capabilities): "notes" | "comments" | "fill" {
  return caps.notes ? "notes" : caps.comments ? "comments" : "fill";
}
