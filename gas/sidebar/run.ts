import { contract, resultSchema, type RpcInput, type RpcName } from "../rpc/contract";
import type * as Server from "../main";
import { sidebarMessage } from "./strings";

/** What the server really returns for a call: typed from the server module itself. */
export type ServerValue<K extends RpcName> = Extract<ReturnType<(typeof Server)[K]>, { ok: true }>["value"];

/** The person-facing failure of a call (the server's message, or a transport error). */
export class RpcError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
}

declare const google: { script: { run: ScriptRun } };

/** google.script.run allows at most 10 calls in flight; more wait their turn. */
const MAX_IN_FLIGHT = 10;
let inFlight = 0;
const waiting: (() => void)[] = [];

function slot(): Promise<void> {
  if (inFlight < MAX_IN_FLIGHT) {
    inFlight++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(() => resolve()));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else inFlight--;
}

function transport<K extends RpcName>(name: K, input: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject) as unknown as Record<string, (arg: unknown) => void>;
    const fn = runner[name];
    if (typeof fn !== "function") reject(new Error(`google.script.run.${name} is not available`));
    else fn(input);
  });
}

/**
 * Calls a server function: the argument is checked before it leaves, the answer when it comes
 * back (a server of another version cannot hand the page a shape it does not expect).
 */
export async function call<K extends RpcName>(name: K, input: RpcInput<K>): Promise<ServerValue<K>> {
  const checked = contract[name].input.safeParse(input);
  if (!checked.success) {
    const m = sidebarMessage("gas.badRequest", { detail: checked.error.issues[0]?.message ?? name });
    throw new RpcError(m.vi, m.en);
  }
  await slot();
  let raw: unknown;
  try {
    raw = await transport(name, checked.data);
  } catch (e) {
    const m = sidebarMessage("gas.ui.callFailed", { detail: e instanceof Error ? e.message : String(e) });
    throw new RpcError(m.vi, m.en);
  } finally {
    release();
  }
  const parsed = resultSchema(contract[name].output).safeParse(raw);
  if (!parsed.success) {
    const m = sidebarMessage("gas.ui.badAnswer");
    throw new RpcError(m.vi, m.en);
  }
  const result = parsed.data as { ok: true; value: ServerValue<K> } | { ok: false; error: { vi: string; en: string } };
  if (!result.ok) throw new RpcError(result.error.vi, result.error.en);
  return result.value;
}
