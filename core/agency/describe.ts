/** Messages for a matched cell's unknown parts, and the shared index of the bundled registry. */
import { msg, type Message } from "../i18n";
import { createAgencyIndex, type AgencyIndex } from "./agency-index";
import type { AgencyMatch } from "./match";
import { defaultRegistry } from "./registry";

/** One message per unknown part: what is wrong, and the closest names or how to fix it. */
export function describeUnknownAgencies(match: AgencyMatch): { part: string; error: Message; suggestion: Message }[] {
  return match.unknown.map((part) => {
    const names = match.suggestions.filter((s) => s.part === part).map((s) => `“${s.name}”`);
    return {
      part,
      error: msg("agency.unknown", { part }),
      suggestion: names.length > 0 ? msg("agency.didYouMean", { names: names.join(", ") }) : msg("agency.addToRegistry"),
    };
  });
}

let shared: AgencyIndex | null = null;

/** Index of the bundled registry, built on first use and then reused. */
export function defaultAgencyIndex(): AgencyIndex {
  shared ??= createAgencyIndex(defaultRegistry);
  return shared;
}
