/**
 * The add-on's only source of time: the instant, handed to the core, which says what day it is
 * in Viet Nam (core/period). No date arithmetic here. Tests pin it.
 */
let source: () => number = () => Date.now();

export function now(): number {
  return source();
}

/** For tests and the benchmark: a fixed or driven clock (null to go back to the real one). */
export function setClock(clock: (() => number) | null): void {
  source = clock ?? (() => Date.now());
}
