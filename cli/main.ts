import type { Lang } from "../core/i18n";
import type { Command, GlobalOptions } from "./command";
import { importCommand } from "./commands/import";
import { mergeCommand } from "./commands/merge";
import { resolveCommand } from "./commands/resolve";
import { splitCommand } from "./commands/split";
import { matchAgencyCommand, parseNumberCommand, parseTargetCommand, parseTimeframeCommand } from "./commands/inspect";
import { reportCommand } from "./commands/report";
import { sampleCommand } from "./commands/sample";
import { standardiseCommand } from "./commands/standardise";
import { statusCommand } from "./commands/status";
import { summaryCommand } from "./commands/summary";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { HostError } from "./xlsx";
import { nodeIO, type CliIO } from "./io";

export const COMMANDS: Command[] = [
  templateCommand,
  importCommand,
  validateCommand,
  statusCommand,
  summaryCommand,
  reportCommand,
  standardiseCommand,
  sampleCommand,
  splitCommand,
  mergeCommand,
  resolveCommand,
  parseTargetCommand,
  parseNumberCommand,
  parseTimeframeCommand,
  matchAgencyCommand,
];

const VERSION = "0.1.0";

function help(lang: Lang): string {
  const head =
    lang === "vi"
      ? "chitieu: theo dõi chỉ tiêu và nhiệm vụ của kế hoạch trên tệp .xlsx\n\nCách dùng: chitieu <lệnh> [tham số] [--lang en]\n\nCác lệnh:\n"
      : "chitieu: track a plan's indicators and tasks on .xlsx files\n\nUsage: chitieu <command> [arguments] [--lang en]\n\nCommands:\n";
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(18)} ${c.summary[lang]}\n      ${c.usage}`).join("\n");
  return `${head}${rows}\n`;
}

/** Runs one command line; returns the exit code. Never throws: failures print a message. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const options: GlobalOptions = { lang: "vi" };
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang") {
      const v = argv[++i];
      if (v !== "vi" && v !== "en") {
        io.stderr("--lang phải là vi hoặc en / --lang must be vi or en\n");
        return 2;
      }
      options.lang = v;
    } else if (a.startsWith("--lang=")) {
      const v = a.slice(7);
      if (v !== "vi" && v !== "en") {
        io.stderr("--lang phải là vi hoặc en / --lang must be vi or en\n");
        return 2;
      }
      options.lang = v;
    } else args.push(a);
  }
  const [name, ...rest] = args;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help(options.lang));
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(
      options.lang === "vi"
        ? `Không có lệnh «${name}». Gõ chitieu --help để xem các lệnh.\n`
        : `Unknown command "${name}". Run chitieu --help for the list.\n`,
    );
    return 2;
  }
  try {
    return await command.run(rest, io, options);
  } catch (e) {
    if (e instanceof HostError) {
      io.stderr(`${e.userMessage[options.lang]}\n`);
      return 2;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(
      options.lang === "vi" ? `Lỗi không mong đợi: ${detail}\n` : `Unexpected error: ${detail}\n`,
    );
    return 1;
  }
}

/** Entry used by bin/chitieu.cjs. */
export function runFromNode(): void {
  void main(process.argv.slice(2), nodeIO()).then((code) => {
    process.exitCode = code;
  });
}
