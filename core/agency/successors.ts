/** Following the 2025 reorganisation: which bodies carry an agency's remit on a given date. */
import type { Agency } from "../model/agency";
import type { AgencyIndex } from "./agency-index";

export interface SuccessorOnDate {
  agency: Agency;
  /** Part of the remit carried ("giảm nghèo"), null for all of it. */
  scope: string | null;
}

/**
 * The bodies responsible on `onDate` (yyyy-mm-dd) for what `id` did: the agency itself when no
 * succession is effective yet, else its successors, followed through chains. Unknown id: [].
 */
export function successorsOf(index: AgencyIndex, id: string, onDate: string): SuccessorOnDate[] {
  const out: SuccessorOnDate[] = [];
  const visit = (current: string, scope: string | null, path: Set<string>) => {
    const agency = index.byId.get(current);
    if (!agency) return;
    const effective = agency.successors.filter((s) => s.effective <= onDate && !path.has(s.id));
    if (effective.length === 0) {
      const same = out.find((o) => o.agency.id === agency.id);
      if (!same) out.push({ agency, scope });
      else if (same.scope !== null && scope !== null && !same.scope.includes(scope)) same.scope = `${same.scope}; ${scope}`;
      else if (scope === null) same.scope = null;
      return;
    }
    const next = new Set(path).add(current);
    // The scope asked about stays the narrower one: the first split names it.
    for (const s of effective) visit(s.id, scope ?? s.scope, next);
  };
  visit(id, null, new Set());
  return out;
}
