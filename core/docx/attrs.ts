import { z } from "zod";

/**
 * Attribute values of the document are data from elsewhere: integers are checked here (a
 * gridSpan of "abc" or 10⁹ is not trusted) and fall back to null, which callers treat as absent.
 */
const IntSchema = z
  .string()
  .trim()
  .regex(/^[+-]?\d{1,9}$/)
  .transform((s) => Number.parseInt(s, 10));

export function intAttr(value: string | null | undefined, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  const r = IntSchema.safeParse(value);
  if (!r.success || r.data < min || r.data > max) return null;
  return r.data;
}

/** A hexadecimal character code (w:sym w:char="F0B3"). */
export function hexAttr(value: string | null | undefined): number | null {
  if (!value || !/^[0-9A-Fa-f]{1,6}$/.test(value.trim())) return null;
  const n = Number.parseInt(value.trim(), 16);
  return n > 0 && n <= 0x10ffff ? n : null;
}
