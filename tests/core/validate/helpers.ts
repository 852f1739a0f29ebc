import type { Finding } from "../../../core/model";

/** The one finding with this rule code (fails the test when there are none or several). */
export function only(findings: Finding[], code: string): Finding {
  const hits = findings.filter((f) => f.code === code);
  if (hits.length !== 1) {
    throw new Error(`expected one ${code}, got ${hits.length}: ${JSON.stringify(findings.map((f) => [f.code, f.column]))}`);
  }
  return hits[0];
}

export const codes = (findings: Finding[]): string[] => findings.map((f) => f.code);
