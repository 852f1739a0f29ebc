/** A prefix tree of every registry name's key words, built once and shared by all matches. */
import type { Agency, AgencyRegistry } from "../model/agency";
import { agencyKeyWords, foldAgencyKey, normalizeWord } from "./normalize";

const PROVINCE_WORD = normalizeWord("tỉnh");

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Agency whose name ends here, or null. */
  id: string | null;
}

/** One name of an agency, kept for fuzzy suggestions. */
export interface IndexedName {
  id: string;
  key: string;
  /** Accent-free key and its word set: suggestions compare on these. */
  folded: string;
  foldedWords: Set<string>;
}

export interface AgencyIndex {
  registry: AgencyRegistry;
  byId: Map<string, Agency>;
  root: TrieNode;
  names: IndexedName[];
  /** Keys written for two different agencies (the first one wins); empty for a sound registry. */
  conflicts: { key: string; ids: string[] }[];
}

function insert(root: TrieNode, words: string[], id: string): string | null {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map(), id: null };
      node.next.set(w, child);
    }
    node = child;
  }
  if (node.id !== null && node.id !== id) return node.id;
  node.id = node.id ?? id;
  return null;
}

function has(root: TrieNode, words: string[]): boolean {
  let node: TrieNode | undefined = root;
  for (const w of words) node = node?.next.get(w);
  return node?.id != null;
}

const CITY_WORDS = ["thành", "phố"].map(normalizeWord);

/**
 * "Bảo hiểm xã hội tỉnh" is also written without "tỉnh" ("Bảo hiểm xã hội", "Thuế Đồng Nai"), and
 * a centrally-run city writes "thành phố" ("Công an Thành phố"). Committees and groups keep their
 * words: "UBND" alone is the district group, not the provincial committee.
 */
function provinceVariants(agency: Agency, words: string[]): string[][] {
  if (agency.kind !== "department" && agency.kind !== "organisation") return [];
  if (words.length < 2 || words[words.length - 1] !== PROVINCE_WORD) return [];
  const stem = words.slice(0, -1);
  return [stem, [...stem, ...CITY_WORDS]];
}

export function createAgencyIndex(registry: AgencyRegistry): AgencyIndex {
  const root: TrieNode = { next: new Map(), id: null };
  const byId = new Map<string, Agency>();
  const names: IndexedName[] = [];
  const conflicts: { key: string; ids: string[] }[] = [];
  const derived: { agency: Agency; words: string[] }[] = [];

  const addName = (id: string, words: string[]) => {
    const key = words.join(" ");
    const folded = foldAgencyKey(key);
    names.push({ id, key, folded, foldedWords: new Set(folded.split(" ")) });
  };

  for (const agency of registry.agencies) {
    if (!byId.has(agency.id)) byId.set(agency.id, agency);
    for (const name of [agency.name, ...agency.shortForms, ...agency.aliases]) {
      const words = agencyKeyWords(name);
      if (words.length === 0) continue;
      const other = insert(root, words, agency.id);
      if (other) conflicts.push({ key: words.join(" "), ids: [other, agency.id] });
      addName(agency.id, words);
      for (const variant of provinceVariants(agency, words)) derived.push({ agency, words: variant });
    }
  }
  // Derived names never override a name someone wrote down.
  for (const { agency, words } of derived) {
    if (!has(root, words)) {
      insert(root, words, agency.id);
      addName(agency.id, words);
    }
  }
  return { registry, byId, root, names, conflicts };
}
