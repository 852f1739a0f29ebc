import { msg } from "../core/i18n";
import type { Env } from "./env";
import { UserError } from "./errors";

/** How long to wait for a colleague's run to finish before saying so. */
const WAIT_MS = 3000;

/**
 * Runs `f` under the document lock (one writer of computed sheets at a time, across every
 * editor). When someone else holds it, fails with a message saying who is busy and what to do.
 */
export function withDocumentLock<T>(env: Env, f: () => T): T {
  const lock = env.svc.lockService.getDocumentLock();
  if (lock === null) return f();
  if (!lock.tryLock(WAIT_MS)) throw new UserError(msg("gas.busy"));
  try {
    return f();
  } finally {
    lock.releaseLock();
  }
}
