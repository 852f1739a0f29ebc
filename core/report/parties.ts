import { matchAgencies, successorsOf } from "../agency";
import { msg, type Lang } from "../i18n";
import type { ReportInput } from "./input";

/**
 * Who the report is from and to. The plan's issuer (recorded in the workbook, else the People's
 * Committee of its province) receives it; the plan's coordinating department sends it, under the
 * body that carries its remit on the report's date (the 2025 reorganisation). When that remit
 * went to several bodies the report does not pick one: the head names them all for the
 * department to choose, marked as to fill.
 */
export interface Parties {
  /** The plan's issuer as written in a sentence ("Ủy ban nhân dân tỉnh Đồng Tháp"); null: unknown. */
  issuer: string | null;
  /** The reporting body's name, or null when it must be chosen or written in. */
  reporter: string | null;
  /** Bodies to choose from (several successors); empty when the reporter is known or unknown. */
  candidates: string[];
  /** The place of the date line: the province, else the issuer's own name. */
  place: string;
  /** Parent body printed above the reporter's name ("UBND TỈNH ĐỒNG THÁP"), or null. */
  parent: string | null;
}

export function partiesOf(input: ReportInput, lang: Lang = input.lang): Parties {
  const { plan } = input;
  const province = plan.province.trim();
  const issuer = plan.issuer?.trim()
    ? plan.issuer.trim()
    : province
      ? msg("report.head.peoplesCommittee", { place: msg("report.head.province", { province })[lang] })[lang]
      : null;
  let reporter: string | null = null;
  let candidates: string[] = [];
  const coordinator = plan.coordinator.trim();
  if (coordinator) {
    const ids = matchAgencies(coordinator, input.agencies).matches.map((m) => m.id);
    if (ids.length === 1) {
      const now = successorsOf(input.agencies, ids[0], input.today).map((s) => s.agency.name);
      if (now.length === 1) reporter = now[0];
      else if (now.length > 1) candidates = now;
    } else if (ids.length === 0) {
      // Not in the registry: the plan's own wording, as printed.
      reporter = coordinator;
    } else {
      candidates = matchAgencies(coordinator, input.agencies).matches.map((m) => m.name);
    }
  }
  const parent = province ? msg("report.head.parentOf", { place: msg("report.head.province", { province })[lang] })[lang] : null;
  return { issuer, reporter, candidates, place: province || (issuer ?? ""), parent };
}
