/**
 * Agency-name tokens and keys. Matching is accent-SENSITIVE (a wrong tone is a typo to be
 * flagged with a suggestion) but insensitive to case, dashes, spaces, punctuation inside names,
 * "&"/"và", the old/new tone placement ("hoá" = "hóa", "Uỷ" = "Ủy") and known abbreviations.
 */
import { nfc, normalizeDashes, stripDiacritics } from "../text";
import { expandAbbreviation } from "./abbreviations";

export type TokenKind = "word" | "hard" | "soft" | "open";

/** A piece of a prepared cell text: a word (with its key words) or a punctuation mark. */
export interface AgencyToken {
  kind: TokenKind;
  start: number;
  end: number;
  /** Key words of a word token (an abbreviation expands to several); empty for punctuation. */
  words: string[];
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Lower case, with the tone mark moved to the end so both tone placements give one key. */
export function normalizeWord(word: string): string {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONES);
  const base = decomposed.replace(TONES, "");
  return (tones ? base + tones[0] : base).normalize("NFC");
}

function expandWord(raw: string): string[] {
  const lower = nfc(raw).toLowerCase();
  const whole = expandAbbreviation(lower);
  if (whole) return whole.split(" ").map(normalizeWord);
  if (lower.includes("&")) {
    const words: string[] = [];
    lower.split("&").forEach((piece, i) => {
      if (i > 0) words.push("và");
      if (piece !== "") words.push(...expandWord(piece));
    });
    return words;
  }
  return [normalizeWord(lower)];
}

/** NFC, one kind of dash, single spaces within lines; newlines kept (they separate agencies). */
export function prepareAgencyText(s: string): string {
  // Footnote marks ("Ủy ban Đối ngoại [3]") are not part of a name.
  return normalizeDashes(nfc(s).replace(/\s*\[\d{1,2}\]/g, ""))
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/[\s\u00A0\u200B\uFEFF]+/g, " ").trim())
    .join("\n")
    .trim();
}

const TOKEN = /[\p{L}\p{M}\p{N}&]+|\S|\n/gu;

/** "KH & ĐT" written with spaces is the compound "KH&ĐT": merge the three tokens. */
function mergeSpacedCompounds(prepared: string, tokens: AgencyToken[]): AgencyToken[] {
  const out: AgencyToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [a, amp, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (a.kind === "word" && amp && b && b.kind === "word" && prepared.slice(amp.start, amp.end) === "&") {
      const left = prepared.slice(a.start, a.end).toLowerCase();
      const right = prepared.slice(b.start, b.end).toLowerCase();
      const whole = expandAbbreviation(`${left}&${right}`);
      if (whole) {
        out.push({ kind: "word", start: a.start, end: b.end, words: whole.split(" ").map(normalizeWord) });
        i += 2;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Tokens of a prepared text (see `prepareAgencyText`). */
export function tokenizeAgencyText(prepared: string): AgencyToken[] {
  const tokens: AgencyToken[] = [];
  for (const m of prepared.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const end = start + raw.length;
    if (/[\p{L}\p{N}&]/u.test(raw)) {
      const words = expandWord(raw).filter((w) => w !== "");
      tokens.push({ kind: words.length > 0 ? "word" : "soft", start, end, words });
    } else if (raw === "\n" || raw === ";") {
      tokens.push({ kind: "hard", start, end, words: [] });
    } else if (raw === "(" || raw === ":") {
      tokens.push({ kind: "open", start, end, words: [] });
    } else {
      tokens.push({ kind: "soft", start, end, words: [] });
    }
  }
  return mergeSpacedCompounds(prepared, tokens);
}

/** The key words of a name: what the index stores and a cell's words are compared with. */
export function agencyKeyWords(s: string): string[] {
  return tokenizeAgencyText(prepareAgencyText(s)).flatMap((t) => t.words);
}

/** The key used for matching: "Sở LĐ-TBXH" → "sở lao động thương binh và xã hội" (tones moved). */
export function normalizeAgencyName(s: string): string {
  try {
    return agencyKeyWords(s).join(" ");
  } catch {
    return "";
  }
}

/** Accent-free key for fuzzy suggestions ("sở lao đông ..." → "so lao dong ..."). */
export function foldAgencyKey(key: string): string {
  return stripDiacritics(key).toLowerCase();
}
