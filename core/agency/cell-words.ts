/**
 * Words that may follow an agency name in a cell without being part of it: what the agency does
 * ("chủ trì tham mưu thực hiện"), conjunctions, the province's own name.
 */
import { normalizeWord, type AgencyToken } from "./normalize";
import { provincePhrases } from "./provinces";

const phrases = (list: string[]): string[][] => list.map((p) => p.split(" ").map(normalizeWord));

/** A role phrase after a name starts text to ignore up to the next separator. */
const ROLE_PHRASES = phrases([
  "chủ trì", "phối hợp", "tham mưu", "thực hiện", "tổng hợp", "thu thập", "hướng dẫn", "theo dõi",
  "báo cáo", "xây dựng", "triển khai", "chịu trách nhiệm", "có trách nhiệm", "là", "để", "định kỳ",
  "thống kê", "tổ chức", "kiểm tra", "đôn đốc", "giám sát", "cung cấp", "trình", "tiếp tục",
  "quan tâm", "đề xuất", "làm đầu mối", "đầu mối", "được giao", "giúp", "tham gia", "thẩm tra", "chuẩn bị",
]);

/** Joins two names: "Sở Y tế và Sở Xây dựng". */
const CONJUNCTIONS = phrases(["và", "cùng", "với"]);

/** The province written after a provincial body ("Công an tỉnh Đồng Tháp", "Sở Y tế thành phố Hà Nội"). */
const PROVINCES = phrases(provincePhrases().map((p) => p.toLowerCase().replace(/[.-]/g, " ").replace(/\s+/g, " ")));

/**
 * Key words from token `k` on (at most `limit`), and for each word count the number of tokens
 * read to reach it. Province names may hold a dash or a dot ("Bà Rịa - Vũng Tàu", "TP. Huế"):
 * with `punctuation`, those are read through.
 */
function wordsFrom(tokens: AgencyToken[], k: number, limit: number, punctuation: boolean): { words: string[]; consumed: Map<number, number> } {
  const words: string[] = [];
  const consumed = new Map<number, number>();
  for (let i = k; i < tokens.length && words.length < limit; i++) {
    const t = tokens[i];
    if (t.kind !== "word") {
      if (punctuation && t.kind === "soft" && words.length > 0) continue;
      break;
    }
    words.push(...t.words);
    consumed.set(words.length, i - k + 1);
  }
  return { words, consumed };
}

/** Number of tokens the phrase list matches at `k` (whole tokens only), or 0; the longest phrase wins. */
function phraseAt(tokens: AgencyToken[], k: number, list: string[][], punctuation = false): number {
  const { words, consumed } = wordsFrom(tokens, k, 6, punctuation);
  let best = 0;
  for (const phrase of list) {
    if (phrase.length <= words.length && phrase.every((w, i) => words[i] === w)) {
      const n = consumed.get(phrase.length);
      if (n !== undefined && n > best) best = n;
    }
  }
  return best;
}

export const roleAt = (tokens: AgencyToken[], k: number) => phraseAt(tokens, k, ROLE_PHRASES);
export const conjunctionAt = (tokens: AgencyToken[], k: number) => phraseAt(tokens, k, CONJUNCTIONS);
export const provinceAt = (tokens: AgencyToken[], k: number) => phraseAt(tokens, k, PROVINCES, true);

/** True when every word is a role word or conjunction: such a leftover is not an agency. */
export function isFiller(tokens: AgencyToken[]): boolean {
  let k = 0;
  while (k < tokens.length) {
    if (tokens[k].kind !== "word") {
      k++;
      continue;
    }
    const n = roleAt(tokens, k) || conjunctionAt(tokens, k);
    if (n === 0) return false;
    k += n;
  }
  return true;
}
