/**
 * Matching an agency cell against the registry. Commas occur inside names ("Sở Lao động,
 * Thương binh và xã hội", "UBND các huyện, thị xã, TP"), so the cell is not split first: at each
 * word the longest registry name is taken (punctuation inside it skipped), provided it ends at a
 * boundary (separator, conjunction, role phrase or the end). Only what no name covers is split
 * at separators and reported as unknown, with suggestions.
 */
import type { AgencyRef } from "../model/agency";
import type { AgencyIndex, TrieNode } from "./agency-index";
import { conjunctionAt, isFiller, provinceAt, roleAt } from "./cell-words";
import { prepareAgencyText, tokenizeAgencyText, type AgencyToken } from "./normalize";
import { suggestAgencies } from "./suggest";

export interface AgencyMatch {
  /** The cell text as given. */
  text: string;
  /** Matched agencies in order of appearance, once each; `part` is the matched text. */
  matches: { id: string; name: string; part: string }[];
  /** Parts that matched no registry name. */
  unknown: string[];
  /** Close registry names for unknown parts. */
  suggestions: { part: string; id: string; name: string }[];
}

interface Found {
  id: string;
  /** Token index after the name. */
  end: number;
  /** Where matching resumes, and whether role text follows to be skipped. */
  next: number;
  role: boolean;
}

/** True when some registry name starts at word token `k` (separators lost in a paste). */
function nameStartsAt(tokens: AgencyToken[], k: number, root: TrieNode): boolean {
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
function findAt(tokens: AgencyToken[], i: number, root: TrieNode): Found | null {
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

function isCapitalised(prepared: string, token: AgencyToken): boolean {
  const first = prepared.slice(token.start, token.start + 1);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Next word token index after `k`, skipping punctuation (not hard separators). */
function nextWord(tokens: AgencyToken[], k: number): number {
  let j = k;
  while (j < tokens.length && tokens[j].kind !== "word" && tokens[j].kind !== "hard") j++;
  return j < tokens.length && tokens[j].kind === "word" ? j : -1;
}

/**
 * Agency cells repeat a handful of texts over thousands of rows ("Sở Y tế", "Các sở, ban, ngành
 * liên quan; UBND các huyện"), and one match costs tens of microseconds: results are memoised
 * per index and text. A result may therefore be SHARED between callers and must be treated as
 * immutable (toAgencyRef copies). Bounded per index: dropped and refilled when full.
 */
const MEMO_LIMIT = 5_000;
const memo = new WeakMap<AgencyIndex, Map<string, AgencyMatch>>();

export function matchAgencies(text: string, index: AgencyIndex): AgencyMatch {
  if (typeof text !== "string" || typeof index !== "object" || index === null) return matchUncached(text, index);
  let map = memo.get(index);
  if (map === undefined) memo.set(index, (map = new Map()));
  let hit = map.get(text);
  if (hit === undefined) {
    hit = matchUncached(text, index);
    if (map.size >= MEMO_LIMIT) memo.set(index, (map = new Map()));
    map.set(text, hit);
  }
  return hit;
}

function matchUncached(text: string, index: AgencyIndex): AgencyMatch {
  const result: AgencyMatch = { text, matches: [], unknown: [], suggestions: [] };
  try {
    const prepared = prepareAgencyText(typeof text === "string" ? text : String(text));
    const tokens = tokenizeAgencyText(prepared);
    const seen = new Set<string>();
    let pending: AgencyToken[] = [];

    const flush = () => {
      const words = pending.filter((t) => t.kind === "word");
      if (words.length > 0 && !isFiller(pending)) {
        const part = prepared.slice(words[0].start, words[words.length - 1].end);
        if (!result.unknown.includes(part)) {
          result.unknown.push(part);
          for (const id of suggestAgencies(part, index)) {
            const agency = index.byId.get(id);
            if (agency) result.suggestions.push({ part, id, name: agency.name });
          }
        }
      }
      pending = [];
    };

    let role = false;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      if (t.kind === "hard") {
        flush();
        role = false;
        i++;
        continue;
      }
      if (role) {
        // Role text ends where another name starts after a comma or "và": a known name, or a
        // capitalised word (names are capitalised, role text like "tổng hợp, thống kê" is not).
        const isJoin = t.kind === "soft" || (t.kind === "word" && conjunctionAt(tokens, i) > 0);
        if (isJoin) {
          const j = nextWord(tokens, i + 1);
          if (j >= 0 && (isCapitalised(prepared, tokens[j]) || findAt(tokens, j, index.root))) {
            role = false;
            i = j;
            continue;
          }
        }
        i++;
        continue;
      }
      if (t.kind !== "word") {
        if (t.kind === "soft" && prepared[t.start] === ",") flush();
        else if (pending.length > 0) pending.push(t);
        i++;
        continue;
      }
      const found = findAt(tokens, i, index.root);
      if (!found) {
        pending.push(t);
        i++;
        continue;
      }
      flush();
      const agency = index.byId.get(found.id);
      if (agency && !seen.has(found.id)) {
        seen.add(found.id);
        result.matches.push({ id: found.id, name: agency.name, part: prepared.slice(t.start, tokens[found.end - 1].end) });
      }
      role = found.role;
      i = found.next;
    }
    flush();
  } catch {
    // Total by contract: a cell that trips the matcher is reported whole as unknown.
    return { text, matches: [], unknown: typeof text === "string" && text.trim() !== "" ? [text.trim()] : [], suggestions: [] };
  }
  return result;
}

/** The plan-model reference for a matched cell: raw text, matched ids, unknown parts. */
export function toAgencyRef(match: AgencyMatch): AgencyRef {
  return { raw: match.text, ids: match.matches.map((m) => m.id), unknown: [...match.unknown] };
}
