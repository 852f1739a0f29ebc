import * as fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium (`apt-get install chromium`; `.ci/run` installs it). Never a downloaded browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Headless flags that keep Chromium off the (closed) network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Sheet text that would run if a UI ever put it into HTML unescaped. */
export const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/**
 * `describe` for browser tests: skipped on a developer machine without Chromium, but never in CI,
 * where a missing browser must fail the run rather than hide the UI tests.
 */
export const describeWithChromium: jest.Describe = fs.existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
