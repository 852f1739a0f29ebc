import type { Lang } from "../core/i18n";
import type { CliIO } from "./io";

/** Options every command understands. */
export interface GlobalOptions {
  lang: Lang;
}

export interface Command {
  name: string;
  /** One line, Vietnamese and English, for `chitieu --help`. */
  summary: { vi: string; en: string };
  usage: string;
  run(args: string[], io: CliIO, options: GlobalOptions): Promise<number>;
}
