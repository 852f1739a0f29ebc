/** Scanning a cell's tokens for registry names (a prefix tree walk with boundary checks). */
import type { TrieNode } from "./agency-index";
import { conjunctionAt, provinceAt, roleAt } from "./cell-words";
import type { AgencyToken } from "./normalize";

export interface Found {
  id: string;
  /** Token index after the name. */
  end: number;
  /** Where matching resumes, and whether role text follows to be skipped. */
  next: number;
  role: boolean;
}

/** True when some registry name starts at word token `k` (separators lost in a paste). */
export function nameStartsAt(tokens: AgencyToken[], k: number, root: TrieNode): boolean {
  let node: TrieNode | undefined = root;
  for (let j = k; j < tokens.length && node; j++) {
    const t = tokens[j];
    if (t.kind === "soft" && j > k) continue;
    if (t.kind !== "word") return false;
    for (const w of t.words) node = node?.next.get(w);
    if (node?.id) return true;
  }
  return false;
}

/** Where the text after a name ends, or null when the name runs into other words. */
function boundary(tokens: AgencyToken[], end: number, root: TrieNode): { next: number; role: boolean } | null {
  let k = end + provinceAt(tokens, end);
  if (k >= tokens.length) return { next: k, role: false };
  const t = tokens[k];
  if (t.kind === "hard" || t.kind === "soft") return { next: k, role: false };
  if (t.kind === "open") return { next: k, role: true };
  const conj = conjunctionAt(tokens, k);
  if (conj > 0) return { next: k + conj, role: false };
  if (roleAt(tokens, k) > 0) return { next: k, role: true };
  if (nameStartsAt(tokens, k, root)) return { next: k, role: false };
  return null;
}

/** The longest registry name starting at word token `i` that ends at a boundary. */
export function findAt(tokens: AgencyToken[], i: number, root: TrieNode): Found | null {
  const candidates: { id: string; end: number }[] = [];
  let node: TrieNode | undefined = root;
  for (let j = i; j < tokens.length && node; j++) {
    const t = tokens[j];
    if (t.kind === "soft" && j > i) continue; // "Lao động - Thương binh", "sở, ban, ngành"
    if (t.kind !== "word") break;
    for (const w of t.words) {
      node = node.next.get(w);
      if (!node) break;
    }
    if (node?.id) candidates.push({ id: node.id, end: j + 1 });
  }
  for (let c = candidates.length - 1; c >= 0; c--) {
    const b = boundary(tokens, candidates[c].end, root);
    if (b) return { ...candidates[c], ...b };
  }
  return null;
}

export function isCapitalised(prepared: string, token: AgencyToken): boolean {
  const first = prepared.slice(token.start, token.start + 1);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Next word token index after `k`, skipping punctuation (not hard separators). */
export function nextWord(tokens: AgencyToken[], k: number): number {
  let j = k;
  while (j < tokens.length && tokens[j].kind !== "word" && tokens[j].kind !== "hard") j++;
  return j < tokens.length && tokens[j].kind === "word" ? j : -1;
}

