/**
 * Several labelled targets in one cell: "Nhà trẻ 25%; Mẫu giáo 94%", one per line, or
 * "Thành thị 100%, Nông thôn 98%". Each item is "<label> <target>"; the label is the longest
 * leading text after which the rest reads as a target.
 */
import { cleanText } from "../text";
import type { TargetItem } from "../model";
import type { NumberLocale } from "./number-read";
import type { QualitativeScale } from "./scales";
import { emptyTarget, fromExpression, qualitative, type TargetCore } from "./target-build";
import { parseExpression } from "./target-expression";

/** Parts of a cell split on ";" and line breaks (before spaces are collapsed), cleaned. */
export function splitParts(nfcText: string): string[] {
  return nfcText
    .split(/[;\r\n]+/)
    .map(cleanText)
    .filter((p) => p !== "");
}

/** Comma-separated labelled parts, only when the commas are followed by a space and a word. */
export function splitCommaParts(clean: string): string[] {
  return clean.split(/\s*,\s+(?=\p{L})/u).filter((p) => p !== "");
}

const MAX_LABELLED_LENGTH = 300;

function tidyLabel(label: string): string {
  return label.replace(/[\s:=-]+$/u, "").trim();
}

function labelled(core: TargetCore, label: string | null): TargetItem {
  return { ...core, label };
}

/**
 * An item with its label, or null when no split makes the rest a target. `single` parses text
 * without a label (used for the whole part first).
 */
export function parseLabelled(part: string, locale: NumberLocale, scales: QualitativeScale[]): TargetItem | null {
  if (!/\d/.test(part)) {
    const colon = part.indexOf(":");
    if (colon > 0 && colon < part.length - 1) {
      const label = tidyLabel(part.slice(0, colon));
      const rest = part.slice(colon + 1).trim();
      if (/^-+$/.test(rest)) return labelled(emptyTarget(part, "none"), label);
      if (label && rest) return labelled(qualitative(part, rest, scales), label);
    }
    return null;
  }
  // Labels are short; a long pasted paragraph is not searched position by position.
  if (part.length > MAX_LABELLED_LENGTH) return null;
  // A number the rules refuse ("1,234") is reported as such rather than as unreadable text.
  let refused: TargetItem | null = null;
  for (let j = 1; j < part.length; j++) {
    if (!/[\s:]/.test(part[j - 1]) || part[j] === " ") continue;
    const label = tidyLabel(part.slice(0, j));
    if (!/\p{L}/u.test(label)) continue;
    const rest = part.slice(j);
    if (/^-+$/.test(rest)) return labelled(emptyTarget(part, "none"), label);
    if (!/\d/.test(rest)) continue;
    const r = parseExpression(rest, locale);
    if (r.ok) return labelled(fromExpression(part, r.expression), label);
    if (!refused && r.error.code.startsWith("number.")) {
      refused = labelled(qualitative(part, part, scales, r.error, r.suggestion), label);
    }
  }
  return refused;
}
