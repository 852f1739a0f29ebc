import type { PlanLookup } from "./plan-lookup";
import type { AnyRecord } from "./row-view";
import type { ValidationContext } from "./types";

/** Records in grid order (hosts usually hand them so; sorting only when they do not). */
export function inRowOrder<R extends AnyRecord>(records: readonly R[]): readonly R[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i].row < records[i - 1].row) return [...records].sort((a, b) => a.row - b.row);
  }
  return records;
}

/**
 * One sheet during one validation, as the sheet rules read it. Several rules walk the records
 * in grid order and look row ids up: each of those is worked out once here, on first use, and
 * shared, instead of every rule building its own maps over a 100k-row sheet.
 */
export class SheetIndex<R extends AnyRecord> {
  private orderedCache: readonly R[] | null = null;
  private firstCache: Map<string, number> | null = null;

  constructor(
    readonly records: readonly R[],
    readonly ctx: ValidationContext,
    readonly lookup: PlanLookup,
  ) {}

  /** The records in grid order. */
  get ordered(): readonly R[] {
    return (this.orderedCache ??= inRowOrder(this.records));
  }

  /** Row id → position in `ordered` of its first record (the rows holding each id, first one). */
  get firstById(): ReadonlyMap<string, number> {
    if (this.firstCache) return this.firstCache;
    const first = new Map<string, number>();
    const ordered = this.ordered;
    for (let i = 0; i < ordered.length; i++) {
      const id = ordered[i].rowId;
      if (id !== null && !first.has(id)) first.set(id, i);
    }
    return (this.firstCache = first);
  }
}

/**
 * For duplicate codes: `first(scope, code, row)` records the row on first sight of (scope, code)
 * and returns undefined, later returns that first row. Maps per scope, so no key string is built
 * per row.
 */
export function firstRowByScopeAndCode(): (scope: string, code: string, row: number) => number | undefined {
  const byScope = new Map<string, Map<string, number>>();
  let lastScope: string | null = null;
  let lastMap: Map<string, number> | null = null;
  return (scope, code, row) => {
    let map = scope === lastScope ? lastMap : byScope.get(scope);
    if (!map) byScope.set(scope, (map = new Map()));
    lastScope = scope;
    lastMap = map;
    const seen = map.get(code);
    if (seen === undefined) map.set(code, row);
    return seen;
  };
}
