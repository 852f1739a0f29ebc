import { matchAgencies } from "../agency";
import { msg, msgLang } from "../i18n";
import type { RowView } from "./row-view";
import type { EmitRow } from "./rule";
import type { RuleScope } from "./types";

const quoteVi = (s: string): string => `«${s}»`;
const quoteEn = (s: string): string => `“${s}”`;

/** One finding per agency cell, naming the parts that match no registry entry. */
export function checkAgencies(scope: RuleScope, v: RowView, keys: readonly string[], emit: EmitRow): void {
  for (const key of keys) {
    // Blank under a merged cell means "same as above": nothing to check.
    const text = v.text(key);
    if (text === "") continue;
    // matchAgencies memoises by text: agency cells repeat a handful of texts over a sheet.
    const result = matchAgencies(text, v.ctx.agencies);
    if (result.unknown.length === 0) continue;
    const message = msgLang(
      scope === "indicator" ? "validation.indicator.agency.unknown" : "validation.task.agency.unknown",
      { parts: result.unknown.map(quoteVi).join(", ") },
      { parts: result.unknown.map(quoteEn).join(", ") },
    );
    // The closest name for each unknown part (the matcher ranks its suggestions).
    const pairs = result.unknown.flatMap((part) => result.suggestions.find((s) => s.part === part) ?? []);
    const suggestion =
      pairs.length > 0
        ? msgLang(
            "validation.suggest.agency",
            { pairs: pairs.map((p) => `${quoteVi(p.name)} (thay cho ${quoteVi(p.part)})`).join("; ") },
            { pairs: pairs.map((p) => `${quoteEn(p.name)} (for ${quoteEn(p.part)})`).join("; ") },
          )
        : msg("validation.suggest.agencyRegister");
    emit(key, message, suggestion);
  }
}
