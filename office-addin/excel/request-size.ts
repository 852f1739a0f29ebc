/**
 * Excel on the web refuses a request (everything queued before one `context.sync()`) over 5 MB.
 * We estimate what each command adds, as UTF-8 JSON, and sync before the estimate would pass a
 * limit kept well under it; big value grids are cut into row blocks first.
 */
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** Our budget per request: headroom for addresses, ids and the protocol's own envelope. */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;
/** What one queued command costs besides its data (method name, object path, address). */
export const COMMAND_OVERHEAD = 120;

/** UTF-8 size of a string (Vietnamese letters take 2 or 3 bytes). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Estimated request bytes of a value written as JSON. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return utf8Bytes(value) + 2;
  if (typeof value === "number" || typeof value === "boolean") return String(value).length;
  if (Array.isArray(value)) {
    let n = 2;
    for (const v of value) n += jsonBytes(v) + 1;
    return n;
  }
  return utf8Bytes(JSON.stringify(value));
}

/** Row blocks of a grid, each under `budget` bytes (at least one row per block). */
export function rowBlocks<T>(grid: readonly T[][], budget: number): { start: number; rows: T[][] }[] {
  const out: { start: number; rows: T[][] }[] = [];
  let start = 0;
  let bytes = 0;
  let rows: T[][] = [];
  grid.forEach((row, i) => {
    const b = jsonBytes(row) + 1;
    if (rows.length > 0 && bytes + b > budget) {
      out.push({ start, rows });
      start = i;
      rows = [];
      bytes = 0;
    }
    rows.push(row);
    bytes += b;
  });
  if (rows.length > 0) out.push({ start, rows });
  return out;
}

/** Tracks the estimated size of the request being queued. */
export class RequestMeter {
  bytes = 0;
  commands = 0;

  constructor(readonly budget: number = DEFAULT_REQUEST_BUDGET) {}

  add(dataBytes: number): void {
    this.bytes += COMMAND_OVERHEAD + dataBytes;
    this.commands++;
  }

  /** True when adding `dataBytes` more would pass the budget (and something is queued). */
  wouldOverflow(dataBytes: number): boolean {
    return this.commands > 0 && this.bytes + COMMAND_OVERHEAD + dataBytes > this.budget;
  }

  reset(): void {
    this.bytes = 0;
    this.commands = 0;
  }
}
