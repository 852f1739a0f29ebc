import type { Projection } from "../model";

/** Compound growth needs both ends positive (a ratio of values, then a power). */
export function canUseCagr(x0: number, xt: number): boolean {
  return x0 > 0 && xt > 0;
}

/**
 * Value expected at year T from a baseline (x0, t0) and a latest value (xt, t), BRIEF §3:
 * linear `xt + (xt − x0)/(t − t0)·(T − t)`, or compound annual growth (UNSD)
 * `xt·(xt/x0)^((T − t)/(t − t0))`. CAGR falls back to linear when x0 or xt is not positive
 * (callers check `canUseCagr` to say so); with t = t0 there is no slope and xt is returned.
 */
export function projectValue(method: Projection, x0: number, t0: number, xt: number, t: number, T: number): number {
  if (t === t0) return xt;
  if (method === "cagr" && canUseCagr(x0, xt)) return xt * Math.pow(xt / x0, (T - t) / (t - t0));
  return xt + ((xt - x0) / (t - t0)) * (T - t);
}
