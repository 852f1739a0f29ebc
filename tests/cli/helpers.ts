import type { CliIO } from "../../cli/io";
import { main } from "../../cli/main";

/** Runs `chitieu` in-process with captured output. */
export async function run(argv: string[], stdin = "", cwd = process.cwd(), now?: number): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readStdin: async () => stdin,
    isTTY: false,
    cwd,
    ...(now === undefined ? {} : { now: () => now }),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

export const jsonLines = (out: string): Record<string, unknown>[] =>
  out
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
