import { msg, type Message } from "../core/i18n";
import type { Env } from "./env";
import { UserError } from "./errors";

/** How long a person's action waits for a colleague's run to finish before saying so. */
export const WAIT_MS = 3000;
/** An edit waits a little longer: it was not asked for, and giving up means it is not checked. */
export const EDIT_WAIT_MS = 5000;

/**
 * Runs `f` under the document lock (one writer of the tracking sheets at a time, across every
 * editor and trigger). When someone else holds it past `waitMs`, fails with `busy`, a message
 * saying who is busy and what to do.
 */
export function withDocumentLock<T>(env: Env, f: () => T, options: { waitMs?: number; busy?: Message } = {}): T {
  const lock = env.svc.lockService.getDocumentLock();
  if (lock === null) return f();
  if (!lock.tryLock(options.waitMs ?? WAIT_MS)) throw new UserError(options.busy ?? msg("gas.busy"));
  try {
    return f();
  } finally {
    lock.releaseLock();
  }
}
