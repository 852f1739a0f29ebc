/**
 * Characters of the Symbol and Wingdings fonts as Word stores them (w:sym, or bullets of a list
 * level), mapped to Unicode. Word writes such a character in the private-use area (F000 + the
 * font's code); plans insert "≥", "≤", "±" and bullets this way. Only the characters whose
 * meaning is unambiguous are listed; others stay as written and are reported.
 */
const SYMBOL: Record<number, string> = {
  0x20: " ",
  0x21: "!",
  0x23: "#",
  0x25: "%",
  0x26: "&",
  0x28: "(",
  0x29: ")",
  0x2b: "+",
  0x2c: ",",
  0x2d: "−",
  0x2e: ".",
  0x2f: "/",
  0x3a: ":",
  0x3b: ";",
  0x3c: "<",
  0x3d: "=",
  0x3e: ">",
  0x3f: "?",
  0x5b: "[",
  0x5d: "]",
  0x5f: "_",
  0x7b: "{",
  0x7c: "|",
  0x7d: "}",
  0xa3: "≤",
  0xa5: "∞",
  0xab: "↔",
  0xac: "←",
  0xad: "↑",
  0xae: "→",
  0xaf: "↓",
  0xb0: "°",
  0xb1: "±",
  0xb3: "≥",
  0xb4: "×",
  0xb7: "•",
  0xb8: "÷",
  0xb9: "≠",
  0xba: "≡",
  0xbb: "≈",
  0xbc: "…",
  0xd6: "√",
  0xd7: "⋅",
  0xd8: "¬",
  0xd9: "∧",
  0xda: "∨",
  0xde: "⇒",
  0xdb: "⇔",
};

for (let d = 0x30; d <= 0x39; d++) SYMBOL[d] = String.fromCharCode(d);

/** Wingdings characters used as list bullets and ticks in plans. */
const WINGDINGS: Record<number, string> = {
  0x9f: "•",
  0xa7: "▪",
  0xa8: "◻",
  0xfc: "✓",
  0xfb: "✗",
  0xfe: "☑",
  0x6c: "●",
  0x6e: "■",
  0x71: "❑",
  0x75: "◆",
  0x76: "❖",
  0xd8: "➢",
  0xe0: "→",
  0xe8: "➔",
};

/**
 * The Unicode text of a symbol-font character (`code` with or without the F000 offset), or null
 * when the font or the character is not one we can map with certainty.
 */
export function symbolChar(font: string, code: number): string | null {
  const c = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const f = font.trim().toLowerCase();
  if (f === "symbol") return SYMBOL[c] ?? null;
  if (f.startsWith("wingdings")) return WINGDINGS[c] ?? null;
  return null;
}

/** A private-use character (how Word stores symbol-font text). */
export function isPrivateUse(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0xe000 && c <= 0xf8ff;
}

/**
 * A list bullet as printed: its text mapped when it is a symbol-font character, a plain bullet
 * for a picture bullet or an unmapped private-use character (a bullet is a bullet: its glyph
 * carries no meaning a reader of the table needs).
 */
export function bulletText(lvlText: string, font: string | null): string {
  let out = "";
  for (const ch of lvlText) {
    if (!isPrivateUse(ch)) out += ch;
    else out += (font ? symbolChar(font, ch.codePointAt(0) ?? 0) : null) ?? "•";
  }
  return out;
}
