import { msg } from "../../core/i18n";
import { UserError } from "../errors";

/**
 * 32 random bytes as hex for the master's signing key, from Apps Script's UUIDs (version 4, made
 * by a cryptographic random source): two give 244 random bits. Looked up on call, like every
 * global.
 */
export function newSecret(): string {
  const utilities: { getUuid(): string } | undefined = typeof Utilities === "undefined" ? undefined : (Utilities as { getUuid(): string } | undefined);
  if (!utilities) throw new UserError(msg("gas.share.noRandom"));
  return (utilities.getUuid() + utilities.getUuid()).replace(/-/g, "").toLowerCase();
}
