/**
 * Matching an agency cell against the registry. Commas occur inside names ("Sở Lao động,
 * Thương binh và xã hội", "UBND các huyện, thị xã, TP"), so the cell is not split first: at each
 * word the longest registry name is taken (punctuation inside it skipped), provided it ends at a
 * boundary (separator, conjunction, role phrase or the end). Only what no name covers is split
 * at separators and reported as unknown, with suggestions.
 */
import type { AgencyRef } from "../model/agency";
import type { AgencyIndex, TrieNode } from "./agency-index";
import { isFiller, provinceAt } from "./cell-words";
import { findAt } from "./scan";
import { segmentBodies } from "./segment";
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
  /** Every body the cell names, in order, known or not, with the role the cell gives it. */
  bodies: AgencyBody[];
}

/** One body named in an agency cell. */
export interface AgencyBody {
  /** As written, without role words and separators. */
  text: string;
  /** Registry ids (empty: unknown, kept as written; several: names run together). */
  ids: string[];
  /** "Sở Y tế (chủ trì)", "Phối hợp: ..." — null when the cell says nothing. */
  role: "lead" | "partner" | null;
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
  const result: AgencyMatch = { text, matches: [], unknown: [], suggestions: [], bodies: [] };
  try {
    const prepared = prepareAgencyText(typeof text === "string" ? text : String(text));
    const tokens = tokenizeAgencyText(prepared);
    const seen = new Set<string>();
    for (const raw of segmentBodies(prepared, tokens, index.root)) {
      const words0 = tokens.slice(raw.start, raw.end).filter((t) => t.kind === "word");
      if (words0.length === 0) continue;
      const own = prepared.slice(words0[0].start, words0[words0.length - 1].end).replace(/[\s,:.–-]+$/u, "");
      // A name that takes a shared head ("Cục " + "Di sản văn hóa") is matched as written in full.
      const text2 = raw.prefix ? `${raw.prefix} ${own}` : prepared;
      const toks = raw.prefix ? tokenizeAgencyText(text2) : tokens;
      const span = raw.prefix ? { ...raw, start: 0, end: toks.length } : raw;
      const ids = knownNames(toks, span.start, span.end, index.root);
      const words = toks.slice(span.start, span.end).filter((t) => t.kind === "word");
      const part = raw.prefix ? text2 : own;
      if (ids) {
        // Names run together without a separator are bodies of their own.
        if (ids.length > 1) for (const f of ids) result.bodies.push({ text: text2.slice(toks[f.start].start, toks[f.end - 1].end), ids: [f.id], role: span.role });
        else result.bodies.push({ text: part, ids: ids.map((f) => f.id), role: span.role });
        for (const f of ids) {
          const agency = index.byId.get(f.id);
          if (agency && !seen.has(f.id)) {
            seen.add(f.id);
            result.matches.push({ id: f.id, name: agency.name, part: text2.slice(toks[f.start].start, toks[f.end - 1].end) });
          }
        }
        continue;
      }
      if (words.length === 0 || isFiller(toks.slice(span.start, span.end))) continue;
      result.bodies.push({ text: part, ids: [], role: span.role });
      if (!result.unknown.includes(part)) {
        result.unknown.push(part);
        for (const id of suggestAgencies(part, index)) {
          const agency = index.byId.get(id);
          if (agency) result.suggestions.push({ part, id, name: agency.name });
        }
      }
    }
  } catch {
    // Total by contract: a cell that trips the matcher is reported whole as unknown.
    const whole = typeof text === "string" ? text.trim() : "";
    return { text, matches: [], unknown: whole !== "" ? [whole] : [], suggestions: [], bodies: whole !== "" ? [{ text: whole, ids: [], role: null }] : [] };
  }
  return result;
}

/**
 * The registry names that cover a body back to back (names whose separator was lost, "Sở Y tế Sở
 * Xây dựng"), or null when any word of the body is left over: then the body is one unknown
 * name, kept whole ("Bộ Công an" is not "Công an tỉnh" with "Bộ" left over).
 */
function knownNames(tokens: AgencyToken[], start: number, end: number, root: TrieNode): { id: string; start: number; end: number }[] | null {
  const out: { id: string; start: number; end: number }[] = [];
  let i = start;
  while (i < end) {
    const t = tokens[i];
    if (t.kind !== "word") {
      i++;
      continue;
    }
    const found = findAt(tokens.slice(0, end), i, root);
    if (!found) {
      // Words after the last name that only say what it does, or the province's name.
      const rest = tokens.slice(i, end);
      if (out.length > 0 && isFiller(rest)) break;
      return null;
    }
    out.push({ id: found.id, start: i, end: found.end });
    i = found.end;
    i += provinceAt(tokens.slice(0, end), i);
  }
  return out.length > 0 ? out : null;
}
/** The plan-model reference for a matched cell: raw text, matched ids, unknown parts. */
export function toAgencyRef(match: AgencyMatch): AgencyRef {
  return { raw: match.text, ids: match.matches.map((m) => m.id), unknown: [...match.unknown] };
}
