/**
 * parseTarget: a target cell as plans write it, into a ParsedTarget (core/model/target.ts).
 * Numbers follow parseNumber's rules (vi-VN by default). Total: never throws; anything with
 * digits that is not understood becomes kind "qualitative" with an error and a suggestion,
 * never a silent wrong number. An empty cell gives kind "none" with text "" (the same as "-",
 * no target): callers that must tell a blank from "-" look at `text` or use isEmptyCell.
 */
import type { Cell } from "../grid";
import { msg } from "../i18n";
import type { ParsedTarget, TargetItem } from "../model";
import { cleanText, nfc } from "../text";
import type { NumberLocale } from "./number-read";
import { DEFAULT_SCALES, type QualitativeScale } from "./scales";
import { emptyTarget, fromExpression, qualitative, withItems, type TargetCore } from "./target-build";
import { parseExpression } from "./target-expression";
import { parseLabelled, splitCommaParts, splitParts } from "./target-list";
import { fromLeadingTarget, fromSentence } from "./target-words-around";
import { isKnownUnit } from "./unit-read";
import { textMemo, type TextMemo } from "./memo";

export { DEFAULT_SCALES, QualitativeScaleSchema, findScaleLevel } from "./scales";
export type { QualitativeScale, ScaleLevelMatch } from "./scales";
export { targetInText } from "./target-in-text";
export type { TargetInText, TargetInTextOptions } from "./target-in-text";

export interface TargetOptions {
  locale?: NumberLocale;
  /** Ordered scales for qualitative targets; replaces DEFAULT_SCALES when given. */
  scales?: QualitativeScale[];
}

const PLACEHOLDER = /^(?:x+|\.{2,}|…+|n\/a|na|\?+|\*+)$/i;

/** One target without label: none, qualitative, or a numeric expression. */
function parseSingle(text: string, clean: string, locale: NumberLocale, scales: QualitativeScale[]): TargetCore {
  if (clean === "" || /^-+$/.test(clean)) return emptyTarget(text, "none");
  if (PLACEHOLDER.test(clean)) {
    return {
      ...emptyTarget(text, "none"),
      warnings: [msg("target.placeholder", { text: clean })],
      suggestion: msg("target.useDash"),
    };
  }
  const q = qualitative(text, clean, scales);
  if (q.qualitative?.scale || !/\d/.test(clean)) return q;
  const r = parseExpression(clean, locale);
  if (r.ok) return fromExpression(text, r.expression);
  return qualitative(text, clean, scales, r.error, r.suggestion);
}

/**
 * One part of a list. A part that reads on its own has no label ("25%"); otherwise the label is
 * found by parseLabelled ("Nhà trẻ 25%", "Thành thị: Tiểu học").
 */
function item(part: string, locale: NumberLocale, scales: QualitativeScale[]): TargetItem {
  const single = parseSingle(part, part, locale, scales);
  const readsAlone = single.error === null && (single.kind !== "qualitative" || single.qualitative?.scale !== null);
  if (readsAlone) return { ...single, label: null };
  return parseLabelled(part, locale, scales) ?? { ...single, label: null };
}

function same<T>(values: T[]): T | null {
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0] : null;
}

/**
 * "≤ 3 Đông Nam Á; ≤ 50 Thế giới": when every item reads with a different text after its value
 * that is no known unit, those texts are the items' labels, written after the value.
 */
function labelsAfter(items: TargetItem[]): TargetItem[] {
  const after = items.map((i) => (i.label === null && i.error === null ? i.unit : null));
  if (after.some((u) => u === null || isKnownUnit(u)) || new Set(after).size < after.length) return items;
  return items.map((i) => ({ ...i, label: i.unit, unit: null, currency: null }));
}

function list(text: string, parsed: TargetItem[]): ParsedTarget {
  const items = labelsAfter(parsed);
  const failed = items.find((i) => i.error !== null);
  const core: TargetCore = {
    ...emptyTarget(text, "list"),
    unit: same(items.map((i) => i.unit)),
    perYear: items.every((i) => i.perYear),
    approx: items.some((i) => i.approx),
    steady: items.every((i) => i.steady === true),
    currency: same(items.map((i) => i.currency ?? null)),
    directionHint: same(items.map((i) => i.directionHint)),
    warnings: items.flatMap((i) => i.warnings),
    error: failed?.error ?? null,
    suggestion: failed?.suggestion ?? items.find((i) => i.suggestion !== null)?.suggestion ?? null,
  };
  return withItems(core, items);
}

function parseText(text: string, locale: NumberLocale, scales: QualitativeScale[]): ParsedTarget {
  const parts = splitParts(text);
  if (parts.length >= 2) return list(text, parts.map((p) => item(p, locale, scales)));
  const clean = parts[0] ?? cleanText(text);
  const single = parseSingle(text, clean, locale, scales);
  if (single.error === null) return withItems(single, null);
  const commaParts = splitCommaParts(clean);
  if (commaParts.length >= 2) {
    const items = commaParts.map((p) => item(p, locale, scales));
    if (items.every((i) => i.error === null && i.label !== null)) return list(text, items);
  }
  // Words the grammar does not know may be around the target; a number the rules refuse ("1,234")
  // or words that contradict each other ("dưới 3% trở lên") keep their own message.
  if (single.error.code !== "target.notUnderstood") return withItems(single, null);
  return withItems(fromSentence(text, clean, locale) ?? fromLeadingTarget(text, clean, locale) ?? single, null);
}

// Text cells with the default scales, per locale (see memo.ts: results are shared, immutable).
const memos: Record<NumberLocale, TextMemo<ParsedTarget>> = { "vi-VN": textMemo(10_000), "en-US": textMemo(10_000) };
const parseVi = (s: string): ParsedTarget => parseTextCell(s, "vi-VN", DEFAULT_SCALES);
const parseEn = (s: string): ParsedTarget => parseTextCell(s, "en-US", DEFAULT_SCALES);

function parseTextCell(input: string, locale: NumberLocale, scales: QualitativeScale[]): ParsedTarget {
  try {
    return parseText(nfc(input), locale, scales);
  } catch {
    return failed(input, scales);
  }
}

function failed(input: Cell | undefined, scales: QualitativeScale[]): ParsedTarget {
  // Defensive: the grammar is total, but a parser must never take a sheet down.
  const text = typeof input === "string" ? nfc(input) : "";
  return withItems(qualitative(text, cleanText(text), scales, msg("target.notUnderstood", { text }), msg("target.howToWrite")), null);
}

/**
 * Reads a target cell. See the module comment; every field of the result is always present.
 * Text cells read with the default scales are memoised: the result may be shared with other
 * callers and must be treated as immutable.
 */
export function parseTarget(input: Cell | undefined, options?: TargetOptions): ParsedTarget {
  const locale = options?.locale ?? "vi-VN";
  const scales = options?.scales ?? DEFAULT_SCALES;
  if (typeof input === "string" && scales === DEFAULT_SCALES && (locale === "vi-VN" || locale === "en-US")) {
    return memos[locale].get(input, locale === "vi-VN" ? parseVi : parseEn);
  }
  try {
    if (input === null || input === undefined) return withItems(emptyTarget("", "none"), null);
    if (typeof input === "number") {
      const text = String(input);
      if (!Number.isFinite(input)) {
        return withItems(qualitative(text, text, scales, msg("target.notFinite", { text }), msg("target.retype")), null);
      }
      return withItems({ ...emptyTarget(text, "exact"), lo: input, hi: input, loInclusive: true, hiInclusive: true }, null);
    }
    if (typeof input === "boolean") {
      const text = String(input);
      return withItems(qualitative(text, text, scales, msg("target.boolean", { text }), msg("target.retype")), null);
    }
    if (input instanceof Date) {
      const text = Number.isNaN(input.getTime()) ? "Invalid Date" : input.toISOString().slice(0, 10);
      return withItems(qualitative(text, text, scales, msg("target.date", { text }), msg("target.retype")), null);
    }
    return parseText(nfc(String(input)), locale, scales);
  } catch {
    return failed(input, scales);
  }
}
