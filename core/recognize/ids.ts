import { msg } from "../i18n";
import type { FindingSink } from "./findings";

/**
 * Row ids of one table. A repeated code is reported and the later row gets "<id>#2" so that
 * nothing is lost; ids live in namespaces ("area", "section", "") so a group and an indicator
 * may share a code.
 */
export class IdRegistry {
  private readonly seen = new Map<string, number>();

  constructor(private readonly sink: FindingSink) {}

  claim(id: string, code: string, row: number, namespace = ""): string {
    const key = (s: string) => `${namespace}:${s}`;
    const first = this.seen.get(key(id));
    if (first === undefined) {
      this.seen.set(key(id), row);
      return id;
    }
    let k = 2;
    while (this.seen.has(key(`${id}#${k}`))) k++;
    const unique = `${id}#${k}`;
    this.seen.set(key(unique), row);
    this.sink.add(
      row,
      "code",
      "warning",
      "recognize.duplicateCode",
      msg("recognize.duplicateCode", { code: code || id, row: row + 1, first: first + 1, id: unique }),
      msg("recognize.duplicateCodeFix"),
    );
    return unique;
  }
}
