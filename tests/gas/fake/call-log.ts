/** Every call the add-on makes on the fake, so tests and the benchmark can count them. */
export interface Call {
  target: string;
  method: string;
  /** Sheet name and A1 range where it applies. */
  where: string;
}

/** Calls that read cell data (values, notes, formats...). */
export const READ_METHODS: ReadonlySet<string> = new Set([
  "getValues",
  "getDisplayValues",
  "getFormulas",
  "getNotes",
  "getBackgrounds",
  "getNumberFormats",
  "getMergedRanges",
  "getDataValidations",
  "getFontWeights",
]);

/** Calls that write cell data or cell formatting. */
export const WRITE_METHODS: ReadonlySet<string> = new Set([
  "setValues",
  "setFormulas",
  "setBackgrounds",
  "setNotes",
  "setNumberFormats",
  "setFontWeights",
  "setFontStyles",
  "setFontColors",
  "setWrap",
  "merge",
  "breakApart",
  "setDataValidation",
  "clear",
  "clearNotes",
]);

export class CallLog {
  calls: Call[] = [];
  /** While false (a person typing in the test), nothing is recorded. */
  recording = true;

  record(target: string, method: string, where = ""): void {
    if (this.recording) this.calls.push({ target, method, where });
  }

  reset(): void {
    this.calls = [];
  }

  /** Runs `f` as the person at the keyboard: their calls are not the add-on's. */
  asUser<T>(f: () => T): T {
    const was = this.recording;
    this.recording = false;
    try {
      return f();
    } finally {
      this.recording = was;
    }
  }

  get reads(): Call[] {
    return this.calls.filter((c) => READ_METHODS.has(c.method));
  }

  get writes(): Call[] {
    return this.calls.filter((c) => WRITE_METHODS.has(c.method));
  }

  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  /** "getValues×2 setBackgrounds×1 ..." for failure messages and the benchmark. */
  summary(filter: (c: Call) => boolean = () => true): string {
    const counts = new Map<string, number>();
    for (const c of this.calls.filter(filter)) counts.set(c.method, (counts.get(c.method) ?? 0) + 1);
    return [...counts].map(([m, n]) => `${m}×${n}`).join(" ");
  }
}
