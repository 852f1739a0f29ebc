/** What a command needs from the outside world; tests pass an in-memory one. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whole standard input as text ("" when it is a terminal). */
  readStdin: () => Promise<string>;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
  cwd: string;
  /** The clock, `Date.now()` (tests fix it): the core says what day it is in Viet Nam. */
  now?: () => number;
}

/** The CLI's only source of time: the instant handed to the core (no date arithmetic here). */
export function nowOf(io: CliIO): number {
  return io.now ? io.now() : Date.now();
}

export function nodeIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: () =>
      new Promise((resolve, reject) => {
        if (process.stdin.isTTY) return resolve("");
        const chunks: Buffer[] = [];
        process.stdin.on("data", (c: Buffer) => chunks.push(c));
        process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        process.stdin.on("error", reject);
      }),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

/** Texts from the arguments, else one per non-empty line of standard input. */
export async function inputTexts(args: string[], io: CliIO): Promise<string[]> {
  if (args.length > 0) return args;
  const input = await io.readStdin();
  return input
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
}
