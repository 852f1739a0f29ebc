import type { AgencyRef, Plan } from "../model";
import { nfc } from "../text";

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** 64-bit FNV-1a over the UTF-16 code units (low byte, then high byte), as 16 hex digits. */
export function fnv1a64(text: string): string {
  let h = OFFSET;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h = ((h ^ BigInt(unit & 0xff)) * PRIME) & MASK;
    h = ((h ^ BigInt(unit >>> 8)) * PRIME) & MASK;
  }
  return h.toString(16).padStart(16, "0");
}

// Separators that cannot occur in cell text, so ("ab","c") and ("a","bc") hash differently.
const FIELD = "\u001f";
const RECORD = "\u001e";

const raw = (ref: AgencyRef | null): string => (ref === null ? "" : ref.raw);

/**
 * A stable hash of what the plan prints: codes, names, units, targets as written, agencies as
 * written, timeframes, approval levels and outputs (not parsed forms, ids matched to the
 * registry, or anything an agency reports). Equal fingerprints: the structural columns of the
 * sheet still say what the plan says.
 */
export function structureFingerprint(plan: Plan): string {
  const records: string[][] = [];
  for (const a of plan.areas) records.push(["area", a.code, a.name, raw(a.lead), raw(a.partners)]);
  for (const i of plan.indicators) {
    const targets = Object.keys(i.targets)
      .sort()
      .flatMap((y) => [y, i.targets[y].raw]);
    records.push(["indicator", i.id, i.code, i.name, i.unit, ...targets, raw(i.lead), raw(i.partners)]);
  }
  for (const s of plan.sections) records.push(["section", s.code, s.name, s.parent ?? ""]);
  for (const t of plan.tasks) {
    records.push([
      "task",
      t.id,
      t.code,
      t.text,
      raw(t.lead),
      raw(t.partners),
      t.timeframe.text,
      t.approvalLevel ?? "",
      t.expectedOutput ?? "",
    ]);
  }
  return fnv1a64(records.map((r) => r.map((f) => nfc(f)).join(FIELD)).join(RECORD));
}
