import { msg } from "../../core/i18n";
import { openEnv, type Env } from "../env";
import { isUserError } from "../errors";
import { contract, type RpcInput, type RpcName, type RpcOutput, type RpcResult } from "./contract";

function detail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * A `google.script.run` target: the argument is checked against the contract before anything
 * runs, the answer is checked before it leaves, and failures come back as a message (the
 * sidebar shows it) rather than a stack trace.
 */
export function serve<K extends RpcName>(
  name: K,
  handler: (input: RpcInput<K>, env: Env) => RpcOutput<K>,
): (raw?: unknown) => RpcResult<RpcOutput<K>> {
  const { input, output } = contract[name];
  return (raw?: unknown) => {
    const parsed = input.safeParse(raw ?? {});
    if (!parsed.success) {
      return { ok: false, error: msg("gas.badRequest", { detail: parsed.error.issues[0]?.message ?? name }) };
    }
    try {
      const value = handler(parsed.data as RpcInput<K>, openEnv());
      return { ok: true, value: output.parse(value) as RpcOutput<K> };
    } catch (e) {
      if (isUserError(e)) return { ok: false, error: e.userMessage };
      return { ok: false, error: msg("gas.failed", { detail: detail(e) }) };
    }
  };
}
