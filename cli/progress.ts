import type { Lang } from "../core/i18n";
import type { CliIO } from "./io";

/**
 * Progress on stderr for long runs: steps as lines ("Đang đọc tệp…"), and a bar for counted work.
 * On a terminal the bar redraws in place; elsewhere (CI, pipes) only step lines are printed, so
 * logs stay readable and stdout stays clean for --json.
 */
export class Progress {
  private lastDraw = 0;
  constructor(
    private readonly io: CliIO,
    private readonly lang: Lang,
    private readonly quiet = false,
  ) {}

  step(text: { vi: string; en: string }): void {
    if (!this.quiet) this.io.stderr(`${text[this.lang]}\n`);
  }

  bar(label: string, done: number, total: number): void {
    if (this.quiet || !this.io.isTTY) return;
    const now = Date.now();
    if (done < total && now - this.lastDraw < 80) return;
    this.lastDraw = now;
    const width = 28;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    this.io.stderr(`\r${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total}${done >= total ? "\n" : ""}`);
  }
}
