import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * LibreOffice and poppler-utils for the printing tests: a file converted headless to PDF, and
 * what the PDF holds (fonts, page sizes, words with their boxes, whether a word is really drawn).
 * CI installs libreoffice-calc, libreoffice-writer, fonts-liberation2 and poppler-utils; on a
 * machine without soffice these suites skip, and in CI (`process.env.CI`) they fail instead.
 */
export const soffice = ["soffice", "libreoffice"].find((bin) => spawnSync("which", [bin]).status === 0);
export const describeWithOffice = soffice || process.env.CI ? describe : describe.skip;

export function requireOffice(): string {
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc libreoffice-writer");
  for (const tool of ["pdfinfo", "pdffonts", "pdftotext", "pdftoppm"]) {
    if (spawnSync("which", [tool]).status !== 0) throw new Error(`${tool} is not installed: apt-get install -y poppler-utils`);
  }
  return soffice;
}

/** Converts a file to PDF in `dir` (its own LibreOffice profile, so runs never share one). */
export function toPdf(file: string, dir: string): string {
  execFileSync(requireOffice(), [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], {
    stdio: "pipe",
    timeout: 180_000,
  });
  const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  return pdf;
}

const tool = (name: string, args: string[]): string => execFileSync(name, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** Font names as pdffonts lists them (subset prefix removed). */
export function pdfFonts(pdf: string): string[] {
  return tool("pdffonts", [pdf])
    .split("\n")
    .slice(2)
    .map((l) => l.trim().split(/\s+/)[0])
    .filter((n): n is string => Boolean(n))
    .map((n) => n.replace(/^[A-Z]{6}\+/, ""));
}

export interface PageSize {
  width: number;
  height: number;
}

/** Every page's size in points. */
export function pageSizes(pdf: string): PageSize[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [pdf]))?.[1] ?? 0);
  const info = tool("pdfinfo", ["-f", "1", "-l", String(pages), pdf]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** A4 in points, either way round (1 pt tolerance). */
export function isA4(p: PageSize): boolean {
  const [a, b] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
  return Math.abs(a - 595.3) < 1 && Math.abs(b - 841.9) < 1;
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unxml = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every word of the PDF with its box (points, origin top left), page by page (1-based). */
export function words(pdf: string): Word[] {
  const out: Word[] = [];
  let page = 0;
  for (const line of tool("pdftotext", ["-bbox", pdf, "-"]).split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: unxml(m[5]).normalize("NFC") });
  }
  return out;
}

/** The plain text of each page (1-based index; [0] is empty). */
export function pageTexts(pdf: string, pages: number): string[] {
  const out = [""];
  for (let p = 1; p <= pages; p++) out.push(tool("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"]).normalize("NFC"));
  return out;
}

/**
 * Which words are really drawn: a word can sit in the PDF under a clipping path (LibreOffice
 * writes a chart on the page before the one it prints on, clipped away), so the page is
 * rendered (72 dpi: one pixel a point) and a word counts only if its box has dark pixels.
 */
export function visible(pdf: string, page: number, list: readonly Word[], dir: string): Word[] {
  const base = path.join(dir, `page-${page}`);
  execFileSync("pdftoppm", ["-gray", "-r", "72", "-f", String(page), "-l", String(page), "-singlefile", pdf, base]);
  const pgm = fs.readFileSync(`${base}.pgm`);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm: not a PGM");
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  return list.filter((word) => {
    for (let y = Math.max(0, Math.floor(word.yMin)); y < Math.min(h, Math.ceil(word.yMax)); y++) {
      for (let x = Math.max(0, Math.floor(word.xMin)); x < Math.min(w, Math.ceil(word.xMax)); x++) if (pixels[y * w + x] < 160) return true;
    }
    return false;
  });
}

/** Text with every run of white space as one space (cells wrap their lines anywhere). */
export const squash = (s: string): string => s.normalize("NFC").replace(/\s+/g, " ").trim();
