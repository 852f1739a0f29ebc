/// <reference types="office-js" />

/**
 * What the applier must know before it queues writes: which sheets exist (add, replace and
 * delete depend on it) and which are protected (writes to them are wrapped in unprotect /
 * protect). Read in the caller's first request, so it costs no extra `context.sync()`.
 */
export interface WorkbookState {
  /** Sheet names as they are, in order. */
  sheets: string[];
  /** Sheets known to be protected. */
  protectedSheets: Set<string>;
}

export function hasSheet(state: WorkbookState, name: string): boolean {
  const lower = name.toLowerCase();
  return state.sheets.some((s) => s.toLowerCase() === lower);
}

/**
 * Queues the reads; call the returned function after `context.sync()`. `watch` lists the sheets
 * whose protection matters (the tracking sheets); others are assumed unprotected.
 */
export function queueWorkbookState(context: Excel.RequestContext, watch: readonly string[]): () => WorkbookState {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const probes = watch.map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load("protection/protected");
    return { name, sheet };
  });
  return () => {
    const protectedSheets = new Set<string>();
    for (const p of probes) if (!p.sheet.isNullObject && p.sheet.protection.protected) protectedSheets.add(p.name);
    return { sheets: worksheets.items.map((s) => s.name), protectedSheets };
  };
}
