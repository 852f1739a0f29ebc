/**
 * What may follow a number as its unit: "%", "người", "m2 sàn/người", "%/năm", "triệu đồng".
 * A unit never holds a number of its own (that would be a second value read silently), except an
 * exponent glued to a letter ("m2", "m 2" as pasted from Word's superscript).
 */
export function isUnitText(s: string): boolean {
  if (s === "") return false;
  if (!/^(?:[%‰°\p{L}]|\/\s*\p{L})/u.test(s)) return false;
  if (/[<>≤≥=]/.test(s)) return false;
  const withoutExponents = s.replace(/(\p{L}) ?[23²³](?!\d)/gu, "$1");
  return !/(?:^|[^\p{L}\d])\d/u.test(withoutExponents);
}

/** A per-year rate written in the unit ("%/năm", "lần / năm"). */
export function isPerYearUnit(unit: string): boolean {
  return /\/\s*năm$/iu.test(unit) || /\/\s*nam$/i.test(unit);
}
