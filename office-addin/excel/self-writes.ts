import { rangeContains, type Range } from "../../core/patch";

/**
 * Ranges the add-in has just written, so its own `onChanged` events can be ignored where Excel
 * cannot say who wrote (ExcelApi < 1.14 has no `triggerSource`). Each write is expected to come
 * back as events covering parts of it; entries expire after a few seconds or once fully seen.
 */
interface Entry {
  sheet: string;
  range: Range;
  until: number;
}

const TTL_MS = 3000;

export class SelfWrites {
  private entries: Entry[] = [];

  constructor(private readonly now: () => number = () => Date.now()) {}

  record(sheet: string, range: Range): void {
    this.entries.push({ sheet, range, until: this.now() + TTL_MS });
  }

  /** True when the change lies inside a range we wrote in the last few seconds. */
  isOwn(sheet: string, range: Range): boolean {
    const t = this.now();
    this.entries = this.entries.filter((e) => e.until >= t);
    const hit = this.entries.find((e) => e.sheet === sheet && rangeContains(e.range, range));
    // Excel reports one event per written range: once it is seen whole, later edits are the user's.
    if (hit && rangeContains(range, hit.range)) this.entries = this.entries.filter((e) => e !== hit);
    return hit !== undefined;
  }

  clear(): void {
    this.entries = [];
  }
}

/** One journal per task pane. */
export const selfWrites = new SelfWrites();
