import { checkPackage } from "./check-package";
import type { ShareMaster } from "./master";
import { checkContext, masterCells } from "./merge-context";
import type { PackageInput } from "./open-package";
import { packageStep } from "./package-step";

/**
 * A package that passes every check and in which nobody has typed anything: every reporting cell
 * as the master sent it. A host pulling shared copies back skips these (an agency that has not
 * opened its copy has not returned it); a package file sent back untouched is merged instead and
 * logged as returned without changes. False for anything the merge must look at.
 */
export function isUntouched(master: ShareMaster, input: PackageInput): boolean {
  const ctx = checkContext(master, master.workbook.meta.settings.lang);
  const checked = checkPackage(ctx, input);
  if (!checked.accepted) return false;
  const step = packageStep(ctx, masterCells(master.workbook), checked.accepted);
  return step.unchanged && step.proposals.length === 0 && step.held.length === 0 && step.agreed.length === 0;
}
