/// <reference types="office-js" />

export type SetSupported = (name: string, version: string) => boolean;

/**
 * Password-protected "allow edit ranges" (`worksheet.protection.allowEditRanges`) are only in
 * the ExcelApiOnline 1.1 set so far: Excel on the web. Desktop Excel has them in its own UI
 * (Review → Allow Edit Ranges) but not for add-ins; there the structural protection is the
 * fallback.
 */
export function allowEditRangesSupported(supported?: SetSupported): boolean {
  const has: SetSupported = supported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  return has("ExcelApiOnline", "1.1");
}
