import { msg, type Lang, type Message } from "../i18n";
import { indicatorColumnSpecs, taskColumnSpecs, type SheetKind } from "../layout";
import type { Plan } from "../model";

/** Column headers as a person reads them in one sheet row ("Mục tiêu đến năm 2025"), by key. */
export function columnLabels(plan: Plan, kind: SheetKind, lang: Lang): Map<string, string> {
  const specs = kind === "indicators" ? indicatorColumnSpecs(plan, lang) : taskColumnSpecs(plan, lang);
  return new Map(specs.map((s) => [s.key as string, s.single]));
}

/**
 * Column labels of a plan in both languages, computed once per sheet and language (specs of a
 * large plan are not cheap); a fallback (the package's plan) for columns the master lacks.
 */
export class Labels {
  constructor(
    private readonly plan: Plan,
    private readonly fallback: Labels | null = null,
    private readonly cache = new Map<string, Map<string, string>>(),
  ) {}

  /** The same labels (and their cache), falling back to another plan's. */
  with(plan: Plan): Labels {
    return new Labels(this.plan, new Labels(plan), this.cache);
  }

  column(kind: SheetKind, key: string, lang: Lang): string {
    const id = `${kind}|${lang}`;
    let map = this.cache.get(id);
    if (!map) this.cache.set(id, (map = columnLabels(this.plan, kind, lang)));
    return map.get(key) ?? this.fallback?.column(kind, key, lang) ?? key;
  }
}

/** "a; b; c; và 4 thay đổi khác": the first few items of a list, for a message. */
export function listText(items: readonly Message[], lang: Lang, shown = 5): string {
  const head = items.slice(0, shown).map((m) => m[lang]);
  if (items.length > shown) head.push(msg("share.change.more", { count: items.length - shown })[lang]);
  return head.join("; ");
}
