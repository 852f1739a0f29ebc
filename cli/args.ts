import { parseArgs, type ParseArgsConfig } from "node:util";
import { msg } from "../core/i18n";
import { HostError } from "./xlsx";

/** node:util parseArgs with our errors: a wrong option is a HostError naming the usage. */
export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
  usage: string,
): { values: { [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : string }; positionals: string[] } {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return r as unknown as { values: { [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : string }; positionals: string[] };
  } catch (e) {
    const option = /'([^']+)'/.exec((e as Error).message)?.[1] ?? (e as Error).message;
    throw new HostError(msg("ui.cli.badOption", { option, usage }));
  }
}

export function requireArg(value: string | undefined, what: { vi: string; en: string }, usage: string): string {
  if (!value) throw new HostError(msg("ui.cli.missingArgument", { what: what.vi, usage }));
  return value;
}

/** "--year 2026" → 2026; a clear error for anything that is not a plausible year. */
export function yearOption(value: string | undefined, usage: string): number | undefined {
  if (value === undefined) return undefined;
  const y = Number(value);
  if (!Number.isInteger(y) || y < 1990 || y > 2100) throw new HostError(msg("ui.cli.badOption", { option: `--year ${value}`, usage }));
  return y;
}
