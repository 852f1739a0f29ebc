import type { PackageInput } from "./open-package";
import { byRowId, KINDS, layoutOf, recordsOf } from "./check-package";
import { editableKeys, valueKey } from "./row-structure";

/**
 * A readable package in which nobody has typed anything: every reporting cell of every stamped
 * row is as it was sent. A host pulling copies back skips these, so an agency that has not
 * touched its copy stays among those that have not reported instead of leaving an empty receipt.
 * False for anything the merge must look at (unreadable, not a package, or changed).
 */
export function isUntouched(input: PackageInput): boolean {
  const { workbook, stamp } = input;
  if (!workbook || !stamp) return false;
  for (const kind of KINDS) {
    const rows = byRowId(recordsOf(workbook, kind));
    const keys = editableKeys(layoutOf(workbook, kind));
    for (const [rowId, rs] of Object.entries(stamp.rows[kind])) {
      const r = rows.get(rowId);
      if (!r) return false;
      for (const key of keys) if (valueKey(r.cells[key]) !== valueKey(rs.base[key])) return false;
    }
  }
  return true;
}
